import type { AppDeps } from '../../deps.ts';
import type { ServerModule } from '../../module.ts';
import { sealLegacyHeld } from '../anonymous-answers/index.ts';
import { releaseHeldFeedback, sendOpenFeedbackRounds } from './feedback.ts';
import { programFeedback } from './feedback-repo.ts';
import { mentoringPairRoutes } from './pair-routes.ts';
import { sendDueReminders } from './reminders.ts';
import { mentoringProgramRoutes } from './routes.ts';

/** Mentoring programs: applications, matching, pairs and their meetings, mid-point feedback, the report. */
export const mentoringModule: ServerModule = {
  name: 'mentoring',
  routes: [mentoringProgramRoutes, mentoringPairRoutes],
  jobs: [
    {
      queue: 'mentoring.reminders',
      cron: '*/15 * * * *',
      async run(deps: AppDeps) {
        await sendDueReminders(deps);
        await sendOpenFeedbackRounds(deps);
        await releaseHeldFeedback(deps);
      },
    },
  ],
  sealHeldAnswers: (deps) => sealLegacyHeld(deps.database, deps.sealer, programFeedback),
};
