import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, TestClient, type TestApp } from '#test/api.ts';
import { addPerson, PASSWORD, seedOrganisation, type SeededOrg, type SeededPerson } from '#test/fixtures.ts';

let t: TestApp;
let org: SeededOrg;
let coordinator: TestClient;
let programId: string;
const people: Record<string, SeededPerson> = {};
const clients: Record<string, TestClient> = {};
let pgy2: string;
/** The first matching run, published in 'matching and publishing'. */
let firstRunId: string;

// Today where the organisation is (Sydney): a meeting logged for UTC's date can fall before a pair made this morning there.
const today = new Intl.DateTimeFormat('en-CA', { year: 'numeric', month: '2-digit', day: '2-digit', timeZone: 'Australia/Sydney' }).format(new Date());
const base = () => `/api/orgs/${org.orgId}/mentoring`;
const program = () => `${base()}/programs/${programId}`;

async function client(key: string) {
  clients[key] ??= new TestClient(t.app);
  await clients[key].signIn(people[key]!.email, PASSWORD);
  return clients[key];
}

beforeAll(async () => {
  t = await createTestApp();
  org = await seedOrganisation(t.deps.db, 'Mentoring Hospital');
  coordinator = new TestClient(t.app);
  await coordinator.signIn(org.coordinator.email, PASSWORD);
  const admin = new TestClient(t.app);
  await admin.signIn(org.admin.email, PASSWORD);
  pgy2 = (await admin.post(`/api/orgs/${org.orgId}/cohorts`, { name: 'PGY2 2027', startsOn: '2027-01-25', endsOn: '2028-01-23' })).json().id;
  await admin.post(`/api/orgs/${org.orgId}/cohorts/${org.cohortId}/terms`, { name: 'Term 1', startsOn: '2027-01-25', endsOn: '2027-04-18' });
  await admin.post(`/api/orgs/${org.orgId}/cohorts/${org.cohortId}/terms`, { name: 'Term 2', startsOn: '2027-04-19', endsOn: '2027-07-11' });
  for (const key of ['mentor-ana', 'mentor-ben']) people[key] = await addPerson(t.deps.db, org, { key, careerStage: 'pgy2', cohortId: pgy2 });
  for (const key of ['intern-cal', 'intern-dee', 'intern-eve', 'intern-fay']) people[key] = await addPerson(t.deps.db, org, { key, careerStage: 'pgy1', cohortId: org.cohortId });
});
afterAll(() => t.close());

describe('a mentoring program from a template', () => {
  it('is created by a coordinator with the template filled in for this organisation', async () => {
    const res = await coordinator.post(`${base()}/programs`, { template: 'intern_peer_mentoring' });
    expect(res.statusCode).toBe(201);
    const created = res.json();
    programId = created.id;
    expect(created.menteeEligibility.cohortIds).toEqual([org.cohortId]);
    expect(created.mentorEligibility.cohortIds).toEqual([pgy2]);
    expect(created.scheduleCohortId).toBe(org.cohortId);
    expect(created.questions.length).toBeGreaterThan(0);
    expect((await coordinator.get(`${base()}/templates`)).json().templates.map((x: { key: string }) => x.key)).toEqual(['intern_peer_mentoring', 'student_peer_mentoring']);
  });

  it('takes new settings and names the field of a bad one', async () => {
    const current = (await coordinator.get(program())).json();
    const { id: _id, template: _t, phase: _p, publishedAt: _pub, ...settings } = current;
    const open = { ...settings, applicationsOpenOn: today, applicationsCloseOn: '2099-01-01', matchPublishOn: '2099-01-02', endsOn: '2099-12-31', mentorCapacity: 2 };
    const badQuestion = await coordinator.put(program(), { ...open, questions: [...open.questions, { id: 'pick', kind: 'choice', label: 'Pick', side: 'both', required: false, options: ['only one'] }] });
    expect(badQuestion.statusCode).toBe(400);
    expect(badQuestion.json().error.field).toBe(`questions.${open.questions.length}.options`);
    const badDates = await coordinator.put(program(), { ...open, applicationsCloseOn: '2000-01-01' });
    expect(badDates.json().error.field).toBe('applicationsCloseOn');
    const ok = await coordinator.put(program(), open);
    expect(ok.statusCode).toBe(200);
    expect(ok.json().phase).toBe('applications_open');
  });
});

describe('applications', () => {
  it('lets eligible members apply on their side only, checking answers by question', async () => {
    const cal = await client('intern-cal');
    expect((await cal.get(`${base()}/programs`)).json().programs.map((p: { id: string }) => p.id)).toEqual([programId]);
    const view = (await cal.get(`${program()}/for-me`)).json();
    expect(view.eligibleAs).toEqual(['mentee']);
    expect(view.program.criteria).toBeUndefined();

    const asMentor = await cal.put(`${program()}/applications/mine`, { side: 'mentor', answers: { contact: 'Phone' } });
    expect(asMentor.statusCode).toBe(403);
    expect(asMentor.json().error.field).toBe('side');
    const missing = await cal.put(`${program()}/applications/mine`, { side: 'mentee', answers: {} });
    expect(missing.statusCode).toBe(400);
    expect(missing.json().error.field).toBe('answers.contact');
    const wrong = await cal.put(`${program()}/applications/mine`, { side: 'mentee', answers: { contact: 'Carrier pigeon' } });
    expect(wrong.json().error.field).toBe('answers.contact');
    const scale = await cal.put(`${program()}/applications/mine`, { side: 'mentee', answers: { contact: 'Phone', confidence: 9 } });
    expect(scale.json().error.field).toBe('answers.confidence');
  });

  it('records applications, with "rather not" lists, and lets a member withdraw', async () => {
    for (const key of ['mentor-ana', 'mentor-ben']) {
      const res = await (await client(key)).put(`${program()}/applications/mine`, { side: 'mentor', answers: { contact: 'Video call' }, capacity: 2 });
      expect(res.statusCode).toBe(200);
    }
    const tooMany = await clients['mentor-ana']!.put(`${program()}/applications/mine`, { side: 'mentor', answers: { contact: 'Video call' }, capacity: 5 });
    expect(tooMany.json().error.field).toBe('capacity');
    for (const key of ['intern-cal', 'intern-dee', 'intern-eve']) {
      const avoid = key === 'intern-cal' ? [people['mentor-ana']!.id] : [];
      const res = await (await client(key)).put(`${program()}/applications/mine`, { side: 'mentee', answers: { contact: 'Phone', confidence: 2 }, wantsHelpWith: ['exams'], avoidPersonIds: avoid });
      expect(res.statusCode).toBe(200);
    }
    const fay = await client('intern-fay');
    await fay.put(`${program()}/applications/mine`, { side: 'mentee', answers: { contact: 'Phone' } });
    expect((await fay.delete(`${program()}/applications/mine/mentee`)).statusCode).toBe(204);
    const mine = (await clients['intern-cal']!.get(`${program()}/for-me`)).json().myApplications[0];
    expect(mine).toMatchObject({ side: 'mentee', avoidPersonIds: [people['mentor-ana']!.id], preferredPersonIds: [], capacity: null });
    const list = (await coordinator.get(`${program()}/applications`)).json().applications;
    expect(list).toHaveLength(5);
    const pool = (await clients['intern-cal']!.get(`${program()}/mentor-pool`)).json().people.map((p: { name: string }) => p.name);
    expect(pool).toEqual(expect.arrayContaining(['Mentor Ana', 'Mentor Ben']));
  });

  it('keeps programs a member may not join out of their list (opened by a link, one says why: not-open.test.ts)', async () => {
    const member = new TestClient(t.app);
    await member.signIn(org.member.email, PASSWORD);
    const other = await addPerson(t.deps.db, org, { key: 'registrar-gus', careerStage: 'registrar' });
    const gus = new TestClient(t.app);
    await gus.signIn(other.email, PASSWORD);
    expect((await gus.get(`${base()}/programs`)).json().programs).toEqual([]);
    expect((await gus.get(`${program()}/for-me`)).json()).toMatchObject({ eligibleAs: [], notOpenToYou: { you: { careerStage: 'registrar' } } });
    expect((await gus.get(program())).statusCode).toBe(403);
  });
});

describe('matching and publishing', () => {
  let runId: string;

  it('answers the Matching tab before any run without an error: no run, nothing running, everyone waiting', async () => {
    const before = await coordinator.get(`${program()}/match-runs/latest`);
    expect(before.statusCode).toBe(200);
    expect(before.json()).toEqual({ run: null, running: { pairs: 0, firstPublishedAt: null }, menteesWaiting: 3 });
  });

  it("proposes pairs with each pair's explanation, honouring the mentee's \"rather not\"", async () => {
    const res = await coordinator.post(`${program()}/match-runs`, { mode: 'optimal' });
    expect(res.statusCode).toBe(201);
    const run = res.json();
    runId = run.id;
    firstRunId = run.id;
    expect(run.summary).toMatchObject({ mentees: 3, mentors: 2, matched: 3 });
    const cal = run.pairs.find((p: { mentee: { name: string } }) => p.mentee.name === 'Intern Cal');
    expect(cal.mentor.name).toBe('Mentor Ben');
    expect(Object.keys(cal.breakdown)).toEqual(expect.arrayContaining(['sameSite', 'sharedSpecialty']));
    expect(cal.breakdown.sameSite).toBe(3);
    expect(run.published).toBeNull();
    expect(run.pairs.map((p: { state: string }) => p.state)).toEqual(['new', 'new', 'new']);
    expect((await coordinator.get(`${program()}/match-runs/latest`)).json().run.id).toBe(runId);
  });

  it('keeps pins, drops forbidden pairs, and explains who is left unmatched and why', async () => {
    const ana = people['mentor-ana']!.id;
    const dee = people['intern-dee']!.id;
    const eve = people['intern-eve']!.id;
    const pinned = await coordinator.post(`${program()}/match-runs`, { mode: 'fair', pins: [{ mentor: ana, mentee: dee }], forbids: [{ mentor: ana, mentee: eve }, { mentor: people['mentor-ben']!.id, mentee: eve }] });
    const run = pinned.json();
    expect(run.pairs.find((p: { mentee: { id: string } }) => p.mentee.id === dee)).toMatchObject({ mentor: { id: ana }, pinned: true });
    expect(run.unmatched).toEqual([expect.objectContaining({ mentee: expect.objectContaining({ id: eve }), reason: 'no_eligible_mentor' })]);
    // A sentence with its count and noun in agreement, not "2 forbidden by a coordinator".
    expect(run.unmatched[0].explanation).toBe("No mentor passes the program's rules for this mentee: 2 mentors were forbidden by a coordinator.");
    const breaks = await coordinator.post(`${program()}/match-runs`, { pins: [{ mentor: ana, mentee: people['intern-cal']!.id }] });
    expect(breaks.statusCode).toBe(400);
    expect(breaks.json().error.field).toBe('pins');
  });

  it('never shows a coordinator that two people share a sensitive attribute, though it counts in matching', async () => {
    const sensitive = { attributes: ['international_graduate'], consentToMatching: true };
    for (const key of ['intern-cal', 'mentor-ben']) expect((await (await client(key)).put(`/api/orgs/${org.orgId}/me/sensitive`, sensitive)).statusCode).toBe(200);
    const run = (await coordinator.post(`${program()}/match-runs`, { mode: 'optimal' })).json();
    const cal = run.pairs.find((p: { mentee: { name: string } }) => p.mentee.name === 'Intern Cal');
    expect(cal.mentor.name).toBe('Mentor Ben');
    expect(Object.keys(cal.breakdown)).not.toContain('sharedExperience');
    const parts = Object.values(cal.breakdown as Record<string, number>).reduce((sum, n) => sum + n, 0);
    expect(cal.score).toBeCloseTo(parts, 9);
    const scores = run.pairs.map((p: { score: number }) => p.score);
    expect(run.summary.lowestScore).toBeCloseTo(Math.min(...scores), 9);
    expect(run.summary.objective).toBeCloseTo(scores.reduce((a: number, b: number) => a + b, 0), 9);
    // It did count: the engine's own scores for the same instance include it (checked in src/matching/scoring.test.ts).
    for (const key of ['intern-cal', 'mentor-ben']) await (await client(key)).put(`/api/orgs/${org.orgId}/me/sensitive`, { attributes: [], consentToMatching: false });
  });

  it('publishes once: a second publish and concurrent ones from two coordinators create no double pairs, and everyone matched is told', async () => {
    const second = new TestClient(t.app);
    await second.signIn(org.admin.email, PASSWORD);
    const results = await Promise.all([coordinator, second, coordinator].map((who) => who.post(`${program()}/match-runs/${runId}/publish`)));
    expect(results.map((r) => r.statusCode)).toEqual([200, 200, 200]);
    expect(results.reduce((n, r) => n + r.json().created, 0)).toBe(3);
    const again = await coordinator.post(`${program()}/match-runs/${runId}/publish`);
    expect(again.json()).toEqual({ created: 0, alreadyPaired: 3, notified: 0 });
    const { rows } = await t.deps.database.pool.query(`SELECT count(*)::int AS n FROM mentoring_pairs WHERE program_id = $1`, [programId]);
    expect(rows[0].n).toBe(3);
    const mail = await t.mail.next(people['intern-cal']!.email);
    expect(mail.subject).toContain('You have been matched');
    const notes = (await clients['intern-cal']!.get(`/api/orgs/${org.orgId}/notifications`)).json().notifications;
    expect(notes[0].title).toContain('You have been matched');

    // The latest run (made after the published one) now has nothing new: each pair is made or its mentee has a mentor.
    const after = (await coordinator.get(`${program()}/match-runs/latest`)).json();
    expect(after.run.id).not.toBe(runId);
    expect(after.run.published).toBeNull();
    expect(after.run.pairs.filter((p: { state: string }) => p.state === 'new')).toEqual([]);
    expect(after.run.pairs.map((p: { state: string }) => p.state)).toContain('published');
    expect(after.running).toEqual({ pairs: 3, firstPublishedAt: expect.any(String) });
    expect(after.menteesWaiting).toBe(0);
  });

  it("settles a matched mentee's application: no change or withdrawal, and a matched mentor cannot withdraw", async () => {
    const cal = await client('intern-cal');
    const view = (await cal.get(`${program()}/for-me`)).json();
    expect(view.myApplications).toEqual([expect.objectContaining({ side: 'mentee', activePairs: 1 })]);
    const change = await cal.put(`${program()}/applications/mine`, { side: 'mentee', answers: { contact: 'Phone' } });
    expect(change.statusCode).toBe(409);
    expect(change.json().error).toMatchObject({ code: 'already_matched', field: 'side' });
    expect((await cal.delete(`${program()}/applications/mine/mentee`)).json().error).toMatchObject({ code: 'already_matched', field: 'side' });
    const ben = await client('mentor-ben');
    expect((await ben.get(`${program()}/for-me`)).json().myApplications[0].activePairs).toBeGreaterThan(0);
    expect((await ben.delete(`${program()}/applications/mine/mentor`)).json().error.code).toBe('already_matched');
    // A mentor may still change how many they take.
    expect((await ben.put(`${program()}/applications/mine`, { side: 'mentor', answers: { contact: 'Video call' }, capacity: 2 })).statusCode).toBe(200);
  });

  it('takes a late application after the closing day and matches it without disturbing existing pairs', async () => {
    const before = (await coordinator.get(`${program()}/pairs`)).json().pairs.map((p: { id: string }) => p.id).sort();
    const daysAgo = (n: number) => new Date(Date.now() - n * 86_400_000).toISOString().slice(0, 10);
    // Time passes: applications closed a week ago, and an intern who started mid-year applies.
    await t.deps.database.pool.query('UPDATE mentoring_programs SET applications_open_on = $2, applications_close_on = $3 WHERE id = $1', [programId, daysAgo(60), daysAgo(7)]);
    const late = await addPerson(t.deps.db, org, { key: 'intern-late', careerStage: 'pgy1', cohortId: org.cohortId });
    people['intern-late'] = late;
    const lateClient = await client('intern-late');
    const listed = (await lateClient.get(`${base()}/programs`)).json().programs.map((p: { id: string }) => p.id);
    expect(listed).toContain(programId);
    const applied = await lateClient.put(`${program()}/applications/mine`, { side: 'mentee', answers: { contact: 'Phone' } });
    expect(applied.statusCode).toBe(200);
    expect(applied.json().myApplications).toEqual([expect.objectContaining({ side: 'mentee' })]);
    const told = (await coordinator.get(`/api/orgs/${org.orgId}/notifications`)).json().notifications;
    expect(told[0]).toMatchObject({ title: expect.stringContaining('A late application'), link: expect.stringContaining('tab=matching') });
    expect(JSON.stringify(told[0])).not.toContain('Intern Late');
    const run = (await coordinator.post(`${program()}/match-runs`, {})).json();
    expect(run.pairs.map((p: { mentee: { id: string } }) => p.mentee.id)).toEqual([late.id]);
    const waiting = (await coordinator.get(`${program()}/match-runs/latest`)).json();
    expect(waiting).toMatchObject({ run: { id: run.id, published: null, pairs: [{ state: 'new' }] }, running: { pairs: 3 }, menteesWaiting: 1 });
    const published = (await coordinator.post(`${program()}/match-runs/${run.id}/publish`)).json();
    expect(published.created).toBe(1);
    // Published: the run says when and how many, and offers nothing more to publish.
    const state = (await coordinator.get(`${program()}/match-runs/latest`)).json();
    expect(state).toMatchObject({ run: { id: run.id, published: { pairs: 1 }, pairs: [{ state: 'published' }] }, running: { pairs: 4 }, menteesWaiting: 0 });
    expect(Date.parse(state.run.published.at)).toBeGreaterThan(Date.parse(state.running.firstPublishedAt));
    const after = (await coordinator.get(`${program()}/pairs`)).json().pairs.map((p: { id: string }) => p.id);
    expect(after).toEqual(expect.arrayContaining(before));
    expect(after).toHaveLength(4);
  });

  it('refuses applications once the program has ended, naming the field', async () => {
    const daysAgo = (n: number) => new Date(Date.now() - n * 86_400_000).toISOString().slice(0, 10);
    const { rows } = await t.deps.database.pool.query('SELECT ends_on::text AS ends_on FROM mentoring_programs WHERE id = $1', [programId]);
    await t.deps.database.pool.query('UPDATE mentoring_programs SET ends_on = $2 WHERE id = $1', [programId, daysAgo(1)]);
    try {
      const refused = await (await client('intern-fay')).put(`${program()}/applications/mine`, { side: 'mentee', answers: { contact: 'Phone' } });
      expect(refused.statusCode).toBe(409);
      expect(refused.json().error).toMatchObject({ code: 'applications_closed', field: 'side' });
    } finally {
      await t.deps.database.pool.query('UPDATE mentoring_programs SET ends_on = $2 WHERE id = $1', [programId, rows[0].ends_on]);
    }
  });
});

describe('the pair space', () => {
  let pairId: string;
  let mentee: TestClient;
  let mentor: TestClient;

  beforeAll(async () => {
    mentee = clients['intern-cal']!;
    const pair = (await mentee.get(`${base()}/pairs`)).json().pairs[0];
    pairId = pair.id;
    mentor = pair.mentor.name === 'Mentor Ben' ? clients['mentor-ben']! : clients['mentor-ana']!;
  });

  it('has a meeting plan before and after each rotation term', async () => {
    const pair = (await mentee.get(`${base()}/pairs/${pairId}`)).json();
    expect(pair.meetings.map((m: { label: string }) => m.label)).toEqual(['Before Term 1', 'After Term 1', 'Before Term 2', 'After Term 2']);
    expect(pair.meetings.map((m: { dueOn: string }) => m.dueOn)).toEqual(['2027-01-25', '2027-04-18', '2027-04-19', '2027-07-11']);
  });

  it('records the agreement, goals and a logged meeting, naming the field of a bad log', async () => {
    await mentee.post(`${base()}/pairs/${pairId}/agreement`);
    const both = (await mentor.post(`${base()}/pairs/${pairId}/agreement`)).json();
    expect(both.agreement.mentorAcceptedAt).not.toBeNull();
    expect(both.agreement.menteeAcceptedAt).not.toBeNull();
    const goal = (await mentee.post(`${base()}/pairs/${pairId}/goals`, { title: 'Survive nights', progress: 10 })).json().goals[0];
    expect((await mentor.patch(`${base()}/pairs/${pairId}/goals/${goal.id}`, { title: 'Survive nights', progress: 60 })).json().goals[0].progress).toBe(60);
    const meetingId = both.meetings[0].id;
    const bad = await mentee.put(`${base()}/pairs/${pairId}/meetings/${meetingId}`, { happenedOn: today, format: 'video', topics: ['surgery gossip'] });
    expect(bad.statusCode).toBe(400);
    expect(bad.json().error.field).toBe('topics.0');
    const logged = await mentee.put(`${base()}/pairs/${pairId}/meetings/${meetingId}`, { happenedOn: today, format: 'video', topics: ['night_shifts', 'wellbeing'] });
    expect(logged.json().meetings[0]).toMatchObject({ happenedOn: today, topics: ['night_shifts', 'wellbeing'] });
  });

  it('keeps private notes private: not the other side, not the coordinator', async () => {
    expect((await mentee.post(`${base()}/pairs/${pairId}/notes`, { body: 'Worried about my registrar' })).statusCode).toBe(201);
    expect((await mentee.get(`${base()}/pairs/${pairId}/notes`)).json().notes[0].body).toBe('Worried about my registrar');
    expect((await mentor.get(`${base()}/pairs/${pairId}/notes`)).json().notes).toEqual([]);
    expect((await coordinator.get(`${base()}/pairs/${pairId}/notes`)).statusCode).toBe(404);
    const overview = await coordinator.get(`${program()}/pairs`);
    expect(overview.body).not.toContain('Worried');
    const seen = (await coordinator.get(`${base()}/pairs/${pairId}`)).json();
    expect(seen).toMatchObject({ myRole: 'coordinator', goals: [] });
    expect(seen.meetings[0].topics).toEqual(['night_shifts', 'wellbeing']);
    expect(JSON.stringify(seen)).not.toContain('Worried');
  });

  it('is 404 to a member of another pair, who cannot write to it either', async () => {
    const other = clients['intern-dee']!;
    expect((await other.get(`${base()}/pairs/${pairId}`)).statusCode).toBe(404);
    expect((await other.post(`${base()}/pairs/${pairId}/notes`, { body: 'x' })).statusCode).toBe(404);
    expect((await coordinator.post(`${base()}/pairs/${pairId}/goals`, { title: 'Meddle' })).statusCode).toBe(404);
  });

  it('lets either side ask for a no-fault rematch, which the coordinator sees', async () => {
    const res = await mentee.post(`${base()}/pairs/${pairId}/rematch-request`);
    expect(res.json().rematchRequested).toBe(true);
    const row = (await coordinator.get(`${program()}/pairs`)).json().pairs.find((p: { id: string }) => p.id === pairId);
    expect(row).toMatchObject({ rematchRequested: true, meetingsHeld: 1, topics: ['night_shifts', 'wellbeing'], agreementAccepted: true });
    const notes = (await coordinator.get(`/api/orgs/${org.orgId}/notifications`)).json().notifications;
    expect(notes[0].title).toContain('rematch');
  });
});

describe('the training gate', () => {
  it('keeps untrained mentors out of matching until they complete the modules', async () => {
    const module = (await coordinator.post(`/api/orgs/${org.orgId}/training/modules`, { title: 'Boundaries', body: 'Peer support, not therapy.', minutes: 10 })).json();
    const current = (await coordinator.get(program())).json();
    const { id: _id, template: _t, phase: _p, publishedAt: _pub, ...settings } = current;
    await coordinator.put(program(), { ...settings, trainingModuleIds: [module.id], mentorCapacity: 4 });
    const more = await clients['mentor-ana']!.put(`${program()}/applications/mine`, { side: 'mentor', answers: { contact: 'Video call' }, capacity: 3 });
    expect(more.statusCode).toBe(200);
    const newcomer = await addPerson(t.deps.db, org, { key: 'intern-new', careerStage: 'pgy1', cohortId: org.cohortId });
    people['intern-new'] = newcomer;
    await (await client('intern-new')).put(`${program()}/applications/mine`, { side: 'mentee', answers: { contact: 'Phone' } });
    const blocked = (await coordinator.post(`${program()}/match-runs`, {})).json();
    expect(blocked.unmatched[0].explanation).toContain('1 mentor has not finished mentor training');
    expect((await clients['mentor-ana']!.get(`${program()}/for-me`)).json().trainingToDo).toEqual([{ id: module.id, title: 'Boundaries' }]);
    await clients['mentor-ana']!.post(`/api/orgs/${org.orgId}/training/modules/${module.id}/complete`);
    const open = (await coordinator.post(`${program()}/match-runs`, {})).json();
    expect(open.pairs.map((p: { mentee: { id: string } }) => p.mentee.id)).toEqual([newcomer.id]);
  });
});

describe('follow-up', () => {
  it('sends each meeting reminder once, with a calendar invite, however often the job runs', async () => {
    const { sendDueReminders } = await import('./reminders.ts');
    const pair = (await clients['intern-dee']!.get(`${base()}/pairs`)).json().pairs[0];
    const soon = new Date(Date.now() + 3 * 86_400_000).toISOString().slice(0, 10);
    await t.deps.database.pool.query('UPDATE pair_meetings SET due_on = $1 WHERE id = $2', [soon, pair.meetings[0].id]);
    const [first, second] = await Promise.all([sendDueReminders(t.deps), sendDueReminders(t.deps)]);
    expect(first + second).toBe(1);
    expect(await sendDueReminders(t.deps)).toBe(0);
    const mail = await t.mail.next(people['intern-dee']!.email, { subject: /is due by/ });
    expect(mail.subject).toContain(pair.meetings[0].label);
    const invite = mail.attachments.find((a) => a.contentType.startsWith('text/calendar'));
    expect(invite?.content).toContain('BEGIN:VCALENDAR');
    expect(invite?.content).toContain(`${pair.meetings[0].id}@kindred`);
    await t.mail.next(Object.values(people).find((p) => p.id === pair.mentor.id)!.email, { subject: /is due by/ });
  });

  it('offers the pair its meeting plan as a calendar file', async () => {
    const pair = (await clients['intern-dee']!.get(`${base()}/pairs`)).json().pairs[0];
    const res = await clients['intern-dee']!.get(`${base()}/pairs/${pair.id}/calendar.ics`);
    expect(res.statusCode).toBe(200);
    expect(res.headers['content-type']).toContain('text/calendar');
    expect(res.body.match(/BEGIN:VEVENT/g)).toHaveLength(pair.meetings.length);
    expect((await coordinator.get(`${base()}/pairs/${pair.id}/calendar.ics`)).statusCode).toBe(404);
  });

  it('lets a coordinator nudge a quiet pair, not more than once in three days', async () => {
    const pair = (await clients['intern-eve']!.get(`${base()}/pairs`)).json().pairs[0];
    expect((await coordinator.post(`${program()}/pairs/${pair.id}/nudge`)).statusCode).toBe(204);
    expect((await t.mail.next(people['intern-eve']!.email, { subject: /catch up/ })).subject).toContain('catch up');
    const again = await coordinator.post(`${program()}/pairs/${pair.id}/nudge`);
    expect(again.statusCode).toBe(409);
    expect(again.json().error.code).toBe('recently_nudged');
    expect((await clients['intern-eve']!.post(`${program()}/pairs/${pair.id}/nudge`)).statusCode).toBe(403);
  });

  it("marks a pair at risk once it has gone longer than the program's cadence without a meeting, until it meets", async () => {
    const eve = clients['intern-eve']!;
    const pair = (await eve.get(`${base()}/pairs`)).json().pairs[0];
    const cadence = (await coordinator.get(program())).json().cadenceDays;
    const row = async () => (await coordinator.get(`${program()}/pairs`)).json().pairs.find((p: { id: string }) => p.id === pair.id);
    const daysAgo = (n: number) => new Date(Date.now() - n * 86_400_000).toISOString();
    // Matched exactly a cadence ago (days counted in the organisation's time zone): not yet at risk; a day more, and it is.
    await t.deps.database.pool.query('UPDATE mentoring_pairs SET created_at = $2 WHERE id = $1', [pair.id, daysAgo(cadence)]);
    expect(await row()).toMatchObject({ meetingsHeld: 0, atRisk: false });
    await t.deps.database.pool.query('UPDATE mentoring_pairs SET created_at = $2 WHERE id = $1', [pair.id, daysAgo(cadence + 1)]);
    expect(await row()).toMatchObject({ atRisk: true });
    const atRisk = (await coordinator.get(`${program()}/report`)).json().pairs.atRisk;
    expect(atRisk).toBeGreaterThanOrEqual(1);
    // A meeting logged today takes it off the list.
    const meeting = pair.meetings[0];
    expect((await eve.put(`${base()}/pairs/${pair.id}/meetings/${meeting.id}`, { happenedOn: today, format: 'in_person', topics: ['exams'] })).statusCode).toBe(200);
    expect(await row()).toMatchObject({ meetingsHeld: 1, atRisk: false });
    expect((await coordinator.get(`${program()}/report`)).json().pairs.atRisk).toBe(atRisk - 1);
  });

  it('handles a rematch: the pair ends, and the mentee is matched again, never with the same mentor', async () => {
    const before = (await clients['intern-cal']!.get(`${base()}/pairs`)).json().pairs[0];
    expect(before.rematchRequested).toBe(true);
    expect((await coordinator.post(`${program()}/pairs/${before.id}/end`)).statusCode).toBe(204);
    expect((await clients['intern-cal']!.get(`${base()}/pairs/${before.id}`)).json().status).toBe('ended');
    const row = (await coordinator.get(`${program()}/pairs`)).json().pairs.find((p: { id: string }) => p.id === before.id);
    expect(row).toMatchObject({ status: 'ended', rematchRequested: false });
    // A new mentor, trained, joins; the re-run places Cal again, with anyone but the mentor the pair had.
    people['mentor-gil'] = await addPerson(t.deps.db, org, { key: 'mentor-gil', careerStage: 'pgy2', cohortId: pgy2 });
    const gil = await client('mentor-gil');
    expect((await gil.put(`${program()}/applications/mine`, { side: 'mentor', answers: { contact: 'Phone' }, capacity: 2 })).statusCode).toBe(200);
    for (const m of (await gil.get(`${program()}/for-me`)).json().trainingToDo) await gil.post(`/api/orgs/${org.orgId}/training/modules/${m.id}/complete`);
    // Publishing the first run again does not remake the pair that just ended.
    expect((await coordinator.post(`${program()}/match-runs/${firstRunId}/publish`)).json().created).toBe(0);
    const activeBefore = (await coordinator.get(`${program()}/pairs`)).json().pairs.filter((p: { status: string }) => p.status === 'active');
    const run = (await coordinator.post(`${program()}/match-runs`, {})).json();
    const cal = run.pairs.find((p: { mentee: { id: string } }) => p.mentee.id === people['intern-cal']!.id);
    expect(cal, JSON.stringify(run.unmatched)).toBeDefined();
    expect(cal.mentor.id).not.toBe(before.mentor.id);
    expect(run.pairs.every((p: { mentee: { id: string } }) => !activeBefore.some((a: { mentee: { id: string } }) => a.mentee.id === p.mentee.id))).toBe(true);

    // Published, Cal has the new mentor; every pair that was running still runs, unchanged.
    const published = (await coordinator.post(`${program()}/match-runs/${run.id}/publish`)).json();
    expect(published.created).toBe(run.pairs.length);
    const after = (await coordinator.get(`${program()}/pairs`)).json().pairs;
    const active = after.filter((p: { status: string }) => p.status === 'active');
    expect(active.map((p: { id: string }) => p.id)).toEqual(expect.arrayContaining(activeBefore.map((p: { id: string }) => p.id)));
    expect(active.find((p: { mentee: { id: string } }) => p.mentee.id === people['intern-cal']!.id)).toMatchObject({ mentor: { id: cal.mentor.id } });
    expect(after.find((p: { id: string }) => p.id === before.id)).toMatchObject({ status: 'ended' });
    expect((await t.mail.next(people['intern-cal']!.email, { subject: /matched/ })).text).toContain(cal.mentor.name);
  });
});
