import { ZOrgParams } from '#shared/contracts/common.ts';
import { ZAskBody, ZMyRequest, ZRequestParams, ZTalkOverview } from '#shared/contracts/peer-support.ts';
import { ANY_MEMBER } from '../../context.ts';
import { get, post, routeTable } from '../../route-table.ts';
import * as asking from './asking.ts';
import { talkOverview } from './talk-overview.ts';

const base = '/api/orgs/:orgId/talk';

/**
 * Talk to a peer as a member meets it: ask, follow where a request stands, withdraw it, ask for a follow-up. A
 * request is its requester's alone: anyone else (another organisation's member too) is answered 404.
 */
export const memberRoutes = routeTable({ tags: ['peer-support'] }, [
  get(base, {
    access: ANY_MEMBER,
    summary: 'Your requests to talk to a peer, and offers of a peer made to you alone',
    params: ZOrgParams,
    response: ZTalkOverview,
    handler: ({ deps, ctx }) => talkOverview(deps, ctx),
  }),
  post(`${base}/requests`, {
    access: ANY_MEMBER,
    summary: 'Ask to talk to a peer (optionally anonymous to the supporter); it is offered to supporters at once',
    params: ZOrgParams,
    body: ZAskBody,
    response: ZMyRequest,
    status: 201,
    handler: ({ deps, ctx, body }) => asking.ask(deps, ctx, body),
  }),
  get(`${base}/requests/:requestId`, {
    access: ANY_MEMBER,
    summary: 'Where your request stands',
    params: ZRequestParams,
    response: ZMyRequest,
    handler: ({ deps, ctx, params }) => asking.myRequest(deps, ctx, params.requestId),
  }),
  post(`${base}/requests/:requestId/cancel`, {
    access: ANY_MEMBER,
    summary: 'Withdraw your request (whoever has it is told)',
    params: ZRequestParams,
    response: ZMyRequest,
    handler: ({ deps, ctx, params }) => asking.cancel(deps, ctx, params.requestId),
  }),
  post(`${base}/requests/:requestId/follow-up`, {
    access: ANY_MEMBER,
    summary: "Ask your supporter for a follow-up, within the program's follow-up time after closing",
    params: ZRequestParams,
    response: ZMyRequest,
    handler: ({ deps, ctx, params }) => asking.askForFollowUp(deps, ctx, params.requestId),
  }),
]);
