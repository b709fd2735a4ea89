import { connectDatabase } from '#db/client.ts';
import { sealerFor } from '#db/seal.ts';
import { answerKey } from './answer-key.ts';
import { startJobs } from './jobs/queue.ts';
import { sealLegacyHeld } from './modules/anonymous-answers/pooled-answers.ts';
import { runGroupJobs } from './modules/groups/jobs.ts';
import { groupSurveys } from './modules/groups/survey-repo.ts';
import { type MailCatcher, startMailCatcher } from './modules/mail/catcher.ts';
import { startMailDelivery } from './modules/mail/mailer.ts';
import { keepCaughtMail } from './modules/mail/repo.ts';
import { releaseHeldFeedback, sendOpenFeedbackRounds } from './modules/mentoring/feedback.ts';
import { programFeedback } from './modules/mentoring/feedback-repo.ts';
import { REMINDER_QUEUE, sendDueReminders } from './modules/mentoring/reminders.ts';
import type { Config } from './config.ts';
import type { AppDeps } from './deps.ts';
import { installationSecret } from './secrets.ts';

/**
 * Seals held answers written in the clear: those held before migration 0010, and the demo seed's.
 * Answers taken by the app are sealed as they arrive.
 */
export async function sealHeldAnswers(deps: AppDeps): Promise<number> {
  return (await sealLegacyHeld(deps.database, deps.sealer, groupSurveys)) + (await sealLegacyHeld(deps.database, deps.sealer, programFeedback));
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
export async function startServices(config: Config, databaseUrl: string, onError: (error: Error) => void, options: { scheduleJobs?: boolean } = {}): Promise<Services> {
  const database = connectDatabase(databaseUrl, { max: 20, onError });
  const jobs = await startJobs(databaseUrl, { onError });
  let catcher: MailCatcher | null = null;
  if (!config.smtpUrl) catcher = await startMailCatcher((message) => keepCaughtMail(database.db, message));
  const stopMail = await startMailDelivery(jobs, config.smtpUrl ?? catcher!.url, config.mailFrom);
  const deps: AppDeps = { config, database, db: database.db, jobs, mailCatcherEnabled: catcher !== null, sealer: sealerFor(await answerKey(config)) };
  await jobs.work(REMINDER_QUEUE, async () => {
    await sendDueReminders(deps);
    await sendOpenFeedbackRounds(deps);
    await releaseHeldFeedback(deps);
    await runGroupJobs(deps);
  });
  // API tests run these jobs by hand, when their data is ready, so the clock never races them.
  if (options.scheduleJobs ?? true) {
    await jobs.schedule(REMINDER_QUEUE, '*/15 * * * *');
    // A start (or restart) catches up at once rather than at the next quarter hour.
    await jobs.send(REMINDER_QUEUE, {});
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
