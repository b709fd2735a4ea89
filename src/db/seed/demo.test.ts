import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, TestClient, type TestApp } from '#test/api.ts';
import { DEMO_PASSWORD, demoLogins, seedDemo } from './demo.ts';

let t: TestApp;
beforeAll(async () => {
  t = await createTestApp();
});
afterAll(() => t.close());

describe('the demo seed', () => {
  it('creates Riverside Health once, with about 300 people and the printed logins working', async () => {
    expect(await seedDemo(t.deps.db)).toBe(true);
    expect(await seedDemo(t.deps.db)).toBe(false);
    const { rows } = await t.deps.database.pool.query(
      `SELECT count(*)::int AS n FROM members m JOIN organisations o ON o.id = m.org_id WHERE o.slug = 'riverside-health'`,
    );
    expect(rows[0].n).toBeGreaterThanOrEqual(290);
    for (const login of demoLogins()) await new TestClient(t.app).signIn(login.email, DEMO_PASSWORD);
  });

  it('shows a living mentoring program in its second term', async () => {
    const coordinator = new TestClient(t.app);
    const session = (await coordinator.signIn('coordinator@riverside.example', DEMO_PASSWORD)).json();
    const orgId = session.memberships[0].orgId;
    const programs = (await coordinator.get(`/api/orgs/${orgId}/mentoring/programs`)).json().programs;
    const running = programs.find((p: { phase: string }) => p.phase === 'running');
    expect(running.activePairs).toBe(40);
    expect(programs.some((p: { phase: string }) => p.phase === 'applications_open')).toBe(true);
    const report = (await coordinator.get(`/api/orgs/${orgId}/mentoring/programs/${running.id}/report`)).json();
    expect(report.pairs.atRisk).toBeGreaterThan(0);
    expect(report.pairs.rematchRequests).toBe(1);
    expect(report.feedback[0].responses).toEqual({ suppressed: false, value: 20 });

    // Everyone applied while applications were open: no application is late (in the organisation's zone).
    const program = (await coordinator.get(`/api/orgs/${orgId}/mentoring/programs/${running.id}`)).json();
    const applications = (
      await coordinator.get(`/api/orgs/${orgId}/mentoring/programs/${running.id}/applications`)
    ).json().applications;
    expect(applications).toHaveLength(60);
    const dayInSydney = new Intl.DateTimeFormat('en-CA', { timeZone: 'Australia/Sydney' });
    const late = applications.filter(
      (a: { createdAt: string }) => dayInSydney.format(new Date(a.createdAt)) > program.applicationsCloseOn,
    );
    expect(late).toEqual([]);
    // The pairs that have never met have been quiet since the matches were published, months ago: every one is at risk.
    const programPairs = (await coordinator.get(`/api/orgs/${orgId}/mentoring/programs/${running.id}/pairs`)).json()
      .pairs;
    const neverMet = programPairs.filter((p: { meetingsHeld: number }) => p.meetingsHeld === 0);
    expect(neverMet).toHaveLength(6);
    expect(neverMet.filter((p: { atRisk: boolean }) => !p.atRisk)).toEqual([]);
    expect(report.pairs.atRisk).toBe(programPairs.filter((p: { atRisk: boolean }) => p.atRisk).length);

    const member = new TestClient(t.app);
    await member.signIn('member@riverside.example', DEMO_PASSWORD);
    const pairs = (await member.get(`/api/orgs/${orgId}/mentoring/pairs`)).json().pairs;
    expect(pairs).toHaveLength(1);
    expect(pairs[0].meetings.filter((m: { happenedOn: string | null }) => m.happenedOn).length).toBeGreaterThan(0);
    expect(pairs[0].meetings.map((m: { label: string }) => m.label).slice(0, 3)).toEqual([
      'Before Term 1',
      'After Term 1',
      'Before Term 2',
    ]);
    // Both accepted the agreement before their first meeting, not on the day the demo was made.
    const firstMeeting = `${pairs[0].meetings[0].happenedOn}T23:59:59Z`;
    expect(Date.parse(pairs[0].agreement.mentorAcceptedAt)).toBeLessThan(Date.parse(firstMeeting));
    expect(Date.parse(pairs[0].agreement.menteeAcceptedAt)).toBeLessThan(Date.parse(firstMeeting));
  });

  it('has peer support groups with a history of sessions, logs, supervision and survey answers', async () => {
    const coordinator = new TestClient(t.app);
    const orgId = (await coordinator.signIn('coordinator@riverside.example', DEMO_PASSWORD)).json().memberships[0]
      .orgId;
    const programs = (await coordinator.get(`/api/orgs/${orgId}/group-programs`)).json().programs;
    expect(programs.map((p: { name: string }) => p.name)).toEqual([
      'Department peer support',
      'New to the area',
      'Returning to work after a break',
    ]);
    const report = (await coordinator.get(`/api/orgs/${orgId}/group-programs/${programs[0].id}/report`)).json();
    const group = (name: string) => report.groups.find((g: { name: string }) => g.name === name);
    expect(group('Intensive Care trainees')).toMatchObject({
      members: 6,
      maxMembers: 6,
      waitlist: 2,
      sessionsHeld: 5,
      survey: { responses: { value: 10 } },
      supervision: { overdue: false },
    });
    expect(group('Intensive Care trainees').attendance).toHaveLength(5);
    expect(group('Emergency Medicine trainees')).toMatchObject({ escalations: 1, supervision: { overdue: true } });
    expect(group('Paediatrics trainees').survey.note).toBe('fewer than 5 responses');
    expect(report.survey.responses).toEqual({ suppressed: false, value: 15 });

    const member = new TestClient(t.app);
    await member.signIn('member@riverside.example', DEMO_PASSWORD);
    const mine = (await member.get(`/api/orgs/${orgId}/groups`))
      .json()
      .groups.find((g: { name: string }) => g.name === 'New to Riverside');
    expect(mine.membership.status).toBe('member');
    expect(mine.sessions.some((s: { startsAt: string }) => Date.parse(s.startsAt) > Date.now())).toBe(true);
    const surveys = (await member.get(`/api/orgs/${orgId}/group-surveys`)).json().surveys;
    expect(surveys).toEqual([expect.objectContaining({ group: { id: mine.id, name: 'New to Riverside' } })]);

    const facilitator = new TestClient(t.app);
    await facilitator.signIn('facilitator@riverside.example', DEMO_PASSWORD);
    const facilitated = (await facilitator.get(`/api/orgs/${orgId}/facilitating`)).json().groups;
    expect(facilitated.map((g: { name: string }) => g.name)).toEqual(['Intensive Care trainees']);
    const view = (await facilitator.get(`/api/orgs/${orgId}/groups/${facilitated[0].id}/facilitation`)).json();
    expect(view.sessions.filter((s: { log: unknown }) => s.log).length).toBe(5);
    expect(view.supervision.length).toBeGreaterThan(0);
  });

  it('has talk to a peer with a program, a roster, supporters and months of requests, erased past retention', async () => {
    const query = async (text: string) => (await t.deps.database.pool.query(text)).rows;
    const riverside = `(SELECT id FROM organisations WHERE slug = 'riverside-health')`;
    const [program] = await query(`SELECT * FROM peer_support_programs WHERE org_id = ${riverside}`);
    expect(program.backup_person_id).not.toBeNull();
    expect(program.lead_person_id).not.toBeNull();

    const [supporters] = await query(`
      SELECT count(*)::int AS n,
             count(*) FILTER (WHERE break_until >= current_date)::int AS on_break,
             count(*) FILTER (WHERE supervisor_id IS NOT NULL)::int AS supervised
      FROM peer_supporters WHERE org_id = ${riverside}`);
    expect(supporters).toEqual({ n: 12, on_break: 1, supervised: 12 });
    const training = await query(`
      SELECT person_id, max(expires_on)::text AS until FROM supporter_training
      WHERE org_id = ${riverside} GROUP BY person_id`);
    expect(training).toHaveLength(12);
    const soon = new Date(Date.now() + 30 * 86_400_000).toISOString().slice(0, 10);
    const today = new Date().toISOString().slice(0, 10);
    expect(training.filter((r) => r.until < today)).toHaveLength(1);
    expect(training.filter((r) => r.until >= today && r.until <= soon)).toHaveLength(1);

    const slots = await query(`SELECT weekday, person_id FROM roster_slots WHERE org_id = ${riverside}`);
    expect(new Set(slots.map((r) => r.weekday)).size).toBe(7);
    expect(slots.filter((r) => r.person_id === null)).toHaveLength(2);
    const [shifts] = await query(`
      SELECT count(*)::int AS n, count(*) FILTER (WHERE person_id IS NULL)::int AS empty,
             count(*) FILTER (WHERE starts_at <= now() AND ends_at > now())::int AS now_on
      FROM on_call_shifts WHERE org_id = ${riverside} AND starts_at < now() + interval '7 days'`);
    expect(shifts.n).toBeGreaterThanOrEqual(19);
    expect(shifts.empty).toBeGreaterThanOrEqual(1);
    expect(shifts.now_on).toBe(1);

    const [requests] = await query(`
      SELECT count(*)::int AS n,
             count(*) FILTER (WHERE erased_at IS NOT NULL)::int AS erased,
             count(*) FILTER (WHERE erased_at IS NOT NULL AND (requester_id IS NOT NULL OR contact_detail IS NOT NULL
               OR alias IS NOT NULL OR requester_department_id IS NOT NULL))::int AS erased_with_requester,
             count(*) FILTER (WHERE erased_at IS NULL AND status IN ('closed', 'cancelled')
               AND coalesce(closed_at, cancelled_at) < now() - make_interval(days => ${program.retention_days})
             )::int AS due_for_erasure,
             count(*) FILTER (WHERE reroutes > 0)::int AS rerouted,
             count(DISTINCT topic)::int AS topics,
             count(*) FILTER (WHERE status = 'closed' AND first_contact_at <= contact_by)::int AS in_time,
             count(*) FILTER (WHERE status = 'closed')::int AS closed,
             min(created_at) AS first
      FROM peer_requests WHERE org_id = ${riverside}`);
    expect(requests.n).toBeGreaterThan(100);
    expect(requests.erased).toBeGreaterThan(50);
    expect(requests.erased_with_requester).toBe(0);
    expect(requests.due_for_erasure).toBe(0);
    expect(requests.rerouted).toBeGreaterThan(10);
    expect(requests.topics).toBe(8);
    expect(requests.in_time / requests.closed).toBeGreaterThan(0.8);
    expect(Date.now() - Date.parse(requests.first)).toBeGreaterThan(200 * 86_400_000);
    // Every claim went to someone the request was offered to.
    const [unoffered] = await query(`
      SELECT count(*)::int AS n FROM peer_requests r WHERE r.org_id = ${riverside} AND r.claimed_by IS NOT NULL
        AND NOT EXISTS (SELECT 1 FROM peer_request_offers o WHERE o.request_id = r.id AND o.person_id = r.claimed_by)`);
    expect(unoffered.n).toBe(0);

    const debriefs = await query(`SELECT status FROM team_debriefs WHERE org_id = ${riverside} ORDER BY status`);
    expect(debriefs.map((d) => d.status)).toEqual(['held', 'requested', 'scheduled']);
    const [offers] = await query(`SELECT count(*)::int AS n FROM event_offers WHERE org_id = ${riverside}`);
    expect(offers.n).toBe(5);

    // The demo member has an open, anonymous request, taken by the supporter who can sign in.
    const [mine] = await query(`
      SELECT r.anonymous, r.status, p.email AS supporter FROM peer_requests r
      JOIN persons p ON p.id = r.claimed_by
      JOIN persons m ON m.id = r.requester_id AND m.email = 'member@riverside.example'`);
    expect(mine).toEqual({ anonymous: true, status: 'claimed', supporter: 'supporter@riverside.example' });
  });

  it('shows talk to a peer in use to the lead, the member and the supporter who sign in', async () => {
    const coordinator = new TestClient(t.app);
    const orgId = (await coordinator.signIn('coordinator@riverside.example', DEMO_PASSWORD)).json().memberships[0]
      .orgId;
    const coverage = (await coordinator.get(`/api/orgs/${orgId}/peer-support/coverage`)).json();
    expect(coverage.emptyShifts.length).toBeGreaterThan(0);
    expect(coverage.noWorkingContact).toHaveLength(1);
    expect(coverage.overCap).toHaveLength(1);
    expect(coverage.supervisionOverdue).toHaveLength(1);
    expect(coverage.trainingExpired).toHaveLength(1);
    const report = (await coordinator.get(`/api/orgs/${orgId}/peer-support/report`)).json();
    expect(report.total.requests.value).toBeGreaterThan(100);
    expect(report.total.medianMinutesToContact.suppressed).toBe(false);

    const member = new TestClient(t.app);
    await member.signIn('member@riverside.example', DEMO_PASSWORD);
    const talk = (await member.get(`/api/orgs/${orgId}/talk`)).json();
    expect(talk.requests.map((r: { stage: string }) => r.stage)).toEqual(['contacted']);
    expect(talk.debriefInvitations).toEqual([expect.objectContaining({ status: 'scheduled', response: null })]);

    const supporter = new TestClient(t.app);
    await supporter.signIn('supporter@riverside.example', DEMO_PASSWORD);
    const inbox = (await supporter.get(`/api/orgs/${orgId}/peer-support/inbox`)).json();
    const open = inbox.mine.find((r: { status: string }) => r.status === 'claimed');
    expect(open.requesterDisplay).toBe(talk.requests[0].alias);
    // A follow-up booked for later, within the program's 24 hours of closing.
    const booked = inbox.mine.find((r: { followUpAt: string | null }) => r.followUpAt !== null);
    expect(Date.parse(booked.followUpAt)).toBeGreaterThan(Date.now());
    expect(Date.parse(booked.followUpAt) - Date.parse(booked.closedAt)).toBeLessThanOrEqual(24 * 3_600_000);
    const messages = (await supporter.get(`/api/orgs/${orgId}/peer-support/requests/${open.id}/messages`)).json();
    expect(messages.messages).toHaveLength(3);
  });
});
