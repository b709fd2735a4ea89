import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { ZErrorResponse, ZOrgParams } from '#shared/contracts/common.ts';
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
import { contextOf } from '../../plugins/access.ts';
import { coordinates } from './eligibility.ts';
import * as facilitation from './facilitation.ts';
import { changeOneSession } from './sessions.ts';

const errors = { 400: ZErrorResponse, 401: ZErrorResponse, 403: ZErrorResponse, 404: ZErrorResponse, 409: ZErrorResponse };
const FACILITATOR = orgRoles('facilitator');
const tags = ['groups'];
const base = '/api/orgs/:orgId/groups/:groupId';

/**
 * The facilitator's side of a group. Only people with the facilitator role pass the guard (others 403),
 * and only the group's own facilitators find the group (other facilitators 404).
 */
export const groupFacilitatorRoutes: FastifyPluginAsyncZod = async (app) => {
  const deps = app.deps;

  app.get(
    '/api/orgs/:orgId/facilitating',
    { config: { access: FACILITATOR }, schema: { tags, summary: 'Groups you facilitate', params: ZOrgParams, response: { 200: z.object({ groups: z.array(ZGroup) }), ...errors } } },
    async (request) => ({ groups: await facilitation.myGroups(deps, contextOf(request)) }),
  );
  app.get(
    `${base}/facilitation`,
    { config: { access: FACILITATOR }, schema: { tags, summary: 'A group you facilitate: members, plan, sessions with their logs, supervision', params: ZGroupParams, response: { 200: ZFacilitation, ...errors } } },
    async (request) => facilitation.facilitation(deps, contextOf(request), request.params.groupId),
  );
  app.put(
    `${base}/plan`,
    { config: { access: FACILITATOR }, schema: { tags, summary: "The group's session plan: check-in, theme, check-out, signposting", params: ZGroupParams, body: ZSessionPlan, response: { 200: ZSessionPlan, ...errors } } },
    async (request) => facilitation.savePlan(deps, contextOf(request), request.params.groupId, request.body),
  );
  app.put(
    `${base}/sessions/:sessionId/attendance`,
    { config: { access: FACILITATOR }, schema: { tags, summary: 'Who came (members of the group); they are invited to the survey', params: ZGroupSessionParams, body: ZAttendanceBody, response: { 204: z.null(), ...errors } } },
    async (request, reply) => {
      await facilitation.recordAttendance(deps, contextOf(request), request.params.groupId, request.params.sessionId, request.body.personIds);
      return reply.status(204).send(null);
    },
  );
  app.put(
    `${base}/sessions/:sessionId/log`,
    {
      config: { access: FACILITATOR },
      schema: { tags, summary: 'Log a session: head count, themes from the list, signposting and escalation (no names, no free text)', params: ZGroupSessionParams, body: ZSessionLogBody, response: { 200: ZSessionLog, ...errors } },
    },
    async (request) => facilitation.logSession(deps, contextOf(request), request.params.groupId, request.params.sessionId, request.body),
  );
  app.post(
    `${base}/supervision`,
    { config: { access: FACILITATOR }, schema: { tags, summary: 'Record a supervision meeting with your supervisor', params: ZGroupParams, body: ZSupervisionBody, response: { 201: ZSupervisionRecord, ...errors } } },
    async (request, reply) => reply.status(201).send(await facilitation.recordSupervision(deps, contextOf(request), request.params.groupId, request.body)),
  );
  app.patch(
    `${base}/sessions/:sessionId`,
    {
      config: { access: orgRoles('facilitator', 'coordinator', 'org_admin') },
      schema: { tags, summary: 'Move, change or cancel one session (members get an updated invite)', params: ZGroupSessionParams, body: ZSessionChange, response: { 200: ZSession, ...errors } },
    },
    async (request) => {
      const ctx = contextOf(request);
      return changeOneSession(deps, ctx, coordinates(ctx), request.params.groupId, request.params.sessionId, request.body);
    },
  );
};
