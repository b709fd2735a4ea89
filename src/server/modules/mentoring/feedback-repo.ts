import { and, eq, isNotNull, or, sql } from 'drizzle-orm';
import type { Executor } from '#db/client.ts';
import { feedbackResponses, feedbackRoundsSent, feedbackSubmissions, mentoringPairs, mentoringPrograms } from '#db/schema/index.ts';
import type { Round } from './feedback.ts';

export async function sideInProgram(db: Executor, orgId: string, programId: string, personId: string): Promise<'mentor' | 'mentee' | null> {
  const [row] = await db
    .select({ mentorId: mentoringPairs.mentorId })
    .from(mentoringPairs)
    .where(and(eq(mentoringPairs.orgId, orgId), eq(mentoringPairs.programId, programId), or(eq(mentoringPairs.mentorId, personId), eq(mentoringPairs.menteeId, personId))))
    .limit(1);
  if (!row) return null;
  return row.mentorId === personId ? 'mentor' : 'mentee';
}

export const roundsAnswered = (db: Executor, programId: string, personId: string) =>
  db
    .select({ round: feedbackSubmissions.round })
    .from(feedbackSubmissions)
    .where(and(eq(feedbackSubmissions.programId, programId), eq(feedbackSubmissions.personId, personId)));

/** Records that the person answered; false when they already had. Holds no answer. */
export async function claimSubmission(db: Executor, orgId: string, programId: string, round: Round, personId: string) {
  const claimed = await db.insert(feedbackSubmissions).values({ orgId, programId, round, personId }).onConflictDoNothing().returning();
  return claimed.length > 0;
}

export async function insertResponse(
  db: Executor,
  values: { orgId: string; programId: string; round: Round; side: 'mentor' | 'mentee'; useful: number; metAsPlanned: number; recommend: boolean; comment: string; submittedOn: string },
) {
  await db.insert(feedbackResponses).values(values);
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
  const rows = await db.insert(feedbackRoundsSent).values({ orgId, programId, round }).onConflictDoNothing().returning();
  return rows.length > 0;
}

export const publishedPrograms = (db: Executor) =>
  db.select().from(mentoringPrograms).where(isNotNull(mentoringPrograms.publishedAt));

/** Per round: count, means, and the comments in random order (never in the order they came). */
export const feedbackAggregates = (db: Executor, orgId: string, programId: string) =>
  db
    .select({
      round: feedbackResponses.round,
      n: sql<number>`count(*)::int`,
      useful: sql<number>`avg(${feedbackResponses.useful})::float`,
      met: sql<number>`avg(${feedbackResponses.metAsPlanned})::float`,
      recommend: sql<number>`avg(case when ${feedbackResponses.recommend} then 100 else 0 end)::float`,
      comments: sql<string[]>`coalesce(array_agg(${feedbackResponses.comment} ORDER BY random()) FILTER (WHERE ${feedbackResponses.comment} <> ''), '{}')`,
    })
    .from(feedbackResponses)
    .where(and(eq(feedbackResponses.orgId, orgId), eq(feedbackResponses.programId, programId)))
    .groupBy(feedbackResponses.round);
