/**
 * Every error code the API answers with: its HTTP status and the message a person reads when the
 * place that raises it has nothing more exact to say. The server raises errors only from this list
 * (AppError takes an ErrorCode) and the web app checks them against it (isApiError takes one too), so
 * a code misspelt on either side fails the type check. Codes are stable: clients branch on them.
 */
export const ERROR_CATALOGUE = {
  // The request itself
  invalid_input: { status: 400, message: 'Something in the request is not valid' },
  bad_request: { status: 400, message: 'The request could not be read' },
  unsupported_media_type: { status: 415, message: 'Send JSON (Content-Type: application/json)' },
  too_many_requests: { status: 429, message: 'Too many requests from your network. Wait a few minutes and try again.' },
  internal: { status: 500, message: 'Something went wrong on our side' },

  // Who is asking
  unauthenticated: { status: 401, message: 'Please sign in' },
  invalid_credentials: { status: 401, message: 'That e-mail and password do not match an account' },
  too_many_attempts: { status: 429, message: 'Too many failed sign-ins. Wait a while, or reset your password.' },
  invalid_token: { status: 400, message: 'This link is invalid or has expired. Ask for a new one.' },
  csrf_invalid: {
    status: 403,
    message: 'The security token is missing or out of date. Reload the page and try again.',
  },
  forbidden: { status: 403, message: 'You do not have permission to do that' },
  not_found: { status: 404, message: 'That was not found' },

  // Records and the database's own rules
  already_exists: { status: 409, message: 'Something with this name already exists' },
  in_use: { status: 409, message: 'This is still in use (by people or other records), so it cannot be removed' },
  conflict: { status: 409, message: 'This conflicts with an existing record' },
  out_of_range: { status: 409, message: 'This date is out of range' },

  // Organisation and people
  term_overlap: { status: 409, message: 'This term overlaps another term of the cohort' },
  last_admin: { status: 409, message: 'This is the only organisation admin; make someone else admin first' },
  already_member: { status: 409, message: 'This person is already a member' },
  import_has_errors: { status: 400, message: 'The file has problems; fix them and check it again' },
  /** Someone recorded as supervising, assessing or managing someone may not be put with them (DESIGN.md rule 6). */
  no_assessor_rule: {
    status: 409,
    message: 'These people cannot be put together: one supervises, assesses or manages the other',
  },

  // Mentoring
  not_eligible: { status: 403, message: 'This program does not take you' },
  applications_closed: { status: 409, message: 'Applications to this program are not open' },
  already_matched: { status: 409, message: 'You are already matched in this program' },
  nothing_to_match: { status: 409, message: 'There is nobody to match' },
  program_running: { status: 409, message: 'Matches are published; this can no longer change' },
  already_set_up: { status: 409, message: "Next year's program has already been set up from this one" },
  pair_ended: { status: 409, message: 'This pair has ended' },
  recently_nudged: { status: 409, message: 'This pair was reminded in the last 3 days' },
  feedback_not_open: { status: 409, message: 'This feedback is not open yet' },
  already_answered: { status: 409, message: 'You have already answered' },

  // Support groups
  group_closed: { status: 409, message: 'This group has closed' },
  group_not_open: { status: 409, message: 'This group is no longer open to you' },
  already_joined: { status: 409, message: 'You are already in this group' },
  is_facilitator: { status: 409, message: 'You facilitate this group' },
  no_offer: { status: 409, message: 'You have no place on offer in this group' },
  offer_lapsed: { status: 409, message: 'This offer has lapsed' },
  not_a_member: { status: 403, message: 'Only members of the group can do that' },
  too_many_members: { status: 409, message: 'More places are taken than that' },
  too_many_facilitators: { status: 409, message: 'The group has more facilitators than that; remove one first' },
  session_started: { status: 409, message: 'This session has already started' },
  session_cancelled: { status: 409, message: 'This session is cancelled' },
  session_not_held: { status: 409, message: 'This session has not taken place yet' },
  survey_not_open: { status: 409, message: 'The survey opens when the session ends' },
  survey_closed: { status: 409, message: 'The survey has closed' },

  // Talk to a peer
  already_claimed: { status: 409, message: 'Another supporter has already taken this request' },
  request_closed: { status: 409, message: 'This request is closed or cancelled' },
  not_claimed_by_you: { status: 409, message: 'Take this request first' },
  follow_up_closed: { status: 409, message: 'The time to ask for a follow-up has passed' },
  not_a_supporter: { status: 409, message: 'This person is not a peer supporter here' },
  shift_taken: { status: 409, message: 'Someone has already taken this shift' },
  shift_started: { status: 409, message: 'This shift has already started' },
  debrief_not_scheduled: { status: 409, message: 'This debrief has no time yet' },

  // The matching engine's refusals of an instance (src/matching/errors.ts), passed on as they are
  invalid_instance: { status: 400, message: 'The matching input is not valid' },
  invalid_id: { status: 400, message: 'An id in the matching input is not valid' },
  invalid_mode: { status: 400, message: 'Unknown matching mode' },
  no_mentors: { status: 400, message: 'There are no mentors to match' },
  no_mentees: { status: 400, message: 'There are no mentees to match' },
  no_candidates: { status: 400, message: 'Nobody can be matched with anybody' },
  invalid_capacity: { status: 400, message: 'A mentor capacity is not valid' },
  duplicate_id: { status: 400, message: 'A person appears twice' },
  duplicate_pair: { status: 400, message: 'A pair appears twice' },
  unknown_mentor: { status: 400, message: 'Unknown mentor' },
  unknown_mentee: { status: 400, message: 'Unknown mentee' },
  invalid_score: { status: 400, message: 'A score is not valid' },
  invalid_weight: { status: 400, message: 'A weight is not valid' },
  invalid_preferences: { status: 400, message: 'A preference list is not valid' },
  duplicate_pin: { status: 400, message: 'A person is pinned twice' },
  pin_not_candidate: { status: 400, message: 'A pinned pair is not a possible pair' },
  pin_forbidden: { status: 400, message: 'A pinned pair is forbidden' },
  pin_breaks_rule: { status: 400, message: 'A pinned pair breaks a rule of the program' },
  pin_over_capacity: { status: 400, message: 'Pins give a mentor more mentees than their capacity' },
  over_capacity: { status: 400, message: 'A mentor has more mentees than their capacity' },
} as const satisfies Record<string, { status: number; message: string }>;

export type ErrorCode = keyof typeof ERROR_CATALOGUE;
export type ErrorStatus = (typeof ERROR_CATALOGUE)[ErrorCode]['status'];

/** The statuses a route may answer with an error body, for its documented responses. */
export const ERROR_STATUSES = [...new Set(Object.values(ERROR_CATALOGUE).map((entry) => entry.status))].sort(
  (a, b) => a - b,
) as ErrorStatus[];
