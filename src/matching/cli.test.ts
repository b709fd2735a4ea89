import { existsSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
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
    const result = run([
      '--mentors',
      join(samples, 'mentors.csv'),
      '--mentees',
      join(samples, 'mentees.csv'),
      '--rules',
      join(samples, 'rules.json'),
      '--out',
      out,
    ]);
    expect(result.code).toBe(0);
    const lines = readFileSync(out, 'utf8').trim().split('\n');
    expect(lines[0]).toBe(
      'mentee,mentor,score,pinned,unmatched_reason,sameSite,sharedSpecialty,wantedSpecialty,sharedLanguage,availability,shiftPattern,sharedExperience,menteePreference',
    );
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
    const resolved = args.map((a) =>
      a === 'BADJSON' ? join(dir, 'bad.json') : a === 'NOMENTORS' ? join(dir, 'empty.json') : a,
    );
    const result = run(resolved);
    expect(result.code).toBe(2);
    expect(JSON.parse(result.err.split('\n')[0]!).error.code).toBe(code);
  });

  it('refuses a bad CSV row with the file, line and column', () => {
    const dir = mkdtempSync(join(tmpdir(), 'kindred-match-'));
    writeFileSync(join(dir, 'mentors.csv'), 'id,capacity\nm1,2\nm2,0\n');
    const result = run([
      '--mentors',
      join(dir, 'mentors.csv'),
      '--mentees',
      join(samples, 'mentees.csv'),
      '--rules',
      join(samples, 'rules.json'),
      '--out',
      join(dir, 'p.csv'),
    ]);
    expect(result.code).toBe(2);
    expect(JSON.parse(result.err).error).toMatchObject({
      code: 'invalid_capacity',
      field: `${join(dir, 'mentors.csv')}:3.capacity`,
    });
  });

  it.each([
    ['in a folder that does not exist', (dir: string) => join(dir, 'no-such-folder', 'pairs.csv')],
    ['that is a folder', (dir: string) => dir],
  ])('refuses an --out path %s with exit code 2 and a JSON error, not a stack trace', (_, outPath) => {
    const dir = mkdtempSync(join(tmpdir(), 'kindred-match-'));
    const out = outPath(dir);
    const result = run([
      '--mentors',
      join(samples, 'mentors.csv'),
      '--mentees',
      join(samples, 'mentees.csv'),
      '--rules',
      join(samples, 'rules.json'),
      '--out',
      out,
    ]);
    expect(result.code).toBe(2);
    expect(result.out).toBe('');
    const error = JSON.parse(result.err).error;
    expect(error).toMatchObject({ code: 'unwritable_file', field: out });
    expect(error.message).toContain(`Cannot write ${out}`);
  });

  describe('rules.json is checked field by field', () => {
    const sampleRules = JSON.parse(readFileSync(join(samples, 'rules.json'), 'utf8')) as Record<string, unknown>;

    /** Runs the sample exports with the sample rules.json changed by `edit`. */
    function withRules(edit: (rules: Record<string, unknown>) => void): {
      code: number;
      out: string;
      err: string;
      rulesFile: string;
      outFile: string;
    } {
      const dir = mkdtempSync(join(tmpdir(), 'kindred-match-'));
      const rules = structuredClone(sampleRules);
      edit(rules);
      const rulesFile = join(dir, 'rules.json');
      const outFile = join(dir, 'pairs.csv');
      writeFileSync(rulesFile, JSON.stringify(rules));
      return {
        ...run([
          '--mentors',
          join(samples, 'mentors.csv'),
          '--mentees',
          join(samples, 'mentees.csv'),
          '--rules',
          rulesFile,
          '--out',
          outFile,
        ]),
        rulesFile,
        outFile,
      };
    }

    it.each([
      [
        'a seniority gap that is text',
        (r: Record<string, unknown>) => (r.rules = { minSeniorityGap: 'abc' }),
        'invalid_instance',
        'rules.minSeniorityGap',
      ],
      [
        'a negative candidatesPerMentee',
        (r: Record<string, unknown>) => (r.rules = { candidatesPerMentee: -1 }),
        'invalid_instance',
        'rules.candidatesPerMentee',
      ],
      [
        'a candidatesPerMentee that is text',
        (r: Record<string, unknown>) => (r.rules = { candidatesPerMentee: 'x' }),
        'invalid_instance',
        'rules.candidatesPerMentee',
      ],
      [
        'a fractional candidatesPerMentee',
        (r: Record<string, unknown>) => (r.rules = { candidatesPerMentee: 2.5 }),
        'invalid_instance',
        'rules.candidatesPerMentee',
      ],
      [
        'requireTrained that is not true or false',
        (r: Record<string, unknown>) => (r.rules = { requireTrained: 'no' }),
        'invalid_instance',
        'rules.requireTrained',
      ],
      [
        'a misspelt rule',
        (r: Record<string, unknown>) => (r.rules = { minSenorityGap: 0 }),
        'invalid_instance',
        'rules.minSenorityGap',
      ],
      ['an unknown top-level field', (r: Record<string, unknown>) => (r.forbid = []), 'invalid_instance', '.forbid'],
      [
        'a weight that is text',
        (r: Record<string, unknown>) => (r.criteria = { sameSite: 'high' }),
        'invalid_weight',
        'criteria.sameSite',
      ],
      [
        'a negative weight',
        (r: Record<string, unknown>) => (r.criteria = { sameSite: -1 }),
        'invalid_weight',
        'criteria.sameSite',
      ],
      [
        'an unknown criterion',
        (r: Record<string, unknown>) => (r.criteria = { sameHospital: 2 }),
        'invalid_weight',
        'criteria.sameHospital',
      ],
      ['an unknown mode', (r: Record<string, unknown>) => (r.mode = 'best'), 'invalid_mode', '.mode'],
      [
        'a conflict without a mentee',
        (r: Record<string, unknown>) => (r.conflicts = [{ mentor: 'ben.walsh' }]),
        'invalid_instance',
        'conflicts[0].mentee',
      ],
      [
        'a pin id that is a number',
        (r: Record<string, unknown>) => (r.pins = [{ mentor: 'dev.patel', mentee: 7 }]),
        'invalid_instance',
        'pins[0].mentee',
      ],
      [
        'forbids that are not a list',
        (r: Record<string, unknown>) => (r.forbids = { mentor: 'a', mentee: 'b' }),
        'invalid_instance',
        '.forbids',
      ],
    ])('refuses %s with exit code 2 and an error naming the field', (_, edit, code, field) => {
      const result = withRules(edit);
      expect(result.code).toBe(2);
      const error = JSON.parse(result.err).error;
      expect(error.code).toBe(code);
      expect(error.field).toBe(`${result.rulesFile}${field.startsWith('.') ? '' : '.'}${field}`);
      expect(error.message).toContain(field.replace(/^\./, ''));
      expect(existsSync(result.outFile)).toBe(false);
    });

    it('accepts an empty rules file (every default) and refuses one that is not an object', () => {
      const result = withRules((r) => {
        for (const k of Object.keys(r)) delete r[k];
      });
      expect(result.code).toBe(0);
      const dir = mkdtempSync(join(tmpdir(), 'kindred-match-'));
      writeFileSync(join(dir, 'rules.json'), '[1, 2]');
      const refused = run([
        '--mentors',
        join(samples, 'mentors.csv'),
        '--mentees',
        join(samples, 'mentees.csv'),
        '--rules',
        join(dir, 'rules.json'),
        '--out',
        join(dir, 'p.csv'),
      ]);
      expect(refused.code).toBe(2);
      expect(JSON.parse(refused.err).error).toMatchObject({ code: 'invalid_instance', field: join(dir, 'rules.json') });
    });

    it('refuses conflicts naming ids that are not in the CSV files, naming every one', () => {
      const result = withRules(
        (r) =>
          (r.conflicts = [
            { mentor: 'grace.murphy', mentee: 'intern.liam' },
            { mentor: 'ben.walsh', mentee: 'intern.chlo' },
            { mentor: 'nobody', mentee: 'intern.aisha' },
          ]),
      );
      expect(result.code).toBe(2);
      const error = JSON.parse(result.err).error;
      expect(error).toMatchObject({ code: 'unknown_mentee', field: `${result.rulesFile}.conflicts[1].mentee` });
      expect(error.message).toContain('"intern.chlo"');
      expect(error.message).toContain('"nobody"');
      expect(existsSync(result.outFile)).toBe(false);
    });

    it.each(['forbids', 'pins'])('refuses %s naming an id that is not in the CSV files', (name) => {
      const result = withRules((r) => (r[name] = [{ mentor: 'dev.patell', mentee: 'intern.gita' }]));
      expect(result.code).toBe(2);
      expect(JSON.parse(result.err).error).toMatchObject({
        code: 'unknown_mentor',
        field: `${result.rulesFile}.${name}[0].mentor`,
      });
    });

    it('still applies a valid seniority gap (the rule the audit saw switched off by text)', () => {
      const result = withRules((r) => (r.rules = { minSeniorityGap: 100 }));
      // Nobody is 100 years more senior: every pair is excluded, the pin included.
      expect(result.code).toBe(2);
      expect(JSON.parse(result.err).error.code).toBe('pin_breaks_rule');
    });
  });
});
