import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, TestClient, type TestApp } from '#test/api.ts';
import { PASSWORD, seedOrganisation, type SeededOrg } from '#test/fixtures.ts';

let t: TestApp;
let org: SeededOrg;
let admin: TestClient;

beforeAll(async () => {
  t = await createTestApp();
  org = await seedOrganisation(t.deps.db, 'Import Hospital');
  admin = new TestClient(t.app);
  await admin.signIn(org.admin.email, PASSWORD);
});
afterAll(() => t.close());

const preview = (csv: string) => admin.post(`/api/orgs/${org.orgId}/imports/people/preview`, { csv });
const commit = (csv: string, sendInvitations = false) =>
  admin.post(`/api/orgs/${org.orgId}/imports/people/commit`, { csv, sendInvitations });
const count = async () => (await admin.get(`/api/orgs/${org.orgId}/people?pageSize=1`)).json().total as number;

const header = 'email,name,roles,site,department,cohort';
const clean = [
  header,
  'ana.lima@import.test,Ana Lima,member,Import Hospital Hospital,Emergency Medicine,PGY1 2027',
  'ben.okafor@import.test,Ben Okafor,member;peer supporter,,,PGY1 2027',
  'wei.chen@import.test,"Chen, Wei",Facilitator,,,',
].join('\n');

describe('people CSV import', () => {
  it('previews row-level errors and writes nothing', async () => {
    const csv = [
      header,
      'ana.lima@import.test,Ana Lima,member,Import Hospital Hospital,,PGY1 2027',
      'not-an-email,Bad Email,member,,,',
      'dup@import.test,First,member,,,',
      'dup@import.test,Second,member,,,',
      'x@import.test,Unknown Site,member,Moon Base,,',
      'y@import.test,Unknown Cohort,member,,,PGY9 2040',
      'z@import.test,,wizard,,,',
    ].join('\n');
    const before = await count();
    const res = await preview(csv);
    expect(res.statusCode).toBe(200);
    const body = res.json();
    expect(body.errors).toEqual([
      { row: 3, column: 'email', message: '"not-an-email" is not a valid e-mail address' },
      { row: 5, column: 'email', message: 'Duplicate of line 4' },
      { row: 6, column: 'site', message: 'Unknown site "Moon Base"' },
      { row: 7, column: 'cohort', message: 'Unknown cohort "PGY9 2040"' },
      { row: 8, column: 'name', message: 'Name is missing' },
      { row: 8, column: 'roles', message: expect.stringContaining('Unknown role "wizard"') },
    ]);
    expect(body.toCreate).toBe(2);
    expect(await count()).toBe(before);

    const refused = await commit(csv);
    expect(refused.statusCode).toBe(400);
    expect(refused.json().error).toMatchObject({ code: 'import_has_errors', field: 'csv' });
    expect(await count()).toBe(before);
  });

  it('names a missing column', async () => {
    const res = await preview('mail,name\na@b.test,A');
    expect(res.statusCode).toBe(400);
    expect(res.json().error.field).toBe('csv');
    expect(res.json().error.message).toContain('"email"');
  });

  it('imports a clean file in one go; the same file again changes nothing', async () => {
    const before = await count();
    const first = await commit(clean);
    expect(first.statusCode).toBe(200);
    expect(first.json()).toEqual({ created: 3, updated: 0, unchanged: 0, invited: 0, relationsRecorded: 0 });
    expect(await count()).toBe(before + 3);
    const ben = (await admin.get(`/api/orgs/${org.orgId}/people?q=okafor`)).json().people[0];
    expect(ben).toMatchObject({ roles: ['member', 'peer_supporter'], cohortId: org.cohortId, status: 'invited' });

    const rerun = await commit(clean);
    expect(rerun.json()).toEqual({ created: 0, updated: 0, unchanged: 3, invited: 0, relationsRecorded: 0 });
    expect((await preview(clean)).json()).toMatchObject({ toCreate: 0, toUpdate: 0, unchanged: 3 });
    expect(await count()).toBe(before + 3);
  });

  it('adds roles to existing members without taking any away', async () => {
    const res = await commit(`${header}\n${org.coordinator.email},Whoever,peer_supporter,,,`);
    expect(res.json()).toEqual({ created: 0, updated: 1, unchanged: 0, invited: 0, relationsRecorded: 0 });
    const coordinator = (await admin.get(`/api/orgs/${org.orgId}/people?q=coordinator@`)).json().people[0];
    expect(coordinator.roles.sort()).toEqual(['coordinator', 'member', 'peer_supporter']);
    expect(coordinator.name).toBe(org.coordinator.name);
  });

  it('sends invitations when asked, through the queue', async () => {
    const res = await commit(`${header}\ninvite.me@import.test,Invite Me,member,,,`, true);
    expect(res.json()).toMatchObject({ created: 1, invited: 1 });
    const message = await t.mail.next('invite.me@import.test');
    expect(message.subject).toContain('Import Hospital');
  });

  it('records the name in the file, and neither the preview nor the import tells whether an address has an account elsewhere', async () => {
    const elsewhere = await seedOrganisation(t.deps.db, 'Faraway Clinic');
    const secret = elsewhere.name; // in every name of that organisation's people ("Member of Faraway Clinic")
    const csv = [
      header,
      `${elsewhere.member.email},Filed Fiona,member,,,`,
      'no.account@import.test,Filed Felix,member,,,',
    ].join('\n');
    const previewed = await preview(csv);
    expect(previewed.json()).toMatchObject({ toCreate: 2, toUpdate: 0, unchanged: 0, errors: [] });
    expect(previewed.body).not.toContain(secret);
    const done = await commit(csv, true);
    expect(done.json()).toEqual({ created: 2, updated: 0, unchanged: 0, invited: 2, relationsRecorded: 0 });
    const listed = await admin.get(`/api/orgs/${org.orgId}/people?q=filed`);
    expect(listed.body).not.toContain(secret);
    expect(listed.json().people.map((p: { name: string; email: string }) => [p.name, p.email])).toEqual([
      ['Filed Felix', 'no.account@import.test'],
      ['Filed Fiona', elsewhere.member.email],
    ]);
    expect(
      (await admin.get(`/api/orgs/${org.orgId}/people?q=${encodeURIComponent(elsewhere.member.name)}`)).json().total,
    ).toBe(0);
    await t.mail.next(elsewhere.member.email);
    await t.mail.next('no.account@import.test');
  });

  it('imports 5,000 rows in one transaction', async () => {
    const rows = Array.from({ length: 5000 }, (_, i) => `bulk${i}@import.test,Bulk Person ${i},member,,,PGY1 2027`);
    const csv = [header, ...rows].join('\n');
    const before = await count();
    const res = await commit(csv);
    expect(res.statusCode).toBe(200);
    expect(res.json().created).toBe(5000);
    expect(await count()).toBe(before + 5000);
    expect((await commit(csv)).json().unchanged).toBe(5000);
  });

  it('records who supervises, assesses or line-manages whom, names unknown addresses by line, and changes nothing on a re-run', async () => {
    const relHeader = `${header},supervised_by,assessed_by,line_managed_by`;
    const csv = [
      relHeader,
      'sup.sam@import.test,Sup Sam,member,,,,,,',
      `trainee.tia@import.test,Trainee Tia,member,,,,sup.sam@import.test,"sup.sam@import.test; ${org.coordinator.email}",${org.admin.email}`,
      `${org.member.email},Whoever,,,,,trainee.tia@import.test,,`,
    ].join('\n');
    const previewed = (await preview(csv)).json();
    expect(previewed).toMatchObject({ toCreate: 2, relationsToRecord: 5, errors: [] });
    const first = await commit(csv);
    expect(first.json()).toMatchObject({ created: 2, relationsRecorded: 5 });
    const tia = (await admin.get(`/api/orgs/${org.orgId}/people?q=trainee.tia`)).json().people[0];
    const recorded = (await admin.get(`/api/orgs/${org.orgId}/people/${tia.id}/assessor-relations`)).json().relations;
    const described = recorded
      .map(
        (r: { trainee: { name: string }; assessor: { name: string }; kind: string }) =>
          `${r.assessor.name} ${r.kind} of ${r.trainee.name}`,
      )
      .sort();
    expect(described).toEqual(
      [
        `${org.admin.name} line_manager of Trainee Tia`,
        `${org.coordinator.name} assessor of Trainee Tia`,
        'Sup Sam assessor of Trainee Tia',
        'Sup Sam supervisor of Trainee Tia',
        `Trainee Tia supervisor of ${org.member.name}`,
      ].sort(),
    );
    // A re-run records nothing new and reports nothing to record.
    expect((await preview(csv)).json()).toMatchObject({ relationsToRecord: 0 });
    expect((await commit(csv)).json()).toMatchObject({ created: 0, relationsRecorded: 0 });
    const { rows } = await t.deps.database.pool.query(
      `SELECT count(*)::int AS n FROM assessor_relations WHERE org_id = $1`,
      [org.orgId],
    );
    expect(rows[0].n).toBe(5);

    const elsewhere = await seedOrganisation(t.deps.db, 'Another Trust');
    const bad = [
      relHeader,
      `new.nia@import.test,New Nia,member,,,,nobody@import.test,,`,
      `new.ned@import.test,New Ned,member,,,,,${elsewhere.member.email},`,
      `new.noa@import.test,New Noa,member,,,,,,not an address`,
      `new.nil@import.test,New Nil,member,,,,new.nil@import.test,,`,
    ].join('\n');
    expect((await preview(bad)).json().errors).toEqual([
      {
        row: 2,
        column: 'supervised_by',
        message: '"nobody@import.test" is neither in this file nor a member of the organisation',
      },
      {
        row: 3,
        column: 'assessed_by',
        message: `"${elsewhere.member.email}" is neither in this file nor a member of the organisation`,
      },
      { row: 4, column: 'line_managed_by', message: '"not an address" is not a valid e-mail address' },
      { row: 5, column: 'supervised_by', message: 'A person cannot supervise, assess or manage themself' },
    ]);
    expect((await commit(bad)).statusCode).toBe(400);
  });

  it('is for admins only', async () => {
    const coordinator = new TestClient(t.app);
    await coordinator.signIn(org.coordinator.email, PASSWORD);
    expect((await coordinator.post(`/api/orgs/${org.orgId}/imports/people/preview`, { csv: clean })).statusCode).toBe(
      403,
    );
  });
});
