import { z } from 'zod';
import { ZOrgParams } from '#shared/contracts/common.ts';
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
import { del, get, NO_CONTENT, post, put, routeTable } from '../../route-table.ts';
import { registerInterest, withdrawInterest } from './allocation.ts';
import { groupForMember, groupsForMember } from './browse.ts';
import * as membership from './membership.ts';
import * as sessions from './sessions.ts';
import { openSurveys, submitSurvey } from './surveys.ts';

const base = '/api/orgs/:orgId/groups';
const interest = '/api/orgs/:orgId/group-programs/:groupProgramId/interest';

/**
 * Groups as members meet them: browse, join or wait, RSVP, the calendar. The service answers 404 to anyone
 * a group is not open to.
 */
export const groupMemberRoutes = routeTable({ tags: ['groups'] }, [
  get(base, {
    access: ANY_MEMBER,
    summary: 'Groups you may join, and those you are in or waiting for',
    params: ZOrgParams,
    response: z.object({ groups: z.array(ZGroupForMember) }),
    handler: async ({ deps, ctx }) => ({ groups: await groupsForMember(deps, ctx) }),
  }),
  get(`${base}/:groupId`, {
    access: ANY_MEMBER,
    summary: 'A group as you see it (where it meets and its sessions once you are in it)',
    params: ZGroupParams,
    response: ZGroupForMember,
    handler: ({ deps, ctx, params }) => groupForMember(deps, ctx, params.groupId),
  }),
  post(`${base}/:groupId/membership`, {
    access: ANY_MEMBER,
    summary: 'Join the group, or its wait-list when it is full',
    params: ZGroupParams,
    response: ZMembership,
    status: 201,
    handler: ({ deps, ctx, params }) => membership.join(deps, ctx, params.groupId),
  }),
  del(`${base}/:groupId/membership`, {
    access: ANY_MEMBER,
    summary: 'Leave the group or its wait-list, or decline an offered place',
    params: ZGroupParams,
    response: NO_CONTENT,
    status: 204,
    handler: ({ deps, ctx, params }) => membership.leave(deps, ctx, params.groupId),
  }),
  post(`${base}/:groupId/membership/accept`, {
    access: ANY_MEMBER,
    summary: 'Accept a place offered to you from the wait-list',
    params: ZGroupParams,
    response: ZMembership,
    handler: ({ deps, ctx, params }) => membership.acceptOffer(deps, ctx, params.groupId),
  }),
  put(`${base}/:groupId/sessions/:sessionId/rsvp`, {
    access: ANY_MEMBER,
    summary: 'Say whether you will come (members, before the session starts)',
    params: ZGroupSessionParams,
    body: ZRsvpBody,
    response: ZSession,
    handler: ({ deps, ctx, params: { groupId, sessionId }, body }) =>
      sessions.rsvp(deps, ctx, { groupId, sessionId, response: body.response }),
  }),
  get(`${base}/:groupId/calendar.ics`, {
    access: ANY_MEMBER,
    summary: "The group's sessions as a calendar (ICS)",
    params: ZGroupParams,
    response: z.string(),
    handler: async ({ deps, ctx, params, reply }) => {
      const ics = await sessions.calendarFor(deps, ctx, params.groupId);
      return reply
        .type('text/calendar; charset=utf-8')
        .header('content-disposition', 'attachment; filename="group.ics"')
        .send(ics);
    },
  }),
  get('/api/orgs/:orgId/group-surveys', {
    access: ANY_MEMBER,
    summary: 'Anonymous surveys open to you (sessions you came to)',
    params: ZOrgParams,
    response: z.object({ surveys: z.array(ZOpenSurvey) }),
    handler: async ({ deps, ctx }) => ({ surveys: await openSurveys(deps, ctx) }),
  }),
  post(`${base}/:groupId/sessions/:sessionId/survey`, {
    access: ANY_MEMBER,
    summary: 'Answer the anonymous survey of a session you came to (once; never linked to you)',
    params: ZGroupSessionParams,
    body: ZSurveyAnswerBody,
    response: NO_CONTENT,
    status: 204,
    handler: ({ deps, ctx, params, body }) =>
      submitSurvey(deps, ctx, { groupId: params.groupId, sessionId: params.sessionId, answer: body }),
  }),
  put(interest, {
    access: ANY_MEMBER,
    summary: "Ask to be placed in one of the program's groups (optionally naming those you prefer)",
    params: ZGroupProgramParams,
    body: ZInterestBody,
    response: ZInterestBody,
    handler: ({ deps, ctx, params, body }) =>
      registerInterest(deps, ctx, params.groupProgramId, body.preferredGroupIds),
  }),
  del(interest, {
    access: ANY_MEMBER,
    summary: 'No longer ask to be placed',
    params: ZGroupProgramParams,
    response: NO_CONTENT,
    status: 204,
    handler: ({ deps, ctx, params }) => withdrawInterest(deps, ctx, params.groupProgramId),
  }),
]);
