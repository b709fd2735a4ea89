import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { ZErrorResponse, ZOrgParams } from '#shared/contracts/common.ts';
import {
  ZAllocation,
  ZAllocationBody,
  ZCreateGroup,
  ZFacilitatorsBody,
  ZGroup,
  ZGroupParams,
  ZGroupProgram,
  ZGroupProgramBody,
  ZGroupProgramParams,
  ZGroupProgramSettings,
  ZGroupProgramSummary,
  ZGroupReport,
  ZGroupSettings,
  ZGroupTemplateInfo,
  ZPersonRef,
} from '#shared/contracts/groups.ts';
import { orgRoles } from '../../context.ts';
import { contextOf } from '../../plugins/access.ts';
import { allocate, listInterest } from './allocation.ts';
import * as groups from './groups.ts';
import { groupProgramReport, reportCsv } from './report.ts';

const errors = { 400: ZErrorResponse, 401: ZErrorResponse, 403: ZErrorResponse, 404: ZErrorResponse, 409: ZErrorResponse };
const COORDINATOR = orgRoles('coordinator', 'org_admin');
const tags = ['groups'];
const programs = '/api/orgs/:orgId/group-programs';

/** Peer support group programs and their groups, set up and run by coordinators. */
export const groupProgramRoutes: FastifyPluginAsyncZod = async (app) => {
  const deps = app.deps;

  app.get(
    '/api/orgs/:orgId/group-templates',
    { config: { access: COORDINATOR }, schema: { tags, summary: 'Group program templates', params: ZOrgParams, response: { 200: z.object({ templates: z.array(ZGroupTemplateInfo) }), ...errors } } },
    async () => ({ templates: groups.listTemplates() }),
  );
  app.get(
    programs,
    { config: { access: COORDINATOR }, schema: { tags, summary: 'Group programs', params: ZOrgParams, response: { 200: z.object({ programs: z.array(ZGroupProgramSummary) }), ...errors } } },
    async (request) => ({ programs: await groups.listPrograms(deps, contextOf(request)) }),
  );
  app.post(
    programs,
    { config: { access: COORDINATOR }, schema: { tags, summary: 'Create a group program from a template', params: ZOrgParams, body: ZGroupProgramBody, response: { 201: ZGroupProgram, ...errors } } },
    async (request, reply) => reply.status(201).send(await groups.createProgram(deps, contextOf(request), request.body)),
  );
  app.get(
    `${programs}/:groupProgramId`,
    { config: { access: COORDINATOR }, schema: { tags, summary: 'A group program with its groups', params: ZGroupProgramParams, response: { 200: ZGroupProgram, ...errors } } },
    async (request) => groups.getProgram(deps, contextOf(request), request.params.groupProgramId),
  );
  app.put(
    `${programs}/:groupProgramId`,
    { config: { access: COORDINATOR }, schema: { tags, summary: 'Rename or describe a group program', params: ZGroupProgramParams, body: ZGroupProgramSettings, response: { 200: ZGroupProgram, ...errors } } },
    async (request) => groups.updateProgram(deps, contextOf(request), request.params.groupProgramId, request.body),
  );
  app.post(
    `${programs}/:groupProgramId/groups`,
    {
      config: { access: COORDINATOR },
      schema: { tags, summary: 'Add a group (at most 6 members and 2 facilitators; every 14 days for 45 minutes unless set)', params: ZGroupProgramParams, body: ZCreateGroup, response: { 201: ZGroup, ...errors } },
    },
    async (request, reply) => reply.status(201).send(await groups.createGroup(deps, contextOf(request), request.params.groupProgramId, request.body)),
  );
  app.put(
    '/api/orgs/:orgId/groups/:groupId',
    {
      config: { access: COORDINATOR },
      schema: { tags, summary: "Change a group's settings (a new schedule moves its coming sessions and updates invites)", params: ZGroupParams, body: ZGroupSettings, response: { 200: ZGroup, ...errors } },
    },
    async (request) => groups.updateGroup(deps, contextOf(request), request.params.groupId, request.body),
  );
  app.put(
    '/api/orgs/:orgId/groups/:groupId/facilitators',
    { config: { access: COORDINATOR }, schema: { tags, summary: "Set a group's facilitators (members with the facilitator role)", params: ZGroupParams, body: ZFacilitatorsBody, response: { 200: ZGroup, ...errors } } },
    async (request) => groups.setFacilitators(deps, contextOf(request), request.params.groupId, request.body.personIds),
  );
  app.get(
    `${programs}/:groupProgramId/report`,
    {
      config: { access: COORDINATOR },
      schema: { tags, summary: 'Places, wait-lists, attendance, survey results (fewer than 5 answers hidden) and supervision', params: ZGroupProgramParams, response: { 200: ZGroupReport, ...errors } },
    },
    async (request) => groupProgramReport(deps, contextOf(request), request.params.groupProgramId),
  );
  app.get(
    `${programs}/:groupProgramId/report.csv`,
    { config: { access: COORDINATOR }, schema: { tags, summary: 'The report as CSV, with the same suppression', params: ZGroupProgramParams, response: { 200: z.string(), ...errors } } },
    async (request, reply) => {
      const csv = reportCsv(await groupProgramReport(deps, contextOf(request), request.params.groupProgramId));
      return reply.type('text/csv; charset=utf-8').header('content-disposition', 'attachment; filename="peer-support-groups.csv"').send(csv);
    },
  );
  app.get(
    `${programs}/:groupProgramId/interest`,
    {
      config: { access: COORDINATOR },
      schema: {
        tags,
        summary: 'Members waiting to be placed in a group of the program',
        params: ZGroupProgramParams,
        response: { 200: z.object({ people: z.array(z.object({ person: ZPersonRef, departmentId: z.string().nullable(), preferredGroupIds: z.array(z.string()), availability: z.array(z.string()) })) }), ...errors },
      },
    },
    async (request) => ({ people: await listInterest(deps, contextOf(request), request.params.groupProgramId) }),
  );
  app.post(
    `${programs}/:groupProgramId/allocation`,
    {
      config: { access: COORDINATOR },
      schema: { tags, summary: 'Place interested members in groups with free places (by time slot, department, preference); apply to make it so', params: ZGroupProgramParams, body: ZAllocationBody, response: { 200: ZAllocation, ...errors } },
    },
    async (request) => allocate(deps, contextOf(request), request.params.groupProgramId, request.body.apply),
  );
};
