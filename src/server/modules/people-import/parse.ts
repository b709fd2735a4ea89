import Papa from 'papaparse';
import { ROLE_LABELS, ROLES, type Role, ZEmail } from '#shared/contracts/common.ts';
import type { AssessorKind } from '#shared/contracts/assessors.ts';
import { IMPORT_RELATION_COLUMNS, type ImportRowError } from '#shared/contracts/people.ts';

export interface ImportRow {
  /** The line in the file, as a spreadsheet shows it: the header is line 1. */
  row: number;
  email: string;
  name: string;
  roles: Role[];
  site: string;
  department: string;
  cohort: string;
  /** Who supervises, assesses or line-manages this person, by e-mail address (no-assessor rule). */
  assessors: { column: string; kind: AssessorKind; email: string }[];
}

export interface ParsedFile {
  rows: ImportRow[];
  errors: ImportRowError[];
}

const ROLE_BY_WORD = new Map<string, Role>([
  ...ROLES.map((r) => [r, r] as const),
  ...ROLES.map((r) => [ROLE_LABELS[r].toLowerCase(), r] as const),
  ...ROLES.map((r) => [r.replaceAll('_', ' '), r] as const),
]);

/** Names in the file must match the organisation's own, ignoring case and surrounding spaces. */
export interface KnownNames {
  sites: Set<string>;
  departments: Set<string>;
  cohorts: Set<string>;
}

export const normaliseName = (s: string) => s.trim().toLowerCase();

/** Reads a people CSV (columns in docs/people-import.md) and names every problem by line and column; writes nothing. */
export function parsePeopleCsv(csv: string, known: KnownNames): ParsedFile | { missingColumn: string } {
  const parsed = Papa.parse<Record<string, string>>(csv.replace(/^\uFEFF/, ''), {
    header: true,
    skipEmptyLines: 'greedy',
    transformHeader: (h) => h.trim().toLowerCase(),
  });
  const columns = parsed.meta.fields ?? [];
  for (const required of ['email', 'name']) if (!columns.includes(required)) return { missingColumn: required };

  const rows: ImportRow[] = [];
  const errors: ImportRowError[] = [];
  const firstLineOf = new Map<string, number>();
  parsed.data.forEach((record, index) => {
    const row = index + 2;
    const cell = (c: string) => (record[c] ?? '').trim();
    const fail = (column: string, message: string) => errors.push({ row, column, message });
    const before = errors.length;

    const email = ZEmail.safeParse(cell('email'));
    if (!email.success)
      fail('email', cell('email') ? `"${cell('email')}" is not a valid e-mail address` : 'E-mail is missing');
    const name = cell('name');
    if (!name) fail('name', 'Name is missing');
    else if (name.length > 120) fail('name', 'Name is longer than 120 characters');

    const roles = new Set<Role>(['member']);
    for (const word of cell('roles').split(/[;,|]/).map(normaliseName).filter(Boolean)) {
      const role = ROLE_BY_WORD.get(word);
      if (role) roles.add(role);
      else fail('roles', `Unknown role "${word}"; use one of ${ROLES.join(', ')}`);
    }
    const lookups = [
      ['site', known.sites],
      ['department', known.departments],
      ['cohort', known.cohorts],
    ] as const;
    for (const [column, names] of lookups) {
      if (cell(column) && !names.has(normaliseName(cell(column)))) fail(column, `Unknown ${column} "${cell(column)}"`);
    }
    const assessors: ImportRow['assessors'] = [];
    for (const [column, kind] of Object.entries(IMPORT_RELATION_COLUMNS)) {
      for (const address of cell(column)
        .split(/[;,|]/)
        .map((a) => a.trim())
        .filter(Boolean)) {
        const parsedAddress = ZEmail.safeParse(address);
        if (!parsedAddress.success) fail(column, `"${address}" is not a valid e-mail address`);
        else if (email.success && parsedAddress.data === email.data)
          fail(column, 'A person cannot supervise, assess or manage themself');
        else if (!assessors.some((a) => a.kind === kind && a.email === parsedAddress.data))
          assessors.push({ column, kind, email: parsedAddress.data });
      }
    }
    if (email.success) {
      const first = firstLineOf.get(email.data);
      if (first !== undefined) fail('email', `Duplicate of line ${first}`);
      else firstLineOf.set(email.data, row);
    }
    if (errors.length === before && email.success) {
      rows.push({
        row,
        email: email.data,
        name,
        roles: [...roles],
        site: cell('site'),
        department: cell('department'),
        cohort: cell('cohort'),
        assessors,
      });
    }
  });
  for (const e of parsed.errors) errors.push({ row: (e.row ?? 0) + 2, column: 'file', message: e.message });
  errors.sort((a, b) => a.row - b.row);
  return { rows, errors };
}
