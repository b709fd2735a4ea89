import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, TestClient, type TestApp } from '#test/api.ts';
import {
  addPerson,
  givenAssessorRelation,
  PASSWORD,
  seedOrganisation,
  type SeededOrg,
  type SeededPerson,
} from '#test/fixtures.ts';

let t: TestApp;
let org: SeededOrg;
let other: SeededOrg;
let admin: TestClient;
let coordinator: TestClient;
let trainee: TestClient;
let outsider: TestClient;
let consultant: SeededPerson;
let registrar: SeededPerson;
let intern: SeededPerson;

const api = () => `/api/orgs/${org.orgId}`;
const query = (values: Record<string, string>) => new URLSearchParams(values).toString();

beforeAll(async () => {
  t = await createTestApp();
  org = await seedOrganisation(t.deps.db, 'Assessor Hospital');
  other = await seedOrganisation(t.deps.db, 'Elsewhere Hospital');
  consultant = await addPerson(t.deps.db, org, { key: 'consultant-cora', careerStage: 'consultant' });
  registrar = await addPerson(t.deps.db, org, { key: 'registrar-rex', careerStage: 'registrar' });
  intern = await addPerson(t.deps.db, org, { key: 'intern-ida', careerStage: 'pgy1' });
  admin = new TestClient(t.app);
  await admin.signIn(org.admin.email, PASSWORD);
  coordinator = new TestClient(t.app);
  await coordinator.signIn(org.coordinator.email, PASSWORD);
  trainee = new TestClient(t.app);
  await trainee.signIn(intern.email, PASSWORD);
  outsider = new TestClient(t.app);
  await outsider.signIn(other.admin.email, PASSWORD);
});
afterAll(() => t.close());

describe('relationships the organisation records', () => {
  it('records, lists on both people and removes "X supervises Y"; recording twice changes nothing', async () => {
    const body = { traineeId: intern.id, assessorId: consultant.id, kind: 'supervisor' };
    const first = await admin.post(`${api()}/assessor-relations`, body);
    expect(first.statusCode).toBe(201);
    expect(first.json()).toEqual({
      trainee: { id: intern.id, name: intern.name },
      assessor: { id: consultant.id, name: consultant.name },
      kind: 'supervisor',
    });
    expect((await admin.post(`${api()}/assessor-relations`, body)).statusCode).toBe(201);
    const expected = [
      {
        trainee: { id: intern.id, name: intern.name },
        assessor: { id: consultant.id, name: consultant.name },
        kind: 'supervisor',
      },
    ];
    expect((await admin.get(`${api()}/people/${intern.id}/assessor-relations`)).json().relations).toEqual(expected);
    expect((await coordinator.get(`${api()}/people/${consultant.id}/assessor-relations`)).json().relations).toEqual(
      expected,
    );

    expect((await admin.post(`${api()}/assessor-relations`, { ...body, kind: 'line_manager' })).statusCode).toBe(201);
    expect(
      (await admin.delete(`${api()}/assessor-relations?${query({ ...body, kind: 'line_manager' })}`)).statusCode,
    ).toBe(204);
    expect(
      (await admin.delete(`${api()}/assessor-relations?${query({ ...body, kind: 'line_manager' })}`)).statusCode,
    ).toBe(404);
    expect((await admin.get(`${api()}/people/${intern.id}/assessor-relations`)).json().relations).toEqual(expected);
  });

  it('names the field of bad input, and is for admins only', async () => {
    const bad = await admin.post(`${api()}/assessor-relations`, {
      traineeId: intern.id,
      assessorId: consultant.id,
      kind: 'mentor',
    });
    expect(bad.statusCode).toBe(400);
    expect(bad.json().error.field).toBe('kind');
    const self = await admin.post(`${api()}/assessor-relations`, {
      traineeId: intern.id,
      assessorId: intern.id,
      kind: 'assessor',
    });
    expect(self.statusCode).toBe(400);
    expect(self.json().error.field).toBe('assessorId');
    expect(
      (
        await coordinator.post(`${api()}/assessor-relations`, {
          traineeId: intern.id,
          assessorId: registrar.id,
          kind: 'assessor',
        })
      ).statusCode,
    ).toBe(403);
    expect((await trainee.get(`${api()}/people/${intern.id}/assessor-relations`)).statusCode).toBe(403);
  });

  it("answers 404 for people of another organisation, and to another organisation's admin", async () => {
    const foreign = await admin.post(`${api()}/assessor-relations`, {
      traineeId: intern.id,
      assessorId: other.member.id,
      kind: 'assessor',
    });
    expect(foreign.statusCode).toBe(404);
    expect(
      (
        await admin.post(`${api()}/assessor-relations`, {
          traineeId: other.member.id,
          assessorId: consultant.id,
          kind: 'assessor',
        })
      ).statusCode,
    ).toBe(404);
    expect((await admin.get(`${api()}/people/${other.member.id}/assessor-relations`)).statusCode).toBe(404);
    expect((await outsider.get(`${api()}/people/${intern.id}/assessor-relations`)).statusCode).toBe(404);
    expect((await outsider.get(`/api/orgs/${other.orgId}/people/${intern.id}/assessor-relations`)).statusCode).toBe(
      404,
    );
  });
});

describe('people a member declares themself', () => {
  it('finds colleagues by part of a name or a whole address, giving names only, never the whole staff list', async () => {
    const byName = await trainee.get(`${api()}/me/assessors/candidates?q=rex`);
    expect(byName.json().people).toEqual([{ id: registrar.id, name: registrar.name }]);
    expect(
      (
        await trainee.get(`${api()}/me/assessors/candidates?q=${encodeURIComponent(consultant.email.toUpperCase())}`)
      ).json().people,
    ).toEqual([{ id: consultant.id, name: consultant.name }]);
    // Part of an address finds nobody (the domain would list everyone), and one letter is refused.
    expect(
      (await trainee.get(`${api()}/me/assessors/candidates?q=${encodeURIComponent('@assessor-hospital.test')}`)).json()
        .people,
    ).toEqual([]);
    const short = await trainee.get(`${api()}/me/assessors/candidates?q=a`);
    expect(short.statusCode).toBe(400);
    expect(short.json().error.field).toBe('q');
    // Nobody of another organisation, and not oneself.
    expect((await trainee.get(`${api()}/me/assessors/candidates?q=Elsewhere`)).json().people).toEqual([]);
    expect((await trainee.get(`${api()}/me/assessors/candidates?q=ida`)).json().people).toEqual([]);
  });

  it("finds only people who have joined: someone invited, with an account elsewhere, is not found by that account's name or address", async () => {
    const elsewhere = await addPerson(t.deps.db, other, { key: 'quentin-quill', careerStage: 'registrar' });
    const invited = await admin.post(`${api()}/invitations`, {
      email: elsewhere.email,
      name: 'Typed By Admin',
      roles: ['member'],
    });
    expect(invited.statusCode).toBe(201);
    expect((await trainee.get(`${api()}/me/assessors/candidates?q=Quentin`)).json().people).toEqual([]);
    expect(
      (await trainee.get(`${api()}/me/assessors/candidates?q=${encodeURIComponent(elsewhere.email)}`)).json().people,
    ).toEqual([]);
    expect((await trainee.get(`${api()}/me/assessors/candidates?q=Typed`)).json().people).toEqual([]);
  });

  it('declares, lists and withdraws; names the field of bad input; 404 for someone of another organisation', async () => {
    const declared = await trainee.post(`${api()}/me/assessors`, { personId: registrar.id, kind: 'assessor' });
    expect(declared.statusCode).toBe(201);
    expect(declared.json().assessors).toEqual([
      { person: { id: registrar.id, name: registrar.name }, kind: 'assessor' },
    ]);
    await trainee.post(`${api()}/me/assessors`, { personId: org.coordinator.id, kind: 'line_manager' });
    expect(
      (await trainee.delete(`${api()}/me/assessors?${query({ personId: org.coordinator.id, kind: 'line_manager' })}`))
        .statusCode,
    ).toBe(204);
    expect((await trainee.get(`${api()}/me/assessors`)).json().assessors).toEqual([
      { person: { id: registrar.id, name: registrar.name }, kind: 'assessor' },
    ]);

    const kind = await trainee.post(`${api()}/me/assessors`, { personId: registrar.id, kind: 'boss' });
    expect(kind.statusCode).toBe(400);
    expect(kind.json().error.field).toBe('kind');
    const self = await trainee.post(`${api()}/me/assessors`, { personId: intern.id, kind: 'assessor' });
    expect(self.json().error.field).toBe('personId');
    expect(
      (await trainee.post(`${api()}/me/assessors`, { personId: other.member.id, kind: 'assessor' })).statusCode,
    ).toBe(404);
  });

  it('is never returned by an admin or coordinator endpoint, nor to anyone else', async () => {
    // An intern whose supervisor the organisation recorded, and who declared an assessor of their own.
    const ivy = await addPerson(t.deps.db, org, { key: 'intern-ivy', careerStage: 'pgy1' });
    const carl = await addPerson(t.deps.db, org, { key: 'consultant-carl', careerStage: 'consultant' });
    const rory = await addPerson(t.deps.db, org, { key: 'registrar-rory', careerStage: 'registrar' });
    const ofIvy = { orgId: org.orgId, traineeId: ivy.id };
    await givenAssessorRelation(t.deps.db, {
      ...ofIvy,
      assessorId: carl.id,
      kind: 'supervisor',
      source: 'organisation',
    });
    await givenAssessorRelation(t.deps.db, { ...ofIvy, assessorId: rory.id, kind: 'assessor', source: 'self' });
    const ivyClient = new TestClient(t.app);
    await ivyClient.signIn(ivy.email, PASSWORD);

    // The registrar Ivy declared, and Ivy, as staff see them: only what the organisation recorded.
    for (const who of [admin, coordinator]) {
      expect((await who.get(`${api()}/people/${rory.id}/assessor-relations`)).json().relations).toEqual([]);
      const ivyRelations = (await who.get(`${api()}/people/${ivy.id}/assessor-relations`)).json().relations;
      expect(ivyRelations.map((r: { assessor: { id: string } }) => r.assessor.id)).toEqual([carl.id]);
      const lists = [
        await who.get(`${api()}/people?pageSize=200`),
        await who.get(`${api()}/people?q=${encodeURIComponent(ivy.name)}`),
      ];
      for (const res of lists) {
        expect(res.statusCode).toBe(200);
        expect(res.body).not.toMatch(/"kind"|assessors|relations/);
      }
      // "Me" is the caller: staff reading their own list see their own declarations (none), not Ivy's.
      expect((await who.get(`${api()}/me/assessors`)).json().assessors).toEqual([]);
    }
    const edited = await admin.patch(`${api()}/people/${ivy.id}`, {
      roles: ['member'],
      siteId: org.siteId,
      departmentId: null,
      cohortId: null,
    });
    expect(edited.body).not.toMatch(/"kind"|assessors|relations/);
    // The person declared sees nothing of it either, and another organisation gets 404.
    const roryClient = new TestClient(t.app);
    await roryClient.signIn(rory.email, PASSWORD);
    expect((await roryClient.get(`${api()}/me/assessors`)).json().assessors).toEqual([]);
    expect((await roryClient.get(`${api()}/people/${ivy.id}/assessor-relations`)).statusCode).toBe(403);
    expect((await outsider.get(`${api()}/me/assessors`)).statusCode).toBe(404);
    // Removing the organisation's record of it is not a way to find it: the declared row is not the organisation's.
    const declared = { traineeId: ivy.id, assessorId: rory.id, kind: 'assessor' };
    expect((await admin.delete(`${api()}/assessor-relations?${query(declared)}`)).statusCode).toBe(404);
    expect((await ivyClient.get(`${api()}/me/assessors`)).json().assessors).toHaveLength(1);
  });
});
