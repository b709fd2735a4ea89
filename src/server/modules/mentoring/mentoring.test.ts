import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, type TestApp } from '#test/api.ts';
import { addPerson } from '#test/fixtures.ts';
import {
  givenAgreedPairThatMet,
  givenApplication,
  givenMatchRun,
  givenMentoringWorld,
  givenOpenProgramWithApplicants,
  givenPair,
  givenProgram,
  givenPublishedPairs,
  type MentoringWorld,
} from '#test/fixtures-mentoring.ts';
import { sendDueReminders } from './reminders.ts';

let t: TestApp;

// Today where the organisation is (Sydney): a meeting logged for UTC's date can fall before a pair made this morning there.
const today = new Intl.DateTimeFormat('en-CA', {
  year: 'numeric',
  month: '2-digit',
  day: '2-digit',
  timeZone: 'Australia/Sydney',
}).format(new Date());
const daysAgo = (n: number) => new Date(Date.now() - n * 86_400_000).toISOString().slice(0, 10);

/** Each test's own organisation, and the URL of a program in it. */
async function world() {
  const w = await givenMentoringWorld(t);
  return { ...w, program: (programId: string) => `${w.base}/programs/${programId}` };
}

/** What a program's settings are, as the coordinator reads and writes them back. */
async function settingsOf(w: MentoringWorld, programId: string) {
  const current = (await w.coordinator.get(`${w.base}/programs/${programId}`)).json();
  const { id: _id, template: _t, phase: _p, publishedAt: _pub, ...settings } = current;
  return settings;
}

beforeAll(async () => {
  t = await createTestApp();
});
afterAll(() => t.close());

describe('a mentoring program from a template', () => {
  it('is created by a coordinator with the template filled in for this organisation', async () => {
    const { coordinator, base, org, pgy2 } = await world();
    const res = await coordinator.post(`${base}/programs`, { template: 'intern_peer_mentoring' });
    expect(res.statusCode).toBe(201);
    const created = res.json();
    expect(created.menteeEligibility.cohortIds).toEqual([org.cohortId]);
    expect(created.mentorEligibility.cohortIds).toEqual([pgy2]);
    expect(created.scheduleCohortId).toBe(org.cohortId);
    expect(created.questions.length).toBeGreaterThan(0);
    const templates = (await coordinator.get(`${base}/templates`)).json().templates;
    expect(templates.map((x: { key: string }) => x.key)).toEqual(['intern_peer_mentoring', 'student_peer_mentoring']);
  });

  it('takes new settings and names the field of a bad one', async () => {
    const w = await world();
    const programId = await givenProgram(w, { open: false });
    const { coordinator, program } = w;
    const settings = await settingsOf(w, programId);
    const open = {
      ...settings,
      applicationsOpenOn: today,
      applicationsCloseOn: '2099-01-01',
      matchPublishOn: '2099-01-02',
      endsOn: '2099-12-31',
      mentorCapacity: 2,
    };
    const pick = { id: 'pick', kind: 'choice', label: 'Pick', side: 'both', required: false, options: ['only one'] };
    const badQuestion = await coordinator.put(program(programId), { ...open, questions: [...open.questions, pick] });
    expect(badQuestion.statusCode).toBe(400);
    expect(badQuestion.json().error.field).toBe(`questions.${open.questions.length}.options`);
    const badDates = await coordinator.put(program(programId), { ...open, applicationsCloseOn: '2000-01-01' });
    expect(badDates.json().error.field).toBe('applicationsCloseOn');
    const ok = await coordinator.put(program(programId), open);
    expect(ok.statusCode).toBe(200);
    expect(ok.json().phase).toBe('applications_open');
  });
});

describe('applications', () => {
  it('lets eligible members apply on their side only, checking answers by question', async () => {
    const w = await world();
    const programId = await givenProgram(w);
    const mine = `${w.program(programId)}/applications/mine`;
    const cal = await w.as(w.people['intern-cal']);
    expect((await cal.get(`${w.base}/programs`)).json().programs.map((p: { id: string }) => p.id)).toEqual([programId]);
    const view = (await cal.get(`${w.program(programId)}/for-me`)).json();
    expect(view.eligibleAs).toEqual(['mentee']);
    expect(view.program.criteria).toBeUndefined();

    const asMentor = await cal.put(mine, { side: 'mentor', answers: { contact: 'Phone' } });
    expect(asMentor.statusCode).toBe(403);
    expect(asMentor.json().error.field).toBe('side');
    const missing = await cal.put(mine, { side: 'mentee', answers: {} });
    expect(missing.statusCode).toBe(400);
    expect(missing.json().error.field).toBe('answers.contact');
    const wrong = await cal.put(mine, { side: 'mentee', answers: { contact: 'Carrier pigeon' } });
    expect(wrong.json().error.field).toBe('answers.contact');
    const scale = await cal.put(mine, { side: 'mentee', answers: { contact: 'Phone', confidence: 9 } });
    expect(scale.json().error.field).toBe('answers.confidence');
  });

  it('records applications, with "rather not" lists, and lets a member withdraw', async () => {
    const w = await world();
    const { people, coordinator } = w;
    const programId = await givenProgram(w);
    const program = w.program(programId);
    const mine = `${program}/applications/mine`;
    for (const key of ['mentor-ana', 'mentor-ben'] as const) {
      const res = await (
        await w.as(people[key])
      ).put(mine, { side: 'mentor', answers: { contact: 'Video call' }, capacity: 2 });
      expect(res.statusCode).toBe(200);
    }
    const ana = await w.as(people['mentor-ana']);
    const tooMany = await ana.put(mine, { side: 'mentor', answers: { contact: 'Video call' }, capacity: 5 });
    expect(tooMany.json().error.field).toBe('capacity');
    for (const key of ['intern-cal', 'intern-dee', 'intern-eve'] as const) {
      const avoid = key === 'intern-cal' ? [people['mentor-ana'].id] : [];
      const res = await (
        await w.as(people[key])
      ).put(mine, {
        side: 'mentee',
        answers: { contact: 'Phone', confidence: 2 },
        wantsHelpWith: ['exams'],
        avoidPersonIds: avoid,
      });
      expect(res.statusCode).toBe(200);
    }
    const fay = await w.as(people['intern-fay']);
    await fay.put(mine, { side: 'mentee', answers: { contact: 'Phone' } });
    expect((await fay.delete(`${mine}/mentee`)).statusCode).toBe(204);
    const cal = await w.as(people['intern-cal']);
    const own = (await cal.get(`${program}/for-me`)).json().myApplications[0];
    expect(own).toMatchObject({
      side: 'mentee',
      avoidPersonIds: [people['mentor-ana'].id],
      preferredPersonIds: [],
      capacity: null,
    });
    const list = (await coordinator.get(`${program}/applications`)).json().applications;
    expect(list).toHaveLength(5);
    const pool = (await cal.get(`${program}/mentor-pool`)).json().people.map((p: { name: string }) => p.name);
    expect(pool).toEqual(expect.arrayContaining(['Mentor Ana', 'Mentor Ben']));
  });

  it('keeps programs a member may not join out of their list (opened by a link, one says why: not-open.test.ts)', async () => {
    const w = await world();
    const programId = await givenProgram(w);
    const other = await addPerson(t.deps.db, w.org, { key: 'registrar-gus', careerStage: 'registrar' });
    const gus = await w.as(other);
    expect((await gus.get(`${w.base}/programs`)).json().programs).toEqual([]);
    expect((await gus.get(`${w.program(programId)}/for-me`)).json()).toMatchObject({
      eligibleAs: [],
      notOpenToYou: { you: { careerStage: 'registrar' } },
    });
    expect((await gus.get(w.program(programId))).statusCode).toBe(403);
  });
});

describe('matching and publishing', () => {
  it('answers the Matching tab before any run without an error: no run, nothing running, everyone waiting', async () => {
    const w = await world();
    const programId = await givenOpenProgramWithApplicants(w);
    const before = await w.coordinator.get(`${w.program(programId)}/match-runs/latest`);
    expect(before.statusCode).toBe(200);
    expect(before.json()).toEqual({ run: null, running: { pairs: 0, firstPublishedAt: null }, menteesWaiting: 3 });
  });

  it('proposes pairs with each pair\'s explanation, honouring the mentee\'s "rather not"', async () => {
    const w = await world();
    const programId = await givenOpenProgramWithApplicants(w);
    const res = await w.coordinator.post(`${w.program(programId)}/match-runs`, { mode: 'optimal' });
    expect(res.statusCode).toBe(201);
    const run = res.json();
    expect(run.summary).toMatchObject({ mentees: 3, mentors: 2, matched: 3 });
    const cal = run.pairs.find((p: { mentee: { name: string } }) => p.mentee.name === 'Intern Cal');
    expect(cal.mentor.name).toBe('Mentor Ben');
    expect(Object.keys(cal.breakdown)).toEqual(expect.arrayContaining(['sameSite', 'sharedSpecialty']));
    expect(cal.breakdown.sameSite).toBe(3);
    expect(run.published).toBeNull();
    expect(run.pairs.map((p: { state: string }) => p.state)).toEqual(['new', 'new', 'new']);
    expect((await w.coordinator.get(`${w.program(programId)}/match-runs/latest`)).json().run.id).toBe(run.id);
  });

  it('keeps pins, drops forbidden pairs, and explains who is left unmatched and why', async () => {
    const w = await world();
    const programId = await givenOpenProgramWithApplicants(w);
    const ana = w.people['mentor-ana'].id;
    const dee = w.people['intern-dee'].id;
    const eve = w.people['intern-eve'].id;
    const pinned = await w.coordinator.post(`${w.program(programId)}/match-runs`, {
      mode: 'fair',
      pins: [{ mentor: ana, mentee: dee }],
      forbids: [
        { mentor: ana, mentee: eve },
        { mentor: w.people['mentor-ben'].id, mentee: eve },
      ],
    });
    const run = pinned.json();
    expect(run.pairs.find((p: { mentee: { id: string } }) => p.mentee.id === dee)).toMatchObject({
      mentor: { id: ana },
      pinned: true,
    });
    expect(run.unmatched).toEqual([
      expect.objectContaining({ mentee: expect.objectContaining({ id: eve }), reason: 'no_eligible_mentor' }),
    ]);
    // A sentence with its count and noun in agreement, not "2 forbidden by a coordinator".
    expect(run.unmatched[0].explanation).toBe(
      "No mentor passes the program's rules for this mentee: 2 mentors were forbidden by a coordinator.",
    );
    const breaks = await w.coordinator.post(`${w.program(programId)}/match-runs`, {
      pins: [{ mentor: ana, mentee: w.people['intern-cal'].id }],
    });
    expect(breaks.statusCode).toBe(400);
    expect(breaks.json().error.field).toBe('pins');
  });

  it('never shows a coordinator that two people share a sensitive attribute, though it counts in matching', async () => {
    const w = await world();
    const programId = await givenOpenProgramWithApplicants(w);
    const sensitive = { attributes: ['international_graduate'], consentToMatching: true };
    for (const key of ['intern-cal', 'mentor-ben'] as const) {
      expect(
        (await (await w.as(w.people[key])).put(`/api/orgs/${w.org.orgId}/me/sensitive`, sensitive)).statusCode,
      ).toBe(200);
    }
    const run = (await w.coordinator.post(`${w.program(programId)}/match-runs`, { mode: 'optimal' })).json();
    const cal = run.pairs.find((p: { mentee: { name: string } }) => p.mentee.name === 'Intern Cal');
    expect(cal.mentor.name).toBe('Mentor Ben');
    expect(Object.keys(cal.breakdown)).not.toContain('sharedExperience');
    const parts = Object.values(cal.breakdown as Record<string, number>).reduce((sum, n) => sum + n, 0);
    expect(cal.score).toBeCloseTo(parts, 9);
    const scores = run.pairs.map((p: { score: number }) => p.score);
    expect(scores.length).toBeGreaterThan(0);
    expect(run.summary.lowestScore).toBeCloseTo(Math.min(...scores), 9);
    expect(run.summary.objective).toBeCloseTo(
      scores.reduce((a: number, b: number) => a + b, 0),
      9,
    );
    // It did count: the engine's own scores for the same instance include it (checked in src/matching/scoring.test.ts).
  });

  it('publishes once: a second publish and concurrent ones from two coordinators create no double pairs, and everyone matched is told', async () => {
    const w = await world();
    const { coordinator, people } = w;
    const programId = await givenOpenProgramWithApplicants(w);
    const program = w.program(programId);
    const { id: runId } = await givenMatchRun(w, programId);
    // A later run, not published: once the first is, it has nothing new.
    const later = await givenMatchRun(w, programId);
    const second = await w.as(w.org.admin);
    const results = await Promise.all(
      [coordinator, second, coordinator].map((who) => who.post(`${program}/match-runs/${runId}/publish`)),
    );
    expect(results.map((r) => r.statusCode)).toEqual([200, 200, 200]);
    expect(results.reduce((n, r) => n + r.json().created, 0)).toBe(3);
    const again = await coordinator.post(`${program}/match-runs/${runId}/publish`);
    expect(again.json()).toEqual({ created: 0, alreadyPaired: 3, notified: 0 });
    const { rows } = await t.deps.database.pool.query(
      `SELECT count(*)::int AS n FROM mentoring_pairs WHERE program_id = $1`,
      [programId],
    );
    expect(rows[0].n).toBe(3);
    const mail = await t.mail.next(people['intern-cal'].email);
    expect(mail.subject).toContain('You have been matched');
    const cal = await w.as(people['intern-cal']);
    const notes = (await cal.get(`/api/orgs/${w.org.orgId}/notifications`)).json().notifications;
    expect(notes[0].title).toContain('You have been matched');

    // The latest run (made after the published one) now has nothing new: each pair is made or its mentee has a mentor.
    const after = (await coordinator.get(`${program}/match-runs/latest`)).json();
    expect(after.run.id).toBe(later.id);
    expect(after.run.published).toBeNull();
    expect(after.run.pairs.filter((p: { state: string }) => p.state === 'new')).toEqual([]);
    expect(after.run.pairs.map((p: { state: string }) => p.state)).toContain('published');
    expect(after.running).toEqual({ pairs: 3, firstPublishedAt: expect.any(String) });
    expect(after.menteesWaiting).toBe(0);
  });

  it("settles a matched mentee's application: no change or withdrawal, and a matched mentor cannot withdraw", async () => {
    const w = await world();
    const { programId } = await givenPublishedPairs(w);
    const program = w.program(programId);
    const cal = await w.as(w.people['intern-cal']);
    const view = (await cal.get(`${program}/for-me`)).json();
    expect(view.myApplications).toEqual([expect.objectContaining({ side: 'mentee', activePairs: 1 })]);
    const change = await cal.put(`${program}/applications/mine`, { side: 'mentee', answers: { contact: 'Phone' } });
    expect(change.statusCode).toBe(409);
    expect(change.json().error).toMatchObject({ code: 'already_matched', field: 'side' });
    const withdrawn = await cal.delete(`${program}/applications/mine/mentee`);
    expect(withdrawn.json().error).toMatchObject({ code: 'already_matched', field: 'side' });
    const ben = await w.as(w.people['mentor-ben']);
    expect((await ben.get(`${program}/for-me`)).json().myApplications[0].activePairs).toBeGreaterThan(0);
    expect((await ben.delete(`${program}/applications/mine/mentor`)).json().error.code).toBe('already_matched');
    // A mentor may still change how many they take.
    const capacity = await ben.put(`${program}/applications/mine`, {
      side: 'mentor',
      answers: { contact: 'Video call' },
      capacity: 2,
    });
    expect(capacity.statusCode).toBe(200);
  });

  it('takes a late application after the closing day and matches it without disturbing existing pairs', async () => {
    const w = await world();
    const { coordinator } = w;
    const { programId } = await givenPublishedPairs(w);
    const program = w.program(programId);
    const before = (await coordinator.get(`${program}/pairs`)).json().pairs.map((p: { id: string }) => p.id);
    expect(before).toHaveLength(3);
    // Time passes: applications closed a week ago, and an intern who started mid-year applies.
    await t.deps.database.pool.query(
      'UPDATE mentoring_programs SET applications_open_on = $2, applications_close_on = $3 WHERE id = $1',
      [programId, daysAgo(60), daysAgo(7)],
    );
    const late = await addPerson(t.deps.db, w.org, {
      key: 'intern-late',
      careerStage: 'pgy1',
      cohortId: w.org.cohortId,
    });
    const lateClient = await w.as(late);
    const listed = (await lateClient.get(`${w.base}/programs`)).json().programs.map((p: { id: string }) => p.id);
    expect(listed).toContain(programId);
    const applied = await lateClient.put(`${program}/applications/mine`, {
      side: 'mentee',
      answers: { contact: 'Phone' },
    });
    expect(applied.statusCode).toBe(200);
    expect(applied.json().myApplications).toEqual([expect.objectContaining({ side: 'mentee' })]);
    const told = (await coordinator.get(`/api/orgs/${w.org.orgId}/notifications`)).json().notifications;
    expect(told[0]).toMatchObject({
      title: expect.stringContaining('A late application'),
      link: expect.stringContaining('tab=matching'),
    });
    expect(JSON.stringify(told[0])).not.toContain('Intern Late');
    const run = (await coordinator.post(`${program}/match-runs`, {})).json();
    expect(run.pairs.map((p: { mentee: { id: string } }) => p.mentee.id)).toEqual([late.id]);
    const waiting = (await coordinator.get(`${program}/match-runs/latest`)).json();
    expect(waiting).toMatchObject({
      run: { id: run.id, published: null, pairs: [{ state: 'new' }] },
      running: { pairs: 3 },
      menteesWaiting: 1,
    });
    const published = (await coordinator.post(`${program}/match-runs/${run.id}/publish`)).json();
    expect(published.created).toBe(1);
    // Published: the run says when and how many, and offers nothing more to publish.
    const state = (await coordinator.get(`${program}/match-runs/latest`)).json();
    expect(state).toMatchObject({
      run: { id: run.id, published: { pairs: 1 }, pairs: [{ state: 'published' }] },
      running: { pairs: 4 },
      menteesWaiting: 0,
    });
    expect(Date.parse(state.run.published.at)).toBeGreaterThan(Date.parse(state.running.firstPublishedAt));
    const after = (await coordinator.get(`${program}/pairs`)).json().pairs.map((p: { id: string }) => p.id);
    expect(after).toEqual(expect.arrayContaining(before));
    expect(after).toHaveLength(4);
  });

  it('refuses applications once the program has ended, naming the field', async () => {
    const w = await world();
    const programId = await givenProgram(w);
    await t.deps.database.pool.query('UPDATE mentoring_programs SET ends_on = $2 WHERE id = $1', [
      programId,
      daysAgo(1),
    ]);
    const fay = await w.as(w.people['intern-fay']);
    const refused = await fay.put(`${w.program(programId)}/applications/mine`, {
      side: 'mentee',
      answers: { contact: 'Phone' },
    });
    expect(refused.statusCode).toBe(409);
    expect(refused.json().error).toMatchObject({ code: 'applications_closed', field: 'side' });
  });
});

describe('the pair space', () => {
  it('has a meeting plan before and after each rotation term', async () => {
    const w = await world();
    const { pairId, mentee } = await givenPair(w);
    const pair = (await mentee.get(`${w.base}/pairs/${pairId}`)).json();
    expect(pair.meetings.map((m: { label: string }) => m.label)).toEqual([
      'Before Term 1',
      'After Term 1',
      'Before Term 2',
      'After Term 2',
    ]);
    expect(pair.meetings.map((m: { dueOn: string }) => m.dueOn)).toEqual([
      '2027-01-25',
      '2027-04-18',
      '2027-04-19',
      '2027-07-11',
    ]);
  });

  it('records the agreement, goals and a logged meeting, naming the field of a bad log', async () => {
    const w = await world();
    const { pairId, mentee, mentor } = await givenPair(w);
    const url = `${w.base}/pairs/${pairId}`;
    await mentee.post(`${url}/agreement`);
    const both = (await mentor.post(`${url}/agreement`)).json();
    expect(both.agreement.mentorAcceptedAt).not.toBeNull();
    expect(both.agreement.menteeAcceptedAt).not.toBeNull();
    const goal = (await mentee.post(`${url}/goals`, { title: 'Survive nights', progress: 10 })).json().goals[0];
    const changed = await mentor.patch(`${url}/goals/${goal.id}`, { title: 'Survive nights', progress: 60 });
    expect(changed.json().goals[0].progress).toBe(60);
    const meetingId = both.meetings[0].id;
    const bad = await mentee.put(`${url}/meetings/${meetingId}`, {
      happenedOn: today,
      format: 'video',
      topics: ['surgery gossip'],
    });
    expect(bad.statusCode).toBe(400);
    expect(bad.json().error.field).toBe('topics.0');
    const logged = await mentee.put(`${url}/meetings/${meetingId}`, {
      happenedOn: today,
      format: 'video',
      topics: ['night_shifts', 'wellbeing'],
    });
    expect(logged.json().meetings[0]).toMatchObject({ happenedOn: today, topics: ['night_shifts', 'wellbeing'] });
  });

  it('keeps private notes private: not the other side, not the coordinator', async () => {
    const w = await world();
    const { coordinator } = w;
    const pair = await givenPair(w);
    await givenAgreedPairThatMet(w, pair, ['night_shifts', 'wellbeing']);
    const { pairId, mentee, mentor, programId } = pair;
    const url = `${w.base}/pairs/${pairId}`;
    expect((await mentee.post(`${url}/notes`, { body: 'Worried about my registrar' })).statusCode).toBe(201);
    expect((await mentee.get(`${url}/notes`)).json().notes[0].body).toBe('Worried about my registrar');
    expect((await mentor.get(`${url}/notes`)).json().notes).toEqual([]);
    expect((await coordinator.get(`${url}/notes`)).statusCode).toBe(404);
    const overview = await coordinator.get(`${w.program(programId)}/pairs`);
    expect(overview.body).not.toContain('Worried');
    const seen = (await coordinator.get(url)).json();
    expect(seen).toMatchObject({ myRole: 'coordinator', goals: [] });
    expect(seen.meetings[0].topics).toEqual(['night_shifts', 'wellbeing']);
    expect(JSON.stringify(seen)).not.toContain('Worried');
  });

  it('is 404 to a member of another pair, who cannot write to it either', async () => {
    const w = await world();
    const { pairId } = await givenPair(w);
    const url = `${w.base}/pairs/${pairId}`;
    const other = await w.as(w.people['intern-dee']);
    expect((await other.get(`${w.base}/pairs`)).json().pairs).toHaveLength(1);
    expect((await other.get(url)).statusCode).toBe(404);
    expect((await other.post(`${url}/notes`, { body: 'x' })).statusCode).toBe(404);
    expect((await w.coordinator.post(`${url}/goals`, { title: 'Meddle' })).statusCode).toBe(404);
  });

  it('lets either side ask for a no-fault rematch, which the coordinator sees', async () => {
    const w = await world();
    const pair = await givenPair(w);
    await givenAgreedPairThatMet(w, pair, ['night_shifts', 'wellbeing']);
    const res = await pair.mentee.post(`${w.base}/pairs/${pair.pairId}/rematch-request`);
    expect(res.json().rematchRequested).toBe(true);
    const pairs = (await w.coordinator.get(`${w.program(pair.programId)}/pairs`)).json().pairs;
    expect(pairs.find((p: { id: string }) => p.id === pair.pairId)).toMatchObject({
      rematchRequested: true,
      meetingsHeld: 1,
      topics: ['night_shifts', 'wellbeing'],
      agreementAccepted: true,
    });
    const notes = (await w.coordinator.get(`/api/orgs/${w.org.orgId}/notifications`)).json().notifications;
    expect(notes[0].title).toContain('rematch');
  });
});

describe('the training gate', () => {
  it('keeps untrained mentors out of matching until they complete the modules', async () => {
    const w = await world();
    const { coordinator, org } = w;
    const programId = await givenProgram(w);
    const program = w.program(programId);
    const module = (
      await coordinator.post(`/api/orgs/${org.orgId}/training/modules`, {
        title: 'Boundaries',
        body: 'Peer support, not therapy.',
        minutes: 10,
      })
    ).json();
    const settings = await settingsOf(w, programId);
    expect(
      (await coordinator.put(program, { ...settings, trainingModuleIds: [module.id], mentorCapacity: 4 })).statusCode,
    ).toBe(200);
    const ana = await w.as(w.people['mentor-ana']);
    const applied = await ana.put(`${program}/applications/mine`, {
      side: 'mentor',
      answers: { contact: 'Video call' },
      capacity: 3,
    });
    expect(applied.statusCode).toBe(200);
    const newcomer = await addPerson(t.deps.db, org, {
      key: 'intern-new',
      careerStage: 'pgy1',
      cohortId: org.cohortId,
    });
    await givenApplication(w, programId, newcomer, { side: 'mentee', answers: { contact: 'Phone' } });
    const blocked = (await coordinator.post(`${program}/match-runs`, {})).json();
    expect(blocked.unmatched[0].explanation).toContain('1 mentor has not finished mentor training');
    expect((await ana.get(`${program}/for-me`)).json().trainingToDo).toEqual([{ id: module.id, title: 'Boundaries' }]);
    await ana.post(`/api/orgs/${org.orgId}/training/modules/${module.id}/complete`);
    const open = (await coordinator.post(`${program}/match-runs`, {})).json();
    expect(open.pairs.map((p: { mentee: { id: string } }) => p.mentee.id)).toEqual([newcomer.id]);
  });
});

describe('follow-up', () => {
  it('sends each meeting reminder once, with a calendar invite, however often the job runs', async () => {
    const w = await world();
    const { pairId, mentee, menteePerson, mentorPerson } = await givenPair(w, 'intern-dee');
    const pair = (await mentee.get(`${w.base}/pairs/${pairId}`)).json();
    const soon = new Date(Date.now() + 3 * 86_400_000).toISOString().slice(0, 10);
    await t.deps.database.pool.query('UPDATE pair_meetings SET due_on = $1 WHERE id = $2', [soon, pair.meetings[0].id]);
    const [first, second] = await Promise.all([sendDueReminders(t.deps), sendDueReminders(t.deps)]);
    expect(first + second).toBe(1);
    expect(await sendDueReminders(t.deps)).toBe(0);
    const mail = await t.mail.next(menteePerson.email, { subject: /is due by/ });
    expect(mail.subject).toContain(pair.meetings[0].label);
    const invite = mail.attachments.find((a) => a.contentType.startsWith('text/calendar'));
    expect(invite?.content).toContain('BEGIN:VCALENDAR');
    expect(invite?.content).toContain(`${pair.meetings[0].id}@kindred`);
    await t.mail.next(mentorPerson.email, { subject: /is due by/ });
  });

  it('offers the pair its meeting plan as a calendar file', async () => {
    const w = await world();
    const { pairId, mentee } = await givenPair(w, 'intern-dee');
    const pair = (await mentee.get(`${w.base}/pairs/${pairId}`)).json();
    const res = await mentee.get(`${w.base}/pairs/${pairId}/calendar.ics`);
    expect(res.statusCode).toBe(200);
    expect(res.headers['content-type']).toContain('text/calendar');
    expect(pair.meetings.length).toBeGreaterThan(0);
    expect(res.body.match(/BEGIN:VEVENT/g)).toHaveLength(pair.meetings.length);
    expect((await w.coordinator.get(`${w.base}/pairs/${pairId}/calendar.ics`)).statusCode).toBe(404);
  });

  it('lets a coordinator nudge a quiet pair, not more than once in three days', async () => {
    const w = await world();
    const { pairId, programId, mentee, menteePerson } = await givenPair(w, 'intern-eve');
    const nudge = `${w.program(programId)}/pairs/${pairId}/nudge`;
    expect((await w.coordinator.post(nudge)).statusCode).toBe(204);
    expect((await t.mail.next(menteePerson.email, { subject: /catch up/ })).subject).toContain('catch up');
    const again = await w.coordinator.post(nudge);
    expect(again.statusCode).toBe(409);
    expect(again.json().error.code).toBe('recently_nudged');
    expect((await mentee.post(nudge)).statusCode).toBe(403);
  });

  it("marks a pair at risk once it has gone longer than the program's cadence without a meeting, until it meets", async () => {
    const w = await world();
    const { pairId, programId, mentee } = await givenPair(w, 'intern-eve');
    const program = w.program(programId);
    const pair = (await mentee.get(`${w.base}/pairs/${pairId}`)).json();
    const cadence = (await w.coordinator.get(program)).json().cadenceDays;
    const row = async () =>
      (await w.coordinator.get(`${program}/pairs`)).json().pairs.find((p: { id: string }) => p.id === pairId);
    const instantDaysAgo = (n: number) => new Date(Date.now() - n * 86_400_000).toISOString();
    // Matched exactly a cadence ago (days counted in the organisation's time zone): not yet at risk; a day more, and it is.
    await t.deps.database.pool.query('UPDATE mentoring_pairs SET created_at = $2 WHERE id = $1', [
      pairId,
      instantDaysAgo(cadence),
    ]);
    expect(await row()).toMatchObject({ meetingsHeld: 0, atRisk: false });
    await t.deps.database.pool.query('UPDATE mentoring_pairs SET created_at = $2 WHERE id = $1', [
      pairId,
      instantDaysAgo(cadence + 1),
    ]);
    expect(await row()).toMatchObject({ atRisk: true });
    const atRisk = (await w.coordinator.get(`${program}/report`)).json().pairs.atRisk;
    expect(atRisk).toBeGreaterThanOrEqual(1);
    // A meeting logged today takes it off the list.
    const meeting = pair.meetings[0];
    const logged = await mentee.put(`${w.base}/pairs/${pairId}/meetings/${meeting.id}`, {
      happenedOn: today,
      format: 'in_person',
      topics: ['exams'],
    });
    expect(logged.statusCode).toBe(200);
    expect(await row()).toMatchObject({ meetingsHeld: 1, atRisk: false });
    expect((await w.coordinator.get(`${program}/report`)).json().pairs.atRisk).toBe(atRisk - 1);
  });

  it('handles a rematch: the pair ends, and the mentee is matched again, never with the same mentor', async () => {
    const w = await world();
    const { coordinator, people } = w;
    const { pairId, programId, runId, mentee: cal } = await givenPair(w, 'intern-cal');
    const program = w.program(programId);
    expect((await cal.post(`${w.base}/pairs/${pairId}/rematch-request`)).json().rematchRequested).toBe(true);
    const before = (await cal.get(`${w.base}/pairs`)).json().pairs[0];
    expect(before).toMatchObject({ id: pairId, rematchRequested: true });
    expect((await coordinator.post(`${program}/pairs/${pairId}/end`)).statusCode).toBe(204);
    expect((await cal.get(`${w.base}/pairs/${pairId}`)).json().status).toBe('ended');
    const row = (await coordinator.get(`${program}/pairs`)).json().pairs.find((p: { id: string }) => p.id === pairId);
    expect(row).toMatchObject({ status: 'ended', rematchRequested: false });
    // A new mentor joins; the re-run places Cal again, with anyone but the mentor the pair had.
    const gilPerson = await addPerson(t.deps.db, w.org, { key: 'mentor-gil', careerStage: 'pgy2', cohortId: w.pgy2 });
    const gil = await w.as(gilPerson);
    const applied = await gil.put(`${program}/applications/mine`, {
      side: 'mentor',
      answers: { contact: 'Phone' },
      capacity: 2,
    });
    expect(applied.statusCode).toBe(200);
    expect((await gil.get(`${program}/for-me`)).json().trainingToDo).toEqual([]);
    // Publishing the first run again does not remake the pair that just ended.
    expect((await coordinator.post(`${program}/match-runs/${runId}/publish`)).json().created).toBe(0);
    const activeBefore = (await coordinator.get(`${program}/pairs`))
      .json()
      .pairs.filter((p: { status: string }) => p.status === 'active');
    expect(activeBefore).toHaveLength(2);
    const run = (await coordinator.post(`${program}/match-runs`, {})).json();
    const placed = run.pairs.find((p: { mentee: { id: string } }) => p.mentee.id === people['intern-cal'].id);
    expect(placed, JSON.stringify(run.unmatched)).toBeDefined();
    expect(placed.mentor.id).not.toBe(before.mentor.id);
    expect(run.pairs.length).toBeGreaterThan(0);
    const menteesRunning = activeBefore.map((a: { mentee: { id: string } }) => a.mentee.id);
    expect(run.pairs.every((p: { mentee: { id: string } }) => !menteesRunning.includes(p.mentee.id))).toBe(true);

    // Published, Cal has the new mentor; every pair that was running still runs, unchanged.
    const published = (await coordinator.post(`${program}/match-runs/${run.id}/publish`)).json();
    expect(published.created).toBe(run.pairs.length);
    const after = (await coordinator.get(`${program}/pairs`)).json().pairs;
    const active = after.filter((p: { status: string }) => p.status === 'active');
    expect(active.map((p: { id: string }) => p.id)).toEqual(
      expect.arrayContaining(activeBefore.map((p: { id: string }) => p.id)),
    );
    expect(active.find((p: { mentee: { id: string } }) => p.mentee.id === people['intern-cal'].id)).toMatchObject({
      mentor: { id: placed.mentor.id },
    });
    expect(after.find((p: { id: string }) => p.id === pairId)).toMatchObject({ status: 'ended' });
    // Cal was told of both matches: the first when the pairs were published, then this one.
    const told = [
      await t.mail.next(people['intern-cal'].email, { subject: /matched/ }),
      await t.mail.next(people['intern-cal'].email, { subject: /matched/ }),
    ];
    expect(told.filter((mail) => mail.text.includes(placed.mentor.name))).toHaveLength(1);
  });
});
