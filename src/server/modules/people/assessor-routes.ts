import {
  ZAssessorRelation,
  ZAssessorRelationBody,
  ZColleagueQuery,
  ZColleagues,
  ZOwnAssessorBody,
  ZOwnAssessors,
  ZPersonAssessorRelations,
} from '#shared/contracts/assessors.ts';
import { ZOrgParams } from '#shared/contracts/common.ts';
import { ZPersonParams } from '#shared/contracts/people.ts';
import { ANY_MEMBER, orgRoles } from '../../context.ts';
import { del, get, NO_CONTENT, post, routeTable } from '../../route-table.ts';
import * as assessors from './assessors.ts';

const ADMIN = orgRoles('org_admin');

/** The "no assessor" rule's data (DESIGN.md rule 6): what the organisation records, and what a person declares. */
export const assessorRoutes = routeTable({ tags: ['people'] }, [
  get('/api/orgs/:orgId/people/:personId/assessor-relations', {
    access: orgRoles('org_admin', 'coordinator'),
    summary: 'Who the organisation recorded as supervising, assessing or managing this person, and whom they do',
    params: ZPersonParams,
    response: ZPersonAssessorRelations,
    handler: ({ deps, ctx, params }) => assessors.recordedRelations(deps, ctx, params.personId),
  }),
  post('/api/orgs/:orgId/assessor-relations', {
    access: ADMIN,
    summary: 'Record that someone supervises, assesses or line-manages someone',
    params: ZOrgParams,
    body: ZAssessorRelationBody,
    response: ZAssessorRelation,
    status: 201,
    handler: ({ deps, ctx, body }) => assessors.recordRelation(deps, ctx, body),
  }),
  del('/api/orgs/:orgId/assessor-relations', {
    access: ADMIN,
    summary: 'Remove a relationship the organisation recorded',
    params: ZOrgParams,
    query: ZAssessorRelationBody,
    response: NO_CONTENT,
    status: 204,
    handler: ({ deps, ctx, query }) => assessors.removeRelation(deps, ctx, query),
  }),

  get('/api/orgs/:orgId/me/assessors', {
    access: ANY_MEMBER,
    summary: 'People you declared as supervising, assessing or managing you (only you see this list)',
    params: ZOrgParams,
    response: ZOwnAssessors,
    handler: ({ deps, ctx }) => assessors.ownAssessors(deps, ctx),
  }),
  post('/api/orgs/:orgId/me/assessors', {
    access: ANY_MEMBER,
    summary: 'Declare someone who supervises, assesses or manages you',
    params: ZOrgParams,
    body: ZOwnAssessorBody,
    response: ZOwnAssessors,
    status: 201,
    handler: ({ deps, ctx, body }) => assessors.declareAssessor(deps, ctx, body),
  }),
  del('/api/orgs/:orgId/me/assessors', {
    access: ANY_MEMBER,
    summary: 'Take someone off your list',
    params: ZOrgParams,
    query: ZOwnAssessorBody,
    response: NO_CONTENT,
    status: 204,
    handler: ({ deps, ctx, query }) => assessors.withdrawAssessor(deps, ctx, query),
  }),
  get('/api/orgs/:orgId/me/assessors/candidates', {
    access: ANY_MEMBER,
    summary: 'Find a colleague to declare, by name or whole e-mail address (names only)',
    params: ZOrgParams,
    query: ZColleagueQuery,
    response: ZColleagues,
    handler: ({ deps, ctx, query }) => assessors.findColleagues(deps, ctx, query.q),
  }),
]);
