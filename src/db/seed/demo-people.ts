import { fakerEN_AU as faker } from '@faker-js/faker';
import { AVAILABILITY, SHIFT_PATTERNS } from '#shared/contracts/profile.ts';
import type { Role } from '#shared/contracts/common.ts';

export interface DemoPerson {
  email: string;
  name: string;
  hasLogin: boolean;
  roles: Role[];
  siteId: string;
  departmentId: string;
  cohortId: string | null;
  careerStage: string;
  interests: string[];
  languages: string[];
  availability: string[];
  shiftPattern: string;
  canOffer: string[];
  wantsHelpWith: string[];
}

const INTERESTS = [
  'research',
  'rural medicine',
  'surgery',
  'medical education',
  'global health',
  'sport',
  'music',
  'running',
  'cooking',
  'parenting',
  'critical care',
  'psychiatry',
];
const LANGUAGES = [
  'Mandarin',
  'Vietnamese',
  'Arabic',
  'Hindi',
  'Greek',
  'Italian',
  'Tagalog',
  'Spanish',
  'Korean',
  'Punjabi',
];
const HELP = [
  'rostering and leave',
  'exams',
  'research',
  'night shifts',
  'wellbeing',
  'career planning',
  'difficult conversations',
  'moving to a new hospital',
];

interface Places {
  sites: { id: string }[];
  departments: { id: string; siteId: string | null }[];
  cohorts: { id: string; name: string }[];
}

/** About 300 people, the same on every run (seeded generator), with the demo logins among them. */
export function demoPeople(places: Places): DemoPerson[] {
  faker.seed(2027);
  const [pgy1, pgy2] = places.cohorts;
  const used = new Set<string>();
  const person = (
    stage: string,
    cohortId: string | null,
    roles: Role[],
    fixed?: { email: string; name: string },
  ): DemoPerson => {
    const first = faker.person.firstName();
    const last = faker.person.lastName();
    let email = fixed?.email ?? `${first}.${last}@riverside.example`.toLowerCase().replace(/[^a-z.@]/g, '');
    for (let n = 2; used.has(email); n++)
      email = `${first}.${last}${n}@riverside.example`.toLowerCase().replace(/[^a-z0-9.@]/g, '');
    used.add(email);
    const department = faker.helpers.arrayElement(places.departments);
    const speaksOther = faker.number.float() < 0.35;
    return {
      email,
      name: fixed?.name ?? `${first} ${last}`,
      hasLogin: Boolean(fixed),
      roles: [...new Set<Role>(['member', ...roles])],
      siteId: department.siteId ?? places.sites[0]!.id,
      departmentId: department.id,
      cohortId,
      careerStage: stage,
      interests: faker.helpers.arrayElements(INTERESTS, { min: 1, max: 3 }),
      languages: ['English', ...(speaksOther ? [faker.helpers.arrayElement(LANGUAGES)] : [])],
      availability: faker.helpers.arrayElements([...AVAILABILITY], { min: 1, max: 3 }),
      shiftPattern: faker.helpers.arrayElement([...SHIFT_PATTERNS]),
      canOffer: stage === 'pgy1' ? [] : faker.helpers.arrayElements(HELP, { min: 1, max: 3 }),
      wantsHelpWith: stage === 'pgy1' ? faker.helpers.arrayElements(HELP, { min: 1, max: 3 }) : [],
    };
  };

  const people: DemoPerson[] = [
    person('consultant', null, ['org_admin'], { email: 'admin@riverside.example', name: 'Alex Morgan' }),
    person('registrar', null, ['coordinator'], { email: 'coordinator@riverside.example', name: 'Priya Raman' }),
    person('pgy1', pgy1!.id, [], { email: 'member@riverside.example', name: 'Sam Taylor' }),
  ];
  people.push(person('consultant', null, ['coordinator']));
  for (let i = 0; i < 2; i++) people.push(person('consultant', null, ['wellbeing_lead']));
  for (let i = 0; i < 3; i++) people.push(person('consultant', null, ['supervisor']));
  for (let i = 0; i < 118; i++) people.push(person('pgy1', pgy1!.id, []));
  for (let i = 0; i < 100; i++)
    people.push(person('pgy2', pgy2!.id, i < 8 ? ['peer_supporter'] : i >= 12 && i < 20 ? ['facilitator'] : []));
  for (let i = 0; i < 72; i++)
    people.push(
      person(i < 50 ? 'registrar' : 'resident', null, i < 4 ? ['facilitator'] : i < 8 ? ['peer_supporter'] : []),
    );
  return people;
}
