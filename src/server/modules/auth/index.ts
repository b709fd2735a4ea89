import type { ServerModule } from '../../module.ts';
import { authRoutes } from './routes.ts';

/** Signing in and out, password resets, accepting an invitation. */
export const authModule: ServerModule = { name: 'auth', routes: [authRoutes], jobs: [] };

export { createPasswordReset } from './repo.ts';
