import PgBoss from 'pg-boss';
import type pg from 'pg';

export interface Jobs {
  /** Queues a job; pass the transaction's client so the job exists exactly when the data it is about does. */
  send(queue: string, data: object, within?: pg.PoolClient): Promise<void>;
  sendMany(queue: string, data: object[], within?: pg.PoolClient): Promise<void>;
  /**
   * Runs `handler` for each job, fetching up to `batchSize` at a time and handling them side by side. Each
   * job is completed (or failed, to be retried) the moment its handler ends, so a crash mid-batch repeats
   * at most the jobs in hand.
   */
  work<T extends object>(
    queue: string,
    handler: (data: T) => Promise<void>,
    options?: { batchSize?: number },
  ): Promise<void>;
  /** Runs the queue's worker on a cron schedule; pg-boss makes sure only one instance runs each tick. */
  schedule(queue: string, cron: string): Promise<void>;
  stop(): Promise<void>;
}

/** An SMTP outage of up to about half an hour is ridden out: 8 tries, 5 s apart and doubling. */
const RETRY = { retryLimit: 8, retryDelay: 5, retryBackoff: true };

/** Creates the queues, or brings an existing queue's retry policy up to date. */
export async function ensureQueues(boss: PgBoss, queues: readonly string[]): Promise<void> {
  for (const name of queues) {
    await boss.createQueue(name, { name, ...RETRY });
    await boss.updateQueue(name, { name, ...RETRY });
  }
}
const adapter = (client: pg.PoolClient) => ({
  executeSql: (text: string, values: unknown[]) => client.query(text, values),
});

export async function startJobs(
  databaseUrl: string,
  options: { queues: readonly string[]; onError: (error: Error) => void },
): Promise<Jobs> {
  const boss = new PgBoss({ connectionString: databaseUrl, max: 4, application_name: 'kindred-jobs' });
  boss.on('error', options.onError);
  await boss.start();
  await ensureQueues(boss, options.queues);
  return {
    async send(queue, data, within) {
      await boss.send(queue, data, { ...RETRY, ...(within ? { db: adapter(within) } : {}) });
    },
    async sendMany(queue, data, within) {
      const jobs = data.map((d) => ({ name: queue, data: d, ...RETRY }));
      for (let i = 0; i < jobs.length; i += 1000)
        await boss.insert(jobs.slice(i, i + 1000), within ? { db: adapter(within) } : {});
    },
    async work<T extends object>(
      queue: string,
      handler: (data: T) => Promise<void>,
      options: { batchSize?: number } = {},
    ) {
      await boss.work<T>(queue, { pollingIntervalSeconds: 0.5, batchSize: options.batchSize ?? 1 }, async (jobs) => {
        await Promise.all(
          jobs.map(async (job) => {
            try {
              await handler(job.data);
              await boss.complete(queue, job.id);
            } catch (error) {
              await boss.fail(queue, job.id, { message: error instanceof Error ? error.message : String(error) });
            }
          }),
        );
      });
    },
    async schedule(queue, cron) {
      await boss.schedule(queue, cron);
    },
    async stop() {
      await boss.stop({ graceful: true, wait: true, timeout: 10_000 });
    },
  };
}
