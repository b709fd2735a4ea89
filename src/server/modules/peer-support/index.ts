import type { ServerModule } from '../../module.ts';
import { careRoutes } from './care-routes.ts';
import { debriefRoutes } from './debrief-routes.ts';
import { runPeerRouting, runPeerUpkeep } from './jobs.ts';
import { leadRoutes } from './lead-routes.ts';
import { memberRoutes } from './member-routes.ts';
import { messageRoutes } from './message-routes.ts';
import { supporterRoutes } from './supporter-routes.ts';

/** Talk to a peer: requests routed to an on-call roster, debriefs after events, and care for the supporters. */
export const peerSupportModule: ServerModule = {
  name: 'peer-support',
  routes: [memberRoutes, supporterRoutes, messageRoutes, careRoutes, leadRoutes, debriefRoutes],
  jobs: [
    { queue: 'peer-support.routing', cron: '* * * * *', run: runPeerRouting },
    { queue: 'peer-support.upkeep', cron: '*/5 * * * *', run: runPeerUpkeep },
  ],
};

export { routeWaitingRequests } from './routing.ts';
