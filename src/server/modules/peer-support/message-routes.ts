import { ZMessageBody, ZRequestMessage, ZRequestMessages, ZRequestParams } from '#shared/contracts/peer-support.ts';
import { ANY_MEMBER } from '../../context.ts';
import { get, post, type Route, routeTable } from '../../route-table.ts';
import { type ChatSide, listMessages, sendMessage } from './messages.ts';

/** The two doors of one conversation: the requester's under talk/, the supporter's under peer-support/. */
const chatRoutes = (side: ChatSide, url: string, who: string): Route[] => [
  get(url, {
    access: ANY_MEMBER,
    summary: `The conversation about a request (${who})`,
    params: ZRequestParams,
    response: ZRequestMessages,
    handler: ({ deps, ctx, params }) => listMessages(deps, ctx, { requestId: params.requestId, side }),
  }),
  post(url, {
    access: ANY_MEMBER,
    summary: `Send a message about a request (${who}); the other side is told there is one, not what it says`,
    params: ZRequestParams,
    body: ZMessageBody,
    response: ZRequestMessage,
    status: 201,
    handler: ({ deps, ctx, params, body }) =>
      sendMessage(deps, ctx, { requestId: params.requestId, side, body: body.body }),
  }),
];

/** Chat between a requester and the supporter who took their request: only those two, only once it is taken. */
export const messageRoutes = routeTable({ tags: ['peer-support'] }, [
  ...chatRoutes('requester', '/api/orgs/:orgId/talk/requests/:requestId/messages', 'the person who asked'),
  ...chatRoutes('supporter', '/api/orgs/:orgId/peer-support/requests/:requestId/messages', 'the supporter who took it'),
]);
