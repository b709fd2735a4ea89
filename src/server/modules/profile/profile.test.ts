import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, TestClient, type TestApp } from '#test/api.ts';
import { PASSWORD, seedOrganisation, type SeededOrg } from '#test/fixtures.ts';

let t: TestApp;
let org: SeededOrg;
let admin: TestClient;
let member: TestClient;

beforeAll(async () => {
  t = await createTestApp();
  org = await seedOrganisation(t.deps.db, 'Profile Hospital');
  admin = new TestClient(t.app);
  await admin.signIn(org.admin.email, PASSWORD);
  member = new TestClient(t.app);
  await member.signIn(org.member.email, PASSWORD);
});
afterAll(() => t.close());

const profile = {
  careerStage: 'pgy1',
  siteId: null,
  departmentId: null,
  interests: ['rural medicine'],
  languages: ['English', 'Greek'],
  availability: ['weekday_evenings'],
  shiftPattern: 'rotating',
  canOffer: [],
  wantsHelpWith: ['exams', 'night shifts'],
  about: 'First year, new to the city.',
};

describe('own profile', () => {
  it('is read and saved by its owner', async () => {
    const saved = await member.put(`/api/orgs/${org.orgId}/me/profile`, {
      ...profile,
      siteId: org.siteId,
      departmentId: org.departmentId,
    });
    expect(saved.statusCode).toBe(200);
    expect((await member.get(`/api/orgs/${org.orgId}/me/profile`)).json()).toMatchObject({
      ...profile,
      siteId: org.siteId,
      departmentId: org.departmentId,
    });
  });

  it('refuses a site of another organisation and an unknown career stage, naming the field', async () => {
    const other = await seedOrganisation(t.deps.db, 'Profile Elsewhere');
    const foreign = await member.put(`/api/orgs/${org.orgId}/me/profile`, { ...profile, siteId: other.siteId });
    expect(foreign.statusCode).toBe(400);
    expect(foreign.json().error.field).toBe('siteId');
    const stage = await member.put(`/api/orgs/${org.orgId}/me/profile`, { ...profile, careerStage: 'wizard' });
    expect(stage.json().error.field).toBe('careerStage');
  });
});

describe('sensitive attributes (privacy rule 2)', () => {
  it('are readable by their owner only: an admin reading "me" gets their own, and no route names another person', async () => {
    const mine = await member.put(`/api/orgs/${org.orgId}/me/sensitive`, {
      attributes: ['parent_or_carer', 'international_graduate'],
      consentToMatching: true,
    });
    expect(mine.statusCode).toBe(200);
    expect((await member.get(`/api/orgs/${org.orgId}/me/sensitive`)).json()).toEqual({
      attributes: ['parent_or_carer', 'international_graduate'],
      consentToMatching: true,
    });

    expect((await admin.get(`/api/orgs/${org.orgId}/me/sensitive`)).json()).toEqual({
      attributes: [],
      consentToMatching: false,
    });
    const everything = [
      await admin.get(`/api/orgs/${org.orgId}/people`),
      await admin.get(`/api/orgs/${org.orgId}/people?q=${encodeURIComponent(org.member.email)}`),
      await admin.get(`/api/orgs/${org.orgId}/me/profile`),
    ];
    for (const res of everything) {
      expect(res.body).not.toContain('parent_or_carer');
      expect(res.body).not.toContain('international_graduate');
    }
    const spec = JSON.stringify((await admin.get('/api/docs/json')).json());
    expect(spec).not.toMatch(/people\/\{personId\}\/(sensitive|profile)/);
  });

  it('ignore any person id smuggled into the request', async () => {
    const own = { attributes: ['parent_or_carer', 'international_graduate'], consentToMatching: true };
    expect((await member.put(`/api/orgs/${org.orgId}/me/sensitive`, own)).statusCode).toBe(200);
    const res = await admin.put(`/api/orgs/${org.orgId}/me/sensitive?personId=${org.member.id}`, {
      attributes: ['lgbtiq'],
      consentToMatching: false,
      personId: org.member.id,
    });
    expect(res.statusCode).toBe(200);
    expect((await member.get(`/api/orgs/${org.orgId}/me/sensitive`)).json()).toEqual(own);
  });
});
