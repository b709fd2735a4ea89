import { connectDatabase } from '#db/client.ts';
import { sealerFor } from '#db/seal.ts';
import { answerKey } from './answer-key.ts';
import { startJobs } from './jobs/queue.ts';
import { keepCaughtMail, type MailCatcher, startMailCatcher, startMailDelivery } from './modules/mail/index.ts';
import { MODULES, QUEUE_NAMES } from './modules.ts';
import type { Config } from './config.ts';
import type { AppDeps } from './deps.ts';
import { installationSecret } from './secrets.ts';

/**
 * Seals held answers written in the clear: those held before migration 0010, and the demo seed's.
 * Answers taken by the app are sealed as they arrive.
 */
export async function sealHeldAnswers(deps: AppDeps): Promise<number> {
  let sealed = 0;
  for (const module of MODULES) sealed += (await module.sealHeldAnswers?.(deps)) ?? 0;
  return sealed;
}

export interface Services {
  deps: AppDeps;
  cookieSecret: string;
  stop(): Promise<void>;
}

/**
 * Connects everything the app needs to an already-migrated database: pool, job queue, mail delivery
 * (to SMTP_URL, or to the built-in catcher). Shared by main.ts and the API tests.
 */
export async function startServices(
  config: Config,
  databaseUrl: string,
  onError: (error: Error) => void,
  options: { scheduleJobs?: boolean } = {},
): Promise<Services> {
  const database = connectDatabase(databaseUrl, { max: 20, onError });
  const jobs = await startJobs(databaseUrl, { queues: QUEUE_NAMES, onError });
  let catcher: MailCatcher | null = null;
  if (!config.smtpUrl) catcher = await startMailCatcher((message) => keepCaughtMail(database.db, message));
  const stopMail = await startMailDelivery(jobs, config.smtpUrl ?? catcher!.url, config.mailFrom);
  const deps: AppDeps = {
    config,
    database,
    db: database.db,
    jobs,
    mailCatcherEnabled: catcher !== null,
    sealer: sealerFor(await answerKey(config)),
  };
  // Each feature's scheduled work, on its own queue. API tests run these jobs by hand, when their data
  // is ready, so the clock never races them.
  const scheduled = MODULES.flatMap((module) => module.jobs);
  for (const job of scheduled) await jobs.work(job.queue, () => job.run(deps));
  if (options.scheduleJobs ?? true) {
    for (const job of scheduled) {
      await jobs.schedule(job.queue, job.cron);
      // A start (or restart) catches up at once rather than at the next tick.
      await jobs.send(job.queue, {});
    }
  }
  return {
    deps,
    cookieSecret: await installationSecret(database.db, 'cookie'),
    async stop() {
      await jobs.stop();
      stopMail();
      await catcher?.stop();
      await database.close();
    },
  };
}
