import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, type TestApp } from '#test/api.ts';
import {
  givenFacilitatorsOf,
  givenGroup,
  givenGroupProgram,
  givenMembersOf,
  givenOrganisation,
  givenPerson,
  type GroupsWorld,
} from '#test/fixtures-groups.ts';

/**
 * The "no assessor" rule in groups (DESIGN.md rule 6): a trainee is never shown to their supervisor, assessor
 * or line manager through a group, whether the organisation recorded it or the trainee declared it.
 */
let t: TestApp;

function nextWeekday(offset: number) {
  const d = new Date(Date.now() + offset * 86_400_000);
  while (d.getUTCDay() === 0 || d.getUTCDay() === 6) d.setUTCDate(d.getUTCDate() + 1);
  return d.toISOString().slice(0, 10);
}

const placementsOf = (result: { placements: { person: { id: string }; group: { id: string } }[] }) =>
  Object.fromEntries(result.placements.map((p) => [p.person.id, p.group.id]));

beforeAll(async () => {
  t = await createTestApp();
});
afterAll(() => t.close());

/** A program with two evening groups, A and B, open to everyone; Facilitator Fen facilitates group A. */
async function givenEveningGroups() {
  const w = await givenOrganisation(t, 'Grouped Hospital');
  const programId = await givenGroupProgram(w);
  const evenings = { programId, firstSessionOn: nextWeekday(3), startTime: '18:00', maxMembers: 6 };
  const groupA = (await givenGroup(w, { ...evenings, name: 'Evenings A' })).id;
  const groupB = (await givenGroup(w, { ...evenings, name: 'Evenings B' })).id;
  const [fen] = await givenFacilitatorsOf(w, groupA, ['facilitator-fen']);
  return { w, programId, groupA, groupB, fen: fen! };
}

/** The organisation records `assessorId` as the trainee's supervisor. */
async function givenSupervisor(w: GroupsWorld, traineeId: string, assessorId: string) {
  const admin = await w.as(w.org.admin);
  const res = await admin.post(`${w.api}/assessor-relations`, { traineeId, assessorId, kind: 'supervisor' });
  expect(res.statusCode).toBe(201);
}

describe('the no-assessor rule in peer support groups', () => {
  it('allocates nobody into a group with their supervisor (recorded) or their assessor (declared), facilitating or a member', async () => {
    const { w, programId, groupA, groupB, fen } = await givenEveningGroups();
    const tam = await givenPerson(w, 'trainee-tam', { careerStage: 'pgy1' });
    const uma = await givenPerson(w, 'trainee-uma', { careerStage: 'pgy1' });
    const sol = await givenPerson(w, 'senior-sol');
    // Everyone asks for group A: without the rule, all three would go there.
    for (const person of [tam, uma, sol]) {
      const res = await (
        await w.as(person)
      ).put(`${w.api}/group-programs/${programId}/interest`, { preferredGroupIds: [groupA] });
      expect(res.statusCode).toBe(200);
    }
    await givenSupervisor(w, tam.id, fen.id);
    const declared = await (await w.as(uma)).post(`${w.api}/me/assessors`, { personId: sol.id, kind: 'assessor' });
    expect(declared.statusCode).toBe(201);

    const allocation = `${w.api}/group-programs/${programId}/allocation`;
    const preview = (await w.coordinator.post(allocation, { apply: false })).json();
    const placed = placementsOf(preview);
    expect(Object.keys(placed)).toHaveLength(3);
    expect(placed[tam.id]).toBe(groupB);
    expect(placed[uma.id]).not.toBe(placed[sol.id]);

    const applied = (await w.coordinator.post(allocation, { apply: true })).json();
    expect(placementsOf(applied)).toEqual(placed);
  });

  it('does not offer a group holding someone related to the person, nor let them join it or facilitate it', async () => {
    const { w, groupA, groupB, fen } = await givenEveningGroups();
    // Tam, in group B, has Fen as supervisor.
    const [tam] = await givenMembersOf(w, groupB, ['trainee-tam']);
    await givenSupervisor(w, tam!.id, fen.id);
    // Lou declares Tam as her line manager: group B is, to Lou, a group not open to her, and to Tam nothing changes.
    const lou = await w.as(await givenPerson(w, 'late-lou', { careerStage: 'pgy1' }));
    expect((await lou.post(`${w.api}/me/assessors`, { personId: tam!.id, kind: 'line_manager' })).statusCode).toBe(201);
    const listed = (await lou.get(`${w.api}/groups`)).json().groups.map((g: { id: string }) => g.id);
    expect(listed).toContain(groupA);
    expect(listed).not.toContain(groupB);
    expect((await lou.get(`${w.api}/groups/${groupB}`)).statusCode).toBe(404);
    const join = await lou.post(`${w.api}/groups/${groupB}/membership`);
    expect(join.statusCode).toBe(404);
    expect(join.body).not.toMatch(/assess|manag|supervis/i);
    expect((await lou.post(`${w.api}/groups/${groupA}/membership`)).statusCode).toBe(201);

    // Tam's supervisor Fen cannot be made a facilitator of the group Tam is in.
    const facilitators = `${w.api}/groups/${groupB}/facilitators`;
    const facilitate = await w.coordinator.put(facilitators, { personIds: [fen.id] });
    expect(facilitate.statusCode).toBe(409);
    expect(facilitate.json().error).toMatchObject({ code: 'no_assessor_rule', field: 'personIds' });
    const gil = await givenPerson(w, 'facilitator-gil', {
      careerStage: 'consultant',
      roles: ['member', 'facilitator'],
    });
    expect((await w.coordinator.put(facilitators, { personIds: [gil.id] })).statusCode).toBe(200);
  });

  it('passes over someone waiting who is related to someone in the group when a place comes free', async () => {
    const { w, groupA } = await givenEveningGroups();
    // Group A (Fen facilitating) is full, Lou among its members, and two people wait for it.
    const members = await givenMembersOf(w, groupA, ['late-lou', 'fill-1', 'fill-2', 'fill-3', 'fill-4', 'fill-5']);
    const [wes, xan] = await givenMembersOf(w, groupA, ['wait-wes', 'wait-xan']);
    const standing = async (person: typeof wes) =>
      (await (await w.as(person!)).get(`${w.api}/groups/${groupA}`)).json().membership.status;
    expect(await standing(wes)).toBe('waiting');
    expect(await standing(xan)).toBe('waiting');
    // Wes, first in line, has since been recorded as Lou's supervisor.
    await givenSupervisor(w, members[0]!.id, wes!.id);
    expect((await (await w.as(members[5]!)).delete(`${w.api}/groups/${groupA}/membership`)).statusCode).toBe(204);
    expect(await standing(xan)).toBe('offered');
    expect(await standing(wes)).toBe('waiting');
  });
});
