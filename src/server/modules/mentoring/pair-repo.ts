import { and, asc, desc, eq, inArray, or, sql } from 'drizzle-orm';
import { prepared } from '#db/prepared.ts';
import type { Executor } from '#db/client.ts';
import {
  members,
  mentoringPairs,
  mentoringPrograms,
  pairAgreements,
  pairGoals,
  pairMeetings,
  persons,
  privateNotes,
  rematchRequests,
  rotationTerms,
} from '#db/schema/index.ts';
import { alias, type AnyPgColumn } from 'drizzle-orm/pg-core';

export type PairRow = typeof mentoringPairs.$inferSelect;

export const activePairsOfProgram = (db: Executor, orgId: string, programId: string) =>
  db
    .select({ id: mentoringPairs.id, mentorId: mentoringPairs.mentorId, menteeId: mentoringPairs.menteeId })
    .from(mentoringPairs)
    .where(
      and(
        eq(mentoringPairs.orgId, orgId),
        eq(mentoringPairs.programId, programId),
        eq(mentoringPairs.status, 'active'),
      ),
    );

/** Inserts the pair unless the mentee already has an active one in the program (the partial unique index decides). */
export async function insertPairIfFree(
  db: Executor,
  values: {
    orgId: string;
    programId: string;
    mentorId: string;
    menteeId: string;
    score: number;
    explanation: Record<string, number>;
    matchRunId: string;
  },
) {
  const rows = await db
    .insert(mentoringPairs)
    .values(values)
    .onConflictDoNothing({ target: [mentoringPairs.programId, mentoringPairs.menteeId], where: sql`status = 'active'` })
    .returning();
  return rows[0] ?? null;
}

export async function insertMeetings(
  db: Executor,
  orgId: string,
  pairId: string,
  meetings: { label: string; dueOn: string; termId: string | null }[],
) {
  if (meetings.length) await db.insert(pairMeetings).values(meetings.map((m) => ({ orgId, pairId, ...m })));
}

export const termsOfCohort = (db: Executor, orgId: string, cohortId: string) =>
  db
    .select({
      id: rotationTerms.id,
      name: rotationTerms.name,
      startsOn: rotationTerms.startsOn,
      endsOn: rotationTerms.endsOn,
    })
    .from(rotationTerms)
    .where(and(eq(rotationTerms.orgId, orgId), eq(rotationTerms.cohortId, cohortId)))
    .orderBy(asc(rotationTerms.startsOn));

const mentor = alias(persons, 'mentor');
const mentee = alias(persons, 'mentee');

const acceptedAt = (personId: AnyPgColumn) =>
  sql<Date | null>`(select a.accepted_at from pair_agreements a where a.pair_id = ${mentoringPairs.id} and a.person_id = ${personId})`.mapWith(
    pairAgreements.acceptedAt,
  );

/** A pair with its program, both people, who has accepted the agreement and whether a rematch is waiting. */
const withPeople = (db: Executor) =>
  db
    .select({
      pair: mentoringPairs,
      program: {
        id: mentoringPrograms.id,
        name: mentoringPrograms.name,
        endsOn: mentoringPrograms.endsOn,
        cadenceDays: mentoringPrograms.cadenceDays,
      },
      mentor: { id: mentor.id, name: mentor.name, email: mentor.email },
      mentee: { id: mentee.id, name: mentee.name, email: mentee.email },
      mentorAcceptedAt: acceptedAt(mentoringPairs.mentorId),
      menteeAcceptedAt: acceptedAt(mentoringPairs.menteeId),
      rematchRequested: sql<boolean>`exists (select 1 from rematch_requests r where r.pair_id = ${mentoringPairs.id} and r.status = 'open')`,
    })
    .from(mentoringPairs)
    .innerJoin(mentoringPrograms, eq(mentoringPrograms.id, mentoringPairs.programId))
    .innerJoin(mentor, eq(mentor.id, mentoringPairs.mentorId))
    .innerJoin(mentee, eq(mentee.id, mentoringPairs.menteeId));

export async function findPairWithPeople(db: Executor, orgId: string, pairId: string) {
  const [row] = await withPeople(db).where(and(eq(mentoringPairs.orgId, orgId), eq(mentoringPairs.id, pairId)));
  return row ?? null;
}

const pairsOfPerson = prepared((db) =>
  withPeople(db)
    .where(
      and(
        eq(mentoringPairs.orgId, sql.placeholder('orgId')),
        or(
          eq(mentoringPairs.mentorId, sql.placeholder('personId')),
          eq(mentoringPairs.menteeId, sql.placeholder('personId')),
        ),
      ),
    )
    .orderBy(desc(mentoringPairs.createdAt))
    .prepare('pairs_of_person'),
);

/** The person's pairs, as mentor or mentee, newest first. */
export const pairsWithPeopleOf = (db: Executor, orgId: string, personId: string) =>
  pairsOfPerson(db).execute({ orgId, personId });

export async function acceptAgreement(
  db: Executor,
  { orgId, pairId, personId }: { orgId: string; pairId: string; personId: string },
) {
  await db.insert(pairAgreements).values({ orgId, pairId, personId }).onConflictDoNothing();
}

const goalsOfPairs = prepared((db) =>
  db
    .select({ pairId: pairGoals.pairId, id: pairGoals.id, title: pairGoals.title, progress: pairGoals.progress })
    .from(pairGoals)
    .where(sql`${pairGoals.pairId} = any(${sql.placeholder('pairIds')}::uuid[])`)
    .orderBy(asc(pairGoals.createdAt))
    .prepare('goals_of_pairs'),
);

export const goalsOf = (db: Executor, pairIds: string[]) => goalsOfPairs(db).execute({ pairIds });

export async function insertGoal(
  db: Executor,
  orgId: string,
  pairId: string,
  values: { title: string; progress: number },
) {
  await db.insert(pairGoals).values({ orgId, pairId, ...values });
}

export async function updateGoal(
  db: Executor,
  { pairId, goalId, goal }: { pairId: string; goalId: string; goal: { title: string; progress: number } },
) {
  const rows = await db
    .update(pairGoals)
    .set({ ...goal, updatedAt: sql`now()` })
    .where(and(eq(pairGoals.pairId, pairId), eq(pairGoals.id, goalId)))
    .returning({ id: pairGoals.id });
  return rows.length > 0;
}

const meetingsOfPairs = prepared((db) =>
  db
    .select({
      pairId: pairMeetings.pairId,
      id: pairMeetings.id,
      label: pairMeetings.label,
      dueOn: pairMeetings.dueOn,
      happenedOn: pairMeetings.happenedOn,
      format: pairMeetings.format,
      topics: pairMeetings.topics,
      termId: pairMeetings.termId,
      termName: rotationTerms.name,
      reminderSentAt: pairMeetings.reminderSentAt,
    })
    .from(pairMeetings)
    .leftJoin(rotationTerms, eq(rotationTerms.id, pairMeetings.termId))
    .where(sql`${pairMeetings.pairId} = any(${sql.placeholder('pairIds')}::uuid[])`)
    .orderBy(asc(pairMeetings.dueOn), asc(pairMeetings.createdAt))
    .prepare('meetings_of_pairs'),
);

export const meetingsOf = (db: Executor, pairIds: string[]) => meetingsOfPairs(db).execute({ pairIds });

export async function logMeeting(
  db: Executor,
  {
    pairId,
    meetingId,
    log,
  }: {
    pairId: string;
    meetingId: string;
    log: { happenedOn: string; format: string; topics: string[]; loggedBy: string };
  },
) {
  const rows = await db
    .update(pairMeetings)
    .set({ ...log, loggedAt: sql`now()` })
    .where(and(eq(pairMeetings.pairId, pairId), eq(pairMeetings.id, meetingId)))
    .returning({ id: pairMeetings.id });
  return rows.length > 0;
}

/** Privacy rule 2: notes are read by author and pair together, so no one reads another's. */
export const ownNotes = (db: Executor, { pairId, authorId }: { pairId: string; authorId: string }) =>
  db
    .select({ id: privateNotes.id, body: privateNotes.body, createdAt: privateNotes.createdAt })
    .from(privateNotes)
    .where(and(eq(privateNotes.pairId, pairId), eq(privateNotes.authorId, authorId)))
    .orderBy(desc(privateNotes.createdAt));

export async function insertNote(
  db: Executor,
  note: { orgId: string; pairId: string; authorId: string; body: string },
) {
  const [row] = await db
    .insert(privateNotes)
    .values(note)
    .returning({ id: privateNotes.id, body: privateNotes.body, createdAt: privateNotes.createdAt });
  return row!;
}

export async function openRematchRequest(db: Executor, pairId: string) {
  const [row] = await db
    .select({ id: rematchRequests.id })
    .from(rematchRequests)
    .where(and(eq(rematchRequests.pairId, pairId), eq(rematchRequests.status, 'open')));
  return row ?? null;
}

export async function insertRematchRequest(
  db: Executor,
  request: { orgId: string; pairId: string; requestedBy: string },
) {
  await db.insert(rematchRequests).values(request);
}

/** Per pair of a program: meetings held, last meeting, topics, agreement and rematch state (no notes, ever). */
export async function programPairOverview(db: Executor, orgId: string, programId: string) {
  return db
    .select({
      id: mentoringPairs.id,
      status: mentoringPairs.status,
      createdAt: mentoringPairs.createdAt,
      mentor: { id: mentor.id, name: mentor.name },
      mentee: { id: mentee.id, name: mentee.name },
      meetingsHeld: sql<number>`(select count(*)::int from pair_meetings m where m.pair_id = ${mentoringPairs.id} and m.happened_on is not null)`,
      lastMetOn: sql<
        string | null
      >`(select to_char(max(m.happened_on), 'YYYY-MM-DD') from pair_meetings m where m.pair_id = ${mentoringPairs.id})`,
      topics: sql<
        string[]
      >`coalesce((select array_agg(distinct t) from pair_meetings m, unnest(m.topics) t where m.pair_id = ${mentoringPairs.id}), '{}')`,
      rematchRequested: sql<boolean>`exists (select 1 from rematch_requests r where r.pair_id = ${mentoringPairs.id} and r.status = 'open')`,
      agreements: sql<number>`(select count(*)::int from pair_agreements a where a.pair_id = ${mentoringPairs.id})`,
    })
    .from(mentoringPairs)
    .innerJoin(mentor, eq(mentor.id, mentoringPairs.mentorId))
    .innerJoin(mentee, eq(mentee.id, mentoringPairs.menteeId))
    .where(and(eq(mentoringPairs.orgId, orgId), eq(mentoringPairs.programId, programId)))
    .orderBy(asc(mentor.name), asc(mentee.name));
}

export async function endPair(db: Executor, orgId: string, pairId: string) {
  await db
    .update(mentoringPairs)
    .set({ status: 'ended', endedAt: sql`now()` })
    .where(and(eq(mentoringPairs.orgId, orgId), eq(mentoringPairs.id, pairId), eq(mentoringPairs.status, 'active')));
  await db
    .update(rematchRequests)
    .set({ status: 'handled', handledAt: sql`now()` })
    .where(and(eq(rematchRequests.pairId, pairId), eq(rematchRequests.status, 'open')));
}

/** Marks the nudge unless one went out in the last 3 days; answers whether this one may go. */
export async function claimNudge(db: Executor, orgId: string, pairId: string) {
  const rows = await db
    .update(mentoringPairs)
    .set({ nudgedAt: sql`now()` })
    .where(
      and(
        eq(mentoringPairs.orgId, orgId),
        eq(mentoringPairs.id, pairId),
        sql`(${mentoringPairs.nudgedAt} IS NULL OR ${mentoringPairs.nudgedAt} < now() - interval '3 days')`,
      ),
    )
    .returning({ id: mentoringPairs.id });
  return rows.length > 0;
}

/** Pairs that ended in a program: a rematched mentee is not offered the same mentor again. */
export const endedPairsOfProgram = (db: Executor, orgId: string, programId: string) =>
  db
    .select({ mentor: mentoringPairs.mentorId, mentee: mentoringPairs.menteeId })
    .from(mentoringPairs)
    .where(
      and(eq(mentoringPairs.orgId, orgId), eq(mentoringPairs.programId, programId), eq(mentoringPairs.status, 'ended')),
    );

/** Every pair ever made in a program, running or ended, with the run it came from and when. */
export const pairsMadeInProgram = (db: Executor, orgId: string, programId: string) =>
  db
    .select({
      mentorId: mentoringPairs.mentorId,
      menteeId: mentoringPairs.menteeId,
      status: mentoringPairs.status,
      matchRunId: mentoringPairs.matchRunId,
      createdAt: mentoringPairs.createdAt,
    })
    .from(mentoringPairs)
    .where(and(eq(mentoringPairs.orgId, orgId), eq(mentoringPairs.programId, programId)));
export type MadePair = Awaited<ReturnType<typeof pairsMadeInProgram>>[number];

/** Meetings per topic in a program, with how many pairs they come from (for small-cell suppression). */
export async function topicCounts(db: Executor, orgId: string, programId: string) {
  const { rows } = await db.execute<{ topic: string; meetings: number; pairs: number }>(sql`
    SELECT t AS topic, count(*)::int AS meetings, count(DISTINCT m.pair_id)::int AS pairs
    FROM pair_meetings m JOIN mentoring_pairs p ON p.id = m.pair_id, unnest(m.topics) t
    WHERE p.org_id = ${orgId} AND p.program_id = ${programId} GROUP BY t`);
  return rows;
}

/**
 * What each person shares with a mentoring partner (issue 11 item 4), by person id. Called only for the
 * two people of an active pair, and for the match e-mails that introduce them.
 */
export async function sharedContactsOf(db: Executor, orgId: string, personIds: string[]) {
  if (personIds.length === 0)
    return new Map<string, { email: string | null; phone: string | null; note: string | null }>();
  const rows = await db
    .select({
      personId: members.personId,
      email: members.contactEmail,
      phone: members.contactPhone,
      note: members.contactNote,
    })
    .from(members)
    .where(and(eq(members.orgId, orgId), inArray(members.personId, personIds)));
  return new Map(rows.map(({ personId, ...contact }) => [personId, contact]));
}

/** The organisation's coordinators a pair can ask to put them in touch, by name, at most 3. */
export const coordinatorsToAsk = (db: Executor, orgId: string) =>
  db
    .select({ id: persons.id, name: persons.name, email: persons.email })
    .from(members)
    .innerJoin(persons, eq(persons.id, members.personId))
    .where(and(eq(members.orgId, orgId), eq(members.status, 'active'), sql`'coordinator' = ANY(${members.roles})`))
    .orderBy(asc(persons.name))
    .limit(3);
