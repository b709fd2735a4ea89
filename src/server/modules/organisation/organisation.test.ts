import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, TestClient, type TestApp } from '#test/api.ts';
import { PASSWORD, seedOrganisation, type SeededOrg } from '#test/fixtures.ts';

let t: TestApp;
let org: SeededOrg;
let admin: TestClient;
let member: TestClient;

beforeAll(async () => {
  t = await createTestApp();
  org = await seedOrganisation(t.deps.db, 'Setup Hospital');
  admin = new TestClient(t.app);
  await admin.signIn(org.admin.email, PASSWORD);
  member = new TestClient(t.app);
  await member.signIn(org.member.email, PASSWORD);
});
afterAll(() => t.close());

const base = () => `/api/orgs/${org.orgId}`;

describe('organisation', () => {
  it('lets an admin rename it and change its time zone, refusing an unknown zone', async () => {
    const ok = await admin.patch(base(), { name: 'Setup Health', timeZone: 'Europe/London' });
    expect(ok.statusCode).toBe(200);
    expect(ok.json()).toMatchObject({ name: 'Setup Health', timeZone: 'Europe/London' });
    const bad = await admin.patch(base(), { name: 'Setup Health', timeZone: 'Mars/Olympus' });
    expect(bad.statusCode).toBe(400);
    expect(bad.json().error.field).toBe('timeZone');
  });

  it('refuses a member the admin routes with 403', async () => {
    expect((await member.patch(base(), { name: 'Hijacked', timeZone: 'UTC' })).statusCode).toBe(403);
    expect((await member.post(`${base()}/sites`, { name: 'Member site' })).statusCode).toBe(403);
    expect((await member.get(`${base()}/people`)).statusCode).toBe(403);
  });
});

describe('sites, departments, cohorts', () => {
  it('creates, renames and removes a site; a duplicate name is a 409 on the name', async () => {
    const created = await admin.post(`${base()}/sites`, { name: 'Eastside Clinic' });
    expect(created.statusCode).toBe(201);
    const id = created.json().id;
    const dup = await admin.post(`${base()}/sites`, { name: 'eastside clinic' });
    expect(dup.statusCode).toBe(409);
    expect(dup.json().error.field).toBe('name');
    expect((await admin.patch(`${base()}/sites/${id}`, { name: 'Eastside Health Clinic' })).json().name).toBe(
      'Eastside Health Clinic',
    );
    expect((await member.get(`${base()}/sites`)).json().sites.map((s: { name: string }) => s.name)).toContain(
      'Eastside Health Clinic',
    );
    expect((await admin.delete(`${base()}/sites/${id}`)).statusCode).toBe(204);
    expect((await admin.delete(`${base()}/sites/${id}`)).statusCode).toBe(404);
  });

  it('will not remove a site people belong to', async () => {
    const res = await admin.delete(`${base()}/sites/${org.siteId}`);
    expect(res.statusCode).toBe(409);
    expect(res.json().error.code).toBe('in_use');
  });

  it('links a department to a site of the same organisation only', async () => {
    const other = await seedOrganisation(t.deps.db, 'Elsewhere Hospital');
    const foreign = await admin.post(`${base()}/departments`, { name: 'Cardiology', siteId: other.siteId });
    expect(foreign.statusCode).toBe(400);
    expect(foreign.json().error.field).toBe('siteId');
    const ok = await admin.post(`${base()}/departments`, { name: 'Cardiology', siteId: org.siteId });
    expect(ok.statusCode).toBe(201);
  });

  it('requires a cohort to end after it starts', async () => {
    const res = await admin.post(`${base()}/cohorts`, {
      name: 'PGY2 2027',
      startsOn: '2027-02-01',
      endsOn: '2027-01-01',
    });
    expect(res.statusCode).toBe(400);
    expect(res.json().error.field).toBe('endsOn');
  });
});

describe('rotation terms', () => {
  it('keeps the terms of a cohort from overlapping', async () => {
    const terms = `${base()}/cohorts/${org.cohortId}/terms`;
    const first = await admin.post(terms, { name: 'Term 1', startsOn: '2027-01-25', endsOn: '2027-04-18' });
    expect(first.statusCode).toBe(201);
    const overlap = await admin.post(terms, { name: 'Term 2', startsOn: '2027-04-18', endsOn: '2027-07-11' });
    expect(overlap.statusCode).toBe(409);
    expect(overlap.json().error).toMatchObject({ code: 'term_overlap', field: 'startsOn' });
    const second = await admin.post(terms, { name: 'Term 2', startsOn: '2027-04-19', endsOn: '2027-07-11' });
    expect(second.statusCode).toBe(201);
    const moved = await admin.patch(`${base()}/terms/${second.json().id}`, {
      name: 'Term 2',
      startsOn: '2027-04-01',
      endsOn: '2027-07-11',
    });
    expect(moved.statusCode).toBe(409);
    expect(moved.json().error).toMatchObject({
      code: 'term_overlap',
      field: 'startsOn',
      message: 'This start date falls within the term "Term 1" (25 January 2027 to 18 April 2027)',
    });
    const list = await member.get(terms);
    expect(list.json().terms.map((x: { name: string }) => x.name)).toEqual(['Term 1', 'Term 2']);
  });

  it('names the date that overlaps: the end, when the end runs into the next term', async () => {
    const cohort = (
      await admin.post(`${base()}/cohorts`, { name: 'Overlap cohort', startsOn: '2027-01-01', endsOn: '2027-12-31' })
    ).json();
    const terms = `${base()}/cohorts/${cohort.id}/terms`;
    expect((await admin.post(terms, { name: 'Term 2', startsOn: '2027-05-01', endsOn: '2027-07-31' })).statusCode).toBe(
      201,
    );
    const endsInside = await admin.post(terms, { name: 'Term 1', startsOn: '2027-02-01', endsOn: '2027-05-15' });
    expect(endsInside.statusCode).toBe(409);
    expect(endsInside.json().error).toMatchObject({
      code: 'term_overlap',
      field: 'endsOn',
      message: 'This end date falls within the term "Term 2" (1 May 2027 to 31 July 2027)',
    });
    const around = await admin.post(terms, { name: 'Long term', startsOn: '2027-04-01', endsOn: '2027-08-31' });
    expect(around.json().error).toMatchObject({
      code: 'term_overlap',
      field: 'startsOn',
      message: expect.stringContaining('take in the whole of the term "Term 2"'),
    });
  });

  it('keeps a term within its cohort, naming the date that is out, and a cohort from being shortened past its terms', async () => {
    const cohort = (
      await admin.post(`${base()}/cohorts`, { name: 'PGY1 2028', startsOn: '2028-01-24', endsOn: '2029-01-21' })
    ).json();
    const terms = `${base()}/cohorts/${cohort.id}/terms`;
    const late = await admin.post(terms, { name: 'Term 9', startsOn: '2030-02-01', endsOn: '2030-04-30' });
    expect(late.statusCode).toBe(400);
    expect(late.json().error).toMatchObject({
      field: 'endsOn',
      message: 'PGY1 2028 ends on 21 January 2029; a term of it cannot end after',
    });
    const early = await admin.post(terms, { name: 'Term 0', startsOn: '2028-01-01', endsOn: '2028-03-01' });
    expect(early.json().error).toMatchObject({
      field: 'startsOn',
      message: 'PGY1 2028 starts on 24 January 2028; a term of it cannot start before',
    });
    const first = await admin.post(terms, { name: 'Term 1', startsOn: '2028-01-24', endsOn: '2028-04-16' });
    expect(first.statusCode).toBe(201);
    const moved = await admin.patch(`${base()}/terms/${first.json().id}`, {
      name: 'Term 1',
      startsOn: '2028-01-24',
      endsOn: '2029-02-01',
    });
    expect(moved.json().error).toMatchObject({ field: 'endsOn' });

    const shortened = await admin.patch(`${base()}/cohorts/${cohort.id}`, {
      name: 'PGY1 2028',
      startsOn: '2028-02-01',
      endsOn: '2029-01-21',
    });
    expect(shortened.statusCode).toBe(400);
    expect(shortened.json().error).toMatchObject({
      field: 'startsOn',
      message: 'Term 1 starts on 24 January 2028, before this date; move or delete that term first',
    });
    const cut = await admin.patch(`${base()}/cohorts/${cohort.id}`, {
      name: 'PGY1 2028',
      startsOn: '2028-01-24',
      endsOn: '2028-03-31',
    });
    expect(cut.json().error).toMatchObject({ field: 'endsOn' });
    expect(
      (
        await admin.patch(`${base()}/cohorts/${cohort.id}`, {
          name: 'PGY1 2028',
          startsOn: '2028-01-10',
          endsOn: '2029-01-21',
        })
      ).statusCode,
    ).toBe(200);
  });

  it('holds the no-overlap rule in the database when two admins save at once', async () => {
    const cohort = (
      await admin.post(`${base()}/cohorts`, { name: 'Race cohort', startsOn: '2027-01-01', endsOn: '2027-12-31' })
    ).json();
    const terms = `${base()}/cohorts/${cohort.id}/terms`;
    const results = await Promise.all(
      Array.from({ length: 6 }, (_, i) =>
        admin.post(terms, { name: `Term ${i}`, startsOn: '2027-03-01', endsOn: '2027-05-31' }),
      ),
    );
    expect(results.filter((r) => r.statusCode === 201)).toHaveLength(1);
    expect(results.filter((r) => r.statusCode === 409)).toHaveLength(5);
  });

  it('treats a malformed date as a 400 on that field', async () => {
    const res = await admin.post(`${base()}/cohorts/${org.cohortId}/terms`, {
      name: 'Term X',
      startsOn: '2027-13-45',
      endsOn: '2027-12-01',
    });
    expect(res.statusCode).toBe(400);
    expect(res.json().error.field).toBe('startsOn');
  });
});

describe('crisis resources', () => {
  it('offers defaults for the country until an admin replaces them', async () => {
    const defaults = await member.get(`${base()}/crisis-resources`);
    expect(defaults.json().resources[0]).toMatchObject({ phone: '000' });
    const saved = await admin.put(`${base()}/crisis-resources`, {
      resources: [
        { label: 'Hospital wellbeing line', phone: '02 5550 1234', url: null, description: 'Around the clock' },
      ],
    });
    expect(saved.statusCode).toBe(200);
    expect((await member.get(`${base()}/crisis-resources`)).json().resources).toHaveLength(1);
  });

  it('requires a phone number or a link for each resource', async () => {
    const res = await admin.put(`${base()}/crisis-resources`, {
      resources: [{ label: 'Nothing to call', phone: null, url: null, description: null }],
    });
    expect(res.statusCode).toBe(400);
    expect(res.json().error.field).toBe('resources.0.phone');
  });

  it('takes only web addresses as links, never javascript: or data:', async () => {
    for (const url of ['javascript:alert(1)', 'data:text/html,<script>alert(1)</script>', 'ftp://files.example']) {
      const res = await admin.put(`${base()}/crisis-resources`, {
        resources: [{ label: 'Bad link', phone: null, url, description: null }],
      });
      expect(res.statusCode, url).toBe(400);
      expect(res.json().error.field).toBe('resources.0.url');
    }
    const ok = await admin.put(`${base()}/crisis-resources`, {
      resources: [{ label: 'Lifeline', phone: null, url: 'https://www.lifeline.org.au', description: null }],
    });
    expect(ok.statusCode).toBe(200);
  });
});
