import type { AppDeps } from '../../deps.ts';
import { lapseEventOffers } from './outreach.ts';
import { eraseAfterRetention, remindFollowUps } from './retention.ts';
import { materialiseShifts, remindShifts } from './roster.ts';
import { routeWaitingRequests } from './routing.ts';

/**
 * Talk to a peer's scheduled work (every minute, one instance at a time): route new requests and move on those
 * nobody claimed in time, keep the next weeks' shifts made and their supporters reminded, remind of follow-ups,
 * lapse unanswered offers after events, and erase what identifies requesters once the retention period is over.
 * Every step reads its state from the database, so a restart loses nothing and no step runs twice for one request.
 */
export async function runPeerSupportJobs(deps: AppDeps): Promise<void> {
  await materialiseShifts(deps);
  await routeWaitingRequests(deps);
  await remindShifts(deps);
  await remindFollowUps(deps);
  await lapseEventOffers(deps);
  await eraseAfterRetention(deps);
}
