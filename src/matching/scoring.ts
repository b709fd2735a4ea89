import { MatchingError } from '#matching/errors.ts';
import type { CandidatePair, PairRef } from '#matching/types.ts';

export interface MentorProfile {
  id: string;
  capacity: number;
  site?: string;
  specialties?: string[];
  languages?: string[];
  /** Time slots the mentor can meet, e.g. `mon-pm`. */
  availability?: string[];
  shiftPattern?: string;
  /**
   * Shared-experience tags the mentor consented to use for matching (e.g.
   * `international-graduate`, `parent`). Only pass consented tags: the engine never reports
   * which tag two people share, only that the criterion scored.
   */
  experiences?: string[];
  trained?: boolean;
  /** Career stage as a number, e.g. postgraduate year. Missing counts as 0. */
  seniority?: number;
  /** Mentee ids with a declared conflict of interest (supervisor, assessor, line manager). */
  conflicts?: string[];
}

export interface MenteeProfile {
  id: string;
  site?: string;
  specialties?: string[];
  wantedSpecialties?: string[];
  languages?: string[];
  availability?: string[];
  shiftPattern?: string;
  /** Consented shared-experience tags, as for mentors. */
  experiences?: string[];
  seniority?: number;
  /** Mentor ids the mentee asked for, best first. */
  preferredMentors?: string[];
  /** "Not this person": mentor ids the mentee must never get. */
  avoidMentors?: string[];
  /** Mentor ids with a declared conflict of interest. */
  conflicts?: string[];
}

/** Points each criterion adds when it holds fully. */
export interface CriteriaWeights {
  sameSite: number;
  sharedSpecialty: number;
  wantedSpecialty: number;
  sharedLanguage: number;
  /** Scaled by the share of the mentee's time slots the mentor also has. */
  availability: number;
  shiftPattern: number;
  sharedExperience: number;
  /** Full for the mentee's first choice, less for later ones. */
  menteePreference: number;
}

export const DEFAULT_WEIGHTS: CriteriaWeights = {
  sameSite: 3,
  sharedSpecialty: 2,
  wantedSpecialty: 4,
  sharedLanguage: 1,
  availability: 2,
  shiftPattern: 1,
  sharedExperience: 1.5,
  menteePreference: 3,
};

export interface ScoringRules {
  /** Only mentors who completed training may mentor (default true). */
  requireTrained?: boolean;
  /** A mentor's seniority must exceed the mentee's by at least this much (default 1). */
  minSeniorityGap?: number;
  /** Conflicts of interest declared outside the profiles. */
  conflicts?: PairRef[];
  /** Pairs the coordinator rules out. */
  forbids?: PairRef[];
  /** Keep only each mentee's best candidates, to keep a national intake's graph sparse. */
  candidatesPerMentee?: number;
  /** Pairs that must stay candidates; one that breaks a hard rule is an error. */
  pins?: PairRef[];
}

export type ExclusionRule =
  'conflict_of_interest' | 'mentor_untrained' | 'mentor_not_senior_enough' | 'mentee_declined' | 'coordinator_forbids';

export interface ScoredPairs {
  pairs: CandidatePair[];
  /** Per mentee id, how many mentors each hard rule excluded (mentees with none are absent). */
  excluded: Record<string, Partial<Record<ExclusionRule, number>>>;
}

const CRITERIA = Object.keys(DEFAULT_WEIGHTS) as (keyof CriteriaWeights)[];

/**
 * Scores every mentor for every mentee: hard rules first (a broken rule excludes the pair),
 * then the weighted criteria, each pair carrying its per-criterion breakdown. Pairs come
 * grouped by mentee in input order. O(mentees × mentors).
 */
export function scorePairs(
  mentors: MentorProfile[],
  mentees: MenteeProfile[],
  weights: Partial<CriteriaWeights> = {},
  rules: ScoringRules = {},
): ScoredPairs {
  const w = readWeights(weights);
  checkRules(rules);
  const refused = refusedPairs(rules);
  const pinned = new Set((rules.pins ?? []).map((p) => key(p.mentor, p.mentee)));
  const mentorSets = mentors.map(profileSets);
  const pairs: CandidatePair[] = [];
  const excluded: ScoredPairs['excluded'] = {};

  for (const mentee of mentees) {
    const menteeSets = profileSets(mentee);
    const preferred = new Map(
      (mentee.preferredMentors ?? []).map((id, rank, all) => [id, (all.length - rank) / all.length]),
    );
    const own: CandidatePair[] = [];
    mentors.forEach((mentor, j) => {
      const rule = brokenRule(mentor, mentee, rules, refused);
      if (rule !== null) {
        if (pinned.has(key(mentor.id, mentee.id))) {
          throw new MatchingError(
            'pin_breaks_rule',
            `The pin ${mentor.id} and ${mentee.id} breaks the rule ${rule}.`,
            'pins',
          );
        }
        const counts = (excluded[mentee.id] ??= {});
        counts[rule] = (counts[rule] ?? 0) + 1;
        return;
      }
      const m = mentorSets[j]!;
      const breakdown: Record<string, number> = {
        sameSite: mentor.site !== undefined && mentor.site === mentee.site ? w.sameSite : 0,
        sharedSpecialty: overlaps(m.specialties, menteeSets.specialties) ? w.sharedSpecialty : 0,
        wantedSpecialty: overlaps(m.specialties, menteeSets.wanted) ? w.wantedSpecialty : 0,
        sharedLanguage: overlaps(m.languages, menteeSets.languages) ? w.sharedLanguage : 0,
        availability:
          menteeSets.availability.size === 0
            ? 0
            : (w.availability * shared(m.availability, menteeSets.availability)) / menteeSets.availability.size,
        shiftPattern:
          mentor.shiftPattern !== undefined && mentor.shiftPattern === mentee.shiftPattern ? w.shiftPattern : 0,
        sharedExperience: overlaps(m.experiences, menteeSets.experiences) ? w.sharedExperience : 0,
        menteePreference: w.menteePreference * (preferred.get(mentor.id) ?? 0),
      };
      const score = CRITERIA.reduce((sum, c) => sum + breakdown[c]!, 0);
      own.push({ mentor: mentor.id, mentee: mentee.id, score, breakdown });
    });
    pairs.push(...keepBest(own, rules.candidatesPerMentee, pinned));
  }
  return { pairs, excluded };
}

/** Which hard rule, if any, rules out this pair; for checking a pin before matching. */
export function brokenRule(
  mentor: MentorProfile,
  mentee: MenteeProfile,
  rules: ScoringRules = {},
  refused: Map<string, ExclusionRule> = refusedPairs(rules),
): ExclusionRule | null {
  const listed = refused.get(key(mentor.id, mentee.id));
  if (listed === 'conflict_of_interest') return listed;
  if (mentor.conflicts?.includes(mentee.id) || mentee.conflicts?.includes(mentor.id)) return 'conflict_of_interest';
  if (mentee.avoidMentors?.includes(mentor.id)) return 'mentee_declined';
  if ((rules.requireTrained ?? true) && mentor.trained !== true) return 'mentor_untrained';
  if ((mentor.seniority ?? 0) - (mentee.seniority ?? 0) < (rules.minSeniorityGap ?? 1))
    return 'mentor_not_senior_enough';
  return listed ?? null;
}

function refusedPairs(rules: ScoringRules): Map<string, ExclusionRule> {
  const refused = new Map<string, ExclusionRule>();
  for (const p of rules.forbids ?? []) refused.set(key(p.mentor, p.mentee), 'coordinator_forbids');
  for (const p of rules.conflicts ?? []) refused.set(key(p.mentor, p.mentee), 'conflict_of_interest');
  return refused;
}

function keepBest(own: CandidatePair[], limit: number | undefined, pinned: Set<string>): CandidatePair[] {
  if (limit === undefined || own.length <= limit) return own;
  const ranked = own.map((pair, k) => ({ pair, k })).sort((a, b) => b.pair.score - a.pair.score || a.k - b.k);
  const kept = new Set(ranked.slice(0, limit).map((r) => r.k));
  return own.filter((pair, k) => kept.has(k) || pinned.has(key(pair.mentor, pair.mentee)));
}

/** A rule of the wrong type would silently switch itself off (`"abc"` as a seniority gap compares false). */
function checkRules(rules: ScoringRules): void {
  if (rules.requireTrained !== undefined && typeof rules.requireTrained !== 'boolean') {
    throw new MatchingError('invalid_instance', 'requireTrained must be true or false.', 'rules.requireTrained');
  }
  if (
    rules.minSeniorityGap !== undefined &&
    (typeof rules.minSeniorityGap !== 'number' || !Number.isFinite(rules.minSeniorityGap))
  ) {
    throw new MatchingError('invalid_instance', 'minSeniorityGap must be a finite number.', 'rules.minSeniorityGap');
  }
  if (
    rules.candidatesPerMentee !== undefined &&
    (!Number.isInteger(rules.candidatesPerMentee) || rules.candidatesPerMentee < 1)
  ) {
    throw new MatchingError(
      'invalid_instance',
      'candidatesPerMentee must be a whole number of at least 1.',
      'rules.candidatesPerMentee',
    );
  }
}

function readWeights(weights: Partial<CriteriaWeights>): CriteriaWeights {
  const merged = { ...DEFAULT_WEIGHTS, ...weights };
  for (const c of CRITERIA) {
    if (typeof merged[c] !== 'number' || !Number.isFinite(merged[c]) || merged[c] < 0) {
      throw new MatchingError(
        'invalid_weight',
        `The weight of ${c} must be a finite number of at least 0.`,
        `criteria.${c}`,
      );
    }
  }
  return merged;
}

interface ProfileSets {
  specialties: Set<string>;
  wanted: Set<string>;
  languages: Set<string>;
  availability: Set<string>;
  experiences: Set<string>;
}

function profileSets(p: MentorProfile | MenteeProfile): ProfileSets {
  return {
    specialties: new Set(p.specialties),
    wanted: new Set('wantedSpecialties' in p ? p.wantedSpecialties : []),
    languages: new Set(p.languages),
    availability: new Set(p.availability),
    experiences: new Set(p.experiences),
  };
}

function shared(a: Set<string>, b: Set<string>): number {
  let count = 0;
  for (const x of a) if (b.has(x)) count++;
  return count;
}

function overlaps(a: Set<string>, b: Set<string>): boolean {
  for (const x of a) if (b.has(x)) return true;
  return false;
}

function key(mentor: string, mentee: string): string {
  return `${mentor}\u0000${mentee}`;
}
