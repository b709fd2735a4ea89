import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, TestClient, type TestApp } from '#test/api.ts';
import { addPerson, PASSWORD, seedFreshOrganisation, seedOrganisation } from '#test/fixtures.ts';

let t: TestApp;

async function signedIn(email: string) {
  const client = new TestClient(t.app);
  await client.signIn(email, PASSWORD);
  return client;
}

/** An organisation of its own with a PGY2 cohort, and an intern program its coordinator made from the template. */
async function givenInternProgram() {
  const org = await seedFreshOrganisation(t.deps.db, 'Not Open Hospital');
  const base = `/api/orgs/${org.orgId}/mentoring/programs`;
  const admin = await signedIn(org.admin.email);
  await admin.post(`/api/orgs/${org.orgId}/cohorts`, {
    name: 'PGY2 2027',
    startsOn: '2027-01-25',
    endsOn: '2028-01-23',
  });
  const programId = (
    await (await signedIn(org.coordinator.email)).post(base, { template: 'intern_peer_mentoring' })
  ).json().id;
  return { org, base: () => base, programId };
}

beforeAll(async () => {
  t = await createTestApp();
});
afterAll(() => t.close());

describe('a program a member may not join', () => {
  it('tells them whom it is for, where they stand and whom to ask, instead of "not found"', async () => {
    const { org, base, programId } = await givenInternProgram();
    const registrar = await signedIn(
      (await addPerson(t.deps.db, org, { key: 'registrar-ida', careerStage: 'registrar' })).email,
    );
    // It stays out of their list of programs ...
    expect((await registrar.get(base())).json().programs).toEqual([]);
    // ... but a link to it explains itself.
    const res = await registrar.get(`${base()}/${programId}/for-me`);
    expect(res.statusCode).toBe(200);
    expect(res.json()).toMatchObject({
      eligibleAs: [],
      myApplications: [],
      notOpenToYou: {
        mentors: { cohorts: ['PGY2 2027'], careerStages: ['pgy2', 'resident', 'registrar'], roles: [] },
        mentees: { cohorts: ['PGY1 2027'], careerStages: ['pgy1'], roles: [] },
        you: { cohort: null, careerStage: 'registrar', roles: ['member'] },
        coordinator: org.coordinator.name,
      },
    });
    // Someone it is open to gets no such explanation.
    const intern = await signedIn(
      (await addPerson(t.deps.db, org, { key: 'intern-jo', careerStage: 'pgy1', cohortId: org.cohortId })).email,
    );
    expect((await intern.get(`${base()}/${programId}/for-me`)).json()).toMatchObject({
      eligibleAs: ['mentee'],
      notOpenToYou: null,
    });
  });

  it('names no coordinator who no longer runs programs', async () => {
    const { org, base, programId } = await givenInternProgram();
    await t.deps.database.pool.query(`UPDATE members SET roles = '{member}' WHERE person_id = $1 AND org_id = $2`, [
      org.coordinator.id,
      org.orgId,
    ]);
    const member = await signedIn(org.member.email);
    expect((await member.get(`${base()}/${programId}/for-me`)).json().notOpenToYou).toMatchObject({
      you: { cohort: 'PGY1 2027' },
      coordinator: null,
    });
  });

  it("keeps another organisation's program a plain 404 (privacy rule 1)", async () => {
    const { org, base } = await givenInternProgram();
    const other = await seedOrganisation(t.deps.db, 'Elsewhere Health');
    const theirs = (
      await (
        await signedIn(other.coordinator.email)
      ).post(`/api/orgs/${other.orgId}/mentoring/programs`, { template: 'intern_peer_mentoring' })
    ).json().id;
    const member = await signedIn(org.member.email);
    for (const url of [`${base()}/${theirs}/for-me`, `/api/orgs/${other.orgId}/mentoring/programs/${theirs}/for-me`]) {
      const res = await member.get(url);
      expect(res.statusCode, url).toBe(404);
      expect(res.json(), url).toEqual({ error: { code: 'not_found', message: expect.any(String) } });
    }
  });
});
