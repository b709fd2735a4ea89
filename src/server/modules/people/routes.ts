import { ZOrgParams } from '#shared/contracts/common.ts';
import {
  ZInvitationBody,
  ZInvitationSent,
  ZPeoplePage,
  ZPeopleQuery,
  ZPerson,
  ZPersonParams,
  ZPersonUpdate,
} from '#shared/contracts/people.ts';
import { orgRoles } from '../../context.ts';
import { del, get, NO_CONTENT, patch, post, routeTable } from '../../route-table.ts';
import * as people from './service.ts';

const ADMIN = orgRoles('org_admin');

/** An organisation's people: who they are, their roles and placement, and inviting them. */
export const peopleRoutes = routeTable({ tags: ['people'] }, [
  get('/api/orgs/:orgId/people', {
    access: orgRoles('org_admin', 'coordinator'),
    summary: 'People of the organisation',
    params: ZOrgParams,
    query: ZPeopleQuery,
    response: ZPeoplePage,
    handler: ({ deps, ctx, query }) => people.listPeople(deps, ctx, query),
  }),
  patch('/api/orgs/:orgId/people/:personId', {
    access: ADMIN,
    summary: "Change a person's roles and placement",
    params: ZPersonParams,
    body: ZPersonUpdate,
    response: ZPerson,
    handler: ({ deps, ctx, params, body }) => people.updatePerson(deps, ctx, params.personId, body),
  }),
  del('/api/orgs/:orgId/people/:personId', {
    access: ADMIN,
    summary: 'Remove a person from the organisation',
    params: ZPersonParams,
    response: NO_CONTENT,
    status: 204,
    handler: ({ deps, ctx, params }) => people.removePerson(deps, ctx, params.personId),
  }),
  post('/api/orgs/:orgId/invitations', {
    access: ADMIN,
    summary: 'Invite someone by e-mail',
    params: ZOrgParams,
    body: ZInvitationBody,
    response: ZInvitationSent,
    status: 201,
    handler: ({ deps, ctx, body }) => people.invitePerson(deps, ctx, body),
  }),
  post('/api/orgs/:orgId/people/:personId/invitation', {
    access: ADMIN,
    summary: 'Send a fresh invitation to someone who has not joined yet',
    params: ZPersonParams,
    response: ZInvitationSent,
    status: 201,
    handler: ({ deps, ctx, params }) => people.resendInvitation(deps, ctx, params.personId),
  }),
]);
