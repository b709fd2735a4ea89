import { readFileSync, writeFileSync } from 'node:fs';
import { pathToFileURL } from 'node:url';
import { parseArgs } from 'node:util';
import {
  checkRuleIds,
  parseMenteesCsv,
  parseMentorsCsv,
  parseRulesJson,
  pairsCsv,
} from '#matching/coordinator-files.ts';
import { MatchingError } from '#matching/errors.ts';
import { explainMatching } from '#matching/explain.ts';
import { scorePairs } from '#matching/scoring.ts';
import { solveMatching } from '#matching/solve.ts';
import type { MatchingInstance, MatchingMode, MatchingResult } from '#matching/types.ts';

/** The only file of the engine that touches files and the console. */
export interface CliIo {
  stdout: (text: string) => void;
  stderr: (text: string) => void;
}

const USAGE = `Usage:
  npm run match -- --instance FILE.json [--mode optimal|fair|stable]
  npm run match -- --mentors mentors.csv --mentees mentees.csv --rules rules.json --out pairs.csv [--mode ...]
Exit codes: 0 matched, 2 bad input (the error is printed as JSON on stderr).`;

/** Runs the command line and returns its exit code. */
export function runCli(
  argv: string[],
  io: CliIo = { stdout: (t) => process.stdout.write(t), stderr: (t) => process.stderr.write(t) },
): number {
  try {
    const { values } = parseArgs({
      args: argv,
      options: {
        instance: { type: 'string' },
        mentors: { type: 'string' },
        mentees: { type: 'string' },
        rules: { type: 'string' },
        out: { type: 'string' },
        mode: { type: 'string' },
        help: { type: 'boolean' },
      },
      strict: true,
    });
    if (values.help) {
      io.stdout(`${USAGE}\n`);
      return 0;
    }
    const mode = values.mode as MatchingMode | undefined;
    if (values.instance !== undefined) {
      const instance = readJson(values.instance) as MatchingInstance;
      io.stdout(`${JSON.stringify(plainResult(solveMatching(instance, mode ? { mode } : {})), null, 2)}\n`);
      return 0;
    }
    if (
      values.mentors !== undefined &&
      values.mentees !== undefined &&
      values.rules !== undefined &&
      values.out !== undefined
    ) {
      const mentors = parseMentorsCsv(readText(values.mentors), values.mentors);
      const mentees = parseMenteesCsv(readText(values.mentees), values.mentees);
      const rules = parseRulesJson(readText(values.rules), values.rules);
      checkRuleIds(rules, mentors, mentees, values.rules);
      const scored = scorePairs(mentors, mentees, rules.criteria, {
        ...rules.rules,
        conflicts: rules.conflicts ?? [],
        forbids: rules.forbids ?? [],
        pins: rules.pins ?? [],
      });
      const instance: MatchingInstance = {
        mentors: mentors.map((m) => ({ id: m.id, capacity: m.capacity })),
        mentees: mentees.map((m) => ({ id: m.id })),
        pairs: scored.pairs,
        pins: rules.pins ?? [],
        forbids: rules.forbids ?? [],
        mode: mode ?? rules.mode ?? 'optimal',
      };
      const result = solveMatching(instance);
      const explanation = explainMatching(instance, result);
      writeText(
        values.out,
        pairsCsv(
          explanation,
          mentees.map((m) => m.id),
        ),
      );
      io.stdout(`${JSON.stringify({ out: values.out, ...plainResult(result), excluded: scored.excluded }, null, 2)}\n`);
      return 0;
    }
    throw new UsageError('Give --instance, or all of --mentors, --mentees, --rules and --out.');
  } catch (error) {
    return fail(error, io);
  }
}

class UsageError extends Error {}

function plainResult(result: MatchingResult): object {
  return {
    mode: result.mode,
    pairs: result.pairs.map(({ mentor, mentee, score }) => ({ mentor, mentee, score })),
    matched: result.matched,
    objective: result.objective,
    unmatched: result.unmatched,
    blockingPairs: result.blockingPairs,
    summary: result.summary,
  };
}

function fail(error: unknown, io: CliIo): number {
  if (error instanceof MatchingError) {
    io.stderr(`${JSON.stringify({ error: error.toJSON() })}\n`);
    return 2;
  }
  if (
    error instanceof UsageError ||
    (error instanceof TypeError && 'code' in error && String(error.code).startsWith('ERR_PARSE_ARGS'))
  ) {
    io.stderr(`${JSON.stringify({ error: { code: 'usage', message: error.message } })}\n${USAGE}\n`);
    return 2;
  }
  if (error instanceof FileError) {
    io.stderr(`${JSON.stringify({ error: { code: error.code, message: error.message, field: error.file } })}\n`);
    return 2;
  }
  throw error;
}

class FileError extends Error {
  constructor(
    readonly code: 'unreadable_file' | 'unwritable_file' | 'invalid_json',
    message: string,
    readonly file: string,
  ) {
    super(message);
  }
}

function readText(file: string): string {
  try {
    return readFileSync(file, 'utf8');
  } catch (error) {
    throw new FileError('unreadable_file', `Cannot read ${file}: ${(error as Error).message}`, file);
  }
}

function writeText(file: string, text: string): void {
  try {
    writeFileSync(file, text);
  } catch (error) {
    throw new FileError('unwritable_file', `Cannot write ${file}: ${(error as Error).message}`, file);
  }
}

function readJson(file: string): unknown {
  const text = readText(file);
  try {
    return JSON.parse(text);
  } catch (error) {
    throw new FileError('invalid_json', `${file} is not valid JSON: ${(error as Error).message}`, file);
  }
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
  process.exitCode = runCli(process.argv.slice(2));
}
