import type { Database } from '#db/client.ts';
import {
  cohorts,
  matchRuns,
  mentoringApplications,
  mentoringPairs,
  mentoringPrograms,
  notifications,
  pairGoals,
  pairMeetings,
  rotationTerms,
  trainingModules,
} from '#db/schema/index.ts';
import { signedInClients, type TestApp, type TestClient } from './api.ts';
import { addPerson, PASSWORD, seedFreshOrganisation, type SeededOrg, type SeededPerson } from './fixtures.ts';

export interface SeededMentoring {
  programId: string;
  moduleId: string;
  runId: string;
  pairId: string;
  meetingId: string;
  goalId: string;
  notificationId: string;
}

/** A running program with one pair (the org's admin mentors its member), written straight to the database. */
export async function seedMentoring(db: Database, org: SeededOrg): Promise<SeededMentoring> {
  const orgId = org.orgId;
  const [module] = await db
    .insert(trainingModules)
    .values({ orgId, title: 'Boundaries of peer support', body: 'Peer support is not therapy.' })
    .returning();
  const [program] = await db
    .insert(mentoringPrograms)
    .values({
      orgId,
      name: 'Seeded mentoring',
      template: 'intern_peer_mentoring',
      mentorEligibility: { cohortIds: [], careerStages: [], roles: [] },
      menteeEligibility: { cohortIds: [], careerStages: [], roles: [] },
      criteria: { sameSite: 3 },
      applicationsOpenOn: '2020-01-01',
      applicationsCloseOn: '2099-01-01',
      matchPublishOn: '2099-01-02',
      endsOn: '2099-12-31',
    })
    .returning();
  const programId = program!.id;
  await db.insert(mentoringApplications).values([
    { orgId, programId, personId: org.admin.id, side: 'mentor' },
    { orgId, programId, personId: org.member.id, side: 'mentee' },
  ]);
  // The result has the shape the matching run stores, so the latest run can be read back.
  const summary = {
    mentees: 1,
    mentors: 1,
    matched: 0,
    matchedPercent: 0,
    meanScore: null,
    lowestScore: null,
    objective: 0,
    blockingPairs: 0,
    mentorUtilisation: 0,
  };
  const [run] = await db
    .insert(matchRuns)
    .values({ orgId, programId, mode: 'optimal', pins: [], forbids: [], result: { pairs: [], unmatched: [], summary } })
    .returning();
  // Matched a month ago, so a meeting in the last weeks can be logged (none before the pair began).
  const [pair] = await db
    .insert(mentoringPairs)
    .values({
      orgId,
      programId,
      mentorId: org.admin.id,
      menteeId: org.member.id,
      score: 3,
      createdAt: new Date(Date.now() - 30 * 86_400_000),
    })
    .returning();
  const [meeting] = await db
    .insert(pairMeetings)
    .values({ orgId, pairId: pair!.id, label: 'Meeting 1', dueOn: '2099-02-01' })
    .returning();
  const [goal] = await db.insert(pairGoals).values({ orgId, pairId: pair!.id, title: 'Pass the exam' }).returning();
  const [note] = await db
    .insert(notifications)
    .values({ orgId, personId: org.member.id, title: 'Hello', body: 'Matched' })
    .returning();
  return {
    programId,
    moduleId: module!.id,
    runId: run!.id,
    pairId: pair!.id,
    meetingId: meeting!.id,
    goalId: goal!.id,
    notificationId: note!.id,
  };
}

const daysFromNow = (days: number) => new Date(Date.now() + days * 86_400_000).toISOString().slice(0, 10);

/**
 * A program open to anyone, whose matches were published 185 days ago and which ends `endsInDays`
 * from today, so its mid-point feedback is open (and the end round too, within 14 days of the end).
 * The test adds its own pairs.
 */
export async function seedPublishedProgram(
  db: Database,
  org: SeededOrg,
  { endsInDays }: { endsInDays: number },
): Promise<string> {
  const [program] = await db
    .insert(mentoringPrograms)
    .values({
      orgId: org.orgId,
      name: 'Intern peer mentoring 2026',
      template: 'intern_peer_mentoring',
      mentorEligibility: { cohortIds: [], careerStages: [], roles: [] },
      menteeEligibility: { cohortIds: [], careerStages: [], roles: [] },
      criteria: {},
      applicationsOpenOn: daysFromNow(-200),
      applicationsCloseOn: daysFromNow(-190),
      matchPublishOn: daysFromNow(-185),
      endsOn: daysFromNow(endsInDays),
      publishedAt: new Date(Date.now() - 185 * 86_400_000),
    })
    .returning();
  return program!.id;
}

/** The cast of a mentoring story: two second-year mentors and four interns, known by their keys. */
export const MENTORS = ['mentor-ana', 'mentor-ben'] as const;
export const INTERNS = ['intern-cal', 'intern-dee', 'intern-eve', 'intern-fay'] as const;
export type CastKey = (typeof MENTORS)[number] | (typeof INTERNS)[number];

/** An organisation of its own for one test, with its people and a signed-in client for each of them. */
export interface MentoringWorld {
  t: TestApp;
  org: SeededOrg;
  /** The PGY2 cohort the intern template takes its mentors from (the org's own cohort is PGY1). */
  pgy2: string;
  coordinator: TestClient;
  people: Record<CastKey, SeededPerson>;
  /** A signed-in client for anyone of the organisation (one per person, made on first use). */
  as(person: SeededPerson): Promise<TestClient>;
  /** `/api/orgs/:orgId/mentoring` */
  base: string;
}

/**
 * A new organisation (so nothing another test did is seen) with a PGY2 cohort, Term 1 and Term 2 of
 * the PGY1 cohort in 2027, the mentors ana and ben (PGY2) and the interns cal, dee, eve and fay (PGY1).
 */
export async function givenMentoringWorld(t: TestApp): Promise<MentoringWorld> {
  const org = await seedFreshOrganisation(t.deps.db, 'Mentoring Hospital');
  const orgId = org.orgId;
  const [pgy2] = await t.deps.db
    .insert(cohorts)
    .values({ orgId, name: 'PGY2 2027', startsOn: '2027-01-25', endsOn: '2028-01-23' })
    .returning();
  await t.deps.db.insert(rotationTerms).values([
    { orgId, cohortId: org.cohortId, name: 'Term 1', startsOn: '2027-01-25', endsOn: '2027-04-18' },
    { orgId, cohortId: org.cohortId, name: 'Term 2', startsOn: '2027-04-19', endsOn: '2027-07-11' },
  ]);
  const people = {} as Record<CastKey, SeededPerson>;
  for (const key of MENTORS)
    people[key] = await addPerson(t.deps.db, org, { key, careerStage: 'pgy2', cohortId: pgy2!.id });
  for (const key of INTERNS)
    people[key] = await addPerson(t.deps.db, org, { key, careerStage: 'pgy1', cohortId: org.cohortId });
  const as = signedInClients(t.app, PASSWORD);
  return {
    t,
    org,
    pgy2: pgy2!.id,
    coordinator: await as(org.coordinator),
    people,
    as,
    base: `/api/orgs/${orgId}/mentoring`,
  };
}

const dayInSydney = (daysFromNow = 0) =>
  new Intl.DateTimeFormat('en-CA', {
    year: 'numeric',
    month: '2-digit',
    day: '2-digit',
    timeZone: 'Australia/Sydney',
  }).format(new Date(Date.now() + daysFromNow * 86_400_000));

/**
 * An intern peer mentoring program made by the coordinator from its template; unless `open` is false,
 * its applications open today (where the organisation is) until 2099 and mentors take up to 2 mentees.
 */
export async function givenProgram(world: MentoringWorld, { open = true } = {}): Promise<string> {
  const { coordinator, base } = world;
  const created = await coordinator.post(`${base}/programs`, { template: 'intern_peer_mentoring' });
  if (created.statusCode !== 201) throw new Error(`program not created: ${created.body}`);
  const program = created.json<{ id: string }>();
  if (!open) return program.id;
  const {
    id: _id,
    template: _t,
    phase: _p,
    publishedAt: _pub,
    nextProgramId: _next,
    ...settings
  } = program as Record<string, unknown>;
  const opened = await coordinator.put(`${base}/programs/${program.id}`, {
    ...settings,
    applicationsOpenOn: dayInSydney(),
    applicationsCloseOn: '2099-01-01',
    matchPublishOn: '2099-01-02',
    endsOn: '2099-12-31',
    mentorCapacity: 2,
  });
  if (opened.statusCode !== 200) throw new Error(`program not opened: ${opened.body}`);
  return program.id;
}

/** Applies through the API, and fails the test's setup if the application is refused. */
export async function givenApplication(
  world: MentoringWorld,
  programId: string,
  key: CastKey | SeededPerson,
  body: object,
) {
  const person = typeof key === 'string' ? world.people[key] : key;
  const res = await (await world.as(person)).put(`${world.base}/programs/${programId}/applications/mine`, body);
  if (res.statusCode !== 200) throw new Error(`${person.email} could not apply: ${res.body}`);
}

/**
 * An open program where ana and ben applied to mentor (2 mentees each), and cal, dee and eve to be
 * mentored (help with exams); cal would rather not have ana.
 */
export async function givenOpenProgramWithApplicants(world: MentoringWorld): Promise<string> {
  const programId = await givenProgram(world);
  for (const key of MENTORS) {
    await givenApplication(world, programId, key, { side: 'mentor', answers: { contact: 'Video call' }, capacity: 2 });
  }
  for (const key of ['intern-cal', 'intern-dee', 'intern-eve'] as const) {
    const avoidPersonIds = key === 'intern-cal' ? [world.people['mentor-ana'].id] : [];
    await givenApplication(world, programId, key, {
      side: 'mentee',
      answers: { contact: 'Phone', confidence: 2 },
      wantsHelpWith: ['exams'],
      avoidPersonIds,
    });
  }
  return programId;
}

/** A coordinator's matching run (optimal unless the body says otherwise). */
export async function givenMatchRun(world: MentoringWorld, programId: string, body: object = { mode: 'optimal' }) {
  const res = await world.coordinator.post(`${world.base}/programs/${programId}/match-runs`, body);
  if (res.statusCode !== 201) throw new Error(`matching failed: ${res.body}`);
  return res.json<{ id: string; pairs: { mentor: { id: string }; mentee: { id: string } }[] }>();
}

/** givenOpenProgramWithApplicants, matched and published: three pairs run, cal's with ben. */
export async function givenPublishedPairs(world: MentoringWorld): Promise<{ programId: string; runId: string }> {
  const programId = await givenOpenProgramWithApplicants(world);
  const run = await givenMatchRun(world, programId);
  const published = await world.coordinator.post(`${world.base}/programs/${programId}/match-runs/${run.id}/publish`);
  if (published.statusCode !== 200 || published.json<{ created: number }>().created !== 3) {
    throw new Error(`publishing failed: ${published.body}`);
  }
  return { programId, runId: run.id };
}

/** One of the pairs of givenPublishedPairs (cal's, unless another mentee is named), with both of its people signed in. */
export async function givenPair(world: MentoringWorld, menteeKey: (typeof INTERNS)[number] = 'intern-cal') {
  const { programId, runId } = await givenPublishedPairs(world);
  const mentee = await world.as(world.people[menteeKey]);
  const pair = (await mentee.get(`${world.base}/pairs`)).json<{ pairs: { id: string; mentor: { id: string } }[] }>()
    .pairs[0];
  if (!pair) throw new Error(`${menteeKey} has no pair`);
  const mentorPerson = Object.values(world.people).find((p) => p.id === pair.mentor.id)!;
  return {
    programId,
    runId,
    pairId: pair.id,
    mentee,
    menteePerson: world.people[menteeKey],
    mentor: await world.as(mentorPerson),
    mentorPerson,
  };
}

/** Both of a pair accepted the agreement, and the mentee logged its first meeting today, on these topics. */
export async function givenAgreedPairThatMet(
  world: MentoringWorld,
  pair: { pairId: string; mentee: TestClient; mentor: TestClient },
  topics: string[],
) {
  const url = `${world.base}/pairs/${pair.pairId}`;
  for (const side of [pair.mentee, pair.mentor]) {
    const accepted = await side.post(`${url}/agreement`);
    if (accepted.statusCode !== 200) throw new Error(`agreement refused: ${accepted.body}`);
  }
  const meetingId = (await pair.mentee.get(url)).json<{ meetings: { id: string }[] }>().meetings[0]!.id;
  const logged = await pair.mentee.put(`${url}/meetings/${meetingId}`, {
    happenedOn: dayInSydney(),
    format: 'video',
    topics,
  });
  if (logged.statusCode !== 200) throw new Error(`meeting not logged: ${logged.body}`);
  return meetingId;
}

/**
 * An organisation of its own with a program published 185 days ago (seedPublishedProgram), and `mentees`
 * mentees (PGY1) paired in turn with `mentors` mentors (PGY2), the first mentors taking the first mentees;
 * written straight to the database.
 */
export async function givenRunningProgram(
  t: TestApp,
  { endsInDays, mentors: mentorCount, mentees: menteeCount }: { endsInDays: number; mentors: number; mentees: number },
) {
  const org = await seedFreshOrganisation(t.deps.db, 'Running Program Hospital');
  const programId = await seedPublishedProgram(t.deps.db, org, { endsInDays });
  const mentors: SeededPerson[] = [];
  for (let m = 0; m < mentorCount; m++)
    mentors.push(await addPerson(t.deps.db, org, { key: `mentor-${m}`, careerStage: 'pgy2' }));
  const mentees: SeededPerson[] = [];
  const pairIds: string[] = [];
  for (let i = 0; i < menteeCount; i++) {
    const mentee = await addPerson(t.deps.db, org, { key: `mentee-${i}`, careerStage: 'pgy1' });
    mentees.push(mentee);
    const mentor = mentors[Math.floor((i * mentorCount) / menteeCount)]!;
    const [pair] = await t.deps.db
      .insert(mentoringPairs)
      .values({ orgId: org.orgId, programId, mentorId: mentor.id, menteeId: mentee.id, score: 5 })
      .returning();
    pairIds.push(pair!.id);
  }
  const as = signedInClients(t.app, PASSWORD);
  return {
    org,
    programId,
    mentors,
    mentees,
    pairIds,
    as,
    coordinator: await as(org.coordinator),
    /** `/api/orgs/:orgId/mentoring/programs/:programId` */
    program: `/api/orgs/${org.orgId}/mentoring/programs/${programId}`,
  };
}

/** Each of these people gave the same answer to a round of the program, through the API. */
export async function givenFeedback(
  world: { program: string; as(person: SeededPerson): Promise<TestClient> },
  people: SeededPerson[],
  round: 'midpoint' | 'end',
  answer: { useful: number; metAsPlanned: number; recommend: boolean; comment: string },
) {
  for (const person of people) {
    const res = await (await world.as(person)).post(`${world.program}/feedback/${round}`, answer);
    if (res.statusCode !== 204) throw new Error(`${person.email} could not answer: ${res.body}`);
  }
}
