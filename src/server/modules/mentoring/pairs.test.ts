import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, signedInClients, type TestApp, type TestClient } from '#test/api.ts';
import { cohorts, mentoringApplications, mentoringPairs, mentoringPrograms, rotationTerms } from '#db/schema/index.ts';
import type { Pair } from '#shared/contracts/mentoring.ts';
import { addPerson, PASSWORD, seedOrganisation, type SeededOrg, type SeededPerson } from '#test/fixtures.ts';
import { seedMentoring, type SeededMentoring } from '#test/fixtures-mentoring.ts';
import { insertMeetings } from './pair-repo.ts';
import { sendDueReminders } from './reminders.ts';
import { planMeetings } from './schedule.ts';

let t: TestApp;
let org: SeededOrg;
let seeded: SeededMentoring;
let as: (person: { id: string; email: string }) => Promise<TestClient>;

const dayIn = (timeZone: string, daysFromNow = 0) =>
  new Intl.DateTimeFormat('en-CA', { year: 'numeric', month: '2-digit', day: '2-digit', timeZone }).format(
    new Date(Date.now() + daysFromNow * 86_400_000),
  );
const sydney = (daysFromNow = 0) => dayIn('Australia/Sydney', daysFromNow);
const pairUrl = () => `/api/orgs/${org.orgId}/mentoring/pairs/${seeded.pairId}`;

beforeAll(async () => {
  t = await createTestApp();
  org = await seedOrganisation(t.deps.db, 'Pair Space Hospital');
  seeded = await seedMentoring(t.deps.db, org);
  as = signedInClients(t.app, PASSWORD);
});
afterAll(() => t.close());

describe('logging a meeting', () => {
  const log = (happenedOn: string) => ({ happenedOn, format: 'video', topics: ['exams'] });

  it('takes today or an earlier day since the pair began, in the organisation’s time zone, and names the field otherwise', async () => {
    // Matched ten days ago (in Sydney).
    await t.deps.database.pool.query(
      "UPDATE mentoring_pairs SET created_at = now() - interval '10 days' WHERE id = $1",
      [seeded.pairId],
    );
    const mentee = await as(org.member);
    const meeting = `${pairUrl()}/meetings/${seeded.meetingId}`;
    for (const happenedOn of [sydney(1), sydney(90), '2031-03-01']) {
      const future = await mentee.put(meeting, log(happenedOn));
      expect(future.statusCode, happenedOn).toBe(400);
      expect(future.json().error).toMatchObject({
        field: 'happenedOn',
        message: expect.stringContaining('today or an earlier day'),
      });
    }
    for (const happenedOn of [sydney(-11), '1999-06-01']) {
      const before = await mentee.put(meeting, log(happenedOn));
      expect(before.statusCode, happenedOn).toBe(400);
      expect(before.json().error).toMatchObject({
        field: 'happenedOn',
        message: expect.stringMatching(/^You were matched on \d+ \w+ \d{4}: choose that day or later$/),
      });
    }
    const pair = (await mentee.get(pairUrl())).json();
    expect(pair.startedOn).toBe(sydney(-10));
    expect(pair.meetings[0].happenedOn).toBeNull();

    expect((await mentee.put(meeting, log(sydney(-10)))).json().meetings[0].happenedOn).toBe(sydney(-10));
    // Changing the log is held to the same days.
    const mentor = await as(org.admin);
    expect((await mentor.put(meeting, log(sydney(1)))).statusCode).toBe(400);
    expect((await mentor.put(meeting, log(sydney()))).json().meetings[0].happenedOn).toBe(sydney());
  });
});

/**
 * A pair of two new people in the seeded program, matched 60 days ago, whose meeting plan follows
 * terms that end at the given days from today, each starting the day after the one before ends.
 */
async function givenPairWithTerms(key: string, termEnds: number[]) {
  // Terms of one cohort cannot overlap: each pair's terms are a cohort's of their own.
  const [cohort] = await t.deps.db
    .insert(cohorts)
    .values({ orgId: org.orgId, name: `${key} cohort`, startsOn: sydney(-60), endsOn: sydney(400) })
    .returning();
  const cohortId = cohort!.id;
  const mentor = await addPerson(t.deps.db, org, { key: `${key}-mentor`, careerStage: 'pgy2' });
  const mentee = await addPerson(t.deps.db, org, { key: `${key}-mentee`, careerStage: 'pgy1' });
  const [pair] = await t.deps.db
    .insert(mentoringPairs)
    .values({
      orgId: org.orgId,
      programId: seeded.programId,
      mentorId: mentor.id,
      menteeId: mentee.id,
      score: 1,
      createdAt: new Date(Date.now() - 60 * 86_400_000),
    })
    .returning();
  const terms = [];
  let startsOn = sydney(-50);
  for (const [i, end] of termEnds.entries()) {
    const [term] = await t.deps.db
      .insert(rotationTerms)
      .values({ orgId: org.orgId, cohortId, name: `${key} term ${i + 1}`, startsOn, endsOn: sydney(end) })
      .returning();
    terms.push(term!);
    startsOn = sydney(end + 1);
  }
  await insertMeetings(
    t.deps.db,
    org.orgId,
    pair!.id,
    planMeetings({ today: sydney(-60), endsOn: '2099-12-31', cadenceDays: 42, terms }),
  );
  return { pairId: pair!.id, mentor, mentee };
}

describe('back-to-back meetings between terms', () => {
  const url = (pairId: string) => `/api/orgs/${org.orgId}/mentoring/pairs/${pairId}`;
  const meetingOf = (pair: Pair, label: string) => pair.meetings.find((m) => m.label === label)!;
  const mailsTo = (person: SeededPerson) =>
    t.mail.messages.filter((m) => m.to.includes(person.email) && /is due by/.test(m.subject));

  it('count one meeting in the gap for both "After" and "Before", say so in the plan, and leave the covered one out of the calendar', async () => {
    const { pairId, mentee } = await givenPairWithTerms('gap', [-3, 40]);
    const client = await as(mentee);
    const before = (await client.get(url(pairId))).json();
    expect(before.meetings.map((m: { label: string }) => m.label)).toEqual([
      'Before gap term 1',
      'After gap term 1',
      'Before gap term 2',
      'After gap term 2',
    ]);
    expect(meetingOf(before, 'Before gap term 2')).toMatchObject({
      gapNote: 'One meeting between gap term 1 and gap term 2 counts for both',
      coveredOn: null,
    });
    expect(meetingOf(before, 'After gap term 1').gapNote).toBe(
      'One meeting between gap term 1 and gap term 2 counts for both',
    );
    expect(meetingOf(before, 'Before gap term 1').gapNote).toBeNull();

    const met = sydney(-3);
    const logged = (
      await client.put(`${url(pairId)}/meetings/${meetingOf(before, 'After gap term 1').id}`, {
        happenedOn: met,
        format: 'in_person',
        topics: ['career'],
      })
    ).json();
    expect(meetingOf(logged, 'After gap term 1').happenedOn).toBe(met);
    expect(meetingOf(logged, 'Before gap term 2')).toMatchObject({ happenedOn: null, coveredOn: met });
    expect(meetingOf(logged, 'After gap term 2').coveredOn).toBeNull();

    const ics = (await client.get(`${url(pairId)}/calendar.ics`)).body;
    expect(ics).toContain('After gap term 2');
    expect(ics).not.toContain('Before gap term 2');
  });

  it('remind a pair once for a gap, saying one meeting counts for both, and not at all once they met in it', async () => {
    const open = await givenPairWithTerms('open', [3, 60]);
    const held = await givenPairWithTerms('held', [3, 60]);
    const heldPair = (await (await as(held.mentee)).get(url(held.pairId))).json();
    await (
      await as(held.mentee)
    ).put(`${url(held.pairId)}/meetings/${meetingOf(heldPair, 'Before held term 2').id}`, {
      happenedOn: sydney(),
      format: 'video',
      topics: ['exams'],
    });

    expect(await sendDueReminders(t.deps)).toBe(1);
    const mail = await t.mail.next(open.mentee.email, { subject: /is due by/ });
    expect(mail.subject).toContain('After open term 1');
    expect(mail.text).toContain('One meeting between open term 1 and open term 2 counts for both.');
    await t.mail.next(open.mentor.email, { subject: /is due by/ });
    expect(await sendDueReminders(t.deps)).toBe(0);
    expect(mailsTo(open.mentee)).toHaveLength(1);
    expect(mailsTo(held.mentee)).toEqual([]);
    expect(mailsTo(held.mentor)).toEqual([]);
  });
});

describe('the agreement', () => {
  it('tells the page whether the plan follows rotation terms or the program’s cadence, so it promises the meetings the plan has', async () => {
    const cadence = (await (await as(org.member)).get(pairUrl())).json();
    expect(cadence).toMatchObject({ followsTerms: false, program: { cadenceDays: 42 } });
    const { pairId, mentee } = await givenPairWithTerms('agreement', [30, 90]);
    expect((await (await as(mentee)).get(`/api/orgs/${org.orgId}/mentoring/pairs/${pairId}`)).json().followsTerms).toBe(
      true,
    );
  });
});

describe('how the two of a pair reach each other', () => {
  const shares = {
    email: 'rey.mobile@example.org',
    phone: '+61 400 123 456',
    note: 'Text first; I am on nights this week',
  };
  const url = (pairId: string) => `/api/orgs/${org.orgId}/mentoring/pairs/${pairId}`;

  it('shows each what the other chose to share, and who to ask when they shared nothing', async () => {
    const { pairId, mentor, mentee } = await givenPairWithTerms('reach', [30, 90]);
    expect((await (await as(mentor)).put(`/api/orgs/${org.orgId}/me/partner-contact`, shares)).statusCode).toBe(200);

    const menteeView = (await (await as(mentee)).get(url(pairId))).json();
    expect(menteeView.contact).toEqual({
      partner: shares,
      mine: { email: null, phone: null, note: null },
      coordinators: [{ id: org.coordinator.id, name: org.coordinator.name, email: org.coordinator.email }],
    });
    const mentorView = (await (await as(mentor)).get(url(pairId))).json();
    expect(mentorView.contact).toMatchObject({ partner: { email: null, phone: null, note: null }, mine: shares });
    // The account e-mails are not the pair's to see: only what each chose to share.
    expect(JSON.stringify(menteeView)).not.toContain(mentor.email);
    expect(JSON.stringify(mentorView)).not.toContain(mentee.email);
    // The list of one's pairs (read on every Mentoring page) leaves contact details to the pair space.
    expect((await (await as(mentee)).get(`/api/orgs/${org.orgId}/mentoring/pairs`)).json().pairs[0].contact).toBeNull();
  });

  it('are shown to nobody else: not coordinators, not admins, not another pair, not another organisation, and not once the pair has ended', async () => {
    const { pairId, mentor, mentee } = await givenPairWithTerms('private', [30, 90]);
    await (await as(mentor)).put(`/api/orgs/${org.orgId}/me/partner-contact`, shares);
    const coordinator = await as(org.coordinator);
    const asCoordinator = await coordinator.get(url(pairId));
    expect(asCoordinator.json()).toMatchObject({ myRole: 'coordinator', contact: null });
    const admin = await as(org.admin);
    expect((await admin.get(url(pairId))).json().contact).toBeNull();
    const people = await admin.get(`/api/orgs/${org.orgId}/people?q=Private`);
    expect(people.json().people.map((p: { id: string }) => p.id)).toContain(mentor.id);
    for (const body of [
      asCoordinator.body,
      (await coordinator.get(`/api/orgs/${org.orgId}/mentoring/programs/${seeded.programId}/pairs`)).body,
      people.body,
    ]) {
      expect(body).not.toContain(shares.phone);
      expect(body).not.toContain(shares.email);
    }
    expect((await (await as(org.member)).get(url(pairId))).statusCode).toBe(404);
    const elsewhere = await seedOrganisation(t.deps.db, 'Other Hospital');
    expect((await (await as(elsewhere.admin)).get(`/api/orgs/${org.orgId}/mentoring/pairs/${pairId}`)).statusCode).toBe(
      404,
    );

    expect(
      (await coordinator.post(`/api/orgs/${org.orgId}/mentoring/programs/${seeded.programId}/pairs/${pairId}/end`))
        .statusCode,
    ).toBe(204);
    const ended = await (await as(mentee)).get(url(pairId));
    expect(ended.json()).toMatchObject({ status: 'ended', contact: null });
    expect(ended.body).not.toContain(shares.phone);
  });
});

describe('the match e-mail', () => {
  it('tells each how to reach the other as they shared it, or, when they shared nothing, what to do', async () => {
    const mentor = await addPerson(t.deps.db, org, { key: 'mail-mentor', careerStage: 'pgy2' });
    const mentee = await addPerson(t.deps.db, org, { key: 'mail-mentee', careerStage: 'pgy1' });
    const shares = { email: 'mail.mentor@example.org', phone: '0400 555 123', note: 'Text first' };
    await (await as(mentor)).put(`/api/orgs/${org.orgId}/me/partner-contact`, shares);
    const everyone = { cohortIds: [], careerStages: [], roles: [] };
    const [program] = await t.deps.db
      .insert(mentoringPrograms)
      .values({
        orgId: org.orgId,
        name: 'Mail mentoring',
        template: 'intern_peer_mentoring',
        mentorEligibility: everyone,
        menteeEligibility: everyone,
        criteria: {},
        applicationsOpenOn: sydney(-20),
        applicationsCloseOn: sydney(-10),
        matchPublishOn: sydney(-5),
        endsOn: '2099-12-31',
      })
      .returning();
    await t.deps.db.insert(mentoringApplications).values([
      { orgId: org.orgId, programId: program!.id, personId: mentor.id, side: 'mentor' },
      { orgId: org.orgId, programId: program!.id, personId: mentee.id, side: 'mentee' },
    ]);
    const coordinator = await as(org.coordinator);
    const programUrl = `/api/orgs/${org.orgId}/mentoring/programs/${program!.id}`;
    const run = (await coordinator.post(`${programUrl}/match-runs`, {})).json();
    expect(run.pairs).toHaveLength(1);
    expect((await coordinator.post(`${programUrl}/match-runs/${run.id}/publish`)).statusCode).toBe(200);

    const toMentee = await t.mail.next(mentee.email, { subject: /matched/ });
    expect(toMentee.text).toContain(
      'To reach Mail Mentor: e-mail mail.mentor@example.org · phone 0400 555 123 · "Text first".',
    );
    expect(toMentee.html).toContain('To reach Mail Mentor: e-mail mail.mentor@example.org');
    const toMentor = await t.mail.next(mentor.email, { subject: /matched/ });
    expect(toMentor.text).toContain(
      'Mail Mentee has not shared contact details yet: your pair space shows them once they do, and your coordinator can put you in touch meanwhile.',
    );
    expect(toMentor.text).toContain(
      `Share yours so Mail Mentee can reach you: http://kindred.test/o/${org.orgId}/profile#partner-contact`,
    );
  });
});
