import { z } from 'zod';
import { ZOrgParams } from '#shared/contracts/common.ts';
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
import { del, get, NO_CONTENT, post, put, routeTable } from '../../route-table.ts';
import { matchingState, runMatching } from './matching-run.ts';
import { cloneProgram } from './clone.ts';
import { feedbackStatus, inviteToFeedback, submitFeedback } from './feedback.ts';
import { endPair, listProgramPairs, nudgePair } from './pairs.ts';
import { programReport } from './report.ts';
import * as programs from './programs.ts';
import { publishRun } from './publish.ts';

const COORDINATOR = orgRoles('coordinator', 'org_admin');
const base = '/api/orgs/:orgId/mentoring/programs';
const ZPairOfProgram = ZPairParams.extend({ programId: ZProgramParams.shape.programId });

/** Mentoring programs: settings, applications, matching, the coordinator's view of pairs, feedback, the report. */
export const mentoringProgramRoutes = routeTable({ tags: ['mentoring'] }, [
  get('/api/orgs/:orgId/mentoring/templates', {
    access: COORDINATOR,
    summary: 'Program templates',
    params: ZOrgParams,
    response: z.object({ templates: z.array(ZTemplateInfo) }),
    handler: async () => ({ templates: programs.listTemplates() }),
  }),
  get(base, {
    access: ANY_MEMBER,
    summary: 'Programs (coordinators: all; members: those open to them or applied to)',
    params: ZOrgParams,
    response: z.object({ programs: z.array(ZProgramSummary) }),
    handler: async ({ deps, ctx }) => ({ programs: await programs.listPrograms(deps, ctx) }),
  }),
  post(base, {
    access: COORDINATOR,
    summary: 'Create a program from a template',
    params: ZOrgParams,
    body: ZCreateProgram,
    response: ZProgram,
    status: 201,
    handler: ({ deps, ctx, body }) => programs.createProgram(deps, ctx, body),
  }),
  get(`${base}/:programId`, {
    access: COORDINATOR,
    summary: 'A program with all its settings',
    params: ZProgramParams,
    response: ZProgram,
    handler: ({ deps, ctx, params }) => programs.getProgram(deps, ctx, params.programId),
  }),
  put(`${base}/:programId`, {
    access: COORDINATOR,
    summary: "Change a program's settings",
    params: ZProgramParams,
    body: ZProgramSettings,
    response: ZProgram,
    handler: ({ deps, ctx, params, body }) => programs.updateProgram(deps, ctx, params.programId, body),
  }),
  get(`${base}/:programId/for-me`, {
    access: ANY_MEMBER,
    summary: 'A program as you see it: may you apply, what you applied for',
    params: ZProgramParams,
    response: ZProgramForMember,
    handler: ({ deps, ctx, params }) => programs.programForMember(deps, ctx, params.programId),
  }),
  put(`${base}/:programId/applications/mine`, {
    access: ANY_MEMBER,
    summary: 'Apply (or change your application) as mentor or mentee',
    params: ZProgramParams,
    body: ZApplicationBody,
    response: ZProgramForMember,
    handler: ({ deps, ctx, params, body }) => programs.apply(deps, ctx, params.programId, body),
  }),
  del(`${base}/:programId/applications/mine/:side`, {
    access: ANY_MEMBER,
    summary: 'Withdraw your application',
    params: ZProgramParams.extend({ side: ZApplicationSide }),
    response: NO_CONTENT,
    status: 204,
    handler: ({ deps, ctx, params }) => programs.withdraw(deps, ctx, params.programId, params.side),
  }),
  get(`${base}/:programId/mentor-pool`, {
    access: ANY_MEMBER,
    summary: 'Names of possible mentors, to prefer or avoid',
    params: ZProgramParams,
    response: z.object({ people: z.array(ZPersonRef) }),
    handler: async ({ deps, ctx, params }) => ({ people: await programs.mentorPool(deps, ctx, params.programId) }),
  }),
  get(`${base}/:programId/applications`, {
    access: COORDINATOR,
    summary: "The program's applications",
    params: ZProgramParams,
    response: z.object({ applications: z.array(ZApplicationView) }),
    handler: async ({ deps, ctx, params }) => ({
      applications: await programs.listApplications(deps, ctx, params.programId),
    }),
  }),
  post(`${base}/:programId/match-runs`, {
    access: COORDINATOR,
    summary: 'Run the matching engine on everyone not yet paired (nothing is published)',
    params: ZProgramParams,
    body: ZMatchRunBody,
    response: ZMatchRun,
    status: 201,
    handler: ({ deps, ctx, params, body }) => runMatching(deps, ctx, params.programId, body),
  }),
  get(`${base}/:programId/match-runs/latest`, {
    access: COORDINATOR,
    summary:
      'The latest matching run (null before the first), the pairs running, and how many mentees a new run would match',
    params: ZProgramParams,
    response: ZMatchingState,
    handler: ({ deps, ctx, params }) => matchingState(deps, ctx, params.programId),
  }),
  post(`${base}/:programId/match-runs/:runId/publish`, {
    access: COORDINATOR,
    summary: "Publish a run's pairs (idempotent; tells everyone matched)",
    params: ZRunParams,
    response: ZPublishResult,
    handler: ({ deps, ctx, params }) => publishRun(deps, ctx, { programId: params.programId, runId: params.runId }),
  }),
  get(`${base}/:programId/pairs`, {
    access: COORDINATOR,
    summary: "The program's pairs: meetings, topics, at risk, rematch requests (never notes)",
    params: ZProgramParams,
    response: z.object({ pairs: z.array(ZCoordinatorPair) }),
    handler: async ({ deps, ctx, params }) => ({ pairs: await listProgramPairs(deps, ctx, params.programId) }),
  }),
  post(`${base}/:programId/pairs/:pairId/end`, {
    access: COORDINATOR,
    summary: 'End a pair (no-fault); the mentee can then be rematched',
    params: ZPairOfProgram,
    response: NO_CONTENT,
    status: 204,
    handler: ({ deps, ctx, params }) => endPair(deps, ctx, { programId: params.programId, pairId: params.pairId }),
  }),
  post(`${base}/:programId/pairs/:pairId/nudge`, {
    access: COORDINATOR,
    summary: 'Send a quiet pair a friendly reminder (at most every 3 days)',
    params: ZPairOfProgram,
    response: NO_CONTENT,
    status: 204,
    handler: ({ deps, ctx, params }) => nudgePair(deps, ctx, { programId: params.programId, pairId: params.pairId }),
  }),
  get(`${base}/:programId/report`, {
    access: COORDINATOR,
    summary: 'The program at a glance (cells under 5 suppressed)',
    params: ZProgramParams,
    response: ZProgramReport,
    handler: ({ deps, ctx, params }) => programReport(deps, ctx, params.programId),
  }),
  post(`${base}/:programId/clone`, {
    access: COORDINATOR,
    summary: "Next year's program from this one; optionally invite this year's mentees to mentor",
    params: ZProgramParams,
    body: ZCloneBody,
    response: z.object({ program: ZProgram, invited: z.number().int() }),
    status: 201,
    handler: ({ deps, ctx, params, body }) => cloneProgram(deps, ctx, params.programId, body),
  }),
  get(`${base}/:programId/feedback`, {
    access: ANY_MEMBER,
    summary: 'Feedback rounds open to you (pair members only)',
    params: ZProgramParams,
    response: ZFeedbackStatus,
    handler: ({ deps, ctx, params }) => feedbackStatus(deps, ctx, params.programId),
  }),
  post(`${base}/:programId/feedback/:round`, {
    access: ANY_MEMBER,
    summary: 'Give feedback for a round (once; not linked to you)',
    params: ZFeedbackParams,
    body: ZFeedbackBody,
    response: NO_CONTENT,
    status: 204,
    handler: ({ deps, ctx, params, body }) =>
      submitFeedback(deps, ctx, { programId: params.programId, round: params.round, answer: body }),
  }),
  post(`${base}/:programId/feedback/:round/invitations`, {
    access: COORDINATOR,
    summary: 'Invite pair members who have not answered yet',
    params: ZFeedbackParams,
    response: z.object({ invited: z.number().int() }),
    handler: ({ deps, ctx, params }) =>
      inviteToFeedback(deps, ctx, { programId: params.programId, round: params.round }),
  }),
]);
