import type { ServerModule } from '../../module.ts';
import { sealLegacyHeld } from '../anonymous-answers/index.ts';
import { groupFacilitatorRoutes } from './facilitator-routes.ts';
import { runGroupJobs } from './jobs.ts';
import { groupMemberRoutes } from './member-routes.ts';
import { groupProgramRoutes } from './routes.ts';
import { groupSurveys } from './survey-repo.ts';

/** Support groups: programs, allocation and wait-lists, sessions and attendance, anonymous surveys, the report. */
export const groupsModule: ServerModule = {
  name: 'groups',
  routes: [groupProgramRoutes, groupMemberRoutes, groupFacilitatorRoutes],
  jobs: [{ queue: 'groups.periodic', cron: '*/15 * * * *', run: runGroupJobs }],
  sealHeldAnswers: (deps) => sealLegacyHeld(deps.database, deps.sealer, groupSurveys),
};
