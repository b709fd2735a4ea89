import { MIN_CELL } from '#shared/contracts/common.ts';
import { FEEDBACK_ROUNDS, type FeedbackRound } from '#shared/contracts/mentoring.ts';
import { inTransaction, type TransactionScope } from '#db/transaction.ts';
import type { RequestContext } from '../../context.ts';
import type { AppDeps } from '../../deps.ts';
import { conflict, notFound } from '../../errors.ts';
import { holdAnswer, releaseScopes } from '../anonymous-answers/index.ts';
import { queueMails } from '../mail/index.ts';
import { notify } from '../notifications/index.ts';
import * as repo from './feedback-repo.ts';
import { type ProgramRow } from './program-repo.ts';
import { requireProgram } from './programs.ts';
import { orgToday } from '../organisation/index.ts';

export type Round = FeedbackRound;
const ROUNDS = FEEDBACK_ROUNDS;

interface FeedbackAnswer {
  useful: number;
  metAsPlanned: number;
  recommend: boolean;
  comment: string;
}

const addDays = (date: string, days: number) =>
  new Date(Date.parse(`${date}T00:00:00Z`) + days * 86_400_000).toISOString().slice(0, 10);

/** Mid-point: halfway from publishing to the end; end: two weeks before the end. */
export function roundOpensOn(program: ProgramRow, round: Round): string {
  if (round === 'end') return addDays(program.endsOn, -14);
  const start = program.publishedAt ? program.publishedAt.toISOString().slice(0, 10) : program.matchPublishOn;
  const half = Math.round((Date.parse(program.endsOn) - Date.parse(start)) / 86_400_000 / 2);
  return addDays(start, half);
}

export async function feedbackStatus(deps: AppDeps, ctx: RequestContext, programId: string) {
  const program = await requireProgram(deps, ctx, programId);
  const you = { orgId: ctx.org.orgId, programId, personId: ctx.person.id };
  if (!(await repo.inPairOfProgram(deps.db, you))) throw notFound('That program');
  const today = await orgToday(deps.db, ctx.org.orgId);
  const answered = await repo.roundsAnswered(deps.db, you);
  return {
    rounds: ROUNDS.map((round) => ({
      round,
      opensOn: roundOpensOn(program, round),
      open: roundOpensOn(program, round) <= today,
      answered: answered.some((a) => a.round === round),
    })),
  };
}

/**
 * Takes one person's answer to a round, once. "Has answered" is recorded at once; the answer joins the
 * program's held answers, and is released with the others only when at least 5 answers to the round
 * are waiting. The answer carries no side: with few mentors, "mentor" alone could name one.
 */
export async function submitFeedback(
  deps: AppDeps,
  ctx: RequestContext,
  { programId, round, answer }: { programId: string; round: Round; answer: FeedbackAnswer },
) {
  const program = await requireProgram(deps, ctx, programId);
  if (!(await repo.inPairOfProgram(deps.db, { orgId: ctx.org.orgId, programId, personId: ctx.person.id }))) {
    throw notFound('That program');
  }
  const today = await orgToday(deps.db, ctx.org.orgId);
  if (roundOpensOn(program, round) > today)
    throw conflict('feedback_not_open', `This feedback opens on ${roundOpensOn(program, round)}`, 'round');
  const orgId = ctx.org.orgId;
  if (
    !(await holdAnswer(deps.database, deps.sealer, repo.programFeedback, programId, {
      hasAnswered: { orgId, programId, round, personId: ctx.person.id },
      answer: { orgId, programId, round, ...answer },
    }))
  ) {
    throw conflict('already_answered', 'You have already given feedback for this round', 'round');
  }
  await releaseHeldFeedback(deps, [{ orgId, programId }]);
}

/**
 * Releases each round's held answers into the report once at least 5 are waiting, in its own
 * transaction (also run by the scheduled job), dated by the day of release. Fewer are never released.
 */
export async function releaseHeldFeedback(
  deps: AppDeps,
  only?: { orgId: string; programId: string }[],
): Promise<number> {
  const candidates = only ?? (await repo.programsWithFullBatches(deps.db, MIN_CELL));
  const scopes = candidates.map((c) => ({ orgId: c.orgId, scopeId: c.programId }));
  return releaseScopes(deps.database, deps.sealer, repo.programFeedback, scopes, {
    minimum: MIN_CELL,
    today: (orgId) => orgToday(deps.db, orgId),
  });
}

async function invite(deps: AppDeps, scope: TransactionScope, program: ProgramRow, round: Round) {
  const { db } = scope;
  const people = await repo.notYetAnswered(db, program.orgId, program.id, round);
  const url = `${deps.config.appUrl}/o/${program.orgId}/mentoring/programs/${program.id}/feedback/${round}`;
  const label = round === 'midpoint' ? 'mid-point' : 'end-of-program';
  await notify(
    db,
    program.orgId,
    people.map((p) => ({
      personId: p.id,
      title: `How is ${program.name} going?`,
      body: `Four quick questions, ${label}. Answers are not linked to your name.`,
      link: url,
    })),
  );
  await queueMails(
    deps.jobs,
    people.map((p) => ({
      to: p.email,
      subject: `${program.name}: ${label} feedback (2 minutes)`,
      text: `Hello ${p.name},\n\nHow is mentoring going? Four quick questions help your coordinator improve the program. Your answers are not linked to your name, and results are only shown once at least five people have answered.\n\n${url}\n`,
    })),
    scope.client,
  );
  return people.length;
}

/** A coordinator's reminder to everyone in a pair who has not answered yet. */
export async function inviteToFeedback(
  deps: AppDeps,
  ctx: RequestContext,
  { programId, round }: { programId: string; round: Round },
) {
  const program = await requireProgram(deps, ctx, programId);
  return { invited: await inTransaction(deps.database, (scope) => invite(deps, scope, program, round)) };
}

/** Run by the scheduled job: each round goes out by itself once, on the day it opens. */
export async function sendOpenFeedbackRounds(deps: AppDeps): Promise<number> {
  let sent = 0;
  for (const program of await repo.publishedPrograms(deps.db)) {
    const today = await orgToday(deps.db, program.orgId);
    for (const round of ROUNDS) {
      if (roundOpensOn(program, round) > today || program.endsOn < today) continue;
      sent += await inTransaction(deps.database, async (scope) =>
        (await repo.claimRoundSent(scope.db, program.orgId, program.id, round))
          ? invite(deps, scope, program, round)
          : 0,
      );
    }
  }
  return sent;
}
