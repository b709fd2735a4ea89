import type { ServerModule } from '../../module.ts';
import { profileRoutes } from './routes.ts';

/** A person's own profile, private details and the contact they share with a mentoring partner. */
export const profileModule: ServerModule = { name: 'profile', routes: [profileRoutes], jobs: [] };
