import type { ErrorCode } from '#shared/contracts/errors.ts';
import { isApiError } from '#web/lib/api-client.ts';
import { errorMessage } from '#web/lib/form-errors.ts';

/** The server's refusals (409s) in words for someone tired, with what they can do next. */
const PLAIN: Partial<Record<ErrorCode, string>> = {
  group_closed: 'This group has closed, so it is not taking anyone new.',
  is_facilitator: 'You facilitate this group, so you cannot also join it as a member.',
  offer_lapsed:
    'Sorry, this offer has run out, and the place has gone to the next person waiting. You can join the wait-list again.',
  no_offer: 'There is no place on offer for you in this group any more.',
  session_started: 'This session has already started, so your answer can no longer change.',
  session_cancelled: 'This session has been cancelled.',
  not_a_member: 'Only members of the group can say whether they will come.',
};

export function memberErrorText(error: unknown): string {
  const plain = isApiError(error) ? PLAIN[error.code as ErrorCode] : undefined;
  return plain ?? errorMessage(error);
}

/** "about 47 hours" or "about 20 minutes": how long an offered place is still held. */
export function timeLeftText(untilIso: string, now = Date.now()): string {
  const minutes = Math.max(0, Math.round((Date.parse(untilIso) - now) / 60_000));
  if (minutes >= 120) return `about ${Math.floor(minutes / 60)} hours`;
  if (minutes >= 60) return 'about an hour';
  return `${minutes} minutes`;
}
