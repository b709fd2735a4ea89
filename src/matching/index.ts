/**
 * Kindred's matching engine: pure functions, no I/O, no imports from the rest of the app.
 * README.md in this folder documents the API, the objective and the algorithms.
 */
export { solveMatching, stableMatching, type SolveOptions } from '#matching/solve.ts';
export { explainMatching, type ExplainedPair, type MatchingExplanation } from '#matching/explain.ts';
export {
  scorePairs,
  brokenRule,
  DEFAULT_WEIGHTS,
  type CriteriaWeights,
  type ExclusionRule,
  type MenteeProfile,
  type MentorProfile,
  type ScoredPairs,
  type ScoringRules,
} from '#matching/scoring.ts';
export { rematch, addLateApplicants, type RematchOptions } from '#matching/incremental.ts';
export {
  allocateGroups,
  DEFAULT_GROUP_WEIGHTS,
  GROUP_SIZE,
  type GroupMember,
  type GroupOptions,
  type GroupWeights,
  type SupportGroup,
} from '#matching/groups.ts';
export { MatchingError, type MatchingErrorCode } from '#matching/errors.ts';
export type {
  CandidatePair,
  EditedMatchingResult,
  EditedUnmatchedMentee,
  EditedUnmatchedReason,
  MatchedPair,
  MatchingInstance,
  MatchingMode,
  MatchingResult,
  MatchingSummary,
  Mentee,
  Mentor,
  MentorLoad,
  PairRef,
  Preferences,
  UnmatchedMentee,
  UnmatchedReason,
} from '#matching/types.ts';
