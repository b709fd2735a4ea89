import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { ZErrorResponse, ZOrgParams } from '#shared/contracts/common.ts';
import {
  ZGroupForMember,
  ZGroupParams,
  ZGroupProgramParams,
  ZGroupSessionParams,
  ZInterestBody,
  ZMembership,
  ZOpenSurvey,
  ZRsvpBody,
  ZSession,
  ZSurveyAnswerBody,
} from '#shared/contracts/groups.ts';
import { ANY_MEMBER } from '../../context.ts';
import { contextOf } from '../../plugins/access.ts';
import { registerInterest, withdrawInterest } from './allocation.ts';
import { groupForMember, groupsForMember } from './browse.ts';
import * as membership from './membership.ts';
import * as sessions from './sessions.ts';
import { openSurveys, submitSurvey } from './surveys.ts';

const errors = { 400: ZErrorResponse, 401: ZErrorResponse, 403: ZErrorResponse, 404: ZErrorResponse, 409: ZErrorResponse };
const tags = ['groups'];
const base = '/api/orgs/:orgId/groups';

/** Groups as members meet them: browse, join or wait, RSVP, the calendar. The service answers 404 to anyone a group is not open to. */
export const groupMemberRoutes: FastifyPluginAsyncZod = async (app) => {
  const deps = app.deps;

  app.get(
    base,
    { config: { access: ANY_MEMBER }, schema: { tags, summary: 'Groups you may join, and those you are in or waiting for', params: ZOrgParams, response: { 200: z.object({ groups: z.array(ZGroupForMember) }), ...errors } } },
    async (request) => ({ groups: await groupsForMember(deps, contextOf(request)) }),
  );
  app.get(
    `${base}/:groupId`,
    { config: { access: ANY_MEMBER }, schema: { tags, summary: 'A group as you see it (where it meets and its sessions once you are in it)', params: ZGroupParams, response: { 200: ZGroupForMember, ...errors } } },
    async (request) => groupForMember(deps, contextOf(request), request.params.groupId),
  );
  app.post(
    `${base}/:groupId/membership`,
    { config: { access: ANY_MEMBER }, schema: { tags, summary: 'Join the group, or its wait-list when it is full', params: ZGroupParams, response: { 201: ZMembership, ...errors } } },
    async (request, reply) => reply.status(201).send(await membership.join(deps, contextOf(request), request.params.groupId)),
  );
  app.delete(
    `${base}/:groupId/membership`,
    { config: { access: ANY_MEMBER }, schema: { tags, summary: 'Leave the group or its wait-list, or decline an offered place', params: ZGroupParams, response: { 204: z.null(), ...errors } } },
    async (request, reply) => {
      await membership.leave(deps, contextOf(request), request.params.groupId);
      return reply.status(204).send(null);
    },
  );
  app.post(
    `${base}/:groupId/membership/accept`,
    { config: { access: ANY_MEMBER }, schema: { tags, summary: 'Accept a place offered to you from the wait-list', params: ZGroupParams, response: { 200: ZMembership, ...errors } } },
    async (request) => membership.acceptOffer(deps, contextOf(request), request.params.groupId),
  );
  app.put(
    `${base}/:groupId/sessions/:sessionId/rsvp`,
    { config: { access: ANY_MEMBER }, schema: { tags, summary: 'Say whether you will come (members, before the session starts)', params: ZGroupSessionParams, body: ZRsvpBody, response: { 200: ZSession, ...errors } } },
    async (request) => sessions.rsvp(deps, contextOf(request), request.params.groupId, request.params.sessionId, request.body.response),
  );
  app.get(
    `${base}/:groupId/calendar.ics`,
    { config: { access: ANY_MEMBER }, schema: { tags, summary: "The group's sessions as a calendar (ICS)", params: ZGroupParams, response: { 200: z.string(), ...errors } } },
    async (request, reply) => {
      const ics = await sessions.calendarFor(deps, contextOf(request), request.params.groupId);
      return reply.type('text/calendar; charset=utf-8').header('content-disposition', 'attachment; filename="group.ics"').send(ics);
    },
  );

  app.get(
    '/api/orgs/:orgId/group-surveys',
    { config: { access: ANY_MEMBER }, schema: { tags, summary: 'Anonymous surveys open to you (sessions you came to)', params: ZOrgParams, response: { 200: z.object({ surveys: z.array(ZOpenSurvey) }), ...errors } } },
    async (request) => ({ surveys: await openSurveys(deps, contextOf(request)) }),
  );
  app.post(
    `${base}/:groupId/sessions/:sessionId/survey`,
    {
      config: { access: ANY_MEMBER },
      schema: { tags, summary: 'Answer the anonymous survey of a session you came to (once; never linked to you)', params: ZGroupSessionParams, body: ZSurveyAnswerBody, response: { 204: z.null(), ...errors } },
    },
    async (request, reply) => {
      await submitSurvey(deps, contextOf(request), request.params.groupId, request.params.sessionId, request.body);
      return reply.status(204).send(null);
    },
  );
  app.put(
    '/api/orgs/:orgId/group-programs/:groupProgramId/interest',
    {
      config: { access: ANY_MEMBER },
      schema: { tags, summary: "Ask to be placed in one of the program's groups (optionally naming those you prefer)", params: ZGroupProgramParams, body: ZInterestBody, response: { 200: ZInterestBody, ...errors } },
    },
    async (request) => registerInterest(deps, contextOf(request), request.params.groupProgramId, request.body.preferredGroupIds),
  );
  app.delete(
    '/api/orgs/:orgId/group-programs/:groupProgramId/interest',
    { config: { access: ANY_MEMBER }, schema: { tags, summary: 'No longer ask to be placed', params: ZGroupProgramParams, response: { 204: z.null(), ...errors } } },
    async (request, reply) => {
      await withdrawInterest(deps, contextOf(request), request.params.groupProgramId);
      return reply.status(204).send(null);
    },
  );
};
