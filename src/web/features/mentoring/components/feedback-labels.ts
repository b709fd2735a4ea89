import type { FeedbackRound } from '../api/get-feedback-status.ts';

export const ROUND_LABELS: Record<FeedbackRound, string> = { midpoint: 'Mid-point', end: 'End of program' };

/** Privacy rules 3 and 4, in words a tired trainee can trust: we do not say "anonymous". */
export const FEEDBACK_PRIVACY_LINE =
  'Your answers are not linked to your name, and results are only shown once at least five people have answered.';

/** Privacy rule 4: a figure drawn from fewer than 5 people is never shown as a number. */
export const FEWER_THAN_FIVE = 'fewer than 5';

export function figureText(figure: { suppressed: boolean; value: number | null }, unit = ''): string {
  if (figure.suppressed || figure.value === null) return FEWER_THAN_FIVE;
  return `${figure.value}${unit}`;
}
