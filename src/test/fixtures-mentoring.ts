import type { Database } from '#db/client.ts';
import { matchRuns, mentoringApplications, mentoringPairs, mentoringPrograms, notifications, pairGoals, pairMeetings, trainingModules } from '#db/schema/index.ts';
import type { SeededOrg } from './fixtures.ts';

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
  const [module] = await db.insert(trainingModules).values({ orgId, title: 'Boundaries of peer support', body: 'Peer support is not therapy.' }).returning();
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
  const summary = { mentees: 1, mentors: 1, matched: 0, matchedPercent: 0, meanScore: null, lowestScore: null, objective: 0, blockingPairs: 0, mentorUtilisation: 0 };
  const [run] = await db.insert(matchRuns).values({ orgId, programId, mode: 'optimal', pins: [], forbids: [], result: { pairs: [], unmatched: [], summary } }).returning();
  // Matched a month ago, so a meeting in the last weeks can be logged (none before the pair began).
  const [pair] = await db.insert(mentoringPairs).values({ orgId, programId, mentorId: org.admin.id, menteeId: org.member.id, score: 3, createdAt: new Date(Date.now() - 30 * 86_400_000) }).returning();
  const [meeting] = await db.insert(pairMeetings).values({ orgId, pairId: pair!.id, label: 'Meeting 1', dueOn: '2099-02-01' }).returning();
  const [goal] = await db.insert(pairGoals).values({ orgId, pairId: pair!.id, title: 'Pass the exam' }).returning();
  const [note] = await db.insert(notifications).values({ orgId, personId: org.member.id, title: 'Hello', body: 'Matched' }).returning();
  return { programId, moduleId: module!.id, runId: run!.id, pairId: pair!.id, meetingId: meeting!.id, goalId: goal!.id, notificationId: note!.id };
}

const daysFromNow = (days: number) => new Date(Date.now() + days * 86_400_000).toISOString().slice(0, 10);

/**
 * A program open to anyone, whose matches were published 185 days ago and which ends `endsInDays`
 * from today, so its mid-point feedback is open (and the end round too, within 14 days of the end).
 * The test adds its own pairs.
 */
export async function seedPublishedProgram(db: Database, org: SeededOrg, { endsInDays }: { endsInDays: number }): Promise<string> {
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
