import type { ServerModule } from '../../module.ts';
import { trainingRoutes } from './routes.ts';

/** Training modules (the mentor training gate) and who has completed them. */
export const trainingModule: ServerModule = { name: 'training', routes: [trainingRoutes], jobs: [] };
