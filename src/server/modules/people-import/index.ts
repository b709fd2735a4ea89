import type { ServerModule } from '../../module.ts';
import { peopleImportRoutes } from './routes.ts';

/** Bringing an organisation's people in from a CSV file: check, then commit. */
export const peopleImportModule: ServerModule = { name: 'people-import', routes: [peopleImportRoutes], jobs: [] };
