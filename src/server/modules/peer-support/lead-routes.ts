import { z } from 'zod';
import { ZOrgParams } from '#shared/contracts/common.ts';
import {
  ZCoverage,
  ZPeerProgram,
  ZPeerProgramBody,
  ZRoster,
  ZRosterSlot,
  ZRosterSlotBody,
  ZShift,
  ZShiftAssignBody,
  ZShiftParams,
  ZSlotParams,
  ZSupervisionBody,
  ZSupervisionRecord,
  ZSupporterParams,
  ZSupporterSettingsBody,
  ZSupporterSummary,
  ZTrainingParams,
  ZTrainingRecord,
  ZTrainingRecordBody,
} from '#shared/contracts/peer-support.ts';
import { orgRoles } from '../../context.ts';
import { del, get, NO_CONTENT, post, put, routeTable } from '../../route-table.ts';
import * as program from './program.ts';
import * as roster from './roster.ts';
import * as supporters from './supporters.ts';

const base = '/api/orgs/:orgId/peer-support';
const LEAD = orgRoles('coordinator', 'wellbeing_lead', 'org_admin');

/** The program lead's routes: the program's settings, the roster, the supporters and the coverage panel. */
export const leadRoutes = routeTable({ tags: ['peer-support'] }, [
  get(`${base}/program`, {
    access: LEAD,
    summary: "The peer support program's settings",
    params: ZOrgParams,
    response: ZPeerProgram,
    handler: ({ deps, ctx }) => program.programOf(deps, ctx),
  }),
  put(`${base}/program`, {
    access: LEAD,
    summary: "Change the program's settings (its backup and lead are members of the organisation)",
    params: ZOrgParams,
    body: ZPeerProgramBody,
    response: ZPeerProgram,
    handler: ({ deps, ctx, body }) => program.updateProgram(deps, ctx, body),
  }),
  get(`${base}/roster`, {
    access: LEAD,
    summary: 'The weekly on-call slots and the shifts of the next 14 days',
    params: ZOrgParams,
    response: ZRoster,
    handler: ({ deps, ctx }) => roster.rosterFor(deps, ctx),
  }),
  post(`${base}/roster/slots`, {
    access: LEAD,
    summary: 'Add a weekly on-call slot (its supporter holds the peer supporter role)',
    params: ZOrgParams,
    body: ZRosterSlotBody,
    response: ZRosterSlot,
    status: 201,
    handler: ({ deps, ctx, body }) => roster.createSlot(deps, ctx, body),
  }),
  put(`${base}/roster/slots/:slotId`, {
    access: LEAD,
    summary: 'Change a weekly slot; its coming shifts nobody changed follow it',
    params: ZSlotParams,
    body: ZRosterSlotBody,
    response: ZRosterSlot,
    handler: ({ deps, ctx, params, body }) => roster.updateSlot(deps, ctx, { slotId: params.slotId, values: body }),
  }),
  del(`${base}/roster/slots/:slotId`, {
    access: LEAD,
    summary: 'Remove a weekly slot and its shifts',
    params: ZSlotParams,
    response: NO_CONTENT,
    status: 204,
    handler: ({ deps, ctx, params }) => roster.deleteSlot(deps, ctx, params.slotId),
  }),
  put(`${base}/shifts/:shiftId`, {
    access: LEAD,
    summary: 'Put a supporter (or nobody) on one shift, for that date only',
    params: ZShiftParams,
    body: ZShiftAssignBody,
    response: ZShift,
    handler: ({ deps, ctx, params, body }) =>
      roster.assignShift(deps, ctx, { shiftId: params.shiftId, personId: body.personId }),
  }),
  get(`${base}/supporters`, {
    access: LEAD,
    summary: 'Everyone holding the peer supporter role: training, cap, load, break, supervision',
    params: ZOrgParams,
    response: z.object({ supporters: z.array(ZSupporterSummary) }),
    handler: async ({ deps, ctx }) => ({ supporters: await supporters.supporterSummaries(deps, ctx) }),
  }),
  put(`${base}/supporters/:personId`, {
    access: LEAD,
    summary: "Set a supporter's own weekly cap and named supervisor",
    params: ZSupporterParams,
    body: ZSupporterSettingsBody,
    response: ZSupporterSummary,
    handler: ({ deps, ctx, params, body }) =>
      supporters.updateSettings(deps, ctx, { personId: params.personId, ...body }),
  }),
  post(`${base}/supporters/:personId/training`, {
    access: LEAD,
    summary: "Record a supporter's training and when it expires",
    params: ZSupporterParams,
    body: ZTrainingRecordBody,
    response: ZTrainingRecord,
    status: 201,
    handler: ({ deps, ctx, params, body }) => supporters.addTraining(deps, ctx, { personId: params.personId, ...body }),
  }),
  del(`${base}/supporters/:personId/training/:trainingId`, {
    access: LEAD,
    summary: 'Remove a training record entered by mistake',
    params: ZTrainingParams,
    response: NO_CONTENT,
    status: 204,
    handler: ({ deps, ctx, params }) =>
      supporters.removeTraining(deps, ctx, { personId: params.personId, trainingId: params.trainingId }),
  }),
  post(`${base}/supporters/:personId/supervision`, {
    access: LEAD,
    summary: 'Record a supervision session a supporter had',
    params: ZSupporterParams,
    body: ZSupervisionBody,
    response: ZSupervisionRecord,
    status: 201,
    handler: ({ deps, ctx, params, body }) =>
      supporters.recordSupervisionFor(deps, ctx, { personId: params.personId, ...body }),
  }),
  get(`${base}/coverage`, {
    access: LEAD,
    summary: 'What needs covering: empty shifts this week, unreachable, capped, unsupervised or untrained supporters',
    params: ZOrgParams,
    response: ZCoverage,
    handler: ({ deps, ctx }) => supporters.coverage(deps, ctx),
  }),
]);
