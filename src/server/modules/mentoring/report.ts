import { MIN_CELL } from '#shared/contracts/common.ts';
import { MEETING_TOPICS, type ProgramReport } from '#shared/contracts/mentoring.ts';
import type { RequestContext } from '../../context.ts';
import type { AppDeps } from '../../deps.ts';
import { feedbackAggregates } from './feedback-repo.ts';
import { topicCounts } from './pair-repo.ts';
import { listApplicationsForMatching } from './program-repo.ts';
import { programPairs } from './pairs.ts';
import { requireProgram } from './programs.ts';
import { orgToday } from '../organisation/index.ts';

/** Privacy rule 4: a figure drawn from fewer than 5 people (or pairs) is not shown. */
const cell = (people: number, value: number | null) =>
  people < MIN_CELL ? { suppressed: true, value: null } : { suppressed: false, value };
const round1 = (n: number) => Math.round(n * 10) / 10;

export async function programReport(deps: AppDeps, ctx: RequestContext, programId: string): Promise<ProgramReport> {
  const program = await requireProgram(deps, ctx, programId);
  const today = await orgToday(deps.db, ctx.org.orgId);
  const applications = await listApplicationsForMatching(deps.db, ctx.org.orgId, programId);
  const pairs = await programPairs(deps, ctx, { programId, today, cadenceDays: program.cadenceDays });
  const mentees = applications.filter((a) => a.application.side === 'mentee').length;
  const matchedMentees = new Set(pairs.filter((p) => p.status === 'active').map((p) => p.mentee.id)).size;
  const topicRows = await topicCounts(deps.db, ctx.org.orgId, programId);
  const feedback = await feedbackAggregates(deps.db, ctx.org.orgId, programId);
  return {
    applications: { mentors: applications.length - mentees, mentees },
    pairs: {
      active: pairs.filter((p) => p.status === 'active').length,
      ended: pairs.filter((p) => p.status === 'ended').length,
      atRisk: pairs.filter((p) => p.atRisk).length,
      rematchRequests: pairs.filter((p) => p.rematchRequested).length,
    },
    matchRate: cell(mentees, mentees ? round1((100 * matchedMentees) / mentees) : null),
    meetingsHeld: pairs.reduce((n, p) => n + p.meetingsHeld, 0),
    topics: MEETING_TOPICS.map((topic) => {
      const row = topicRows.find((r) => r.topic === topic);
      return { topic, meetings: cell(row?.pairs ?? 0, row?.meetings ?? 0) };
    }),
    feedback: (['midpoint', 'end'] as const).map((round) => {
      const row = feedback.find((f) => f.round === round);
      const n = row?.n ?? 0;
      return {
        round,
        responses: cell(n, n),
        meanUseful: cell(n, row ? round1(row.useful) : null),
        meanMetAsPlanned: cell(n, row ? round1(row.met) : null),
        recommendPercent: cell(n, row ? Math.round(row.recommend) : null),
        // Comments are shown unattributed, in random order, and only once there are five answers.
        comments: n >= MIN_CELL ? (row?.comments ?? []) : [],
      };
    }),
  };
}
