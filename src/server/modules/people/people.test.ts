import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, TestClient, type TestApp } from '#test/api.ts';
import { PASSWORD, seedOrganisation, type SeededOrg } from '#test/fixtures.ts';

let t: TestApp;
let org: SeededOrg;
let admin: TestClient;
let coordinator: TestClient;

beforeAll(async () => {
  t = await createTestApp();
  org = await seedOrganisation(t.deps.db, 'People Hospital');
  admin = new TestClient(t.app);
  await admin.signIn(org.admin.email, PASSWORD);
  coordinator = new TestClient(t.app);
  await coordinator.signIn(org.coordinator.email, PASSWORD);
});
afterAll(() => t.close());

const base = () => `/api/orgs/${org.orgId}`;

describe('people', () => {
  it('lists, searches and filters by role for admins and coordinators', async () => {
    const all = await coordinator.get(`${base()}/people`);
    expect(all.statusCode).toBe(200);
    expect(all.json().total).toBe(3);
    const search = await admin.get(`${base()}/people?q=coord`);
    expect(search.json().people.map((p: { email: string }) => p.email)).toEqual([org.coordinator.email]);
    const admins = await admin.get(`${base()}/people?role=org_admin`);
    expect(admins.json().people).toHaveLength(1);
    const bad = await admin.get(`${base()}/people?pageSize=5000`);
    expect(bad.statusCode).toBe(400);
    expect(bad.json().error.field).toBe('pageSize');
  });

  it('never lists profile text or sensitive attributes', async () => {
    const person = (await admin.get(`${base()}/people`)).json().people[0];
    expect(Object.keys(person).sort()).toEqual(['cohortId', 'departmentId', 'email', 'id', 'joinedAt', 'name', 'roles', 'siteId', 'status']);
  });

  it('changes roles and placement; coordinators may not', async () => {
    const body = { roles: ['peer_supporter'], siteId: org.siteId, departmentId: org.departmentId, cohortId: null };
    expect((await coordinator.patch(`${base()}/people/${org.member.id}`, body)).statusCode).toBe(403);
    const res = await admin.patch(`${base()}/people/${org.member.id}`, body);
    expect(res.statusCode).toBe(200);
    expect(res.json()).toMatchObject({ roles: ['member', 'peer_supporter'], departmentId: org.departmentId, cohortId: null });
  });

  it('never leaves the organisation without an admin', async () => {
    const res = await admin.patch(`${base()}/people/${org.admin.id}`, { roles: ['member'], siteId: null, departmentId: null, cohortId: null });
    expect(res.statusCode).toBe(409);
    expect(res.json().error.code).toBe('last_admin');
    expect((await admin.delete(`${base()}/people/${org.admin.id}`)).statusCode).toBe(409);
  });

  it('invites, refuses to invite an existing member, resends, and removes', async () => {
    const sent = await admin.post(`${base()}/invitations`, { email: 'fresh@people.test', name: 'Fresh Face', roles: ['member', 'facilitator'] });
    expect(sent.statusCode).toBe(201);
    const first = await t.mail.next('fresh@people.test');
    expect(first.text).toContain('People Hospital');
    const again = await admin.post(`${base()}/invitations`, { email: org.member.email, name: 'Someone' });
    expect(again.statusCode).toBe(409);
    expect(again.json().error.field).toBe('email');
    const resent = await admin.post(`${base()}/people/${sent.json().personId}/invitation`);
    expect(resent.statusCode).toBe(201);
    const second = await t.mail.next('fresh@people.test');
    expect(t.mail.linkIn(second)).not.toBe(t.mail.linkIn(first));
    const listed = (await admin.get(`${base()}/people?q=fresh`)).json().people[0];
    expect(listed).toMatchObject({ status: 'invited', roles: ['member', 'facilitator'] });
    expect((await admin.delete(`${base()}/people/${listed.id}`)).statusCode).toBe(204);
    expect((await admin.get(`${base()}/people?q=fresh`)).json().total).toBe(0);
  });

  it('names the field of a bad invitation', async () => {
    const res = await admin.post(`${base()}/invitations`, { email: 'fresh2@people.test', name: 'X', roles: ['emperor'] });
    expect(res.statusCode).toBe(400);
    expect(res.json().error.field).toBe('roles.0');
  });
});
