import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { ZErrorResponse, ZOrgParams } from '#shared/contracts/common.ts';
import { ZInvitationBody, ZInvitationSent, ZPeoplePage, ZPeopleQuery, ZPerson, ZPersonParams, ZPersonUpdate } from '#shared/contracts/people.ts';
import { orgRoles } from '../../context.ts';
import { contextOf } from '../../plugins/access.ts';
import * as people from './service.ts';

const errors = { 400: ZErrorResponse, 401: ZErrorResponse, 403: ZErrorResponse, 404: ZErrorResponse, 409: ZErrorResponse };
const tags = ['people'];

export const peopleRoutes: FastifyPluginAsyncZod = async (app) => {
  const deps = app.deps;

  app.get(
    '/api/orgs/:orgId/people',
    { config: { access: orgRoles('org_admin', 'coordinator') }, schema: { tags, summary: 'People of the organisation', params: ZOrgParams, querystring: ZPeopleQuery, response: { 200: ZPeoplePage, ...errors } } },
    async (request) => people.listPeople(deps, contextOf(request), request.query),
  );
  app.patch(
    '/api/orgs/:orgId/people/:personId',
    { config: { access: orgRoles('org_admin') }, schema: { tags, summary: "Change a person's roles and placement", params: ZPersonParams, body: ZPersonUpdate, response: { 200: ZPerson, ...errors } } },
    async (request) => people.updatePerson(deps, contextOf(request), request.params.personId, request.body),
  );
  app.delete(
    '/api/orgs/:orgId/people/:personId',
    { config: { access: orgRoles('org_admin') }, schema: { tags, summary: 'Remove a person from the organisation', params: ZPersonParams, response: { 204: z.null(), ...errors } } },
    async (request, reply) => {
      await people.removePerson(deps, contextOf(request), request.params.personId);
      return reply.status(204).send(null);
    },
  );
  app.post(
    '/api/orgs/:orgId/invitations',
    { config: { access: orgRoles('org_admin') }, schema: { tags, summary: 'Invite someone by e-mail', params: ZOrgParams, body: ZInvitationBody, response: { 201: ZInvitationSent, ...errors } } },
    async (request, reply) => reply.status(201).send(await people.invitePerson(deps, contextOf(request), request.body)),
  );
  app.post(
    '/api/orgs/:orgId/people/:personId/invitation',
    { config: { access: orgRoles('org_admin') }, schema: { tags, summary: 'Send a fresh invitation to someone who has not joined yet', params: ZPersonParams, response: { 201: ZInvitationSent, ...errors } } },
    async (request, reply) => reply.status(201).send(await people.resendInvitation(deps, contextOf(request), request.params.personId)),
  );
};
