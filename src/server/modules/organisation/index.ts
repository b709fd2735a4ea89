import type { ServerModule } from '../../module.ts';
import { organisationRoutes } from './routes.ts';

/** The organisation itself: its settings, sites, departments, cohorts, rotation terms and crisis resources. */
export const organisationModule: ServerModule = { name: 'organisation', routes: [organisationRoutes], jobs: [] };

export { findCrisisResources, findForeignReference, findOrganisation, orgToday } from './repo.ts';
export { defaultCrisisResources } from './crisis-defaults.ts';
