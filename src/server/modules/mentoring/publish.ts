import { inTransaction } from '#db/transaction.ts';
import type { RequestContext } from '../../context.ts';
import type { AppDeps } from '../../deps.ts';
import { conflict, notFound } from '../../errors.ts';
import { matchedMail, queueMails } from '../mail/index.ts';
import { notify } from '../notifications/index.ts';
import type { StoredRun } from './matching-run.ts';
import * as pairs from './pair-repo.ts';
import * as repo from './program-repo.ts';
import { planMeetings } from './schedule.ts';
import { orgToday } from '../organisation/index.ts';
import { assessorConflicts, contactsOf } from '../people/index.ts';

/**
 * Turns a run's proposal into pairs, in one transaction under a per-program lock. A mentee who
 * already has an active mentor is skipped (and the database's unique index would refuse a double
 * anyway), so publishing twice, or two coordinators at once, never doubles a pair.
 */
export async function publishRun(
  deps: AppDeps,
  ctx: RequestContext,
  { programId, runId }: { programId: string; runId: string },
) {
  return inTransaction(deps.database, async ({ db, client }) => {
    await repo.lockProgram(db, programId);
    const program = await repo.findProgram(db, ctx.org.orgId, programId);
    if (!program) throw notFound('That program');
    const run = await repo.findMatchRun(db, { orgId: ctx.org.orgId, programId, runId });
    if (!run) throw notFound('That matching run');
    const proposal = run.result as StoredRun;
    // A relationship recorded or declared since the run may rule out one of the pairs it would make (no-assessor
    // rule): the run is refused whole, without saying which pair, and a new run leaves that pair out.
    const paired = new Set((await pairs.activePairsOfProgram(db, ctx.org.orgId, programId)).map((p) => p.menteeId));
    const toMake = proposal.pairs.filter((p) => !paired.has(p.mentee.id));
    const related = await assessorConflicts(
      db,
      ctx.org.orgId,
      toMake.flatMap((p) => [p.mentor.id, p.mentee.id]),
    );
    if (toMake.some((p) => related.between(p.mentor.id, p.mentee.id))) {
      throw conflict(
        'no_assessor_rule',
        'Since this run, someone was recorded as supervising, assessing or managing someone it pairs them with (no-assessor rule). Run the matching again, then publish.',
      );
    }
    const made = await pairs.pairsMadeInProgram(db, ctx.org.orgId, programId);
    const load = new Map<string, number>();
    for (const p of made) if (p.status === 'active') load.set(p.mentorId, (load.get(p.mentorId) ?? 0) + 1);
    // A pair made once (and perhaps ended since, after a rematch) is never made again by publishing an old run.
    const madeBefore = new Set(made.map((p) => `${p.mentorId}:${p.menteeId}`));
    const capacities = new Map(
      (await repo.listApplicationsForMatching(db, ctx.org.orgId, programId))
        .filter((a) => a.application.side === 'mentor')
        .map((a) => [a.application.personId, a.application.capacity ?? program.mentorCapacity]),
    );
    const today = await orgToday(db, ctx.org.orgId);
    const terms = program.scheduleCohortId
      ? await pairs.termsOfCohort(db, ctx.org.orgId, program.scheduleCohortId)
      : [];
    const plan = planMeetings({ today, endsOn: program.endsOn, cadenceDays: program.cadenceDays, terms });

    const created: { pairId: string; mentorId: string; menteeId: string }[] = [];
    let alreadyPaired = 0;
    for (const p of proposal.pairs) {
      const full = (load.get(p.mentor.id) ?? 0) >= (capacities.get(p.mentor.id) ?? 0);
      const pair =
        full || madeBefore.has(`${p.mentor.id}:${p.mentee.id}`)
          ? null
          : await pairs.insertPairIfFree(db, {
              orgId: ctx.org.orgId,
              programId,
              mentorId: p.mentor.id,
              menteeId: p.mentee.id,
              score: p.score,
              explanation: p.breakdown,
              matchRunId: run.id,
            });
      if (!pair) {
        alreadyPaired += 1;
        continue;
      }
      load.set(p.mentor.id, (load.get(p.mentor.id) ?? 0) + 1);
      await pairs.insertMeetings(db, ctx.org.orgId, pair.id, plan);
      created.push({ pairId: pair.id, mentorId: p.mentor.id, menteeId: p.mentee.id });
    }
    await repo.markPublished(db, ctx.org.orgId, programId);

    const matched = [...new Set(created.flatMap((c) => [c.mentorId, c.menteeId]))];
    const people = await contactsOf(db, matched);
    const shared = await pairs.sharedContactsOf(db, ctx.org.orgId, matched);
    const messages = created.flatMap((c) =>
      (['mentor', 'mentee'] as const).map((role) => {
        const self = role === 'mentor' ? c.mentorId : c.menteeId;
        const other = role === 'mentor' ? c.menteeId : c.mentorId;
        return { role, self, other, pairId: c.pairId };
      }),
    );
    await notify(
      db,
      ctx.org.orgId,
      messages.map((m) => ({
        personId: m.self,
        title: `You have been matched in ${program.name}`,
        body:
          m.role === 'mentee'
            ? `Your mentor is ${people.get(m.other)?.name}.`
            : `You are mentoring ${people.get(m.other)?.name}.`,
        link: `/o/${ctx.org.orgId}/mentoring/pairs/${m.pairId}`,
      })),
    );
    await queueMails(
      deps.jobs,
      messages.map((m) =>
        matchedMail({
          to: people.get(m.self)!.email,
          name: people.get(m.self)!.name,
          otherName: people.get(m.other)!.name,
          otherShares: shared.get(m.other) ?? null,
          role: m.role,
          programName: program.name,
          url: `${deps.config.appUrl}/o/${ctx.org.orgId}/mentoring/pairs/${m.pairId}`,
          profileUrl: `${deps.config.appUrl}/o/${ctx.org.orgId}/profile#partner-contact`,
        }),
      ),
      client,
    );
    return { created: created.length, alreadyPaired, notified: messages.length };
  });
}
