import { z } from 'zod';
import { ZOrgParams } from '#shared/contracts/common.ts';
import {
  ZAttendanceBody,
  ZFacilitation,
  ZGroup,
  ZGroupParams,
  ZGroupSessionParams,
  ZSession,
  ZSessionChange,
  ZSessionLog,
  ZSessionLogBody,
  ZSessionPlan,
  ZSupervisionBody,
  ZSupervisionRecord,
} from '#shared/contracts/groups.ts';
import { orgRoles } from '../../context.ts';
import { get, NO_CONTENT, patch, post, put, routeTable } from '../../route-table.ts';
import { coordinates } from './eligibility.ts';
import * as facilitation from './facilitation.ts';
import { changeOneSession } from './sessions.ts';

const FACILITATOR = orgRoles('facilitator');
const base = '/api/orgs/:orgId/groups/:groupId';

/**
 * The facilitator's side of a group. Only people with the facilitator role pass the guard (others 403),
 * and only the group's own facilitators find the group (other facilitators 404).
 */
export const groupFacilitatorRoutes = routeTable({ tags: ['groups'] }, [
  get('/api/orgs/:orgId/facilitating', {
    access: FACILITATOR,
    summary: 'Groups you facilitate',
    params: ZOrgParams,
    response: z.object({ groups: z.array(ZGroup) }),
    handler: async ({ deps, ctx }) => ({ groups: await facilitation.myGroups(deps, ctx) }),
  }),
  get(`${base}/facilitation`, {
    access: FACILITATOR,
    summary: 'A group you facilitate: members, plan, sessions with their logs, supervision',
    params: ZGroupParams,
    response: ZFacilitation,
    handler: ({ deps, ctx, params }) => facilitation.facilitation(deps, ctx, params.groupId),
  }),
  put(`${base}/plan`, {
    access: FACILITATOR,
    summary: "The group's session plan: check-in, theme, check-out, signposting",
    params: ZGroupParams,
    body: ZSessionPlan,
    response: ZSessionPlan,
    handler: ({ deps, ctx, params, body }) => facilitation.savePlan(deps, ctx, params.groupId, body),
  }),
  put(`${base}/sessions/:sessionId/attendance`, {
    access: FACILITATOR,
    summary: 'Who came (members of the group); they are invited to the survey',
    params: ZGroupSessionParams,
    body: ZAttendanceBody,
    response: NO_CONTENT,
    status: 204,
    handler: async ({ deps, ctx, params, body }) => {
      const { groupId, sessionId } = params;
      await facilitation.recordAttendance(deps, ctx, { groupId, sessionId, personIds: body.personIds });
    },
  }),
  put(`${base}/sessions/:sessionId/log`, {
    access: FACILITATOR,
    summary: 'Log a session: head count, themes from the list, signposting and escalation (no names, no free text)',
    params: ZGroupSessionParams,
    body: ZSessionLogBody,
    response: ZSessionLog,
    handler: ({ deps, ctx, params: { groupId, sessionId }, body }) =>
      facilitation.logSession(deps, ctx, { groupId, sessionId, log: body }),
  }),
  post(`${base}/supervision`, {
    access: FACILITATOR,
    summary: 'Record a supervision meeting with your supervisor',
    params: ZGroupParams,
    body: ZSupervisionBody,
    response: ZSupervisionRecord,
    status: 201,
    handler: ({ deps, ctx, params, body }) => facilitation.recordSupervision(deps, ctx, params.groupId, body),
  }),
  patch(`${base}/sessions/:sessionId`, {
    access: orgRoles('facilitator', 'coordinator', 'org_admin'),
    summary: 'Move, change or cancel one session (members get an updated invite)',
    params: ZGroupSessionParams,
    body: ZSessionChange,
    response: ZSession,
    handler: ({ deps, ctx, params: { groupId, sessionId }, body }) =>
      changeOneSession(deps, ctx, { groupId, sessionId, coordinates: coordinates(ctx), change: body }),
  }),
]);
