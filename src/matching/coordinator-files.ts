import Papa from 'papaparse';
import { z } from 'zod';
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

const ZPairRef = z.strictObject(
  {
    mentor: z.string({ error: 'must be an id (text).' }).min(1, 'must not be empty.'),
    mentee: z.string({ error: 'must be an id (text).' }).min(1, 'must not be empty.'),
  },
  { error: 'must be { "mentor": id, "mentee": id }.' },
);
const ZWeight = z.number({ error: 'must be a number.' }).min(0, 'must be at least 0.').optional();
const ZPairList = z.array(ZPairRef, { error: 'must be a list of { "mentor": id, "mentee": id }.' }).optional();

const ZCriteria = z.strictObject(
  {
    sameSite: ZWeight,
    sharedSpecialty: ZWeight,
    wantedSpecialty: ZWeight,
    sharedLanguage: ZWeight,
    availability: ZWeight,
    shiftPattern: ZWeight,
    sharedExperience: ZWeight,
    menteePreference: ZWeight,
  },
  { error: 'must be an object of weights.' },
);
const ZRuleFields = {
  requireTrained: z.boolean({ error: 'must be true or false.' }).optional(),
  minSeniorityGap: z.number({ error: 'must be a number.' }).optional(),
  candidatesPerMentee: z
    .int({ error: 'must be a whole number of at least 1.' })
    .min(1, 'must be a whole number of at least 1.')
    .optional(),
};

/** Every field rules.json may hold; anything else (a misspelt rule, say) is refused, never ignored. */
const ZCoordinatorRules = z.strictObject(
  {
    mode: z.enum(['optimal', 'fair', 'stable'], { error: 'must be "optimal", "fair" or "stable".' }).optional(),
    criteria: ZCriteria.optional(),
    rules: z.strictObject(ZRuleFields, { error: 'must be an object.' }).optional(),
    conflicts: ZPairList,
    forbids: ZPairList,
    pins: ZPairList,
  },
  { error: 'must hold an object.' },
);

export function parseRulesJson(text: string, file = 'rules.json'): CoordinatorRules {
  let parsed: unknown;
  try {
    parsed = JSON.parse(text);
  } catch (error) {
    throw new MatchingError('invalid_instance', `${file} is not valid JSON: ${(error as Error).message}`, file);
  }
  const checked = ZCoordinatorRules.safeParse(parsed);
  if (checked.success) return checked.data;
  throw rulesError(checked.error.issues[0]!, parsed, file);
}

/** The first problem zod found, as a MatchingError naming the field, e.g. `rules.json.rules.minSeniorityGap`. */
function rulesError(issue: z.core.$ZodIssue, input: unknown, file: string): MatchingError {
  const path = issue.path.map((p) => (typeof p === 'number' ? `[${p}]` : `.${String(p)}`)).join('');
  const code =
    issue.path[0] === 'criteria' ? 'invalid_weight' : issue.path[0] === 'mode' ? 'invalid_mode' : 'invalid_instance';
  if (issue.code === 'unrecognized_keys') {
    const names = issue.keys.map((k) => (path ? `${path.slice(1)}.${k}` : k)).join(', ');
    const known = Object.keys(
      path === '.rules' ? ZRuleFields : path === '.criteria' ? ZCriteria.shape : ZCoordinatorRules.shape,
    ).join(', ');
    return new MatchingError(
      code,
      `${file}: unknown field ${names} (check the spelling; known: ${known}).`,
      `${file}${path}.${issue.keys[0]}`,
    );
  }
  let found = input;
  for (const p of issue.path) found = (found as Record<PropertyKey, unknown> | undefined)?.[p as PropertyKey];
  const shown = found === undefined ? 'nothing' : JSON.stringify(found);
  return new MatchingError(
    code,
    `${file}: ${path ? path.slice(1) : 'the file'} ${issue.message} Found ${shown}.`,
    `${file}${path}`,
  );
}

/**
 * Conflicts, forbids and pins must name people in the CSV files: a conflict of interest naming
 * a misspelt id would otherwise be ignored and the pair it meant to keep apart matched.
 */
export function checkRuleIds(
  rules: CoordinatorRules,
  mentors: MentorProfile[],
  mentees: MenteeProfile[],
  file = 'rules.json',
): void {
  const mentorIds = new Set(mentors.map((m) => m.id));
  const menteeIds = new Set(mentees.map((m) => m.id));
  for (const name of ['conflicts', 'forbids', 'pins'] as const) {
    const unknown: { id: string; side: 'mentor' | 'mentee'; field: string }[] = [];
    (rules[name] ?? []).forEach((ref, k) => {
      if (!mentorIds.has(ref.mentor)) unknown.push({ id: ref.mentor, side: 'mentor', field: `${name}[${k}].mentor` });
      if (!menteeIds.has(ref.mentee)) unknown.push({ id: ref.mentee, side: 'mentee', field: `${name}[${k}].mentee` });
    });
    const first = unknown[0];
    if (first) {
      const listed = unknown.map((u) => `${u.side} "${u.id}" (${u.field})`).join(', ');
      throw new MatchingError(
        first.side === 'mentor' ? 'unknown_mentor' : 'unknown_mentee',
        `${file}: ${name} name ids that are not in the CSV files: ${listed}.`,
        `${file}.${first.field}`,
      );
    }
  }
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
      return [
        mentee,
        pair.mentor,
        round(pair.score),
        pair.pinned ? 'yes' : 'no',
        '',
        ...CRITERIA_COLUMNS.map((c) => round(pair.breakdown[c] ?? 0)),
      ];
    }
    const reason = unmatched.get(mentee);
    const detail =
      reason && reason.mentors.length > 0 ? `${reason.reason}: ${reason.mentors.join(';')}` : (reason?.reason ?? '');
    return [mentee, '', '', '', detail, ...CRITERIA_COLUMNS.map(() => '')];
  });
  return (
    Papa.unparse(
      { fields: ['mentee', 'mentor', 'score', 'pinned', 'unmatched_reason', ...CRITERIA_COLUMNS], data: rows },
      { newline: '\n' },
    ) + '\n'
  );
}

function readRows(text: string, file: string, required: string[]): { row: Row; at: string }[] {
  const parsed = Papa.parse<Row>(text.replace(/^\uFEFF/, ''), {
    header: true,
    skipEmptyLines: 'greedy',
    transformHeader: (h) => h.trim().toLowerCase(),
  });
  const error = parsed.errors[0];
  if (error) {
    throw new MatchingError(
      'invalid_instance',
      `${file} could not be read: ${error.message}`,
      `${file}:${(error.row ?? 0) + 2}`,
    );
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
    throw new MatchingError(
      'invalid_capacity',
      `Capacity must be a whole number of at least 1, found "${cell}".`,
      field,
    );
  }
  return value;
}

function finite(cell: string, field: string): number {
  const value = Number(cell);
  if (!Number.isFinite(value))
    throw new MatchingError('invalid_instance', `Expected a number, found "${cell}".`, field);
  return value;
}
