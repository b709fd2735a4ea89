import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { runCli } from '#matching/cli.ts';

const samples = join(import.meta.dirname, 'samples');

function run(args: string[]): { code: number; out: string; err: string } {
  let out = '';
  let err = '';
  const code = runCli(args, { stdout: (t) => (out += t), stderr: (t) => (err += t) });
  return { code, out, err };
}

describe('npm run match', () => {
  it('solves a plain instance file and prints the result as JSON', () => {
    const { code, out } = run(['--instance', join(samples, 'instance.json')]);
    expect(code).toBe(0);
    const result = JSON.parse(out);
    expect(result.matched).toBe(4);
    expect(result.objective).toBe(25.25);
    expect(result.pairs[0]).toEqual({ mentor: 'm1', mentee: 'e1', score: 7.5 });
    expect(result.unmatched).toEqual([{ mentee: 'e5', reason: 'eligible_mentors_full', mentors: ['m2'] }]);
  });

  it('matches coordinator exports into pairs.csv', () => {
    const out = join(mkdtempSync(join(tmpdir(), 'kindred-match-')), 'pairs.csv');
    const result = run(['--mentors', join(samples, 'mentors.csv'), '--mentees', join(samples, 'mentees.csv'), '--rules', join(samples, 'rules.json'), '--out', out]);
    expect(result.code).toBe(0);
    const lines = readFileSync(out, 'utf8').trim().split('\n');
    expect(lines[0]).toBe('mentee,mentor,score,pinned,unmatched_reason,sameSite,sharedSpecialty,wantedSpecialty,sharedLanguage,availability,shiftPattern,sharedExperience,menteePreference');
    expect(lines).toHaveLength(15);
    expect(lines).toContain('intern.gita,dev.patel,15.5,yes,,3,0,4,1,2,1,1.5,3');
    // Conflict of interest: ben.walsh may not mentor intern.chloe.
    expect(lines.find((l) => l.startsWith('intern.chloe,'))).not.toContain('ben.walsh');
  });

  it.each([
    ['a missing file', ['--instance', '/nonexistent/instance.json'], 'unreadable_file'],
    ['a file that is not JSON', ['--instance', 'BADJSON'], 'invalid_json'],
    ['an invalid instance', ['--instance', 'NOMENTORS'], 'no_mentors'],
    ['an unknown option', ['--instanse', 'x.json'], 'usage'],
    ['no input', [], 'usage'],
  ])('refuses %s with exit code 2 and a JSON error', (_, args, code) => {
    const dir = mkdtempSync(join(tmpdir(), 'kindred-match-'));
    writeFileSync(join(dir, 'bad.json'), '{ "mentors": [ ');
    writeFileSync(join(dir, 'empty.json'), JSON.stringify({ mentors: [], mentees: [{ id: 'e' }], pairs: [] }));
    const resolved = args.map((a) => (a === 'BADJSON' ? join(dir, 'bad.json') : a === 'NOMENTORS' ? join(dir, 'empty.json') : a));
    const result = run(resolved);
    expect(result.code).toBe(2);
    expect(JSON.parse(result.err.split('\n')[0]!).error.code).toBe(code);
  });

  it('refuses a bad CSV row with the file, line and column', () => {
    const dir = mkdtempSync(join(tmpdir(), 'kindred-match-'));
    writeFileSync(join(dir, 'mentors.csv'), 'id,capacity\nm1,2\nm2,0\n');
    const result = run(['--mentors', join(dir, 'mentors.csv'), '--mentees', join(samples, 'mentees.csv'), '--rules', join(samples, 'rules.json'), '--out', join(dir, 'p.csv')]);
    expect(result.code).toBe(2);
    expect(JSON.parse(result.err).error).toMatchObject({ code: 'invalid_capacity', field: `${join(dir, 'mentors.csv')}:3.capacity` });
  });
});
