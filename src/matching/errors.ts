/** Every way an instance can be refused. The codes are stable: callers and the API map them. */
export type MatchingErrorCode =
  | 'invalid_instance'
  | 'invalid_id'
  | 'invalid_mode'
  | 'no_mentors'
  | 'no_mentees'
  | 'no_candidates'
  | 'invalid_capacity'
  | 'duplicate_id'
  | 'duplicate_pair'
  | 'unknown_mentor'
  | 'unknown_mentee'
  | 'invalid_score'
  | 'invalid_weight'
  | 'invalid_preferences'
  | 'duplicate_pin'
  | 'pin_not_candidate'
  | 'pin_forbidden'
  | 'pin_breaks_rule'
  | 'pin_over_capacity'
  | 'over_capacity';

export class MatchingError extends Error {
  override readonly name = 'MatchingError';

  constructor(
    readonly code: MatchingErrorCode,
    message: string,
    /** Where in the input, e.g. `pairs[12].score`. */
    readonly field?: string,
  ) {
    super(message);
  }

  toJSON(): { code: MatchingErrorCode; message: string; field?: string } {
    return this.field === undefined
      ? { code: this.code, message: this.message }
      : { code: this.code, message: this.message, field: this.field };
  }
}
