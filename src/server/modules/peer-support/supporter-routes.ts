import { ZOrgParams } from '#shared/contracts/common.ts';
import {
  ZClaimBody,
  ZCloseBody,
  ZRequestParams,
  ZSupporterInbox,
  ZSupporterRequest,
} from '#shared/contracts/peer-support.ts';
import { ANY_MEMBER } from '../../context.ts';
import { get, post, routeTable } from '../../route-table.ts';
import * as supporting from './supporting.ts';

const base = '/api/orgs/:orgId/peer-support';
const request = `${base}/requests/:requestId`;

/**
 * The supporter's side of a request. Open to any member: the program's backup and lead are offered requests too,
 * without the supporter role; the service answers 404 for a request not offered to the caller nor taken by them.
 */
export const supporterRoutes = routeTable({ tags: ['peer-support'] }, [
  get(`${base}/inbox`, {
    access: ANY_MEMBER,
    summary: 'Requests offered to you, and those you took',
    params: ZOrgParams,
    response: ZSupporterInbox,
    handler: ({ deps, ctx }) => supporting.inbox(deps, ctx),
  }),
  get(request, {
    access: ANY_MEMBER,
    summary: 'A request offered to you or taken by you, as a supporter sees it',
    params: ZRequestParams,
    response: ZSupporterRequest,
    handler: ({ deps, ctx, params }) => supporting.supporterRequest(deps, ctx, params.requestId),
  }),
  post(`${request}/claim`, {
    access: ANY_MEMBER,
    summary: 'Take a request offered to you, saying by when you will make contact (the first to claim gets it)',
    params: ZRequestParams,
    body: ZClaimBody,
    response: ZSupporterRequest,
    handler: ({ deps, ctx, params, body }) =>
      supporting.claim(deps, ctx, { requestId: params.requestId, contactBy: body.contactBy }),
  }),
  post(`${request}/first-contact`, {
    access: ANY_MEMBER,
    summary: 'Record that you have reached the person (the request you took)',
    params: ZRequestParams,
    response: ZSupporterRequest,
    handler: ({ deps, ctx, params }) => supporting.recordFirstContact(deps, ctx, params),
  }),
  post(`${request}/close`, {
    access: ANY_MEMBER,
    summary: 'Close the request you took: outcome, rough length, any follow-up time; no content',
    params: ZRequestParams,
    body: ZCloseBody,
    response: ZSupporterRequest,
    handler: ({ deps, ctx, params, body }) => supporting.close(deps, ctx, { requestId: params.requestId, ...body }),
  }),
  post(`${request}/follow-up-done`, {
    access: ANY_MEMBER,
    summary: 'Record that the follow-up of a request you closed took place',
    params: ZRequestParams,
    response: ZSupporterRequest,
    handler: ({ deps, ctx, params }) => supporting.recordFollowUpDone(deps, ctx, params),
  }),
]);
