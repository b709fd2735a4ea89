import type { ServerModule } from '../../module.ts';
import { healthRoutes } from './routes.ts';

/** Liveness and readiness for a load balancer or monitor. */
export const healthModule: ServerModule = { name: 'health', routes: [healthRoutes], jobs: [] };
