import type { ServerModule } from '../../module.ts';
import { assessorRoutes } from './assessor-routes.ts';
import { peopleRoutes } from './routes.ts';

/** An organisation's people: members, invitations, roles, and who supervises or assesses whom. */
export const peopleModule: ServerModule = { name: 'people', routes: [peopleRoutes, assessorRoutes], jobs: [] };

export { type AssessorConflicts, assessorConflicts, peopleRelatedTo } from './assessors.ts';
export { issueInvitation } from './invitations.ts';
export { contactsOf, ensureMember, findOrCreatePerson, findPerson } from './repo.ts';
