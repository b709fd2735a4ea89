import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, signedInClients, type TestApp } from '#test/api.ts';
import { addPerson, PASSWORD, type SeededPerson, seedFreshOrganisation } from '#test/fixtures.ts';

/**
 * The "no assessor" rule in mentoring (DESIGN.md rule 6): a mentee is never matched with their supervisor,
 * assessor or line manager, whether the organisation recorded it or the mentee declared it, in any mode, in a
 * late re-run or after a rematch, and not through a pin or a run published after the relationship was recorded.
 */
let t: TestApp;

type RunPair = { mentor: { id: string }; mentee: { id: string } };
const pairsOf = (run: { pairs: RunPair[] }) => Object.fromEntries(run.pairs.map((p) => [p.mentee.id, p.mentor.id]));
const KEYS = ['mentor-mo', 'mentor-nat', 'intern-ann', 'intern-bo', 'intern-cy'] as const;

/**
 * An organisation of its own with a program open to anyone: Mo (2 places) and Nat (1 place) applied to mentor,
 * Ann asked for Mo and Bo for Nat (the pairings the scores like best); Cy has not applied yet.
 */
async function givenProgramWithApplicants() {
  const org = await seedFreshOrganisation(t.deps.db, 'No Assessor Hospital');
  const api = `/api/orgs/${org.orgId}`;
  const as = signedInClients(t.app, PASSWORD);
  const people = {} as Record<(typeof KEYS)[number], SeededPerson>;
  for (const key of KEYS) {
    people[key] = await addPerson(t.deps.db, org, {
      key,
      careerStage: key.startsWith('mentor') ? 'registrar' : 'pgy1',
    });
  }
  const client = async (key: (typeof KEYS)[number]) => as(people[key]);
  const coordinator = await as(org.coordinator);
  const programId = (await coordinator.post(`${api}/mentoring/programs`, { template: 'intern_peer_mentoring' })).json()
    .id;
  const program = `${api}/mentoring/programs/${programId}`;
  const {
    id: _id,
    template: _t,
    phase: _p,
    publishedAt: _pub,
    nextProgramId: _n,
    ...settings
  } = (await coordinator.get(program)).json();
  const anyone = { cohortIds: [], careerStages: [], roles: [] };
  const today = new Date().toISOString().slice(0, 10);
  const open = {
    ...settings,
    mentorEligibility: anyone,
    menteeEligibility: anyone,
    trainingModuleIds: [],
    applicationsOpenOn: today,
    applicationsCloseOn: '2099-01-01',
    matchPublishOn: '2099-01-02',
    endsOn: '2099-12-31',
  };
  expect((await coordinator.put(program, open)).statusCode).toBe(200);
  const capacity = { 'mentor-mo': 2, 'mentor-nat': 1 };
  for (const key of ['mentor-mo', 'mentor-nat'] as const) {
    const applied = await (
      await client(key)
    ).put(`${program}/applications/mine`, {
      side: 'mentor',
      answers: { contact: 'Phone' },
      capacity: capacity[key],
    });
    expect(applied.statusCode).toBe(200);
  }
  const applyAsMentee = async (key: (typeof KEYS)[number], preferred: (typeof KEYS)[number][]) => {
    const res = await (
      await client(key)
    ).put(`${program}/applications/mine`, {
      side: 'mentee',
      answers: { contact: 'Phone' },
      preferredPersonIds: preferred.map((k) => people[k].id),
    });
    expect(res.statusCode, key).toBe(200);
  };
  await applyAsMentee('intern-ann', ['mentor-mo']);
  await applyAsMentee('intern-bo', ['mentor-nat']);
  return { org, api, program, programId, people, client, coordinator, admin: await as(org.admin), applyAsMentee };
}

type World = Awaited<ReturnType<typeof givenProgramWithApplicants>>;

/** The organisation recorded Mo as Ann's supervisor, and Bo declared Nat as their assessor. */
async function givenRelations({ admin, api, people, client }: World) {
  const recorded = await admin.post(`${api}/assessor-relations`, {
    traineeId: people['intern-ann'].id,
    assessorId: people['mentor-mo'].id,
    kind: 'supervisor',
  });
  expect(recorded.statusCode).toBe(201);
  const declared = await (
    await client('intern-bo')
  ).post(`${api}/me/assessors`, {
    personId: people['mentor-nat'].id,
    kind: 'assessor',
  });
  expect(declared.statusCode).toBe(201);
}

/** givenRelations, then a run published: Ann with Nat, Bo with Mo (Mo has one place left, Nat none). */
async function givenPublishedDespiteRelations(world: World) {
  await givenRelations(world);
  const run = (await world.coordinator.post(`${world.program}/match-runs`, { mode: 'optimal' })).json();
  expect((await world.coordinator.post(`${world.program}/match-runs/${run.id}/publish`)).json().created).toBe(2);
}

beforeAll(async () => {
  t = await createTestApp();
});
afterAll(() => t.close());

describe('the no-assessor rule in mentoring matching', () => {
  it('without any relationship, pairs each intern with the mentor they asked for', async () => {
    const { coordinator, program, people } = await givenProgramWithApplicants();
    const run = (await coordinator.post(`${program}/match-runs`, { mode: 'optimal' })).json();
    expect(pairsOf(run)).toEqual({
      [people['intern-ann'].id]: people['mentor-mo'].id,
      [people['intern-bo'].id]: people['mentor-nat'].id,
    });
  });

  it('never pairs a mentee with a supervisor the organisation recorded, nor an assessor they declared themself, in any mode', async () => {
    const world = await givenProgramWithApplicants();
    const { coordinator, program, people } = world;
    await givenRelations(world);
    for (const mode of ['optimal', 'fair', 'stable']) {
      const res = await coordinator.post(`${program}/match-runs`, { mode });
      expect(res.statusCode, mode).toBe(201);
      expect(pairsOf(res.json()), mode).toEqual({
        [people['intern-ann'].id]: people['mentor-nat'].id,
        [people['intern-bo'].id]: people['mentor-mo'].id,
      });
    }
  });

  it('refuses a pin that breaks the rule, without saying how the two are related or who said so', async () => {
    const world = await givenProgramWithApplicants();
    const { coordinator, program, people } = world;
    await givenRelations(world);
    for (const [mentor, mentee] of [
      ['mentor-mo', 'intern-ann'],
      ['mentor-nat', 'intern-bo'],
    ] as const) {
      const res = await coordinator.post(`${program}/match-runs`, {
        pins: [{ mentor: people[mentor].id, mentee: people[mentee].id }],
      });
      expect(res.statusCode).toBe(409);
      const error = res.json().error;
      expect(error).toMatchObject({ code: 'no_assessor_rule', field: 'pins' });
      expect(error.message).toBe(
        `${people[mentor].name} and ${people[mentee].name}: this pair cannot be matched (no-assessor rule)`,
      );
    }
  });

  it('publishes, then keeps a late mentee away from their line manager, and refuses a run made before a relationship was declared', async () => {
    const world = await givenProgramWithApplicants();
    const { coordinator, program, programId, people, api, client } = world;
    await givenPublishedDespiteRelations(world);
    // Mo has one place left, Nat none: a late intern can only go to Mo.
    await world.applyAsMentee('intern-cy', []);
    const before = (await coordinator.post(`${program}/match-runs`, { mode: 'optimal' })).json();
    expect(pairsOf(before)).toMatchObject({ [people['intern-cy'].id]: people['mentor-mo'].id });
    const declared = await (
      await client('intern-cy')
    ).post(`${api}/me/assessors`, {
      personId: people['mentor-mo'].id,
      kind: 'line_manager',
    });
    expect(declared.statusCode).toBe(201);
    const stale = await coordinator.post(`${program}/match-runs/${before.id}/publish`);
    expect(stale.statusCode).toBe(409);
    expect(stale.json().error.code).toBe('no_assessor_rule');
    expect(stale.json().error.message).not.toMatch(/Cy|Mo|line/);
    const late = (await coordinator.post(`${program}/match-runs`, { mode: 'optimal' })).json();
    expect(late.pairs.filter((p: RunPair) => p.mentee.id === people['intern-cy'].id)).toEqual([]);
    expect(late.unmatched.map((u: { mentee: { id: string } }) => u.mentee.id)).toEqual([people['intern-cy'].id]);
    const { rows } = await t.deps.database.pool.query(
      `SELECT mentor_id, mentee_id FROM mentoring_pairs WHERE program_id = $1`,
      [programId],
    );
    expect(rows).toHaveLength(2);
  });

  it('after a rematch, does not offer the mentee the one mentor with a free place when that mentor supervises them', async () => {
    const world = await givenProgramWithApplicants();
    const { coordinator, program, people } = world;
    await givenPublishedDespiteRelations(world);
    const pairs = (await coordinator.get(`${program}/pairs`)).json().pairs as { id: string; mentee: { id: string } }[];
    const ann = pairs.find((p) => p.mentee.id === people['intern-ann'].id)!;
    expect((await coordinator.post(`${program}/pairs/${ann.id}/end`)).statusCode).toBe(204);
    // Nat, her mentor until now, is not offered again; Mo has a free place but supervises her.
    const rerun = (await coordinator.post(`${program}/match-runs`, { mode: 'optimal' })).json();
    expect(rerun.pairs.filter((p: RunPair) => p.mentee.id === people['intern-ann'].id)).toEqual([]);
    expect(rerun.unmatched.map((u: { mentee: { id: string } }) => u.mentee.id)).toContain(people['intern-ann'].id);
  });
});
