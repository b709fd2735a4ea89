import { fakerEN_AU as faker } from '@faker-js/faker';
import type { Database } from '../client.ts';
import {
  cohorts,
  feedbackAnswerPool,
  feedbackResponses,
  feedbackRoundsSent,
  feedbackSubmissions,
  mentoringApplications,
  mentoringPairs,
  mentoringPrograms,
  pairAgreements,
  pairGoals,
  pairMeetings,
  rematchRequests,
  rotationTerms,
  trainingCompletions,
  trainingModules,
} from '../schema/index.ts';

type Tx = Parameters<Parameters<Database['transaction']>[0]>[0];

const day = (today: string, offset: number) =>
  new Date(Date.parse(`${today}T00:00:00Z`) + offset * 86_400_000).toISOString().slice(0, 10);
const ANSWERS = { contact: 'In person', hopes: 'Someone to ask the questions I feel silly asking.' };
const TOPIC_SETS = [
  ['rostering_and_leave', 'navigating_the_hospital'],
  ['exams', 'career'],
  ['night_shifts', 'wellbeing'],
  ['wellbeing'],
  ['research', 'career'],
  ['difficult_situation', 'wellbeing'],
];
const COMMENTS = [
  'Having someone a year ahead made the first rotation far less lonely.',
  'We struggled to find times that fit both rosters.',
  'More structure for the first meeting would help.',
  'My mentor helped me sort out leave for my exam.',
  'Would like an optional group catch-up once a term.',
  '',
  '',
];

/**
 * A living mentoring program for the demo: "Intern peer mentoring" in its second term (dates are
 * relative to the day of seeding), with pairs, agreements, goals, logged meetings, quiet pairs, a
 * rematch request and mid-point feedback; and next year's program open for applications.
 */
export async function seedDemoMentoring(
  tx: Tx,
  input: {
    orgId: string;
    coordinatorId: string;
    mentees: string[];
    mentors: string[];
    today: string;
    nextYear: { menteeCohortId: string; mentorCohortId: string };
  },
) {
  faker.seed(4242);
  const { orgId, today } = input;
  const year = Number(day(today, -150).slice(0, 4));
  const [cohort] = await tx
    .insert(cohorts)
    .values({ orgId, name: `PGY1 ${year}`, startsOn: day(today, -150), endsOn: day(today, 140) })
    .returning();
  const terms = await tx
    .insert(rotationTerms)
    .values([
      { orgId, cohortId: cohort!.id, name: 'Term 1', startsOn: day(today, -150), endsOn: day(today, -71) },
      { orgId, cohortId: cohort!.id, name: 'Term 2', startsOn: day(today, -70), endsOn: day(today, 9) },
      { orgId, cohortId: cohort!.id, name: 'Term 3', startsOn: day(today, 10), endsOn: day(today, 89) },
      { orgId, cohortId: cohort!.id, name: 'Term 4', startsOn: day(today, 90), endsOn: day(today, 140) },
    ])
    .returning();
  const [module] = await tx
    .insert(trainingModules)
    .values({
      orgId,
      title: 'Being a peer mentor: boundaries and confidentiality',
      minutes: 15,
      body: 'Peer mentoring is peer support: not supervision, counselling or therapy. Listen, normalise, empower rather than advise. What is said stays between you, unless someone is at risk of harm: then use "Need help now?" and tell the wellbeing lead. Never write clinical case details in Kindred.',
    })
    .returning();
  const criteria = {
    sameSite: 3,
    sharedSpecialty: 2,
    wantedSpecialty: 4,
    sharedLanguage: 1,
    availability: 2,
    shiftPattern: 1,
    sharedExperience: 1.5,
    menteePreference: 3,
  };
  const common = {
    orgId,
    template: 'intern_peer_mentoring',
    description: "Second-year doctors mentor this year's interns: meet before and after each rotation term.",
    mentorEligibility: { cohortIds: [], careerStages: ['pgy2', 'resident', 'registrar'], roles: [] },
    menteeEligibility: { cohortIds: [], careerStages: ['pgy1'], roles: [] },
    mentorCapacity: 2,
    questions: [
      {
        id: 'hopes',
        kind: 'short_text' as const,
        label: 'What would you like to get out of the program?',
        side: 'both' as const,
        required: false,
        options: [],
      },
      {
        id: 'contact',
        kind: 'choice' as const,
        label: 'How would you prefer to meet?',
        side: 'both' as const,
        required: true,
        options: ['In person', 'Video call', 'Phone', 'No preference'],
      },
    ],
    criteria,
    cadenceDays: 91,
    trainingModuleIds: [module!.id],
    createdBy: input.coordinatorId,
  };
  const [program] = await tx
    .insert(mentoringPrograms)
    .values({
      ...common,
      name: `Intern peer mentoring ${year}`,
      applicationsOpenOn: day(today, -200),
      applicationsCloseOn: day(today, -175),
      matchPublishOn: day(today, -160),
      endsOn: day(today, 140),
      scheduleCohortId: cohort!.id,
      publishedAt: new Date(Date.parse(`${day(today, -160)}T09:00:00Z`)),
    })
    .returning();
  await tx.insert(mentoringPrograms).values({
    ...common,
    name: `Intern peer mentoring ${year + 1}`,
    menteeEligibility: { cohortIds: [input.nextYear.menteeCohortId], careerStages: [], roles: [] },
    mentorEligibility: { cohortIds: [input.nextYear.mentorCohortId], careerStages: [], roles: [] },
    applicationsOpenOn: day(today, -7),
    applicationsCloseOn: day(today, 45),
    matchPublishOn: day(today, 52),
    endsOn: day(today, 420),
    scheduleCohortId: input.nextYear.menteeCohortId,
    previousProgramId: program!.id,
  });

  const programId = program!.id;
  await tx
    .insert(trainingCompletions)
    .values(input.mentors.map((personId) => ({ orgId, moduleId: module!.id, personId })));
  // Everyone applied while applications were open (none is late), at some hour of a working day there.
  const applied = () => {
    const at = new Date(
      Date.parse(`${day(today, faker.number.int({ min: -200, max: -175 }))}T00:00:00Z`) +
        faker.number.int({ min: 0, max: 11 * 60 }) * 60_000,
    );
    return { createdAt: at, updatedAt: at };
  };
  await tx.insert(mentoringApplications).values([
    ...input.mentors.map((personId) => ({
      orgId,
      programId,
      personId,
      side: 'mentor' as const,
      answers: ANSWERS,
      capacity: 2,
      ...applied(),
    })),
    ...input.mentees.map((personId) => ({
      orgId,
      programId,
      personId,
      side: 'mentee' as const,
      answers: ANSWERS,
      wantsHelpWith: faker.helpers.arrayElements(['exams', 'night shifts', 'rostering and leave', 'research'], {
        min: 1,
        max: 2,
      }),
      ...applied(),
    })),
  ]);
  // Made when the matches were published: a pair that has never met is quiet since then, not since the demo was made.
  const pairs = await tx
    .insert(mentoringPairs)
    .values(
      input.mentees.map((menteeId, i) => ({
        orgId,
        programId,
        mentorId: input.mentors[Math.floor(i / 2) % input.mentors.length]!,
        menteeId,
        score: faker.number.float({ min: 4, max: 14, fractionDigits: 1 }),
        explanation: {},
        createdAt: program!.publishedAt!,
      })),
    )
    .returning();

  const [t1, t2, t3, t4] = terms;
  for (const [i, pair] of pairs.entries()) {
    // Most pairs keep to the plan; every sixth is quiet, which the coordinator's page flags.
    const quiet = i % 6 === 5;
    const plan = [
      { label: `Before ${t1!.name}`, dueOn: t1!.startsOn, termId: t1!.id, held: !quiet },
      { label: `After ${t1!.name}`, dueOn: t1!.endsOn, termId: t1!.id, held: !quiet && i % 5 !== 3 },
      { label: `Before ${t2!.name}`, dueOn: t2!.startsOn, termId: t2!.id, held: !quiet && i % 3 !== 0 },
      { label: `After ${t2!.name}`, dueOn: t2!.endsOn, termId: t2!.id, held: false },
      { label: `Before ${t3!.name}`, dueOn: t3!.startsOn, termId: t3!.id, held: false },
      { label: `After ${t3!.name}`, dueOn: t3!.endsOn, termId: t3!.id, held: false },
      { label: `Before ${t4!.name}`, dueOn: t4!.startsOn, termId: t4!.id, held: false },
      { label: `After ${t4!.name}`, dueOn: t4!.endsOn, termId: t4!.id, held: false },
    ];
    await tx.insert(pairMeetings).values(
      plan.map((m) => ({
        orgId,
        pairId: pair.id,
        label: m.label,
        dueOn: m.dueOn,
        termId: m.termId,
        happenedOn: m.held ? day(m.dueOn, faker.number.int({ min: -3, max: 6 })) : null,
        format: m.held ? faker.helpers.arrayElement(['in_person', 'video', 'phone']) : null,
        topics: m.held ? faker.helpers.arrayElement(TOPIC_SETS) : [],
        loggedBy: m.held ? pair.menteeId : null,
        loggedAt: m.held ? new Date(Date.parse(`${m.dueOn}T00:00:00Z`) + 7 * 86_400_000) : null,
        reminderSentAt: m.held || m.dueOn < today ? new Date() : null,
      })),
    );
    if (!quiet) {
      // Accepted in the days after the pairs were published, before the first meeting.
      const acceptedAt = new Date(program!.publishedAt!.getTime() + ((i % 4) + 1) * 86_400_000);
      await tx
        .insert(pairAgreements)
        .values([pair.mentorId, pair.menteeId].map((personId) => ({ orgId, pairId: pair.id, personId, acceptedAt })));
      await tx.insert(pairGoals).values([
        {
          orgId,
          pairId: pair.id,
          title: faker.helpers.arrayElement([
            'Feel confident on nights',
            'Plan leave for the exam',
            'Start a research project',
            'Find my feet on the wards',
          ]),
          progress: faker.number.int({ min: 10, max: 80 }),
        },
      ]);
    }
  }
  const lonely = pairs[11];
  if (lonely) await tx.insert(rematchRequests).values({ orgId, pairId: lonely.id, requestedBy: lonely.menteeId });

  // Privacy rule 3 (docs/decisions/005-anonymous-answers.md): 22 people have answered; 20 answers were
  // released as one batch, dated by the day only, and 2 are held until 3 more arrive. Every table is
  // written in content order, never in the order people answered.
  const answered = [...input.mentees.slice(0, 15), ...input.mentors.slice(0, 7)];
  await tx.insert(feedbackRoundsSent).values({ orgId, programId, round: 'midpoint' });
  await tx
    .insert(feedbackSubmissions)
    .values(answered.toSorted().map((personId) => ({ orgId, programId, round: 'midpoint' as const, personId })));
  const answers = answered
    .map(() => ({
      orgId,
      programId,
      round: 'midpoint' as const,
      useful: faker.helpers.weightedArrayElement([
        { value: 5, weight: 4 },
        { value: 4, weight: 4 },
        { value: 3, weight: 2 },
        { value: 2, weight: 1 },
      ]),
      metAsPlanned: faker.number.int({ min: 2, max: 5 }),
      recommend: faker.number.float() < 0.85,
      comment: faker.helpers.arrayElement(COMMENTS),
    }))
    .toSorted(
      (a, b) =>
        a.useful - b.useful ||
        a.metAsPlanned - b.metAsPlanned ||
        Number(a.recommend) - Number(b.recommend) ||
        a.comment.localeCompare(b.comment),
    );
  const held = new Set([3, 11]);
  await tx
    .insert(feedbackResponses)
    .values(answers.filter((_, i) => !held.has(i)).map((a) => ({ ...a, releasedOn: day(today, -2) })));
  await tx.insert(feedbackAnswerPool).values(answers.filter((_, i) => held.has(i)));
}
