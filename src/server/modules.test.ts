import { describe, expect, it } from 'vitest';
import { createTestDatabase, testConfig } from '#test/api.ts';
import { MODULES, QUEUE_NAMES } from './modules.ts';
import { startServices } from './start-services.ts';

const JOBS = MODULES.flatMap((module) => module.jobs.map((job) => ({ module: module.name, ...job })));

describe('the one list of server modules', () => {
  it('names each module once, and each scheduled job has a queue of its own feature', () => {
    expect(MODULES.length).toBeGreaterThan(0);
    expect(new Set(MODULES.map((module) => module.name)).size).toBe(MODULES.length);
    expect(JOBS.length).toBeGreaterThan(0);
    for (const job of JOBS) expect(job.queue.startsWith(`${job.module}.`), job.queue).toBe(true);
    expect(new Set(QUEUE_NAMES).size).toBe(QUEUE_NAMES.length);
  });

  it("schedules every feature's job at start and runs each at once to catch up", async () => {
    const databaseUrl = await createTestDatabase();
    const services = await startServices(testConfig(), databaseUrl, (error) => {
      throw error;
    });
    try {
      const pool = services.deps.database.pool;
      const schedules = await pool.query<{ name: string; cron: string }>('SELECT name, cron FROM pgboss.schedule');
      for (const job of JOBS) expect(schedules.rows, job.queue).toContainEqual({ name: job.queue, cron: job.cron });
      // The catch-up run at start: each queue's first job is taken by its worker and completed.
      const deadline = Date.now() + 30_000;
      let completed: string[] = [];
      while (Date.now() < deadline) {
        const { rows } = await pool.query<{ name: string }>(
          "SELECT DISTINCT name FROM pgboss.job WHERE state = 'completed' AND name = ANY($1)",
          [JOBS.map((job) => job.queue)],
        );
        completed = rows.map((row) => row.name).sort();
        if (completed.length === JOBS.length) break;
        await new Promise((resolve) => setTimeout(resolve, 250));
      }
      expect(completed).toEqual(JOBS.map((job) => job.queue).sort());
    } finally {
      await services.stop();
    }
  });
});
