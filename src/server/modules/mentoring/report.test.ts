import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { cohorts, mentoringPairs, pairMeetings } from '#db/schema/index.ts';
import { createTestApp, signedInClients, type TestApp } from '#test/api.ts';
import { addPerson, PASSWORD, seedFreshOrganisation } from '#test/fixtures.ts';
import { givenFeedback, givenRunningProgram, seedPublishedProgram } from '#test/fixtures-mentoring.ts';
import { sendOpenFeedbackRounds } from './feedback.ts';

let t: TestApp;
const day = (offset: number) => new Date(Date.now() + offset * 86_400_000).toISOString().slice(0, 10);
const answer = { useful: 4, metAsPlanned: 3, recommend: true, comment: 'More structure in term 2 please' };

/**
 * A program half-way through (ends in 100 days) with one mentor and six mentees; each pair met once, 58 days
 * ago: five of them on exams, one on research.
 */
async function givenProgramHalfWay() {
  const world = await givenRunningProgram(t, { endsInDays: 100, mentors: 1, mentees: 6 });
  for (const [i, pairId] of world.pairIds.entries()) {
    await t.deps.db.insert(pairMeetings).values({
      orgId: world.org.orgId,
      pairId,
      label: 'After Term 1',
      dueOn: day(-60),
      happenedOn: day(-58),
      format: 'video',
      topics: i < 5 ? ['exams'] : ['research'],
    });
  }
  return world;
}

beforeAll(async () => {
  t = await createTestApp();
});
afterAll(() => t.close());

describe('feedback and the program report', () => {
  it('takes each person’s mid-point feedback once, and keeps the end round closed until it opens', async () => {
    const { as, mentees, org, program } = await givenProgramHalfWay();
    const first = await as(mentees[0]!);
    const status = (await first.get(`${program}/feedback`)).json();
    expect(status.rounds).toEqual([
      expect.objectContaining({ round: 'midpoint', open: true, answered: false }),
      expect.objectContaining({ round: 'end', open: false }),
    ]);
    expect((await first.post(`${program}/feedback/midpoint`, answer)).statusCode).toBe(204);
    const twice = await first.post(`${program}/feedback/midpoint`, answer);
    expect(twice.statusCode).toBe(409);
    expect(twice.json().error.code).toBe('already_answered');
    expect((await first.post(`${program}/feedback/end`, answer)).json().error.code).toBe('feedback_not_open');
    const bad = await first.post(`${program}/feedback/midpoint`, { ...answer, useful: 9 });
    expect(bad.json().error.field).toBe('useful');
    const outsider = await as(org.member);
    expect((await outsider.post(`${program}/feedback/midpoint`, answer)).statusCode).toBe(404);
  });

  it('hides feedback figures and comments until five people have answered', async () => {
    const world = await givenProgramHalfWay();
    const { as, mentees, coordinator, program } = world;
    const firstFour = mentees.slice(0, 4);
    expect(firstFour).toHaveLength(4);
    await givenFeedback(world, firstFour, 'midpoint', answer);
    const four = (await coordinator.get(`${program}/report`)).json();
    expect(four.feedback[0]).toMatchObject({
      round: 'midpoint',
      responses: { suppressed: true, value: null },
      meanUseful: { suppressed: true, value: null },
      comments: [],
    });
    await (await as(mentees[4]!)).post(`${program}/feedback/midpoint`, { ...answer, useful: 5, recommend: false });
    const five = (await coordinator.get(`${program}/report`)).json();
    expect(five.feedback[0]).toMatchObject({
      responses: { suppressed: false, value: 5 },
      meanUseful: { value: 4.2 },
      recommendPercent: { value: 80 },
    });
    expect(five.feedback[0].comments).toHaveLength(5);
    expect(JSON.stringify(five)).not.toContain(mentees[0]!.name);
  });

  it('shows pairs, meetings and topics at a glance, topics of fewer than 5 pairs suppressed', async () => {
    const world = await givenProgramHalfWay();
    const { coordinator, mentees, program } = world;
    // Five of the seven people in a pair have answered the mid-point round: the other two are invited.
    await givenFeedback(world, mentees.slice(0, 5), 'midpoint', answer);
    const report = (await coordinator.get(`${program}/report`)).json();
    expect(report.pairs).toMatchObject({ active: 6, ended: 0 });
    expect(report.meetingsHeld).toBe(6);
    expect(report.topics.find((x: { topic: string }) => x.topic === 'exams').meetings).toEqual({
      suppressed: false,
      value: 5,
    });
    expect(report.topics.find((x: { topic: string }) => x.topic === 'research').meetings).toEqual({
      suppressed: true,
      value: null,
    });
    expect((await coordinator.post(`${program}/feedback/midpoint/invitations`)).json().invited).toBe(2);
  });

  it("clones next year's program with next year's cohorts, and this year's mentees invited can apply to mentor in it", async () => {
    const { as, mentees, org, coordinator, programId, program } = await givenProgramHalfWay();
    // This year: PGY1 2027 interns are mentored by PGY2s; the organisation has already made next year's PGY1 2028 cohort.
    const [next] = await t.deps.db
      .insert(cohorts)
      .values({ orgId: org.orgId, name: 'PGY1 2028', startsOn: '2028-01-24', endsOn: '2029-01-21' })
      .returning();
    await t.deps.database.pool.query(
      `UPDATE mentoring_programs SET mentee_eligibility = $2, mentor_eligibility = $3, schedule_cohort_id = $4 WHERE id = $1`,
      [
        programId,
        { cohortIds: [org.cohortId], careerStages: ['pgy1'], roles: [] },
        { cohortIds: [], careerStages: ['pgy2'], roles: [] },
        org.cohortId,
      ],
    );
    const res = await coordinator.post(`${program}/clone`, { inviteMenteesToMentor: true });
    expect(res.statusCode).toBe(201);
    const created = res.json().program;
    expect(res.json()).toMatchObject({ program: { name: 'Intern peer mentoring 2027' }, invited: 6 });
    expect(created).toMatchObject({
      menteeEligibility: { cohortIds: [next!.id] },
      mentorEligibility: { careerStages: ['pgy2'] },
      scheduleCohortId: next!.id,
    });
    const mail = await t.mail.next(mentees[0]!.email, { subject: /Would you mentor/ });
    expect(mail.text).toContain(created.id);
    // In the program's words, with the date as people write it in the organisation's country, never ISO.
    expect(mail.text).toContain("Next year's interns will need someone");
    expect(mail.text).toContain(
      `Applications for Intern peer mentoring 2027 open on ${new Intl.DateTimeFormat('en-AU', { dateStyle: 'long', timeZone: 'UTC' }).format(new Date(`${created.applicationsOpenOn}T00:00:00Z`))}.`,
    );
    expect(mail.text).not.toMatch(/\d{4}-\d{2}-\d{2}/);
    // Once only: the program now points at next year's, and setting it up again is refused, even twice at once.
    expect((await coordinator.get(program)).json().nextProgramId).toBe(created.id);
    const again = await coordinator.post(`${program}/clone`, { inviteMenteesToMentor: true });
    expect(again.statusCode).toBe(409);
    // The refusal names the program that is there, so a second click lands on it.
    expect(again.json().error).toMatchObject({ code: 'already_set_up', existingId: created.id });
    const twice = await Promise.all(
      [0, 1].map(() =>
        coordinator.post(`/api/orgs/${org.orgId}/mentoring/programs/${created.id}/clone`, {
          inviteMenteesToMentor: false,
        }),
      ),
    );
    expect(twice.map((r) => r.statusCode).sort()).toEqual([201, 409]);
    const [won, lost] = twice[0]!.statusCode === 201 ? twice : [twice[1]!, twice[0]!];
    expect(lost!.json().error.existingId).toBe(won!.json().program.id);

    // Still a PGY1 in this year's cohort, the invited mentee finds the program and may apply as a mentor once it opens.
    const invitee = await as(mentees[0]!);
    expect(
      (await invitee.get(`/api/orgs/${org.orgId}/mentoring/programs`)).json().programs.map((p: { id: string }) => p.id),
    ).toContain(created.id);
    const nextBase = `/api/orgs/${org.orgId}/mentoring/programs/${created.id}`;
    expect((await invitee.get(`${nextBase}/for-me`)).json().eligibleAs).toEqual(['mentor']);
    expect(
      (await invitee.put(`${nextBase}/applications/mine`, { side: 'mentor', answers: {}, capacity: 1 })).json().error
        .code,
    ).toBe('applications_closed');
    await t.deps.database.pool.query('UPDATE mentoring_programs SET applications_open_on = $2 WHERE id = $1', [
      created.id,
      day(-1),
    ]);
    const applied = await invitee.put(`${nextBase}/applications/mine`, { side: 'mentor', answers: {}, capacity: 1 });
    expect(applied.statusCode, applied.body).toBe(200);
    expect(applied.json().myApplications).toEqual([expect.objectContaining({ side: 'mentor', capacity: 1 })]);
    // Someone not invited, and outside next year's rules, does not find it, and is told why if they open it.
    const other = await as(
      await addPerson(t.deps.db, org, { key: 'not-invited', careerStage: 'pgy1', cohortId: org.cohortId }),
    );
    expect(
      (await other.get(`/api/orgs/${org.orgId}/mentoring/programs`)).json().programs.map((p: { id: string }) => p.id),
    ).not.toContain(created.id);
    expect((await other.get(`${nextBase}/for-me`)).json()).toMatchObject({
      eligibleAs: [],
      notOpenToYou: { you: { careerStage: 'pgy1' } },
    });
    expect(
      (await other.put(`${nextBase}/applications/mine`, { side: 'mentor', answers: {}, capacity: 1 })).statusCode,
    ).toBe(404);
  });
});

describe('a student program', () => {
  it("asks this year's mentees to mentor next year's students, not interns", async () => {
    const org = await seedFreshOrganisation(t.deps.db, 'Student Hospital');
    const coordinator = await signedInClients(t.app, PASSWORD)(org.coordinator);
    const studentProgram = await seedPublishedProgram(t.deps.db, org, { endsInDays: 30 });
    await t.deps.database.pool.query(
      `UPDATE mentoring_programs SET template = 'student_peer_mentoring', name = 'Student peer mentoring 2026' WHERE id = $1`,
      [studentProgram],
    );
    const senior = await addPerson(t.deps.db, org, { key: 'student-senior', careerStage: 'student_clinical' });
    const junior = await addPerson(t.deps.db, org, { key: 'student-junior', careerStage: 'student_preclinical' });
    await t.deps.db
      .insert(mentoringPairs)
      .values({ orgId: org.orgId, programId: studentProgram, mentorId: senior.id, menteeId: junior.id, score: 1 });
    expect(
      (
        await coordinator.post(`/api/orgs/${org.orgId}/mentoring/programs/${studentProgram}/clone`, {
          inviteMenteesToMentor: true,
        })
      ).statusCode,
    ).toBe(201);
    const mail = await t.mail.next(junior.email, { subject: /Would you mentor in Student peer mentoring 2027/ });
    expect(mail.text).toContain("Next year's students will need someone");
    expect(mail.text).not.toContain('intern');
  });
});

describe('feedback rounds sent by the scheduled job', () => {
  it('invites each open round once, however often the job runs', async () => {
    const { programId } = await givenProgramHalfWay();
    const [first, second] = await Promise.all([sendOpenFeedbackRounds(t.deps), sendOpenFeedbackRounds(t.deps)]);
    expect(first + second).toBeGreaterThan(0);
    expect(await sendOpenFeedbackRounds(t.deps)).toBe(0);
    const { rows } = await t.deps.database.pool.query(`SELECT round FROM feedback_rounds_sent WHERE program_id = $1`, [
      programId,
    ]);
    expect(rows.map((r: { round: string }) => r.round)).toEqual(['midpoint']);
  });
});
