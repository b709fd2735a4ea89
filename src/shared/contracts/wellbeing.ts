import { z } from 'zod';

/**
 * Wellbeing check-ins (DESIGN.md C6, issue 14): the scoring rules of the two measures, shared by the server, which
 * stores and aggregates, and the web app, which explains a person's own numbers to them. Pure functions only.
 */

/** WHO-5 Well-Being Index (WHO Regional Office for Europe, 1998; free to use): five statements, last two weeks. */
export const WHO5_ITEMS = [
  'I have felt cheerful and in good spirits',
  'I have felt calm and relaxed',
  'I have felt active and vigorous',
  'I woke up feeling fresh and rested',
  'My daily life has been filled with things that interest me',
] as const;

/** How much of the time, scored 0 to 5. */
export const WHO5_ANSWERS = [
  'At no time',
  'Some of the time',
  'Less than half of the time',
  'More than half of the time',
  'Most of the time',
  'All of the time',
] as const;

export const ZWho5Answers = z
  .array(z.number().int().min(0, 'Choose an answer').max(5, 'Choose an answer'))
  .length(WHO5_ITEMS.length, 'Answer all five statements');

/** The percentage score: the raw sum (0–25) times 4, so 0–100. */
export function who5Percent(answers: readonly number[]): number {
  if (answers.length !== WHO5_ITEMS.length || answers.some((a) => !Number.isInteger(a) || a < 0 || a > 5)) {
    throw new RangeError('WHO-5 takes five answers from 0 to 5');
  }
  return answers.reduce((sum, a) => sum + a, 0) * 4;
}

/**
 * What a score means for the help Kindred shows: 28 or below, stronger signposting (a GP, the employee assistance
 * program, crisis options); 50 or below, "lower than usual" with signposting; above 50, nothing to flag.
 */
export type Who5Band = 'much_lower' | 'lower' | 'usual';
export function who5Band(percent: number): Who5Band {
  if (percent <= 28) return 'much_lower';
  if (percent <= 50) return 'lower';
  return 'usual';
}

/** A change of 10 points or more between two WHO-5 scores is a real change, not noise. */
export const WHO5_REAL_CHANGE = 10;
export function who5Change(before: number, after: number): 'better' | 'worse' | 'about_the_same' {
  if (after - before >= WHO5_REAL_CHANGE) return 'better';
  if (before - after >= WHO5_REAL_CHANGE) return 'worse';
  return 'about_the_same';
}

/**
 * A single-item burnout measure, in our own words after the five-level item of the Physician Work Life Study
 * (not the copyrighted Maslach items): the third answer or higher means symptoms of burnout.
 */
export const BURNOUT_ANSWERS = [
  'I enjoy my work and have no symptoms of burnout',
  'I am sometimes under stress and have less energy than I used to, but I do not feel burned out',
  'I am burning out: I have at least one symptom, such as being physically or emotionally exhausted',
  'My symptoms of burnout will not go away, and I think about frustrations at work a lot',
  'I feel completely burned out and wonder if I can go on; I may need some changes or some help',
] as const;

/** The answer's level, 1 to 5. */
export const ZBurnoutLevel = z
  .number()
  .int()
  .min(1, 'Choose an answer')
  .max(BURNOUT_ANSWERS.length, 'Choose an answer');

export const BURNOUT_THRESHOLD = 3;
export const hasBurnoutSymptoms = (level: number): boolean => level >= BURNOUT_THRESHOLD;
