import { and, eq, isNotNull, or, sql } from 'drizzle-orm';
import type { Executor } from '#db/client.ts';
import {
  feedbackAnswerPool,
  feedbackResponses,
  feedbackRoundsSent,
  feedbackSubmissions,
  mentoringPairs,
  mentoringPrograms,
} from '#db/schema/index.ts';
import type { PooledAnswers } from '../anonymous-answers/index.ts';
import type { FeedbackRound as Round } from '#shared/contracts/mentoring.ts';
import type { PersonInProgram } from './program-repo.ts';

/** Whether the person is in a pair of the program, on either side. */
export async function inPairOfProgram(db: Executor, { orgId, programId, personId }: PersonInProgram): Promise<boolean> {
  const rows = await db
    .select({ id: mentoringPairs.id })
    .from(mentoringPairs)
    .where(
      and(
        eq(mentoringPairs.orgId, orgId),
        eq(mentoringPairs.programId, programId),
        or(eq(mentoringPairs.mentorId, personId), eq(mentoringPairs.menteeId, personId)),
      ),
    )
    .limit(1);
  return rows.length > 0;
}

export const roundsAnswered = (db: Executor, { programId, personId }: { programId: string; personId: string }) =>
  db
    .select({ round: feedbackSubmissions.round })
    .from(feedbackSubmissions)
    .where(and(eq(feedbackSubmissions.programId, programId), eq(feedbackSubmissions.personId, personId)));

/**
 * Privacy rule 3 (docs/decisions/005-anonymous-answers.md): a program's feedback, both rounds, is
 * written together; a batch is one round of one program.
 */
export const programFeedback: PooledAnswers<typeof feedbackSubmissions, typeof feedbackAnswerPool> = {
  hasAnswered: feedbackSubmissions,
  held: feedbackAnswerPool,
  sealed: feedbackAnswerPool.sealed,
  clear: [feedbackAnswerPool.orgId, feedbackAnswerPool.programId, feedbackAnswerPool.round],
  scopeColumn: feedbackAnswerPool.programId,
  released: feedbackResponses,
  batchBy: [feedbackAnswerPool.programId, feedbackAnswerPool.round],
  scope: (programId) => ({
    lock: `mentoring-feedback:${programId}`,
    hasAnswered: eq(feedbackSubmissions.programId, programId),
    held: eq(feedbackAnswerPool.programId, programId),
  }),
};

/** Programs holding at least `minimum` answers to one round. */
export async function programsWithFullBatches(
  db: Executor,
  minimum: number,
): Promise<{ orgId: string; programId: string }[]> {
  const { rows } = await db.execute<{ org_id: string; program_id: string }>(sql`
    SELECT DISTINCT org_id, program_id FROM feedback_answer_pool
    GROUP BY org_id, program_id, round HAVING count(*) >= ${minimum}`);
  return rows.map((r) => ({ orgId: r.org_id, programId: r.program_id }));
}

/** Everyone in a pair of the program who has not answered the round. */
export async function notYetAnswered(db: Executor, orgId: string, programId: string, round: Round) {
  const { rows } = await db.execute<{ id: string; name: string; email: string }>(sql`
    SELECT DISTINCT p.id, p.name, p.email FROM mentoring_pairs mp
    JOIN persons p ON p.id IN (mp.mentor_id, mp.mentee_id)
    WHERE mp.org_id = ${orgId} AND mp.program_id = ${programId}
      AND NOT EXISTS (SELECT 1 FROM feedback_submissions s WHERE s.program_id = mp.program_id AND s.round = ${round} AND s.person_id = p.id)`);
  return rows;
}

/** Marks a round as sent; false when it already was (so concurrent jobs send it once). */
export async function claimRoundSent(db: Executor, orgId: string, programId: string, round: Round) {
  const rows = await db
    .insert(feedbackRoundsSent)
    .values({ orgId, programId, round })
    .onConflictDoNothing()
    .returning();
  return rows.length > 0;
}

export const publishedPrograms = (db: Executor) =>
  db.select().from(mentoringPrograms).where(isNotNull(mentoringPrograms.publishedAt));

/** Per round, released answers only: count, means, and the comments in random order (never in the order they came). */
export const feedbackAggregates = (db: Executor, orgId: string, programId: string) =>
  db
    .select({
      round: feedbackResponses.round,
      n: sql<number>`count(*)::int`,
      useful: sql<number>`avg(${feedbackResponses.useful})::float`,
      met: sql<number>`avg(${feedbackResponses.metAsPlanned})::float`,
      recommend: sql<number>`avg(case when ${feedbackResponses.recommend} then 100 else 0 end)::float`,
      comments: sql<
        string[]
      >`coalesce(array_agg(${feedbackResponses.comment} ORDER BY random()) FILTER (WHERE ${feedbackResponses.comment} <> ''), '{}')`,
    })
    .from(feedbackResponses)
    .where(and(eq(feedbackResponses.orgId, orgId), eq(feedbackResponses.programId, programId)))
    .groupBy(feedbackResponses.round);
