import { and, asc, desc, eq, inArray, sql } from 'drizzle-orm';
import type { Executor } from '#db/client.ts';
import {
  cohorts,
  matchRuns,
  members,
  mentoringApplications,
  mentoringInvitations,
  mentoringPairs,
  mentoringPrograms,
  persons,
  trainingCompletions,
  trainingModules,
} from '#db/schema/index.ts';
import type { ProgramSettings } from '#shared/contracts/mentoring.ts';

export type ProgramRow = typeof mentoringPrograms.$inferSelect;

/** One person in one program of an organisation. */
export interface PersonInProgram {
  orgId: string;
  programId: string;
  personId: string;
}

export const listCohortDates = (db: Executor, orgId: string) =>
  db
    .select({ id: cohorts.id, name: cohorts.name, startsOn: cohorts.startsOn, endsOn: cohorts.endsOn })
    .from(cohorts)
    .where(eq(cohorts.orgId, orgId));

export async function insertProgram(
  db: Executor,
  program: {
    orgId: string;
    template: string;
    settings: ProgramSettings;
    createdBy: string;
    previousProgramId?: string;
  },
) {
  const { settings, previousProgramId = null, ...made } = program;
  const [row] = await db
    .insert(mentoringPrograms)
    .values({ ...made, previousProgramId, ...settings })
    .returning();
  return row!;
}

export async function updateProgram(db: Executor, orgId: string, programId: string, settings: ProgramSettings) {
  const [row] = await db
    .update(mentoringPrograms)
    .set(settings)
    .where(and(eq(mentoringPrograms.orgId, orgId), eq(mentoringPrograms.id, programId)))
    .returning();
  return row ?? null;
}

export async function findProgram(db: Executor, orgId: string, programId: string): Promise<ProgramRow | null> {
  const [row] = await db
    .select()
    .from(mentoringPrograms)
    .where(and(eq(mentoringPrograms.orgId, orgId), eq(mentoringPrograms.id, programId)));
  return row ?? null;
}

export async function markPublished(db: Executor, orgId: string, programId: string) {
  await db
    .update(mentoringPrograms)
    .set({ publishedAt: sql`coalesce(${mentoringPrograms.publishedAt}, now())` })
    .where(and(eq(mentoringPrograms.orgId, orgId), eq(mentoringPrograms.id, programId)));
}

export async function listProgramsWithCounts(db: Executor, orgId: string) {
  return db
    .select({
      program: mentoringPrograms,
      // Written out in full: drizzle leaves a column of the selected table unqualified inside sql``.
      mentorApplications: sql<number>`(select count(*)::int from mentoring_applications a where a.program_id = mentoring_programs.id and a.side = 'mentor' and not a.withdrawn)`,
      menteeApplications: sql<number>`(select count(*)::int from mentoring_applications a where a.program_id = mentoring_programs.id and a.side = 'mentee' and not a.withdrawn)`,
      activePairs: sql<number>`(select count(*)::int from mentoring_pairs p where p.program_id = mentoring_programs.id and p.status = 'active')`,
    })
    .from(mentoringPrograms)
    .where(eq(mentoringPrograms.orgId, orgId))
    .orderBy(desc(mentoringPrograms.applicationsOpenOn), asc(mentoringPrograms.name));
}

export async function findMemberPlacement(db: Executor, orgId: string, personId: string) {
  const [row] = await db
    .select({ cohortId: members.cohortId, careerStage: members.careerStage, roles: members.roles })
    .from(members)
    .where(and(eq(members.orgId, orgId), eq(members.personId, personId)));
  return row ?? null;
}

export async function listOwnApplications(db: Executor, { orgId, programId, personId }: PersonInProgram) {
  return db
    .select()
    .from(mentoringApplications)
    .where(
      and(
        eq(mentoringApplications.orgId, orgId),
        eq(mentoringApplications.programId, programId),
        eq(mentoringApplications.personId, personId),
        eq(mentoringApplications.withdrawn, false),
      ),
    );
}

export async function upsertApplication(
  db: Executor,
  {
    application,
    ...applicant
  }: PersonInProgram & {
    application: {
      side: 'mentor' | 'mentee';
      answers: Record<string, string | string[] | number>;
      wantsHelpWith: string[];
      avoidPersonIds: string[];
      preferredPersonIds: string[];
      capacity: number | null;
    };
  },
) {
  await db
    .insert(mentoringApplications)
    .values({ ...applicant, ...application })
    .onConflictDoUpdate({
      target: [mentoringApplications.programId, mentoringApplications.personId, mentoringApplications.side],
      set: { ...application, withdrawn: false, updatedAt: sql`now()` },
    });
}

export async function withdrawApplication(
  db: Executor,
  { orgId, programId, personId, side }: PersonInProgram & { side: 'mentor' | 'mentee' },
) {
  const rows = await db
    .update(mentoringApplications)
    .set({ withdrawn: true, updatedAt: sql`now()` })
    .where(
      and(
        eq(mentoringApplications.orgId, orgId),
        eq(mentoringApplications.programId, programId),
        eq(mentoringApplications.personId, personId),
        eq(mentoringApplications.side, side),
        eq(mentoringApplications.withdrawn, false),
      ),
    )
    .returning({ id: mentoringApplications.id });
  return rows.length > 0;
}

/** Active applications with what matching needs of each applicant's profile. */
export async function listApplicationsForMatching(db: Executor, orgId: string, programId: string) {
  return db
    .select({
      application: mentoringApplications,
      name: persons.name,
      siteId: members.siteId,
      departmentId: members.departmentId,
      careerStage: members.careerStage,
      languages: members.languages,
      availability: members.availability,
      shiftPattern: members.shiftPattern,
      canOffer: members.canOffer,
      consentedExperiences: sql<
        string[]
      >`coalesce((select s.attributes from sensitive_attributes s where s.org_id = ${orgId} and s.person_id = ${persons.id} and s.consent_to_matching), '{}')`,
    })
    .from(mentoringApplications)
    .innerJoin(persons, eq(persons.id, mentoringApplications.personId))
    .innerJoin(
      members,
      and(eq(members.orgId, mentoringApplications.orgId), eq(members.personId, mentoringApplications.personId)),
    )
    .where(
      and(
        eq(mentoringApplications.orgId, orgId),
        eq(mentoringApplications.programId, programId),
        eq(mentoringApplications.withdrawn, false),
      ),
    )
    .orderBy(asc(mentoringApplications.createdAt), asc(mentoringApplications.id));
}

/** Mentees who applied (and did not withdraw) and have no running pair: the people a new run would match. */
export async function countMenteesWithoutMentor(db: Executor, orgId: string, programId: string): Promise<number> {
  const { rows } = await db.execute<{ n: number }>(sql`
    SELECT count(*)::int AS n FROM mentoring_applications a
    WHERE a.org_id = ${orgId} AND a.program_id = ${programId} AND a.side = 'mentee' AND NOT a.withdrawn
      AND NOT EXISTS (SELECT 1 FROM mentoring_pairs p WHERE p.org_id = a.org_id AND p.program_id = a.program_id AND p.mentee_id = a.person_id AND p.status = 'active')`);
  return rows[0]?.n ?? 0;
}

export async function completedModules(db: Executor, orgId: string, personIds: string[]) {
  if (personIds.length === 0) return [];
  return db
    .select({ personId: trainingCompletions.personId, moduleId: trainingCompletions.moduleId })
    .from(trainingCompletions)
    .where(
      and(
        eq(trainingCompletions.orgId, orgId),
        sql`${trainingCompletions.personId} = ANY(${sql.param(personIds)}::uuid[])`,
      ),
    );
}

export async function insertMatchRun(
  db: Executor,
  values: {
    orgId: string;
    programId: string;
    mode: string;
    pins: { mentor: string; mentee: string }[];
    forbids: { mentor: string; mentee: string }[];
    result: unknown;
    createdBy: string;
  },
) {
  const [row] = await db.insert(matchRuns).values(values).returning();
  return row!;
}

export async function findMatchRun(
  db: Executor,
  { orgId, programId, runId }: { orgId: string; programId: string; runId: string | 'latest' },
) {
  const [row] = await db
    .select()
    .from(matchRuns)
    .where(
      and(
        eq(matchRuns.orgId, orgId),
        eq(matchRuns.programId, programId),
        runId === 'latest' ? undefined : eq(matchRuns.id, runId),
      ),
    )
    .orderBy(desc(matchRuns.createdAt))
    .limit(1);
  return row ?? null;
}

export async function lockProgram(db: Executor, programId: string) {
  await db.execute(sql`SELECT pg_advisory_xact_lock(hashtext('mentoring-program:' || ${programId}))`);
}

export const trainingModulesOf = (db: Executor, orgId: string, ids: string[]) =>
  ids.length === 0
    ? Promise.resolve([])
    : db
        .select({ id: trainingModules.id, title: trainingModules.title })
        .from(trainingModules)
        .where(and(eq(trainingModules.orgId, orgId), inArray(trainingModules.id, ids)));

/** How many of these people belong to the organisation. */
export async function countMembersAmong(db: Executor, orgId: string, personIds: string[]) {
  const rows = await db
    .select({ id: members.personId })
    .from(members)
    .where(and(eq(members.orgId, orgId), inArray(members.personId, personIds)));
  return rows.length;
}

export const activeMemberPlacements = (db: Executor, orgId: string) =>
  db
    .select({
      personId: members.personId,
      name: persons.name,
      cohortId: members.cohortId,
      careerStage: members.careerStage,
      roles: members.roles,
    })
    .from(members)
    .innerJoin(persons, eq(persons.id, members.personId))
    .where(and(eq(members.orgId, orgId), eq(members.status, 'active')))
    .orderBy(asc(persons.name));

/** Names and addresses to write to; used only to send what a person is owed (their match, an invitation). */
export async function coordinatorIds(db: Executor, orgId: string) {
  const rows = await db
    .select({ personId: members.personId })
    .from(members)
    .where(and(eq(members.orgId, orgId), eq(members.status, 'active'), sql`'coordinator' = ANY(${members.roles})`));
  return rows.map((r) => r.personId);
}

export const menteesOfProgram = (db: Executor, orgId: string, programId: string) =>
  db
    .selectDistinct({ id: persons.id, name: persons.name, email: persons.email })
    .from(mentoringPairs)
    .innerJoin(persons, eq(persons.id, mentoringPairs.menteeId))
    .where(and(eq(mentoringPairs.orgId, orgId), eq(mentoringPairs.programId, programId)));

/** Records invitations to one side of a program; inviting someone twice is one invitation. */
export async function insertInvitations(
  db: Executor,
  orgId: string,
  programId: string,
  side: 'mentor' | 'mentee',
  personIds: string[],
) {
  if (personIds.length === 0) return;
  await db
    .insert(mentoringInvitations)
    .values(personIds.map((personId) => ({ orgId, programId, personId, side })))
    .onConflictDoNothing();
}

/** The programs (and sides) of an organisation a person has been invited to. */
export const invitationsOf = (db: Executor, orgId: string, personId: string) =>
  db
    .select({ programId: mentoringInvitations.programId, side: mentoringInvitations.side })
    .from(mentoringInvitations)
    .where(and(eq(mentoringInvitations.orgId, orgId), eq(mentoringInvitations.personId, personId)));

/** Everyone invited to a side of a program. */
export const invitedTo = (db: Executor, orgId: string, programId: string, side: 'mentor' | 'mentee') =>
  db
    .select({ personId: mentoringInvitations.personId })
    .from(mentoringInvitations)
    .where(
      and(
        eq(mentoringInvitations.orgId, orgId),
        eq(mentoringInvitations.programId, programId),
        eq(mentoringInvitations.side, side),
      ),
    );

/** The program set up as next year's from this one, if any. */
export async function successorOf(db: Executor, orgId: string, programId: string): Promise<string | null> {
  const [row] = await db
    .select({ id: mentoringPrograms.id })
    .from(mentoringPrograms)
    .where(and(eq(mentoringPrograms.orgId, orgId), eq(mentoringPrograms.previousProgramId, programId)))
    .limit(1);
  return row?.id ?? null;
}

/** How many running pairs the person has in the program, as mentor and as mentee. */
export async function activePairCounts(
  db: Executor,
  { orgId, programId, personId }: PersonInProgram,
): Promise<Record<'mentor' | 'mentee', number>> {
  const { rows } = await db.execute<{ mentor: number; mentee: number }>(sql`
    SELECT count(*) FILTER (WHERE mentor_id = ${personId})::int AS mentor,
           count(*) FILTER (WHERE mentee_id = ${personId})::int AS mentee
    FROM mentoring_pairs WHERE org_id = ${orgId} AND program_id = ${programId} AND status = 'active'`);
  return rows[0] ?? { mentor: 0, mentee: 0 };
}
