import type { TalkOverview } from '#shared/contracts/peer-support.ts';
import type { RequestContext } from '../../context.ts';
import type { AppDeps } from '../../deps.ts';
import { myCurrentRequests } from './asking.ts';
import { debriefInvitationsFor } from './debriefs.ts';
import { eventOffersFor } from './outreach.ts';
import { programFor } from './program-repo.ts';

/**
 * The member's "Talk to a peer" page: the program's promise (how soon a request is answered), their current
 * requests, and what was offered to them alone (an offer of a peer after an event, debriefs they are invited to).
 * Apart from asking.ts so that the modules which open requests for a member can be read here without a cycle.
 */
export async function talkOverview(deps: AppDeps, ctx: RequestContext): Promise<TalkOverview> {
  const program = await programFor(deps.db, ctx.org.orgId);
  return {
    programName: program.name,
    ackMinutes: program.ackMinutes,
    followUpHours: program.followUpHours,
    requests: await myCurrentRequests(deps, ctx, program.followUpHours),
    eventOffers: await eventOffersFor(deps, ctx),
    debriefInvitations: await debriefInvitationsFor(deps, ctx),
  };
}
