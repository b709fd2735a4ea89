import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { ZErrorResponse, ZOrgParams } from '#shared/contracts/common.ts';
import {
  ZApplicationBody,
  ZApplicationSide,
  ZApplicationView,
  ZCloneBody,
  ZFeedbackBody,
  ZFeedbackParams,
  ZFeedbackStatus,
  ZProgramReport,
  ZCoordinatorPair,
  ZCreateProgram,
  ZMatchRun,
  ZMatchRunBody,
  ZMatchingState,
  ZPairParams,
  ZPersonRef,
  ZProgram,
  ZProgramForMember,
  ZProgramParams,
  ZProgramSettings,
  ZProgramSummary,
  ZPublishResult,
  ZRunParams,
  ZTemplateInfo,
} from '#shared/contracts/mentoring.ts';
import { ANY_MEMBER, orgRoles } from '../../context.ts';
import { contextOf } from '../../plugins/access.ts';
import { matchingState, runMatching } from './matching-run.ts';
import { cloneProgram } from './clone.ts';
import { feedbackStatus, inviteToFeedback, submitFeedback } from './feedback.ts';
import { endPair, nudgePair, programPairs } from './pairs.ts';
import { programReport } from './report.ts';
import * as programs from './programs.ts';
import { publishRun } from './publish.ts';
import { orgToday } from '../organisation/index.ts';

const errors = { 400: ZErrorResponse, 401: ZErrorResponse, 403: ZErrorResponse, 404: ZErrorResponse, 409: ZErrorResponse };
const COORDINATOR = orgRoles('coordinator', 'org_admin');
const tags = ['mentoring'];
const base = '/api/orgs/:orgId/mentoring/programs';

export const mentoringProgramRoutes: FastifyPluginAsyncZod = async (app) => {
  const deps = app.deps;

  app.get(
    '/api/orgs/:orgId/mentoring/templates',
    { config: { access: COORDINATOR }, schema: { tags, summary: 'Program templates', params: ZOrgParams, response: { 200: z.object({ templates: z.array(ZTemplateInfo) }), ...errors } } },
    async () => ({ templates: programs.listTemplates() }),
  );
  app.get(
    base,
    { config: { access: ANY_MEMBER }, schema: { tags, summary: 'Programs (coordinators: all; members: those open to them or applied to)', params: ZOrgParams, response: { 200: z.object({ programs: z.array(ZProgramSummary) }), ...errors } } },
    async (request) => ({ programs: await programs.listPrograms(deps, contextOf(request)) }),
  );
  app.post(
    base,
    { config: { access: COORDINATOR }, schema: { tags, summary: 'Create a program from a template', params: ZOrgParams, body: ZCreateProgram, response: { 201: ZProgram, ...errors } } },
    async (request, reply) => reply.status(201).send(await programs.createProgram(deps, contextOf(request), request.body)),
  );
  app.get(
    `${base}/:programId`,
    { config: { access: COORDINATOR }, schema: { tags, summary: 'A program with all its settings', params: ZProgramParams, response: { 200: ZProgram, ...errors } } },
    async (request) => programs.getProgram(deps, contextOf(request), request.params.programId),
  );
  app.put(
    `${base}/:programId`,
    { config: { access: COORDINATOR }, schema: { tags, summary: "Change a program's settings", params: ZProgramParams, body: ZProgramSettings, response: { 200: ZProgram, ...errors } } },
    async (request) => programs.updateProgram(deps, contextOf(request), request.params.programId, request.body),
  );
  app.get(
    `${base}/:programId/for-me`,
    { config: { access: ANY_MEMBER }, schema: { tags, summary: 'A program as you see it: may you apply, what you applied for', params: ZProgramParams, response: { 200: ZProgramForMember, ...errors } } },
    async (request) => programs.programForMember(deps, contextOf(request), request.params.programId),
  );
  app.put(
    `${base}/:programId/applications/mine`,
    { config: { access: ANY_MEMBER }, schema: { tags, summary: 'Apply (or change your application) as mentor or mentee', params: ZProgramParams, body: ZApplicationBody, response: { 200: ZProgramForMember, ...errors } } },
    async (request) => programs.apply(deps, contextOf(request), request.params.programId, request.body),
  );
  app.delete(
    `${base}/:programId/applications/mine/:side`,
    {
      config: { access: ANY_MEMBER },
      schema: { tags, summary: 'Withdraw your application', params: ZProgramParams.extend({ side: ZApplicationSide }), response: { 204: z.null(), ...errors } },
    },
    async (request, reply) => {
      await programs.withdraw(deps, contextOf(request), request.params.programId, request.params.side);
      return reply.status(204).send(null);
    },
  );
  app.get(
    `${base}/:programId/mentor-pool`,
    { config: { access: ANY_MEMBER }, schema: { tags, summary: 'Names of possible mentors, to prefer or avoid', params: ZProgramParams, response: { 200: z.object({ people: z.array(ZPersonRef) }), ...errors } } },
    async (request) => ({ people: await programs.mentorPool(deps, contextOf(request), request.params.programId) }),
  );
  app.get(
    `${base}/:programId/applications`,
    { config: { access: COORDINATOR }, schema: { tags, summary: "The program's applications", params: ZProgramParams, response: { 200: z.object({ applications: z.array(ZApplicationView) }), ...errors } } },
    async (request) => ({ applications: await programs.listApplications(deps, contextOf(request), request.params.programId) }),
  );
  app.post(
    `${base}/:programId/match-runs`,
    { config: { access: COORDINATOR }, schema: { tags, summary: 'Run the matching engine on everyone not yet paired (nothing is published)', params: ZProgramParams, body: ZMatchRunBody, response: { 201: ZMatchRun, ...errors } } },
    async (request, reply) => reply.status(201).send(await runMatching(deps, contextOf(request), request.params.programId, request.body)),
  );
  app.get(
    `${base}/:programId/match-runs/latest`,
    {
      config: { access: COORDINATOR },
      schema: { tags, summary: 'The latest matching run (null before the first), the pairs running, and how many mentees a new run would match', params: ZProgramParams, response: { 200: ZMatchingState, ...errors } },
    },
    async (request) => matchingState(deps, contextOf(request), request.params.programId),
  );
  app.post(
    `${base}/:programId/match-runs/:runId/publish`,
    { config: { access: COORDINATOR }, schema: { tags, summary: "Publish a run's pairs (idempotent; tells everyone matched)", params: ZRunParams, response: { 200: ZPublishResult, ...errors } } },
    async (request) => publishRun(deps, contextOf(request), request.params.programId, request.params.runId),
  );
  app.get(
    `${base}/:programId/pairs`,
    { config: { access: COORDINATOR }, schema: { tags, summary: "The program's pairs: meetings, topics, at risk, rematch requests (never notes)", params: ZProgramParams, response: { 200: z.object({ pairs: z.array(ZCoordinatorPair) }), ...errors } } },
    async (request) => {
      const ctx = contextOf(request);
      const program = await programs.requireProgram(deps, ctx, request.params.programId);
      return { pairs: await programPairs(deps, ctx, program.id, await orgToday(deps.db, ctx.org.orgId), program.cadenceDays) };
    },
  );

  const pairOfProgram = ZPairParams.extend({ programId: ZProgramParams.shape.programId });
  app.post(
    `${base}/:programId/pairs/:pairId/end`,
    { config: { access: COORDINATOR }, schema: { tags, summary: 'End a pair (no-fault); the mentee can then be rematched', params: pairOfProgram, response: { 204: z.null(), ...errors } } },
    async (request, reply) => {
      await endPair(deps, contextOf(request), request.params.programId, request.params.pairId);
      return reply.status(204).send(null);
    },
  );
  app.post(
    `${base}/:programId/pairs/:pairId/nudge`,
    { config: { access: COORDINATOR }, schema: { tags, summary: 'Send a quiet pair a friendly reminder (at most every 3 days)', params: pairOfProgram, response: { 204: z.null(), ...errors } } },
    async (request, reply) => {
      await nudgePair(deps, contextOf(request), request.params.programId, request.params.pairId);
      return reply.status(204).send(null);
    },
  );

  app.get(
    `${base}/:programId/report`,
    { config: { access: COORDINATOR }, schema: { tags, summary: 'The program at a glance (cells under 5 suppressed)', params: ZProgramParams, response: { 200: ZProgramReport, ...errors } } },
    async (request) => programReport(deps, contextOf(request), request.params.programId),
  );
  app.post(
    `${base}/:programId/clone`,
    {
      config: { access: COORDINATOR },
      schema: { tags, summary: "Next year's program from this one; optionally invite this year's mentees to mentor", params: ZProgramParams, body: ZCloneBody, response: { 201: z.object({ program: ZProgram, invited: z.number().int() }), ...errors } },
    },
    async (request, reply) => reply.status(201).send(await cloneProgram(deps, contextOf(request), request.params.programId, request.body)),
  );
  app.get(
    `${base}/:programId/feedback`,
    { config: { access: ANY_MEMBER }, schema: { tags, summary: 'Feedback rounds open to you (pair members only)', params: ZProgramParams, response: { 200: ZFeedbackStatus, ...errors } } },
    async (request) => feedbackStatus(deps, contextOf(request), request.params.programId),
  );
  app.post(
    `${base}/:programId/feedback/:round`,
    { config: { access: ANY_MEMBER }, schema: { tags, summary: 'Give feedback for a round (once; not linked to you)', params: ZFeedbackParams, body: ZFeedbackBody, response: { 204: z.null(), ...errors } } },
    async (request, reply) => {
      await submitFeedback(deps, contextOf(request), request.params.programId, request.params.round, request.body);
      return reply.status(204).send(null);
    },
  );
  app.post(
    `${base}/:programId/feedback/:round/invitations`,
    { config: { access: COORDINATOR }, schema: { tags, summary: 'Invite pair members who have not answered yet', params: ZFeedbackParams, response: { 200: z.object({ invited: z.number().int() }), ...errors } } },
    async (request) => inviteToFeedback(deps, contextOf(request), request.params.programId, request.params.round),
  );
};
