import { fakerEN_AU as faker } from '@faker-js/faker';
import { sql } from 'drizzle-orm';
import { SESSION_THEMES } from '#shared/contracts/groups.ts';
import type { Database } from '../client.ts';
import {
  groupFacilitators,
  groupMemberships,
  groupPrograms,
  groupSessions,
  notifications,
  persons,
  sessionLogs,
  sessionRsvps,
  supervisionRecords,
  supportGroups,
  surveyAnswerPool,
  surveyAnswers,
  surveySubmissions,
} from '../schema/index.ts';

type Tx = Parameters<Parameters<Database['transaction']>[0]>[0];

const TIME_ZONE = 'Australia/Sydney';
const day = (today: string, offset: number) =>
  new Date(Date.parse(`${today}T00:00:00Z`) + offset * 86_400_000).toISOString().slice(0, 10);
const CHANGES = [
  'Nothing, it is the best 45 minutes of my fortnight.',
  'A bit more time for the check-out.',
  'Could we meet in person once a term?',
  'Earlier in the evening, after a long day it is hard to stay.',
  'A reminder the day before would help me make it.',
  'More about exams, they are on everyone’s mind.',
  'Keep the same room each time, it helps.',
  'Nothing. Hearing others felt the same helped a lot.',
  'Shorter check-in so there is time for the theme.',
  '',
  '',
  '',
];
const PLAN = {
  checkIn:
    'One word or one sentence each: how are you arriving today? What is said here stays here, unless someone is at risk of harm.',
  checkOut: 'One thing you take away, and one thing you will do for yourself this week.',
  signposting:
    'Employee Assistance Program (1300 360 364, free and confidential); DRS4DRS (1300 374 377); Lifeline (13 11 14); "Need help now?" on every Kindred page.',
};

interface GroupSpec {
  program: number;
  name: string;
  description: string;
  theme: string;
  departmentId: string | null;
  members: string[];
  waiting: string[];
  facilitators: string[];
  startTime: string;
  location: { kind: 'video' | 'room'; detail: string };
  /** Days from today to the latest session held (negative: in the past). */
  lastHeld: number;
  held: number;
  released: number;
  heldAnswers: number;
  supervisedThrough: 'all' | 'long-ago';
}

/**
 * Peer support groups for the demo, with history: department groups (one full with a wait-list, one
 * whose facilitators are behind on supervision, one with only 3 survey answers, so results show as
 * "fewer than 5 responses"), a returning-to-work group, and "New to Riverside", where the demo member
 * came to yesterday's session and has its survey open. Dates are relative to the day of seeding.
 */
export async function seedDemoGroups(
  tx: Tx,
  input: {
    orgId: string;
    today: string;
    coordinatorId: string;
    memberId: string;
    facilitators: string[];
    supervisors: string[];
    departments: { id: string; name: string }[];
    /** Trainees who may be placed in groups, with their department. */
    trainees: { id: string; departmentId: string }[];
    facilitatorLogin: { email: string; passwordHash: string };
  },
) {
  faker.seed(6006);
  const { orgId, today } = input;
  const programs = await tx
    .insert(groupPrograms)
    .values([
      {
        orgId,
        template: 'department_peer_support',
        name: 'Department peer support',
        description:
          'Standing groups for the trainees of one department, every fortnight, with two trained facilitators.',
        createdBy: input.coordinatorId,
      },
      {
        orgId,
        template: 'returning_to_work',
        name: 'Returning to work after a break',
        description: 'For doctors coming back after leave, illness or time away.',
        createdBy: input.coordinatorId,
      },
      {
        orgId,
        template: 'new_to_the_area',
        name: 'New to the area',
        description: 'For doctors who have just moved to Riverside.',
        createdBy: input.coordinatorId,
      },
    ])
    .returning();
  const dept = (name: string) => input.departments.find((d) => d.name === name)!.id;
  const used = new Set<string>([input.memberId]);
  const take = (n: number, departmentId: string | null) => {
    const chosen = input.trainees
      .filter((t) => !used.has(t.id) && (departmentId === null || t.departmentId === departmentId))
      .slice(0, n);
    for (const c of chosen) used.add(c.id);
    return chosen.map((c) => c.id);
  };
  const [f0, f1, f2, f3, f4, f5, f6, f7] = input.facilitators;
  const specs: GroupSpec[] = [
    {
      program: 0,
      name: 'Intensive Care trainees',
      description: 'ICU registrars and residents, in the evening by video.',
      theme: 'A shift that stayed with you',
      departmentId: dept('Intensive Care'),
      members: take(6, dept('Intensive Care')),
      waiting: take(2, dept('Intensive Care')),
      facilitators: [f0!, f1!],
      startTime: '18:30',
      location: { kind: 'video', detail: 'https://meet.riverside.example/icu-peer-support' },
      lastHeld: -6,
      held: 5,
      released: 10,
      heldAnswers: 2,
      supervisedThrough: 'all',
    },
    {
      program: 0,
      name: 'Emergency Medicine trainees',
      description: 'ED trainees, in the morning after handover.',
      theme: 'Aggression in the waiting room',
      departmentId: dept('Emergency Medicine'),
      members: take(5, dept('Emergency Medicine')),
      waiting: [],
      facilitators: [f2!, f3!],
      startTime: '08:30',
      location: { kind: 'room', detail: 'ED education room, level 1' },
      lastHeld: -3,
      held: 4,
      released: 5,
      heldAnswers: 1,
      supervisedThrough: 'long-ago',
    },
    {
      program: 0,
      name: 'Paediatrics trainees',
      description: 'Paediatric trainees, at lunchtime.',
      theme: 'When a child is very unwell',
      departmentId: dept('Paediatrics'),
      members: take(4, dept('Paediatrics')),
      waiting: [],
      facilitators: [f4!],
      startTime: '12:30',
      location: { kind: 'room', detail: 'Paediatrics seminar room' },
      lastHeld: -8,
      held: 2,
      released: 0,
      heldAnswers: 3,
      supervisedThrough: 'all',
    },
    {
      program: 1,
      name: 'Back at work',
      description: 'Returning after parental leave, illness or research: at lunchtime.',
      theme: 'What has changed, and what has not',
      departmentId: null,
      members: take(4, null),
      waiting: [],
      facilitators: [f5!, f6!],
      startTime: '12:30',
      location: { kind: 'room', detail: 'Wellbeing hub, level 2' },
      lastHeld: -10,
      held: 3,
      released: 5,
      heldAnswers: 0,
      supervisedThrough: 'all',
    },
    {
      program: 2,
      name: 'New to Riverside',
      description: 'Moved here recently? Meet others finding their feet, by video in the evening.',
      theme: 'What I miss, and what I have found',
      departmentId: null,
      members: [input.memberId, ...take(4, null)],
      waiting: [],
      facilitators: [f7!],
      startTime: '19:00',
      location: { kind: 'video', detail: 'https://meet.riverside.example/new-to-riverside' },
      lastHeld: -1,
      held: 4,
      released: 5,
      heldAnswers: 2,
      supervisedThrough: 'all',
    },
  ];

  for (const spec of specs) {
    const firstSessionOn = day(today, spec.lastHeld - 14 * (spec.held - 1));
    const [group] = await tx
      .insert(supportGroups)
      .values({
        orgId,
        programId: programs[spec.program]!.id,
        name: spec.name,
        description: spec.description,
        firstSessionOn,
        startTime: spec.startTime,
        locationKind: spec.location.kind,
        locationDetail: spec.location.detail,
        eligibility: { departmentIds: spec.departmentId ? [spec.departmentId] : [], cohortIds: [], roles: [] },
        plan: { ...PLAN, theme: spec.theme },
      })
      .returning();
    const groupId = group!.id;
    const joined = new Date(Date.parse(`${firstSessionOn}T00:00:00Z`) - 7 * 86_400_000);
    await tx.insert(groupFacilitators).values(spec.facilitators.map((personId) => ({ orgId, groupId, personId })));
    await tx.insert(groupMemberships).values([
      ...spec.members.map((personId) => ({
        orgId,
        groupId,
        personId,
        status: 'member' as const,
        queuedAt: joined,
        joinedAt: joined,
      })),
      ...spec.waiting.map((personId, i) => ({
        orgId,
        groupId,
        personId,
        status: 'waiting' as const,
        queuedAt: new Date(Date.parse(`${day(today, -5 + i)}T02:00:00Z`)),
      })),
    ]);

    // The sessions held, then the coming ones up to twelve weeks ahead.
    const count = spec.held + 6;
    const sessions = await tx
      .insert(groupSessions)
      .values(
        [...Array(count).keys()].map((n) => {
          const on = day(firstSessionOn, 14 * n);
          const past = n < spec.held;
          return {
            orgId,
            groupId,
            series: 0,
            number: n,
            startsAt: sql`(${on}::date + ${spec.startTime}::time) AT TIME ZONE ${TIME_ZONE}`,
            durationMinutes: 45,
            locationKind: spec.location.kind,
            locationDetail: spec.location.detail,
            reminderSentAt: past ? sql`now()` : null,
            surveySentAt: past ? sql`now()` : null,
          };
        }),
      )
      .returning();
    const held = sessions.filter((s) => s.number < spec.held);

    const attendeesOf = new Map<string, string[]>();
    for (const s of held) {
      const last = s.number === spec.held - 1;
      // The demo member came to yesterday's session and has not answered its survey yet.
      const came = spec.members.filter((id) => id === input.memberId || faker.number.float() < 0.8);
      attendeesOf.set(s.id, came);
      await tx.insert(sessionRsvps).values(
        spec.members.map((personId) => ({
          orgId,
          sessionId: s.id,
          personId,
          response: came.includes(personId) ? ('yes' as const) : ('no' as const),
          attended: came.includes(personId),
        })),
      );
      if (!last || spec.lastHeld < -1) {
        await tx.insert(sessionLogs).values({
          orgId,
          groupId,
          sessionId: s.id,
          attendanceCount: came.length,
          themes: faker.helpers.arrayElements([...SESSION_THEMES], { min: 1, max: 3 }),
          signpostingGiven: faker.number.float() < 0.6,
          escalationNeeded: spec.name === 'Emergency Medicine trainees' && s.number === 1,
          loggedBy: spec.facilitators[0]!,
        });
      }
      if (spec.supervisedThrough === 'all') {
        await tx.insert(supervisionRecords).values({
          orgId,
          groupId,
          facilitatorId: spec.facilitators[s.number % spec.facilitators.length]!,
          supervisorId: input.supervisors[0]!,
          sessionId: s.id,
          metOn: day(firstSessionOn, 14 * s.number + 2),
        });
      }
    }
    if (spec.supervisedThrough === 'long-ago') {
      await tx.insert(supervisionRecords).values(
        spec.facilitators.map((facilitatorId) => ({
          orgId,
          groupId,
          facilitatorId,
          supervisorId: input.supervisors[1]!,
          sessionId: held[0]!.id,
          metOn: day(firstSessionOn, 2),
        })),
      );
    }

    // Privacy rule 3: "has answered" apart from the answers; released answers only in batches of 5 or more,
    // every table written in content order, dated by the day of release.
    const answered = held
      .flatMap((s) =>
        (attendeesOf.get(s.id) ?? [])
          .filter((id) => id !== input.memberId || s.number < spec.held - 1)
          .map((personId) => ({ sessionId: s.id, personId })),
      )
      .slice(0, spec.released + spec.heldAnswers);
    const submissions = answered.sort((a, b) => (a.sessionId + a.personId < b.sessionId + b.personId ? -1 : 1));
    if (submissions.length) await tx.insert(surveySubmissions).values(submissions.map((a) => ({ orgId, ...a })));
    const answers = answered.map(() => ({
      orgId,
      programId: programs[spec.program]!.id,
      groupId,
      helpful: faker.helpers.weightedArrayElement([
        { value: 5, weight: 5 },
        { value: 4, weight: 4 },
        { value: 3, weight: 2 },
        { value: 2, weight: 1 },
      ]),
      lessAlone: faker.helpers.weightedArrayElement([
        { value: 5, weight: 4 },
        { value: 4, weight: 4 },
        { value: 3, weight: 2 },
      ]),
      ableToCope: faker.number.int({ min: 3, max: 5 }),
      change: faker.helpers.arrayElement(CHANGES),
    }));
    const byContent = (a: (typeof answers)[number], b: (typeof answers)[number]) =>
      a.helpful - b.helpful ||
      a.lessAlone - b.lessAlone ||
      a.ableToCope - b.ableToCope ||
      (a.change < b.change ? -1 : 1);
    const released = answers.slice(0, spec.released).sort(byContent);
    if (released.length) {
      const half = released.length >= 10 ? 5 : released.length;
      await tx
        .insert(surveyAnswers)
        .values(
          released.map((a, i) => ({ ...a, releasedOn: day(today, i < half ? spec.lastHeld - 14 : spec.lastHeld + 1) })),
        );
    }
    const pooled = answers.slice(spec.released).sort(byContent);
    if (pooled.length) await tx.insert(surveyAnswerPool).values(pooled);

    if (spec.members.includes(input.memberId)) {
      const yesterday = held.at(-1)!;
      await tx.insert(notifications).values({
        orgId,
        personId: input.memberId,
        title: `How was ${spec.name}?`,
        body: 'Four questions, anonymous: your answer is never linked to you.',
        link: `/o/${orgId}/groups/${groupId}/sessions/${yesterday.id}/survey`,
      });
    }
  }

  // A facilitator who can sign in, to try the facilitator's side.
  await tx
    .update(persons)
    .set({ email: input.facilitatorLogin.email, passwordHash: input.facilitatorLogin.passwordHash })
    .where(sql`${persons.id} = ${f0!}`);
}
