import {
  explainMatching,
  MatchingError,
  type MatchingInstance,
  type MenteeProfile,
  type MentorProfile,
  scorePairs,
  solveMatching,
} from '#matching/index.ts';
import { CAREER_STAGES } from '#shared/contracts/profile.ts';
import { counted } from '#shared/counted.ts';
import type { MatchingState, MatchRun } from '#shared/contracts/mentoring.ts';
import type { RequestContext } from '../../context.ts';
import type { AppDeps } from '../../deps.ts';
import { AppError, badRequest, conflict } from '../../errors.ts';
import { assessorConflicts } from '../people/index.ts';
import { activePairsOfProgram, endedPairsOfProgram, type MadePair, pairsMadeInProgram } from './pair-repo.ts';
import * as repo from './program-repo.ts';
import { requireProgram } from './programs.ts';

type PairRef = { mentor: string; mentee: string };
type ProposedPair = MatchRun['pairs'][number];
export type StoredRun = Omit<MatchRun, 'id' | 'createdAt' | 'published' | 'mode' | 'pins' | 'forbids' | 'pairs'> & {
  pairs: Omit<ProposedPair, 'state'>[];
};

/** How many mentors a rule ruled out, as a clause people read: "2 mentors are not senior enough". */
const RULE_WORDS: Record<string, (n: number) => string> = {
  conflict_of_interest: (n) => `${counted(n, 'mentor')} ${n === 1 ? 'has' : 'have'} a conflict of interest`,
  mentor_untrained: (n) => `${counted(n, 'mentor')} ${n === 1 ? 'has' : 'have'} not finished mentor training`,
  mentor_not_senior_enough: (n) => `${counted(n, 'mentor')} ${n === 1 ? 'is' : 'are'} not senior enough`,
  mentee_declined: (n) => `${counted(n, 'mentor')} ${n === 1 ? 'is' : 'are'} on the mentee's "rather not" list`,
  coordinator_forbids: (n) => `${counted(n, 'mentor')} ${n === 1 ? 'was' : 'were'} forbidden by a coordinator`,
};

const seniority = (stage: string | null) =>
  stage ? CAREER_STAGES.indexOf(stage as (typeof CAREER_STAGES)[number]) : -1;
const tags = (values: (string | null)[]) =>
  values.filter((v): v is string => Boolean(v)).map((v) => v.trim().toLowerCase());

/**
 * Proposes pairs for everyone in the program not yet paired, with what mentors have left of their
 * capacity: existing pairs are never disturbed, so late applicants and rematches run the same way.
 */
export async function runMatching(
  deps: AppDeps,
  ctx: RequestContext,
  programId: string,
  input: { mode: 'optimal' | 'fair' | 'stable'; pins: PairRef[]; forbids: PairRef[] },
) {
  const program = await requireProgram(deps, ctx, programId);
  const applications = await repo.listApplicationsForMatching(deps.db, ctx.org.orgId, programId);
  const active = await activePairsOfProgram(deps.db, ctx.org.orgId, programId);
  const paired = new Set(active.map((p) => p.menteeId));
  const load = new Map<string, number>();
  for (const p of active) load.set(p.mentorId, (load.get(p.mentorId) ?? 0) + 1);
  const done = await repo.completedModules(
    deps.db,
    ctx.org.orgId,
    applications.map((a) => a.application.personId),
  );
  const names = new Map(applications.map((a) => [a.application.personId, a.name]));

  const mentors: MentorProfile[] = [];
  const mentees: MenteeProfile[] = [];
  for (const a of applications) {
    const base = {
      id: a.application.personId,
      site: a.siteId ?? undefined,
      languages: tags(a.languages.filter((l) => l.toLowerCase() !== 'english')),
      availability: a.availability,
      shiftPattern: a.shiftPattern ?? undefined,
      experiences: a.consentedExperiences,
      seniority: seniority(a.careerStage),
    };
    if (a.application.side === 'mentor') {
      const capacity = (a.application.capacity ?? program.mentorCapacity) - (load.get(a.application.personId) ?? 0);
      if (capacity <= 0) continue;
      const trained = program.trainingModuleIds.every((m) =>
        done.some((d) => d.personId === a.application.personId && d.moduleId === m),
      );
      mentors.push({ ...base, capacity, trained, specialties: tags([a.departmentId, ...a.canOffer]) });
    } else if (!paired.has(a.application.personId)) {
      mentees.push({
        ...base,
        specialties: tags([a.departmentId]),
        wantedSpecialties: tags(a.application.wantsHelpWith),
        preferredMentors: a.application.preferredPersonIds,
        avoidMentors: a.application.avoidPersonIds,
      });
    }
  }
  if (mentees.length === 0) throw conflict('nothing_to_match', 'Every mentee who applied already has a mentor', 'mode');
  if (mentors.length === 0) throw conflict('nothing_to_match', 'No mentor with a free place has applied', 'mode');

  const known = (ref: PairRef) => mentors.some((m) => m.id === ref.mentor) && mentees.some((m) => m.id === ref.mentee);
  const pins = input.pins.filter(known);
  const forbids = input.forbids.filter(known);
  // Nobody mentors themselves, whatever they applied for.
  const self = mentors.filter((m) => mentees.some((e) => e.id === m.id)).map((m) => ({ mentor: m.id, mentee: m.id }));
  // A rematched mentee is never offered the mentor they just left (and vice versa).
  const previous = (await endedPairsOfProgram(deps.db, ctx.org.orgId, programId)).filter(known);
  const noAssessor = await noAssessorPairs(deps, ctx, mentors, mentees, pins, names);
  let stored: StoredRun;
  try {
    const scored = scorePairs(mentors, mentees, program.criteria, {
      forbids,
      pins,
      conflicts: [...self, ...previous, ...noAssessor],
    });
    const instance: MatchingInstance = {
      mentors: mentors.map((m) => ({ id: m.id, capacity: m.capacity })),
      mentees: mentees.map((m) => ({ id: m.id })),
      pairs: scored.pairs,
      pins,
      mode: input.mode,
    };
    stored =
      scored.pairs.length === 0
        ? nobodyEligible(mentees, mentors, names, scored.excluded)
        : describe(instance, input.mode, names, scored.excluded);
  } catch (error) {
    if (error instanceof MatchingError)
      throw new AppError(error.code, error.message, error.field?.startsWith('pins') ? 'pins' : error.field);
    throw error;
  }
  const run = await repo.insertMatchRun(deps.db, {
    orgId: ctx.org.orgId,
    programId,
    mode: input.mode,
    pins,
    forbids,
    result: stored,
    createdBy: ctx.person.id,
  });
  return toMatchRun(run, await pairsMadeInProgram(deps.db, ctx.org.orgId, programId));
}

/**
 * The "no assessor" rule (DESIGN.md rule 6): nobody is paired with their supervisor, assessor or line manager,
 * in either direction, whether the organisation recorded it or the trainee declared it. A pin that would break
 * it is refused in words that do not say which of them is which, nor who said so.
 */
async function noAssessorPairs(
  deps: AppDeps,
  ctx: RequestContext,
  mentors: MentorProfile[],
  mentees: MenteeProfile[],
  pins: PairRef[],
  names: Map<string, string>,
) {
  const related = await assessorConflicts(
    deps.db,
    ctx.org.orgId,
    [...mentors, ...mentees].map((p) => p.id),
  );
  const broken = pins.find((p) => related.between(p.mentor, p.mentee));
  if (broken)
    throw badRequest(
      'pins',
      `${names.get(broken.mentor)} and ${names.get(broken.mentee)}: this pair cannot be matched (no-assessor rule)`,
      'no_assessor_rule',
    );
  const mentorIds = new Set(mentors.map((m) => m.id));
  return mentees.flatMap((mentee) =>
    [...related.of(mentee.id)].filter((id) => mentorIds.has(id)).map((mentor) => ({ mentor, mentee: mentee.id })),
  );
}

function exclusionWords(counts: Partial<Record<string, number>> | undefined) {
  const parts = Object.entries(counts ?? {}).map(
    ([rule, n = 0]) => RULE_WORDS[rule]?.(n) ?? `${counted(n, 'mentor')}: ${rule}`,
  );
  return parts.length ? `: ${parts.join('; ')}` : '';
}

/**
 * Privacy rule 2 (docs/privacy.md): a shared sensitive attribute counts in matching, with consent, but
 * is never shown. The coordinator sees each pair's score without its points, so neither a breakdown
 * line nor a total (nor the lowest or mean score) tells that two people share one.
 */
function withoutSensitive(pair: { score: number; breakdown: Record<string, number> }) {
  const { sharedExperience = 0, ...breakdown } = pair.breakdown;
  return { score: pair.score - sharedExperience, breakdown };
}

function describe(
  instance: MatchingInstance,
  mode: string,
  names: Map<string, string>,
  excluded: Record<string, Partial<Record<string, number>>>,
): StoredRun {
  const result = solveMatching(instance, { mode: mode as 'optimal' });
  const explained = explainMatching(instance, result);
  const ref = (id: string) => ({ id, name: names.get(id) ?? 'Unknown' });
  const pairs = explained.pairs.map((p) => ({
    mentor: ref(p.mentor),
    mentee: ref(p.mentee),
    pinned: p.pinned,
    ...withoutSensitive(p),
  }));
  const scores = pairs.map((p) => p.score);
  const total = scores.reduce((sum, score) => sum + score, 0);
  return {
    pairs,
    unmatched: result.unmatched.map((u) => ({
      mentee: ref(u.mentee),
      reason: u.reason,
      explanation:
        u.reason === 'no_eligible_mentor'
          ? `No mentor passes the program's rules for this mentee${exclusionWords(excluded[u.mentee])}.`
          : `Every eligible mentor is full: ${u.mentors.map((m) => names.get(m) ?? m).join(', ')}.`,
    })),
    summary: {
      mentees: result.summary.mentees,
      mentors: result.summary.mentors,
      matched: result.matched,
      matchedPercent: result.summary.matchedPercent,
      meanScore: scores.length === 0 ? null : total / scores.length,
      lowestScore: scores.length === 0 ? null : Math.min(...scores),
      objective: total,
      blockingPairs: result.blockingPairs,
      mentorUtilisation: result.summary.load.utilisation,
    },
  };
}

function nobodyEligible(
  mentees: MenteeProfile[],
  mentors: MentorProfile[],
  names: Map<string, string>,
  excluded: Record<string, Partial<Record<string, number>>>,
): StoredRun {
  return {
    pairs: [],
    unmatched: mentees.map((m) => ({
      mentee: { id: m.id, name: names.get(m.id) ?? 'Unknown' },
      reason: 'no_eligible_mentor',
      explanation: `No mentor passes the program's rules for this mentee${exclusionWords(excluded[m.id])}.`,
    })),
    summary: {
      mentees: mentees.length,
      mentors: mentors.length,
      matched: 0,
      matchedPercent: 0,
      meanScore: null,
      lowestScore: null,
      objective: 0,
      blockingPairs: 0,
      mentorUtilisation: 0,
    },
  };
}

/** Where a proposed pair stands against the pairs made so far: made once, a pair is never made again. */
function stateOf(pair: { mentor: { id: string }; mentee: { id: string } }, made: MadePair[]): ProposedPair['state'] {
  if (made.some((m) => m.mentorId === pair.mentor.id && m.menteeId === pair.mentee.id)) return 'published';
  return made.some((m) => m.menteeId === pair.mentee.id && m.status === 'active') ? 'mentee_paired' : 'new';
}

/** A stored run as the coordinator sees it now, given every pair made in the program so far. */
function toMatchRun(run: NonNullable<Awaited<ReturnType<typeof repo.findMatchRun>>>, made: MadePair[]): MatchRun {
  const stored = run.result as StoredRun;
  const fromRun = made.filter((m) => m.matchRunId === run.id);
  const firstAt = fromRun.reduce<Date | null>(
    (first, m) => (first === null || m.createdAt < first ? m.createdAt : first),
    null,
  );
  return {
    id: run.id,
    mode: run.mode,
    createdAt: run.createdAt.toISOString(),
    pins: run.pins,
    forbids: run.forbids,
    ...stored,
    pairs: stored.pairs.map((p) => ({ ...p, state: stateOf(p, made) })),
    published: firstAt ? { at: firstAt.toISOString(), pairs: fromRun.length } : null,
  };
}

/** The Matching tab: the latest run (none before the first, which is no error), the pairs running, and who is waiting. */
export async function matchingState(deps: AppDeps, ctx: RequestContext, programId: string): Promise<MatchingState> {
  const program = await requireProgram(deps, ctx, programId);
  const run = await repo.findMatchRun(deps.db, { orgId: ctx.org.orgId, programId, runId: 'latest' });
  const made = await pairsMadeInProgram(deps.db, ctx.org.orgId, programId);
  return {
    run: run ? toMatchRun(run, made) : null,
    running: {
      pairs: made.filter((m) => m.status === 'active').length,
      firstPublishedAt: program.publishedAt?.toISOString() ?? null,
    },
    menteesWaiting: await repo.countMenteesWithoutMentor(deps.db, ctx.org.orgId, programId),
  };
}
