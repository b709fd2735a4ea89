import { z } from 'zod';
import { ZOrgParams } from '#shared/contracts/common.ts';
import {
  ZGoalBody,
  ZGoalParams,
  ZMeetingLog,
  ZMeetingParams,
  ZNote,
  ZNoteBody,
  ZPair,
  ZPairParams,
} from '#shared/contracts/mentoring.ts';
import { ANY_MEMBER } from '../../context.ts';
import { get, patch, post, put, routeTable } from '../../route-table.ts';
import * as pairs from './pairs.ts';

const base = '/api/orgs/:orgId/mentoring/pairs';

/** Pair spaces. Every route is open to members; the service answers 404 to anyone outside the pair. */
export const mentoringPairRoutes = routeTable({ tags: ['mentoring'] }, [
  get(base, {
    access: ANY_MEMBER,
    summary: 'Your mentoring pairs',
    params: ZOrgParams,
    response: z.object({ pairs: z.array(ZPair) }),
    handler: async ({ deps, ctx }) => ({ pairs: await pairs.myPairs(deps, ctx) }),
  }),
  get(`${base}/:pairId`, {
    access: ANY_MEMBER,
    summary: 'A pair space',
    params: ZPairParams,
    response: ZPair,
    handler: ({ deps, ctx, params }) => pairs.getPair(deps, ctx, params.pairId),
  }),
  post(`${base}/:pairId/agreement`, {
    access: ANY_MEMBER,
    summary: 'Accept the mentoring agreement',
    params: ZPairParams,
    response: ZPair,
    handler: ({ deps, ctx, params }) => pairs.acceptAgreement(deps, ctx, params.pairId),
  }),
  post(`${base}/:pairId/goals`, {
    access: ANY_MEMBER,
    summary: 'Add a shared goal',
    params: ZPairParams,
    body: ZGoalBody,
    response: ZPair,
    handler: ({ deps, ctx, params, body }) => pairs.addGoal(deps, ctx, params.pairId, body),
  }),
  patch(`${base}/:pairId/goals/:goalId`, {
    access: ANY_MEMBER,
    summary: 'Change a goal or its progress',
    params: ZGoalParams,
    body: ZGoalBody,
    response: ZPair,
    handler: ({ deps, ctx, params, body }) =>
      pairs.updateGoal(deps, ctx, { pairId: params.pairId, goalId: params.goalId, goal: body }),
  }),
  put(`${base}/:pairId/meetings/:meetingId`, {
    access: ANY_MEMBER,
    summary: 'Log a meeting: date, format, topics (no clinical detail)',
    params: ZMeetingParams,
    body: ZMeetingLog,
    response: ZPair,
    handler: ({ deps, ctx, params, body }) =>
      pairs.logMeeting(deps, ctx, { pairId: params.pairId, meetingId: params.meetingId, log: body }),
  }),
  get(`${base}/:pairId/notes`, {
    access: ANY_MEMBER,
    summary: 'Your private notes (only you can read them)',
    params: ZPairParams,
    response: z.object({ notes: z.array(ZNote) }),
    handler: async ({ deps, ctx, params }) => ({ notes: await pairs.ownNotes(deps, ctx, params.pairId) }),
  }),
  post(`${base}/:pairId/notes`, {
    access: ANY_MEMBER,
    summary: 'Add a private note',
    params: ZPairParams,
    body: ZNoteBody,
    response: ZNote,
    status: 201,
    handler: ({ deps, ctx, params, body }) => pairs.addNote(deps, ctx, params.pairId, body.body),
  }),
  post(`${base}/:pairId/rematch-request`, {
    access: ANY_MEMBER,
    summary: 'Ask for a new match (no-fault)',
    params: ZPairParams,
    response: ZPair,
    handler: ({ deps, ctx, params }) => pairs.requestRematch(deps, ctx, params.pairId),
  }),
  get(`${base}/:pairId/calendar.ics`, {
    access: ANY_MEMBER,
    summary: "The pair's meeting plan as a calendar (ICS)",
    params: ZPairParams,
    response: z.string(),
    handler: async ({ deps, ctx, params, reply }) => {
      const ics = await pairs.pairCalendar(deps, ctx, params.pairId);
      return reply
        .type('text/calendar; charset=utf-8')
        .header('content-disposition', 'attachment; filename="mentoring.ics"')
        .send(ics);
    },
  }),
]);
