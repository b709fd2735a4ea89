import { fakerEN_AU as faker } from '@faker-js/faker';
import { and, eq, inArray, sql } from 'drizzle-orm';
import type { FastifyInstance } from 'fastify';
import type { Database } from '#db/client.ts';
import {
  cohorts,
  departments,
  groupFacilitators,
  groupMemberships,
  groupPrograms,
  groupSessions,
  members,
  mentoringApplications,
  mentoringPairs,
  mentoringPrograms,
  notifications,
  pairAgreements,
  pairGoals,
  pairMeetings,
  persons,
  sessionRsvps,
  sites,
  supportGroups,
} from '#db/schema/index.ts';
import { TestClient } from '#test/client.ts';
import { PASSWORD, seedOrganisation } from '#test/fixtures.ts';

/** The busy organisation `bench/api-load.ts` measures: who signs in, and how much there is behind each endpoint. */
export interface BenchOrg {
  orgId: string;
  people: number;
  /** Members with a pair or a group, who sign in and read their own pages. */
  members: string[];
  /** Admins and coordinators, who search people. */
  searchers: string[];
  pairs: number;
  groups: number;
  notifications: number;
}

const PEOPLE = 5_000;
const DEPARTMENTS = [
  'Emergency Medicine',
  'Intensive Care',
  'General Medicine',
  'General Surgery',
  'Paediatrics',
  'Obstetrics & Gynaecology',
  'Psychiatry',
  'Anaesthetics',
  'Cardiology',
  'Orthopaedics',
];
const NOTIFICATIONS_EACH = 8;
const PLAN = {
  checkIn: 'How are you arriving?',
  theme: 'A shift that stayed with you',
  checkOut: 'One thing you take away',
  signposting: 'EAP 1300 360 364',
};
const day = (offset: number) => new Date(Date.now() + offset * 86_400_000).toISOString().slice(0, 10);

async function insertAll<T>(rows: T[], insert: (chunk: T[]) => Promise<unknown>): Promise<void> {
  for (let i = 0; i < rows.length; i += 1_000) await insert(rows.slice(i, i + 1_000));
}

/**
 * An organisation of 5,000 people brought in through the CSV import (as an admin would), all of whom
 * have since joined; a published intern mentoring program of 600 pairs in its second term; 38 peer
 * support groups meeting fortnightly, ten sessions held and ten to come; eight notifications each.
 */
export async function seedBenchOrganisation(db: Database, app: FastifyInstance): Promise<BenchOrg> {
  faker.seed(500);
  const org = await seedOrganisation(db, 'Bench Health');
  const { orgId } = org;
  const [northbank] = await db.insert(sites).values({ orgId, name: 'Northbank Hospital' }).returning();
  await db
    .insert(departments)
    .values(DEPARTMENTS.slice(1).map((name, i) => ({ orgId, name, siteId: i < 6 ? org.siteId : northbank!.id })));
  const [pgy2] = await db
    .insert(cohorts)
    .values({ orgId, name: 'PGY2 2027', startsOn: '2027-01-25', endsOn: '2028-01-23' })
    .returning();

  const lines = ['email,name,roles,site,department,cohort'];
  for (let i = 0; i < PEOPLE - 3; i++) {
    const first = faker.person.firstName();
    const last = faker.person.lastName();
    const roles = ['member', ...(i % 25 === 2 ? ['facilitator'] : []), ...(i % 100 === 7 ? ['coordinator'] : [])].join(
      ';',
    );
    const department = DEPARTMENTS[i % DEPARTMENTS.length]!;
    const site = DEPARTMENTS.indexOf(department) < 7 ? 'Bench Health Hospital' : 'Northbank Hospital';
    const cohort = ['PGY1 2027', 'PGY2 2027', '', '', ''][i % 5];
    lines.push(
      `${first.toLowerCase()}.${last.toLowerCase().replace(/[^a-z]/g, '')}.${i}@bench-health.test,${first} ${last},${roles},${site},${department},${cohort}`,
    );
  }
  const admin = new TestClient(app);
  await admin.signIn(org.admin.email, PASSWORD);
  const imported = await admin.post(`/api/orgs/${orgId}/imports/people/commit`, {
    csv: lines.join('\n'),
    sendInvitations: false,
  });
  if (imported.statusCode !== 200) throw new Error(`import: ${imported.statusCode} ${imported.body}`);
  await db
    .update(members)
    .set({
      status: 'active',
      careerStage: sql`CASE WHEN ${members.cohortId} = ${org.cohortId} THEN 'pgy1' WHEN ${members.cohortId} = ${pgy2!.id} THEN 'pgy2'
        ELSE (ARRAY['resident', 'registrar', 'consultant'])[1 + abs(hashtext(${members.personId}::text)) % 3] END`,
    })
    .where(eq(members.orgId, orgId));

  const everyone = await db
    .select({
      id: members.personId,
      email: persons.email,
      careerStage: members.careerStage,
      departmentId: members.departmentId,
      roles: members.roles,
    })
    .from(members)
    .innerJoin(persons, eq(persons.id, members.personId))
    .where(eq(members.orgId, orgId))
    .orderBy(persons.email);
  const stage = (s: string) => everyone.filter((p) => p.careerStage === s);
  const mentees = stage('pgy1').slice(0, 600);
  const mentors = stage('pgy2').slice(0, 300);
  const pairs = await seedMentoring(
    db,
    orgId,
    mentees.map((p) => p.id),
    mentors.map((p) => p.id),
  );
  const grouped = await seedGroups(db, orgId, everyone);

  await insertAll(
    everyone.flatMap((p) =>
      Array.from({ length: NOTIFICATIONS_EACH }, (_, k) => ({
        orgId,
        personId: p.id,
        title: [
          'Your mentoring meeting is due',
          'A new group session',
          'Mid-point feedback is open',
          'Your mentor logged a meeting',
        ][k % 4]!,
        body: 'Open Kindred to see what is new.',
        link: '/mentoring',
        readAt: k > 1 ? new Date(Date.now() - k * 86_400_000) : null,
        createdAt: new Date(Date.now() - k * 7 * 86_400_000),
      })),
    ),
    (chunk) => db.insert(notifications).values(chunk),
  );

  const signingIn = [
    ...new Set(
      [...mentees.slice(0, 60), ...mentors.slice(0, 40)].map((p) => p.email).concat(grouped.memberEmails.slice(0, 60)),
    ),
  ];
  const searchers = [
    org.admin.email,
    org.coordinator.email,
    ...everyone
      .filter((p) => p.roles.includes('coordinator'))
      .slice(0, 4)
      .map((p) => p.email),
  ];
  const [hash] = await db.select({ value: persons.passwordHash }).from(persons).where(eq(persons.id, org.admin.id));
  await db
    .update(persons)
    .set({ passwordHash: hash!.value })
    .where(inArray(persons.email, [...signingIn, ...searchers]));
  // The state autovacuum keeps a live database in: statistics current, index pending lists merged.
  await db.execute(sql`VACUUM ANALYZE`);
  return {
    orgId,
    people: everyone.length,
    members: signingIn,
    searchers,
    pairs,
    groups: grouped.groups,
    notifications: everyone.length * NOTIFICATIONS_EACH,
  };
}

/** Mentee k is paired with mentor k/2; eight meetings each, the first three held; both accepted the agreement. */
async function seedMentoring(db: Database, orgId: string, mentees: string[], mentors: string[]): Promise<number> {
  const [program] = await db
    .insert(mentoringPrograms)
    .values({
      orgId,
      name: 'Intern peer mentoring',
      template: 'intern_peer_mentoring',
      mentorEligibility: { cohortIds: [], careerStages: ['pgy2'], roles: [] },
      menteeEligibility: { cohortIds: [], careerStages: ['pgy1'], roles: [] },
      criteria: { sameSite: 3, sharedSpecialty: 2 },
      applicationsOpenOn: day(-200),
      applicationsCloseOn: day(-175),
      matchPublishOn: day(-160),
      endsOn: day(140),
      publishedAt: new Date(Date.now() - 160 * 86_400_000),
    })
    .returning();
  const programId = program!.id;
  await insertAll(
    [
      ...mentors.map((personId) => ({ orgId, programId, personId, side: 'mentor' as const, capacity: 2 })),
      ...mentees.map((personId) => ({ orgId, programId, personId, side: 'mentee' as const })),
    ],
    (chunk) => db.insert(mentoringApplications).values(chunk),
  );
  const pairs = await db
    .insert(mentoringPairs)
    .values(
      mentees.map((menteeId, k) => ({
        orgId,
        programId,
        mentorId: mentors[Math.floor(k / 2)]!,
        menteeId,
        score: 5 + (k % 9),
      })),
    )
    .returning({ id: mentoringPairs.id, mentorId: mentoringPairs.mentorId, menteeId: mentoringPairs.menteeId });
  await insertAll(
    pairs.flatMap((pair) =>
      Array.from({ length: 8 }, (_, m) => {
        const held = m < 3;
        return {
          orgId,
          pairId: pair.id,
          label: `${m % 2 === 0 ? 'Before' : 'After'} Term ${Math.floor(m / 2) + 1}`,
          dueOn: day(-150 + m * 40),
          happenedOn: held ? day(-148 + m * 40) : null,
          format: held ? 'video' : null,
          topics: held ? ['wellbeing', 'career'] : [],
          loggedBy: held ? pair.menteeId : null,
          loggedAt: held ? new Date() : null,
        };
      }),
    ),
    (chunk) => db.insert(pairMeetings).values(chunk),
  );
  await insertAll(
    pairs.flatMap((pair) => [pair.mentorId, pair.menteeId].map((personId) => ({ orgId, pairId: pair.id, personId }))),
    (chunk) => db.insert(pairAgreements).values(chunk),
  );
  await insertAll(
    pairs.map((pair, k) => ({ orgId, pairId: pair.id, title: 'Feel confident on nights', progress: (k * 7) % 100 })),
    (chunk) => db.insert(pairGoals).values(chunk),
  );
  return pairs.length;
}

type Person = { id: string; email: string; departmentId: string | null; roles: string[] };

/**
 * Three groups per department (open to that department) and eight open to everyone, each of six members
 * with a facilitator, meeting fortnightly: ten sessions held, ten to come, members' RSVPs to the next two.
 */
async function seedGroups(
  db: Database,
  orgId: string,
  everyone: Person[],
): Promise<{ groups: number; memberEmails: string[] }> {
  const programs = await db
    .insert(groupPrograms)
    .values([
      { orgId, template: 'department_peer_support', name: 'Department peer support' },
      { orgId, template: 'returning_to_work', name: 'Returning to work' },
      { orgId, template: 'new_to_the_area', name: 'New to the area' },
    ])
    .returning();
  const departmentIds = [...new Set(everyone.flatMap((p) => (p.departmentId ? [p.departmentId] : [])))];
  const specs = [
    ...departmentIds.flatMap((departmentId) =>
      [1, 2, 3].map((n) => ({ programId: programs[0]!.id, name: `Peer support ${n}`, departmentIds: [departmentId] })),
    ),
    ...[1, 2, 3, 4].map((n) => ({
      programId: programs[1]!.id,
      name: `Back at work ${n}`,
      departmentIds: [] as string[],
    })),
    ...[1, 2, 3, 4].map((n) => ({
      programId: programs[2]!.id,
      name: `New in town ${n}`,
      departmentIds: [] as string[],
    })),
  ];
  const groups = await db
    .insert(supportGroups)
    .values(
      specs.map((s) => ({
        orgId,
        programId: s.programId,
        name: s.name,
        firstSessionOn: day(-140),
        startTime: '18:00',
        locationKind: 'video' as const,
        locationDetail: 'https://meet.example/peer-support',
        eligibility: { departmentIds: s.departmentIds, cohortIds: [], roles: [] },
        plan: PLAN,
      })),
    )
    .returning();
  const facilitators = everyone.filter((p) => p.roles.includes('facilitator'));
  const placed = new Set(facilitators.map((p) => p.id));
  const memberEmails: string[] = [];
  for (const [g, group] of groups.entries()) {
    const wanted = specs[g]!.departmentIds[0];
    const chosen = everyone
      .filter((p) => !placed.has(p.id) && (wanted === undefined || p.departmentId === wanted))
      .slice(0, 6);
    for (const p of chosen) placed.add(p.id);
    memberEmails.push(...chosen.slice(0, 2).map((p) => p.email));
    await db
      .insert(groupFacilitators)
      .values({ orgId, groupId: group.id, personId: facilitators[g % facilitators.length]!.id });
    await db.insert(groupMemberships).values(
      chosen.map((p) => ({
        orgId,
        groupId: group.id,
        personId: p.id,
        status: 'member' as const,
        joinedAt: new Date(),
      })),
    );
    const sessions = await db
      .insert(groupSessions)
      .values(
        Array.from({ length: 20 }, (_, n) => ({
          orgId,
          groupId: group.id,
          series: 0,
          number: n,
          startsAt: new Date(Date.now() + (n - 10) * 14 * 86_400_000),
          durationMinutes: 45,
          locationKind: 'video' as const,
          locationDetail: 'https://meet.example/peer-support',
        })),
      )
      .returning({ id: groupSessions.id, number: groupSessions.number });
    const rsvps = sessions
      .filter((s) => s.number < 12)
      .flatMap((s) =>
        chosen.map((p, k) => ({
          orgId,
          sessionId: s.id,
          personId: p.id,
          response: 'yes' as const,
          attended: s.number < 10 && k < 4,
        })),
      );
    await db.insert(sessionRsvps).values(rsvps);
  }
  const [count] = await db
    .select({ n: sql<number>`count(*)::int` })
    .from(groupMemberships)
    .where(and(eq(groupMemberships.orgId, orgId), eq(groupMemberships.status, 'member')));
  if (!count || count.n !== groups.length * 6)
    throw new Error(`groups: ${count?.n} members placed in ${groups.length} groups`);
  return { groups: groups.length, memberEmails };
}
