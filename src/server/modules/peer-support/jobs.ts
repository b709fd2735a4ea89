import type { AppDeps } from '../../deps.ts';
import { lapseEventOffers } from './outreach.ts';
import { eraseAfterRetention, remindFollowUps } from './retention.ts';
import { materialiseShifts, remindShifts } from './roster.ts';
import { routeWaitingRequests } from './routing.ts';

/**
 * Routing, every minute and on its own queue, so nothing else delays it: route new requests and move on those
 * nobody claimed in time. It reads its state from the database, so a restart loses nothing and no step runs twice.
 */
export async function runPeerRouting(deps: AppDeps): Promise<void> {
  await routeWaitingRequests(deps);
}

/**
 * Talk to a peer's upkeep (every 5 minutes): keep the next weeks' shifts made and their supporters reminded,
 * remind of follow-ups, lapse unanswered offers after events, and erase what identifies requesters once the
 * retention period is over. Each step is safe to run twice.
 */
export async function runPeerUpkeep(deps: AppDeps): Promise<void> {
  await materialiseShifts(deps);
  await remindShifts(deps);
  await remindFollowUps(deps);
  await lapseEventOffers(deps);
  await eraseAfterRetention(deps);
}
