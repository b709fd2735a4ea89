import { z } from 'zod';
import { ZOrgParams } from '#shared/contracts/common.ts';
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
import { get, post, put, routeTable } from '../../route-table.ts';
import { allocate, listInterest } from './allocation.ts';
import * as groups from './groups.ts';
import { groupProgramReport, reportCsv } from './report.ts';

const COORDINATOR = orgRoles('coordinator', 'org_admin');
const programs = '/api/orgs/:orgId/group-programs';

const ZInterestedPerson = z.object({
  person: ZPersonRef,
  departmentId: z.string().nullable(),
  preferredGroupIds: z.array(z.string()),
  availability: z.array(z.string()),
});

/** Peer support group programs and their groups, set up and run by coordinators. */
export const groupProgramRoutes = routeTable({ tags: ['groups'] }, [
  get('/api/orgs/:orgId/group-templates', {
    access: COORDINATOR,
    summary: 'Group program templates',
    params: ZOrgParams,
    response: z.object({ templates: z.array(ZGroupTemplateInfo) }),
    handler: async () => ({ templates: groups.listTemplates() }),
  }),
  get(programs, {
    access: COORDINATOR,
    summary: 'Group programs',
    params: ZOrgParams,
    response: z.object({ programs: z.array(ZGroupProgramSummary) }),
    handler: async ({ deps, ctx }) => ({ programs: await groups.listPrograms(deps, ctx) }),
  }),
  post(programs, {
    access: COORDINATOR,
    summary: 'Create a group program from a template',
    params: ZOrgParams,
    body: ZGroupProgramBody,
    response: ZGroupProgram,
    status: 201,
    handler: ({ deps, ctx, body }) => groups.createProgram(deps, ctx, body),
  }),
  get(`${programs}/:groupProgramId`, {
    access: COORDINATOR,
    summary: 'A group program with its groups',
    params: ZGroupProgramParams,
    response: ZGroupProgram,
    handler: ({ deps, ctx, params }) => groups.getProgram(deps, ctx, params.groupProgramId),
  }),
  put(`${programs}/:groupProgramId`, {
    access: COORDINATOR,
    summary: 'Rename or describe a group program',
    params: ZGroupProgramParams,
    body: ZGroupProgramSettings,
    response: ZGroupProgram,
    handler: ({ deps, ctx, params, body }) => groups.updateProgram(deps, ctx, params.groupProgramId, body),
  }),
  post(`${programs}/:groupProgramId/groups`, {
    access: COORDINATOR,
    summary: 'Add a group (at most 6 members and 2 facilitators; every 14 days for 45 minutes unless set)',
    params: ZGroupProgramParams,
    body: ZCreateGroup,
    response: ZGroup,
    status: 201,
    handler: ({ deps, ctx, params, body }) => groups.createGroup(deps, ctx, params.groupProgramId, body),
  }),
  put('/api/orgs/:orgId/groups/:groupId', {
    access: COORDINATOR,
    summary: "Change a group's settings (a new schedule moves its coming sessions and updates invites)",
    params: ZGroupParams,
    body: ZGroupSettings,
    response: ZGroup,
    handler: ({ deps, ctx, params, body }) => groups.updateGroup(deps, ctx, params.groupId, body),
  }),
  put('/api/orgs/:orgId/groups/:groupId/facilitators', {
    access: COORDINATOR,
    summary: "Set a group's facilitators (members with the facilitator role)",
    params: ZGroupParams,
    body: ZFacilitatorsBody,
    response: ZGroup,
    handler: ({ deps, ctx, params, body }) => groups.setFacilitators(deps, ctx, params.groupId, body.personIds),
  }),
  get(`${programs}/:groupProgramId/report`, {
    access: COORDINATOR,
    summary: 'Places, wait-lists, attendance, survey results (fewer than 5 answers hidden) and supervision',
    params: ZGroupProgramParams,
    response: ZGroupReport,
    handler: ({ deps, ctx, params }) => groupProgramReport(deps, ctx, params.groupProgramId),
  }),
  get(`${programs}/:groupProgramId/report.csv`, {
    access: COORDINATOR,
    summary: 'The report as CSV, with the same suppression',
    params: ZGroupProgramParams,
    response: z.string(),
    handler: async ({ deps, ctx, params, reply }) => {
      const csv = reportCsv(await groupProgramReport(deps, ctx, params.groupProgramId));
      return reply
        .type('text/csv; charset=utf-8')
        .header('content-disposition', 'attachment; filename="peer-support-groups.csv"')
        .send(csv);
    },
  }),
  get(`${programs}/:groupProgramId/interest`, {
    access: COORDINATOR,
    summary: 'Members waiting to be placed in a group of the program',
    params: ZGroupProgramParams,
    response: z.object({ people: z.array(ZInterestedPerson) }),
    handler: async ({ deps, ctx, params }) => ({ people: await listInterest(deps, ctx, params.groupProgramId) }),
  }),
  post(`${programs}/:groupProgramId/allocation`, {
    access: COORDINATOR,
    summary:
      'Place interested members in groups with free places (by time slot, department, preference); apply to make it so',
    params: ZGroupProgramParams,
    body: ZAllocationBody,
    response: ZAllocation,
    handler: ({ deps, ctx, params, body }) => allocate(deps, ctx, params.groupProgramId, body.apply),
  }),
]);
