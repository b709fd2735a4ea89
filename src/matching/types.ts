/** The public shapes of the matching engine. Ids are opaque strings chosen by the caller. */

export type MatchingMode = 'optimal' | 'fair' | 'stable';

export interface Mentor {
  id: string;
  /** How many mentees this mentor takes (a whole number, at least 1). */
  capacity: number;
}

export interface Mentee {
  id: string;
}

/** A pair the coordinator allows, with its score (higher is better; any finite number). */
export interface CandidatePair {
  mentor: string;
  mentee: string;
  score: number;
  /** Points per criterion, when the score came from `scorePairs`; carried into explanations. */
  breakdown?: Record<string, number>;
}

export interface PairRef {
  mentor: string;
  mentee: string;
}

/** Ranked lists, best first. A person with a list finds only the people on it acceptable. */
export interface Preferences {
  mentees?: Record<string, string[]>;
  mentors?: Record<string, string[]>;
}

export interface MatchingInstance {
  mentors: Mentor[];
  mentees: Mentee[];
  pairs: CandidatePair[];
  /** Pairs the coordinator forces; each must be a candidate, not forbidden, within capacity. */
  pins?: PairRef[];
  /** Pairs the coordinator rules out; they are removed from the candidates. */
  forbids?: PairRef[];
  mode?: MatchingMode;
  preferences?: Preferences;
}

export interface MatchedPair {
  mentor: string;
  mentee: string;
  score: number;
  pinned: boolean;
}

/** Why a solve leaves a mentee out. */
export type UnmatchedReason = 'no_eligible_mentor' | 'eligible_mentors_full';

/**
 * Why a mentee is out of a result the solver did not make whole (a coordinator's edit, a
 * rematch): also `eligible_mentor_has_room`, which a solve never gives.
 */
export type EditedUnmatchedReason = UnmatchedReason | 'eligible_mentor_has_room';

export interface UnmatchedMentee {
  mentee: string;
  reason: UnmatchedReason;
  /** For `eligible_mentors_full`: the eligible mentors, all at capacity. */
  mentors: string[];
}

export interface EditedUnmatchedMentee extends Omit<UnmatchedMentee, 'reason'> {
  reason: EditedUnmatchedReason;
  /**
   * For `eligible_mentors_full`: the eligible mentors, all at capacity. For
   * `eligible_mentor_has_room`: the eligible mentors who still have a free place.
   */
  mentors: string[];
}

export interface MentorLoad {
  /** Mentees placed divided by places offered, over all mentors (0–1). */
  utilisation: number;
  meanLoad: number;
  fullMentors: number;
  idleMentors: number;
  /** `byLoad[k]` mentors have exactly k mentees. */
  byLoad: number[];
}

export interface MatchingSummary {
  mentees: number;
  mentors: number;
  matched: number;
  matchedPercent: number;
  meanScore: number | null;
  lowestScore: number | null;
  load: MentorLoad;
}

export interface MatchingResult {
  mode: MatchingMode;
  /** In mentee input order. */
  pairs: MatchedPair[];
  matched: number;
  /** Total score of the pairs, pins included. */
  objective: number;
  /** In mentee input order. */
  unmatched: UnmatchedMentee[];
  /**
   * Pairs (mentor, mentee) who would both rather be together than with what they got,
   * judged by the instance's preferences, or by scores where a person has none.
   */
  blockingPairs: number;
  summary: MatchingSummary;
}

/** A result the solver did not make whole: a mentee may be out while an eligible mentor has room. */
export interface EditedMatchingResult extends Omit<MatchingResult, 'unmatched'> {
  unmatched: EditedUnmatchedMentee[];
}
