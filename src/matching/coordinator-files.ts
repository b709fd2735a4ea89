import Papa from 'papaparse';
import { MatchingError } from '#matching/errors.ts';
import type { ExplainedPair, MatchingExplanation } from '#matching/explain.ts';
import type { CriteriaWeights, MenteeProfile, MentorProfile, ScoringRules } from '#matching/scoring.ts';
import type { MatchingMode, PairRef } from '#matching/types.ts';

/**
 * The spreadsheet exports coordinators work from: mentors.csv, mentees.csv and rules.json in,
 * pairs.csv out. Text in, text out; reading and writing files is the command line's job.
 * Lists inside a cell are separated by `;`.
 */
export interface CoordinatorRules {
  mode?: MatchingMode;
  criteria?: Partial<CriteriaWeights>;
  rules?: Pick<ScoringRules, 'requireTrained' | 'minSeniorityGap' | 'candidatesPerMentee'>;
  conflicts?: PairRef[];
  forbids?: PairRef[];
  pins?: PairRef[];
}

type Row = Record<string, string>;

export function parseMentorsCsv(text: string, file = 'mentors.csv'): MentorProfile[] {
  return readRows(text, file, ['id', 'capacity']).map(({ row, at }) => ({
    id: row.id!,
    capacity: wholeNumber(row.capacity!, `${at}.capacity`),
    ...common(row, at),
    trained: yesNo(row.trained ?? '', `${at}.trained`),
    conflicts: list(row.conflicts),
  }));
}

export function parseMenteesCsv(text: string, file = 'mentees.csv'): MenteeProfile[] {
  return readRows(text, file, ['id']).map(({ row, at }) => ({
    id: row.id!,
    ...common(row, at),
    wantedSpecialties: list(row.wanted_specialties),
    preferredMentors: list(row.preferred_mentors),
    avoidMentors: list(row.avoid_mentors),
    conflicts: list(row.conflicts),
  }));
}

export function parseRulesJson(text: string, file = 'rules.json'): CoordinatorRules {
  let parsed: unknown;
  try {
    parsed = JSON.parse(text);
  } catch (error) {
    throw new MatchingError('invalid_instance', `${file} is not valid JSON: ${(error as Error).message}`, file);
  }
  if (typeof parsed !== 'object' || parsed === null || Array.isArray(parsed)) {
    throw new MatchingError('invalid_instance', `${file} must hold an object.`, file);
  }
  const rules = parsed as Record<string, unknown>;
  for (const name of ['criteria', 'rules'] as const) {
    const value = rules[name];
    if (value !== undefined && (typeof value !== 'object' || value === null || Array.isArray(value))) {
      throw new MatchingError('invalid_instance', `${name} must be an object.`, `${file}.${name}`);
    }
  }
  for (const name of ['conflicts', 'forbids', 'pins'] as const) {
    const value = rules[name];
    if (value === undefined) continue;
    if (!Array.isArray(value)) throw new MatchingError('invalid_instance', `${name} must be a list.`, `${file}.${name}`);
    value.forEach((ref: unknown, k) => {
      const pair = ref as Partial<PairRef> | null;
      if (typeof pair?.mentor !== 'string' || typeof pair.mentee !== 'string') {
        throw new MatchingError('invalid_instance', 'Expected { "mentor": id, "mentee": id }.', `${file}.${name}[${k}]`);
      }
    });
  }
  return rules as CoordinatorRules;
}

const CRITERIA_COLUMNS: (keyof CriteriaWeights)[] = [
  'sameSite',
  'sharedSpecialty',
  'wantedSpecialty',
  'sharedLanguage',
  'availability',
  'shiftPattern',
  'sharedExperience',
  'menteePreference',
];

/** One row per mentee: its mentor and score by criterion, or why it is unmatched. */
export function pairsCsv(explanation: MatchingExplanation, menteeOrder: string[]): string {
  const byMentee = new Map<string, ExplainedPair>(explanation.pairs.map((p) => [p.mentee, p]));
  const unmatched = new Map(explanation.unmatched.map((u) => [u.mentee, u]));
  const round = (x: number): string => String(Math.round(x * 1000) / 1000);
  const rows = menteeOrder.map((mentee) => {
    const pair = byMentee.get(mentee);
    if (pair) {
      return [mentee, pair.mentor, round(pair.score), pair.pinned ? 'yes' : 'no', '', ...CRITERIA_COLUMNS.map((c) => round(pair.breakdown[c] ?? 0))];
    }
    const reason = unmatched.get(mentee);
    const detail = reason?.reason === 'eligible_mentors_full' ? `${reason.reason}: ${reason.mentors.join(';')}` : (reason?.reason ?? '');
    return [mentee, '', '', '', detail, ...CRITERIA_COLUMNS.map(() => '')];
  });
  return Papa.unparse({ fields: ['mentee', 'mentor', 'score', 'pinned', 'unmatched_reason', ...CRITERIA_COLUMNS], data: rows }, { newline: '\n' }) + '\n';
}

function readRows(text: string, file: string, required: string[]): { row: Row; at: string }[] {
  const parsed = Papa.parse<Row>(text.replace(/^\uFEFF/, ''), { header: true, skipEmptyLines: 'greedy', transformHeader: (h) => h.trim().toLowerCase() });
  const error = parsed.errors[0];
  if (error) {
    throw new MatchingError('invalid_instance', `${file} could not be read: ${error.message}`, `${file}:${(error.row ?? 0) + 2}`);
  }
  for (const column of required) {
    if (!parsed.meta.fields?.includes(column)) {
      throw new MatchingError('invalid_instance', `${file} needs a column named ${column}.`, file);
    }
  }
  // Line numbers count the header as line 1, as spreadsheets do.
  return parsed.data.map((row, k) => {
    const at = `${file}:${k + 2}`;
    const trimmed: Row = {};
    for (const [name, value] of Object.entries(row)) trimmed[name] = (value ?? '').trim();
    if (!trimmed.id) throw new MatchingError('invalid_id', 'Every row needs an id.', `${at}.id`);
    return { row: trimmed, at };
  });
}

function common(row: Row, at: string): Omit<MenteeProfile, 'id'> {
  return {
    ...(row.site ? { site: row.site } : {}),
    ...(row.shift_pattern ? { shiftPattern: row.shift_pattern } : {}),
    ...(row.seniority ? { seniority: finite(row.seniority, `${at}.seniority`) } : {}),
    specialties: list(row.specialties),
    languages: list(row.languages),
    availability: list(row.availability),
    experiences: list(row.experiences),
  };
}

function list(cell: string | undefined): string[] {
  return (cell ?? '')
    .split(';')
    .map((x) => x.trim())
    .filter((x) => x.length > 0);
}

function yesNo(cell: string, field: string): boolean {
  const value = cell.toLowerCase();
  if (['yes', 'y', 'true', '1'].includes(value)) return true;
  if (['no', 'n', 'false', '0', ''].includes(value)) return false;
  throw new MatchingError('invalid_instance', `Expected yes or no, found "${cell}".`, field);
}

function wholeNumber(cell: string, field: string): number {
  const value = Number(cell);
  if (cell === '' || !Number.isInteger(value) || value < 1) {
    throw new MatchingError('invalid_capacity', `Capacity must be a whole number of at least 1, found "${cell}".`, field);
  }
  return value;
}

function finite(cell: string, field: string): number {
  const value = Number(cell);
  if (!Number.isFinite(value)) throw new MatchingError('invalid_instance', `Expected a number, found "${cell}".`, field);
  return value;
}
