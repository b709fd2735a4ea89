import type { AppDeps } from '../../deps.ts';
import { lapseOffers } from './membership.ts';
import { extendSchedules, sendSessionReminders } from './sessions.ts';
import { releaseHeldAnswers, sendSurveyInvitations } from './surveys.ts';

/**
 * The groups' share of the scheduled job (every 15 minutes, one instance at a time): keep sessions
 * materialised, remind, pass lapsed offers on, invite to surveys, release held answers. Each step
 * is safe to run twice.
 */
export async function runGroupJobs(deps: AppDeps): Promise<void> {
  await extendSchedules(deps);
  await sendSessionReminders(deps);
  await lapseOffers(deps);
  await sendSurveyInvitations(deps);
  await releaseHeldAnswers(deps);
}
