import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { ZErrorResponse, ZOrgParams } from '#shared/contracts/common.ts';
import { ZGoalBody, ZGoalParams, ZMeetingLog, ZMeetingParams, ZNote, ZNoteBody, ZPair, ZPairParams } from '#shared/contracts/mentoring.ts';
import { ANY_MEMBER } from '../../context.ts';
import { contextOf } from '../../plugins/access.ts';
import * as pairs from './pairs.ts';

const errors = { 400: ZErrorResponse, 401: ZErrorResponse, 403: ZErrorResponse, 404: ZErrorResponse, 409: ZErrorResponse };
const tags = ['mentoring'];
const base = '/api/orgs/:orgId/mentoring/pairs';

/** Pair spaces. Every route is open to members; the service answers 404 to anyone outside the pair. */
export const mentoringPairRoutes: FastifyPluginAsyncZod = async (app) => {
  const deps = app.deps;
  const pair = { 200: ZPair, ...errors };

  app.get(base, { config: { access: ANY_MEMBER }, schema: { tags, summary: 'Your mentoring pairs', params: ZOrgParams, response: { 200: z.object({ pairs: z.array(ZPair) }), ...errors } } }, async (request) => ({
    pairs: await pairs.myPairs(deps, contextOf(request)),
  }));
  app.get(`${base}/:pairId`, { config: { access: ANY_MEMBER }, schema: { tags, summary: 'A pair space', params: ZPairParams, response: pair } }, async (request) =>
    pairs.getPair(deps, contextOf(request), request.params.pairId),
  );
  app.post(`${base}/:pairId/agreement`, { config: { access: ANY_MEMBER }, schema: { tags, summary: 'Accept the mentoring agreement', params: ZPairParams, response: pair } }, async (request) =>
    pairs.acceptAgreement(deps, contextOf(request), request.params.pairId),
  );
  app.post(`${base}/:pairId/goals`, { config: { access: ANY_MEMBER }, schema: { tags, summary: 'Add a shared goal', params: ZPairParams, body: ZGoalBody, response: pair } }, async (request) =>
    pairs.addGoal(deps, contextOf(request), request.params.pairId, request.body),
  );
  app.patch(`${base}/:pairId/goals/:goalId`, { config: { access: ANY_MEMBER }, schema: { tags, summary: 'Change a goal or its progress', params: ZGoalParams, body: ZGoalBody, response: pair } }, async (request) =>
    pairs.updateGoal(deps, contextOf(request), request.params.pairId, request.params.goalId, request.body),
  );
  app.put(
    `${base}/:pairId/meetings/:meetingId`,
    { config: { access: ANY_MEMBER }, schema: { tags, summary: 'Log a meeting: date, format, topics (no clinical detail)', params: ZMeetingParams, body: ZMeetingLog, response: pair } },
    async (request) => pairs.logMeeting(deps, contextOf(request), request.params.pairId, request.params.meetingId, request.body),
  );
  app.get(
    `${base}/:pairId/notes`,
    { config: { access: ANY_MEMBER }, schema: { tags, summary: 'Your private notes (only you can read them)', params: ZPairParams, response: { 200: z.object({ notes: z.array(ZNote) }), ...errors } } },
    async (request) => ({ notes: await pairs.ownNotes(deps, contextOf(request), request.params.pairId) }),
  );
  app.post(
    `${base}/:pairId/notes`,
    { config: { access: ANY_MEMBER }, schema: { tags, summary: 'Add a private note', params: ZPairParams, body: ZNoteBody, response: { 201: ZNote, ...errors } } },
    async (request, reply) => reply.status(201).send(await pairs.addNote(deps, contextOf(request), request.params.pairId, request.body.body)),
  );
  app.post(`${base}/:pairId/rematch-request`, { config: { access: ANY_MEMBER }, schema: { tags, summary: 'Ask for a new match (no-fault)', params: ZPairParams, response: pair } }, async (request) =>
    pairs.requestRematch(deps, contextOf(request), request.params.pairId),
  );

  app.get(
    `${base}/:pairId/calendar.ics`,
    { config: { access: ANY_MEMBER }, schema: { tags, summary: "The pair's meeting plan as a calendar (ICS)", params: ZPairParams, response: { 200: z.string(), ...errors } } },
    async (request, reply) => {
      const ics = await pairs.pairCalendar(deps, contextOf(request), request.params.pairId);
      return reply.type('text/calendar; charset=utf-8').header('content-disposition', 'attachment; filename="mentoring.ics"').send(ics);
    },
  );
};
