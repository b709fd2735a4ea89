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
    expect(Object.keys(person).sort()).toEqual([
      'cohortId',
      'departmentId',
      'email',
      'id',
      'joinedAt',
      'name',
      'roles',
      'siteId',
      'status',
    ]);
  });

  it('changes roles and placement; coordinators may not', async () => {
    const body = { roles: ['peer_supporter'], siteId: org.siteId, departmentId: org.departmentId, cohortId: null };
    expect((await coordinator.patch(`${base()}/people/${org.member.id}`, body)).statusCode).toBe(403);
    const res = await admin.patch(`${base()}/people/${org.member.id}`, body);
    expect(res.statusCode).toBe(200);
    expect(res.json()).toMatchObject({
      roles: ['member', 'peer_supporter'],
      departmentId: org.departmentId,
      cohortId: null,
    });
  });

  it('never leaves the organisation without an admin', async () => {
    const res = await admin.patch(`${base()}/people/${org.admin.id}`, {
      roles: ['member'],
      siteId: null,
      departmentId: null,
      cohortId: null,
    });
    expect(res.statusCode).toBe(409);
    expect(res.json().error.code).toBe('last_admin');
    expect((await admin.delete(`${base()}/people/${org.admin.id}`)).statusCode).toBe(409);
  });

  it('invites, refuses to invite an existing member, resends, and removes', async () => {
    const sent = await admin.post(`${base()}/invitations`, {
      email: 'fresh@people.test',
      name: 'Fresh Face',
      roles: ['member', 'facilitator'],
    });
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
    const res = await admin.post(`${base()}/invitations`, {
      email: 'fresh2@people.test',
      name: 'X',
      roles: ['emperor'],
    });
    expect(res.statusCode).toBe(400);
    expect(res.json().error.field).toBe('roles.0');
  });
});

describe('an invitation tells the organisation nothing of an account elsewhere', () => {
  it('shows only what the organisation typed until the person accepts, and answers alike whether or not the address has an account', async () => {
    const elsewhere = await seedOrganisation(t.deps.db, 'Elsewhere Clinic');
    const secret = elsewhere.name; // in every name of that organisation's people ("Member of Elsewhere Clinic")
    const invite = (email: string, name: string) =>
      admin.post(`${base()}/invitations`, { email, name, roles: ['member'] });
    const hasAccount = await invite(elsewhere.member.email.toUpperCase(), 'Typed Tamsin');
    const noAccount = await invite('nobody.yet@people.test', 'Typed Theo');
    for (const [res, email] of [
      [hasAccount, elsewhere.member.email],
      [noAccount, 'nobody.yet@people.test'],
    ] as const) {
      expect(res.statusCode).toBe(201);
      expect(Object.keys(res.json()).sort()).toEqual(['email', 'expiresAt', 'personId']);
      expect(res.json().email).toBe(email);
    }

    const listed = await admin.get(`${base()}/people?pageSize=200`);
    expect(listed.body).not.toContain(secret);
    const tamsin = listed.json().people.find((p: { id: string }) => p.id === hasAccount.json().personId);
    expect(tamsin).toMatchObject({ name: 'Typed Tamsin', email: elsewhere.member.email, status: 'invited' });
    // Searching for the name of the account finds nobody; the typed name finds them.
    expect((await admin.get(`${base()}/people?q=${encodeURIComponent(elsewhere.member.name)}`)).json().total).toBe(0);
    expect((await coordinator.get(`${base()}/people?q=${encodeURIComponent('of Elsewhere')}`)).json().total).toBe(0);
    expect((await admin.get(`${base()}/people?q=tamsin`)).json().people.map((p: { id: string }) => p.id)).toEqual([
      tamsin.id,
    ]);
    // Nor does changing their placement, or sending the invitation again, answer with it.
    const changed = await admin.patch(`${base()}/people/${tamsin.id}`, {
      roles: ['member'],
      siteId: org.siteId,
      departmentId: null,
      cohortId: null,
    });
    expect(changed.json()).toMatchObject({ name: 'Typed Tamsin' });
    const resent = await admin.post(`${base()}/people/${tamsin.id}/invitation`);
    expect(resent.statusCode).toBe(201);
    expect(resent.body).not.toContain(secret);

    // The person sees their own name on the link, accepts with their own password, and from then on the organisation sees it.
    const messages = [await t.mail.next(elsewhere.member.email), await t.mail.next(elsewhere.member.email)];
    const token = new URL(t.mail.linkIn(messages[1]!)).searchParams.get('token')!;
    const invitee = new TestClient(t.app);
    expect((await invitee.get(`/api/auth/invitations/${token}`)).json()).toMatchObject({
      name: elsewhere.member.name,
      hasPassword: true,
    });
    expect(
      (await invitee.post('/api/auth/invitations/accept', { token, name: elsewhere.member.name, password: PASSWORD }))
        .statusCode,
    ).toBe(200);
    const after = (await admin.get(`${base()}/people?q=${encodeURIComponent(elsewhere.member.name)}`)).json().people;
    expect(after).toEqual([expect.objectContaining({ id: tamsin.id, name: elsewhere.member.name, status: 'active' })]);

    // An address invited by two organisations before it has an account: each link offers its own organisation's name.
    await t.mail.next('nobody.yet@people.test');
    const otherAdmin = new TestClient(t.app);
    await otherAdmin.signIn(elsewhere.admin.email, PASSWORD);
    expect(
      (
        await otherAdmin.post(`/api/orgs/${elsewhere.orgId}/invitations`, {
          email: 'nobody.yet@people.test',
          name: 'Theodore T',
        })
      ).statusCode,
    ).toBe(201);
    const link = new URL(t.mail.linkIn(await t.mail.next('nobody.yet@people.test'))).searchParams.get('token')!;
    expect((await new TestClient(t.app).get(`/api/auth/invitations/${link}`)).json()).toMatchObject({
      name: 'Theodore T',
      hasPassword: false,
    });
    expect((await otherAdmin.get(`/api/orgs/${elsewhere.orgId}/people?q=nobody.yet`)).json().people).toEqual([
      expect.objectContaining({ name: 'Theodore T' }),
    ]);
  });
});
