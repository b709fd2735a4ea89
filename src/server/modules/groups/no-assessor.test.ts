import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, TestClient, type TestApp } from '#test/api.ts';
import { addPerson, PASSWORD, seedOrganisation, type SeededOrg, type SeededPerson } from '#test/fixtures.ts';

/**
 * The "no assessor" rule in groups (DESIGN.md rule 6): a trainee is never shown to their supervisor, assessor
 * or line manager through a group, whether the organisation recorded it or the trainee declared it.
 */
let t: TestApp;
let org: SeededOrg;
let coordinator: TestClient;
let admin: TestClient;
let programId: string;
let groupA: string;
let groupB: string;
const people: Record<string, SeededPerson> = {};
const api = () => `/api/orgs/${org.orgId}`;

function nextWeekday(offset: number) {
  const d = new Date(Date.now() + offset * 86_400_000);
  while (d.getUTCDay() === 0 || d.getUTCDay() === 6) d.setUTCDate(d.getUTCDate() + 1);
  return d.toISOString().slice(0, 10);
}

async function as(key: string) {
  const client = new TestClient(t.app);
  await client.signIn(people[key]!.email, PASSWORD);
  return client;
}

const placementsOf = (result: { placements: { person: { id: string }; group: { id: string } }[] }) => Object.fromEntries(result.placements.map((p) => [p.person.id, p.group.id]));

beforeAll(async () => {
  t = await createTestApp();
  org = await seedOrganisation(t.deps.db, 'Grouped Hospital');
  coordinator = new TestClient(t.app);
  await coordinator.signIn(org.coordinator.email, PASSWORD);
  admin = new TestClient(t.app);
  await admin.signIn(org.admin.email, PASSWORD);
  people['facilitator-fen'] = await addPerson(t.deps.db, org, { key: 'facilitator-fen', careerStage: 'consultant', roles: ['member', 'facilitator'] });
  people['facilitator-gil'] = await addPerson(t.deps.db, org, { key: 'facilitator-gil', careerStage: 'consultant', roles: ['member', 'facilitator'] });
  for (const key of ['trainee-tam', 'trainee-uma', 'senior-sol', 'late-lou']) people[key] = await addPerson(t.deps.db, org, { key, careerStage: key.startsWith('senior') ? 'registrar' : 'pgy1' });
  programId = (await coordinator.post(`${api()}/group-programs`, { template: 'department_peer_support' })).json().id;
  const create = (name: string) =>
    coordinator
      .post(`${api()}/group-programs/${programId}/groups`, { name, firstSessionOn: nextWeekday(3), startTime: '18:00', maxMembers: 6, location: { kind: 'room', detail: 'Room 1' }, eligibility: { departmentIds: [], cohortIds: [], roles: [] } })
      .then((r) => r.json().id as string);
  groupA = await create('Evenings A');
  groupB = await create('Evenings B');
  expect((await coordinator.put(`${api()}/groups/${groupA}/facilitators`, { personIds: [people['facilitator-fen']!.id] })).statusCode).toBe(200);
});
afterAll(() => t.close());

describe('the no-assessor rule in peer support groups', () => {
  it('allocates nobody into a group with their supervisor (recorded) or their assessor (declared), facilitating or a member', async () => {
    // Everyone asks for group A: without the rule, all three would go there.
    for (const key of ['trainee-tam', 'trainee-uma', 'senior-sol']) {
      expect((await (await as(key)).put(`${api()}/group-programs/${programId}/interest`, { preferredGroupIds: [groupA] })).statusCode).toBe(200);
    }
    const recorded = await admin.post(`${api()}/assessor-relations`, { traineeId: people['trainee-tam']!.id, assessorId: people['facilitator-fen']!.id, kind: 'supervisor' });
    expect(recorded.statusCode).toBe(201);
    expect((await (await as('trainee-uma')).post(`${api()}/me/assessors`, { personId: people['senior-sol']!.id, kind: 'assessor' })).statusCode).toBe(201);

    const preview = (await coordinator.post(`${api()}/group-programs/${programId}/allocation`, { apply: false })).json();
    const placed = placementsOf(preview);
    expect(Object.keys(placed)).toHaveLength(3);
    expect(placed[people['trainee-tam']!.id]).toBe(groupB);
    expect(placed[people['trainee-uma']!.id]).not.toBe(placed[people['senior-sol']!.id]);

    const applied = (await coordinator.post(`${api()}/group-programs/${programId}/allocation`, { apply: true })).json();
    expect(placementsOf(applied)).toEqual(placed);
  });

  it('does not offer a group holding someone related to the person, nor let them join it or facilitate it', async () => {
    // Lou declares Tam (now in group B) as her line manager: group B is, to Lou, a group not open to her, and to Tam nothing changes.
    const lou = await as('late-lou');
    expect((await lou.post(`${api()}/me/assessors`, { personId: people['trainee-tam']!.id, kind: 'line_manager' })).statusCode).toBe(201);
    const listed = (await lou.get(`${api()}/groups`)).json().groups.map((g: { id: string }) => g.id);
    expect(listed).toContain(groupA);
    expect(listed).not.toContain(groupB);
    expect((await lou.get(`${api()}/groups/${groupB}`)).statusCode).toBe(404);
    const join = await lou.post(`${api()}/groups/${groupB}/membership`);
    expect(join.statusCode).toBe(404);
    expect(join.body).not.toMatch(/assess|manag|supervis/i);
    expect((await lou.post(`${api()}/groups/${groupA}/membership`)).statusCode).toBe(201);

    // Tam's supervisor Fen cannot be made a facilitator of the group Tam is in.
    const facilitate = await coordinator.put(`${api()}/groups/${groupB}/facilitators`, { personIds: [people['facilitator-fen']!.id] });
    expect(facilitate.statusCode).toBe(409);
    expect(facilitate.json().error).toMatchObject({ code: 'no_assessor_rule', field: 'personIds' });
    expect((await coordinator.put(`${api()}/groups/${groupB}/facilitators`, { personIds: [people['facilitator-gil']!.id] })).statusCode).toBe(200);
  });

  it('passes over someone waiting who is related to someone in the group when a place comes free', async () => {
    // Group A (Fen facilitating; Lou and one of Uma or Sol in it) is made full, and two people wait for it.
    expect((await coordinator.get(`${api()}/group-programs/${programId}`)).json().groups.find((g: { id: string }) => g.id === groupA).members).toBe(2);
    for (const key of ['fill-1', 'fill-2', 'fill-3', 'fill-4', 'wait-wes', 'wait-xan']) people[key] = await addPerson(t.deps.db, org, { key, careerStage: 'pgy1' });
    for (const key of ['fill-1', 'fill-2', 'fill-3', 'fill-4']) expect((await (await as(key)).post(`${api()}/groups/${groupA}/membership`)).json().status).toBe('member');
    for (const key of ['wait-wes', 'wait-xan']) expect((await (await as(key)).post(`${api()}/groups/${groupA}/membership`)).json().status).toBe('waiting');
    // Wes, first in line, has since been recorded as Lou's supervisor.
    await admin.post(`${api()}/assessor-relations`, { traineeId: people['late-lou']!.id, assessorId: people['wait-wes']!.id, kind: 'supervisor' });
    expect((await (await as('fill-4')).delete(`${api()}/groups/${groupA}/membership`)).statusCode).toBe(204);
    expect((await (await as('wait-xan')).get(`${api()}/groups/${groupA}`)).json().membership.status).toBe('offered');
    expect((await (await as('wait-wes')).get(`${api()}/groups/${groupA}`)).json().membership.status).toBe('waiting');
  });
});
