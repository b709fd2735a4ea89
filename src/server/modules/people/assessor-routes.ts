import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import {
  ZAssessorRelation,
  ZAssessorRelationBody,
  ZColleagueQuery,
  ZColleagues,
  ZOwnAssessorBody,
  ZOwnAssessors,
  ZPersonAssessorRelations,
} from '#shared/contracts/assessors.ts';
import { ZErrorResponse, ZOrgParams } from '#shared/contracts/common.ts';
import { ZPersonParams } from '#shared/contracts/people.ts';
import { ANY_MEMBER, orgRoles } from '../../context.ts';
import { contextOf } from '../../plugins/access.ts';
import * as assessors from './assessors.ts';

const errors = { 400: ZErrorResponse, 401: ZErrorResponse, 403: ZErrorResponse, 404: ZErrorResponse, 409: ZErrorResponse };
const tags = ['people'];

/** The "no assessor" rule's data (DESIGN.md rule 6): what the organisation records, and what a person declares. */
export const assessorRoutes: FastifyPluginAsyncZod = async (app) => {
  const deps = app.deps;

  app.get(
    '/api/orgs/:orgId/people/:personId/assessor-relations',
    {
      config: { access: orgRoles('org_admin', 'coordinator') },
      schema: { tags, summary: 'Who the organisation recorded as supervising, assessing or managing this person, and whom they do', params: ZPersonParams, response: { 200: ZPersonAssessorRelations, ...errors } },
    },
    async (request) => assessors.recordedRelations(deps, contextOf(request), request.params.personId),
  );
  app.post(
    '/api/orgs/:orgId/assessor-relations',
    { config: { access: orgRoles('org_admin') }, schema: { tags, summary: 'Record that someone supervises, assesses or line-manages someone', params: ZOrgParams, body: ZAssessorRelationBody, response: { 201: ZAssessorRelation, ...errors } } },
    async (request, reply) => reply.status(201).send(await assessors.recordRelation(deps, contextOf(request), request.body)),
  );
  app.delete(
    '/api/orgs/:orgId/assessor-relations',
    { config: { access: orgRoles('org_admin') }, schema: { tags, summary: 'Remove a relationship the organisation recorded', params: ZOrgParams, querystring: ZAssessorRelationBody, response: { 204: z.null(), ...errors } } },
    async (request, reply) => {
      await assessors.removeRelation(deps, contextOf(request), request.query);
      return reply.status(204).send(null);
    },
  );

  app.get(
    '/api/orgs/:orgId/me/assessors',
    { config: { access: ANY_MEMBER }, schema: { tags, summary: 'People you declared as supervising, assessing or managing you (only you see this list)', params: ZOrgParams, response: { 200: ZOwnAssessors, ...errors } } },
    async (request) => assessors.ownAssessors(deps, contextOf(request)),
  );
  app.post(
    '/api/orgs/:orgId/me/assessors',
    { config: { access: ANY_MEMBER }, schema: { tags, summary: 'Declare someone who supervises, assesses or manages you', params: ZOrgParams, body: ZOwnAssessorBody, response: { 201: ZOwnAssessors, ...errors } } },
    async (request, reply) => reply.status(201).send(await assessors.declareAssessor(deps, contextOf(request), request.body)),
  );
  app.delete(
    '/api/orgs/:orgId/me/assessors',
    { config: { access: ANY_MEMBER }, schema: { tags, summary: 'Take someone off your list', params: ZOrgParams, querystring: ZOwnAssessorBody, response: { 204: z.null(), ...errors } } },
    async (request, reply) => {
      await assessors.withdrawAssessor(deps, contextOf(request), request.query);
      return reply.status(204).send(null);
    },
  );
  app.get(
    '/api/orgs/:orgId/me/assessors/candidates',
    { config: { access: ANY_MEMBER }, schema: { tags, summary: 'Find a colleague to declare, by name or whole e-mail address (names only)', params: ZOrgParams, querystring: ZColleagueQuery, response: { 200: ZColleagues, ...errors } } },
    async (request) => assessors.findColleagues(deps, contextOf(request), request.query.q),
  );
};
