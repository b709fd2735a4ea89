import { hash } from '@node-rs/argon2';
import { eq } from 'drizzle-orm';
import type { Role } from '#shared/contracts/common.ts';
import type { Database } from '../client.ts';
import {
  cohorts,
  crisisResources,
  departments,
  members,
  organisations,
  persons,
  rotationTerms,
  sensitiveAttributes,
  sites,
} from '../schema/index.ts';
import { seedDemoGroups } from './demo-groups.ts';
import { seedDemoMentoring } from './demo-mentoring.ts';
import { seedDemoPeerSupport } from './demo-peer-support.ts';
import { demoPeople, type DemoPerson } from './demo-people.ts';

export const DEMO_PASSWORD = 'kindred-demo-2027';

/** The accounts printed by `npm start`; each a real person of the demo organisation with a password set. */
export function demoLogins() {
  return [
    { role: 'Org admin', email: 'admin@riverside.example', password: DEMO_PASSWORD },
    { role: 'Coordinator', email: 'coordinator@riverside.example', password: DEMO_PASSWORD },
    { role: 'Member', email: 'member@riverside.example', password: DEMO_PASSWORD },
    { role: 'Facilitator', email: 'facilitator@riverside.example', password: DEMO_PASSWORD },
    { role: 'Supporter', email: 'supporter@riverside.example', password: DEMO_PASSWORD },
  ];
}

const TERMS_2027 = [
  { name: 'Term 1', startsOn: '2027-01-25', endsOn: '2027-04-18' },
  { name: 'Term 2', startsOn: '2027-04-19', endsOn: '2027-07-11' },
  { name: 'Term 3', startsOn: '2027-07-12', endsOn: '2027-10-03' },
  { name: 'Term 4', startsOn: '2027-10-04', endsOn: '2028-01-23' },
];

export async function hasDemo(db: Database): Promise<boolean> {
  const [row] = await db
    .select({ id: organisations.id })
    .from(organisations)
    .where(eq(organisations.slug, 'riverside-health'));
  return Boolean(row);
}

/**
 * Seeds "Riverside Health" (2 sites, 8 departments, PGY1 and PGY2 cohorts of 2027 with four terms each,
 * about 300 people) and a small second organisation, so switching organisations can be tried. Runs once:
 * answers false when the demo is already there.
 */
export async function seedDemo(db: Database): Promise<boolean> {
  if (await hasDemo(db)) return false;
  const passwordHash = await hash(DEMO_PASSWORD, { memoryCost: 19_456, timeCost: 2, parallelism: 1 });
  await db.transaction(async (tx) => {
    const [riverside] = await tx
      .insert(organisations)
      .values({ name: 'Riverside Health', slug: 'riverside-health', timeZone: 'Australia/Sydney', country: 'AU' })
      .returning();
    const orgId = riverside!.id;
    const siteRows = await tx
      .insert(sites)
      .values([
        { orgId, name: 'Riverside General Hospital' },
        { orgId, name: 'Northbank Community Hospital' },
      ])
      .returning();
    const departmentNames = [
      'Emergency Medicine',
      'Intensive Care',
      'General Medicine',
      'General Surgery',
      'Paediatrics',
      'Obstetrics & Gynaecology',
      'Psychiatry',
      'Anaesthetics',
    ];
    const departmentRows = await tx
      .insert(departments)
      .values(departmentNames.map((name, i) => ({ orgId, name, siteId: i < 6 ? siteRows[0]!.id : siteRows[1]!.id })))
      .returning();
    const cohortRows = await tx
      .insert(cohorts)
      .values([
        { orgId, name: 'PGY1 2027', startsOn: '2027-01-25', endsOn: '2028-01-23' },
        { orgId, name: 'PGY2 2027', startsOn: '2027-01-25', endsOn: '2028-01-23' },
      ])
      .returning();
    await tx
      .insert(rotationTerms)
      .values(cohortRows.flatMap((c) => TERMS_2027.map((t) => ({ orgId, cohortId: c.id, ...t }))));

    const people = demoPeople({ sites: siteRows, departments: departmentRows, cohorts: cohortRows });
    const personRows = await tx
      .insert(persons)
      .values(people.map((p) => ({ email: p.email, name: p.name, passwordHash: p.hasLogin ? passwordHash : null })))
      .returning({ id: persons.id, email: persons.email });
    const idByEmail = new Map(personRows.map((r) => [r.email, r.id]));
    await tx.insert(members).values(people.map((p) => memberRow(orgId, idByEmail.get(p.email)!, p)));
    const member = idByEmail.get('member@riverside.example')!;
    const ids = (stage: string) => people.filter((p) => p.careerStage === stage).map((p) => idByEmail.get(p.email)!);
    const today = new Date().toISOString().slice(0, 10);
    await seedDemoMentoring(tx, {
      orgId,
      today,
      coordinatorId: idByEmail.get('coordinator@riverside.example')!,
      mentees: ids('pgy1').slice(0, 40),
      mentors: [...ids('resident'), ...ids('registrar')].slice(0, 20),
      nextYear: { menteeCohortId: cohortRows[0]!.id, mentorCohortId: cohortRows[1]!.id },
    });
    const withRole = (role: Role) => people.filter((p) => p.roles.includes(role)).map((p) => idByEmail.get(p.email)!);
    await seedDemoGroups(tx, {
      orgId,
      today,
      coordinatorId: idByEmail.get('coordinator@riverside.example')!,
      memberId: member,
      facilitators: withRole('facilitator'),
      supervisors: withRole('supervisor'),
      departments: departmentRows.map((d) => ({ id: d.id, name: d.name })),
      trainees: people
        .filter((p) => p.roles.length === 1 && p.hasLogin === false && p.careerStage !== 'consultant')
        .map((p) => ({ id: idByEmail.get(p.email)!, departmentId: p.departmentId })),
      facilitatorLogin: { email: 'facilitator@riverside.example', passwordHash },
    });
    await seedDemoPeerSupport(tx, {
      orgId,
      today,
      timeZone: riverside!.timeZone,
      memberId: member,
      coordinatorId: idByEmail.get('coordinator@riverside.example')!,
      supporters: withRole('peer_supporter'),
      wellbeingLeads: withRole('wellbeing_lead'),
      supervisors: withRole('supervisor'),
      askers: people
        .filter((p) => p.careerStage !== 'consultant')
        .map((p) => ({ id: idByEmail.get(p.email)!, departmentId: p.departmentId, careerStage: p.careerStage })),
      departments: departmentRows.map((d) => ({ id: d.id, name: d.name })),
      supporterLogin: { email: 'supporter@riverside.example', passwordHash },
    });
    await tx
      .insert(sensitiveAttributes)
      .values({ orgId, personId: member, attributes: ['international_graduate'], consentToMatching: true });

    const [lakeside] = await tx
      .insert(organisations)
      .values({
        name: 'Lakeside Medical School',
        slug: 'lakeside-medical-school',
        timeZone: 'Australia/Sydney',
        country: 'AU',
      })
      .returning();
    const [campus] = await tx.insert(sites).values({ orgId: lakeside!.id, name: 'Lakeside Campus' }).returning();
    await tx
      .insert(cohorts)
      .values({ orgId: lakeside!.id, name: 'Year 5 medicine 2027', startsOn: '2027-02-01', endsOn: '2027-11-26' });
    // Joined after Riverside (the transaction's now()), so Riverside stays the member's home organisation.
    await tx.insert(members).values({
      orgId: lakeside!.id,
      personId: member,
      roles: ['member', 'peer_supporter'],
      status: 'active',
      siteId: campus!.id,
      joinedAt: new Date(),
    });
    await tx.insert(crisisResources).values({
      orgId: lakeside!.id,
      resources: [
        {
          label: 'Emergency: police, ambulance, fire',
          phone: '000',
          url: null,
          description: 'If you or someone else is in danger right now.',
        },
        {
          label: 'Lakeside Student Wellbeing (24 h)',
          phone: '1800 555 017',
          url: null,
          description: 'Free and confidential for Lakeside students.',
        },
        {
          label: 'DRS4DRS',
          phone: '1300 374 377',
          url: 'https://www.drs4drs.com.au',
          description: 'Support for doctors and medical students.',
        },
      ],
    });
  });
  return true;
}

function memberRow(orgId: string, personId: string, p: DemoPerson) {
  return {
    orgId,
    personId,
    roles: p.roles,
    status: 'active' as const,
    siteId: p.siteId,
    departmentId: p.departmentId,
    cohortId: p.cohortId,
    careerStage: p.careerStage,
    interests: p.interests,
    languages: p.languages,
    availability: p.availability,
    shiftPattern: p.shiftPattern,
    canOffer: p.canOffer,
    wantsHelpWith: p.wantsHelpWith,
  };
}
