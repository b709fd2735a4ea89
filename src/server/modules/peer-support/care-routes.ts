import { z } from 'zod';
import { ZId, ZOrgParams } from '#shared/contracts/common.ts';
import {
  ZBreakBody,
  ZContactChoice,
  ZCoverWantedBody,
  ZShift,
  ZShiftParams,
  ZSupervisionBody,
  ZSupervisionRecord,
  ZSupporterSelf,
} from '#shared/contracts/peer-support.ts';
import { orgRoles } from '../../context.ts';
import { get, post, put, routeTable } from '../../route-table.ts';
import * as roster from './roster.ts';
import * as supporters from './supporters.ts';

const base = '/api/orgs/:orgId/peer-support';
const SUPPORTER = orgRoles('peer_supporter');

/** A peer supporter's own care and shifts: their record, a break, supervision, a debrief, swaps and cover. */
export const careRoutes = routeTable({ tags: ['peer-support'] }, [
  get(`${base}/me`, {
    access: SUPPORTER,
    summary: 'Your training, supervision, load, break and shifts as a peer supporter',
    params: ZOrgParams,
    response: ZSupporterSelf,
    handler: ({ deps, ctx }) => supporters.selfView(deps, ctx),
  }),
  put(`${base}/me/break`, {
    access: SUPPORTER,
    summary: 'Take a break from the roster until a day (no reason asked), or end it with null',
    params: ZOrgParams,
    body: ZBreakBody,
    response: ZSupporterSelf,
    handler: ({ deps, ctx, body }) => supporters.takeBreak(deps, ctx, body.until),
  }),
  post(`${base}/me/supervision`, {
    access: SUPPORTER,
    summary: 'Record a supervision session you had',
    params: ZOrgParams,
    body: ZSupervisionBody,
    response: ZSupervisionRecord,
    status: 201,
    handler: ({ deps, ctx, body }) => supporters.recordSupervision(deps, ctx, { personId: ctx.person.id, ...body }),
  }),
  post(`${base}/me/debrief`, {
    access: SUPPORTER,
    summary: 'Ask a peer for a debrief for yourself',
    params: ZOrgParams,
    body: ZContactChoice,
    response: z.object({ id: ZId }),
    status: 201,
    handler: ({ deps, ctx, body }) => supporters.askDebrief(deps, ctx, body),
  }),
  post(`${base}/shifts/:shiftId/cover-wanted`, {
    access: SUPPORTER,
    summary: 'Ask for someone to cover your shift, or take the request back (before it starts)',
    params: ZShiftParams,
    body: ZCoverWantedBody,
    response: ZShift,
    handler: ({ deps, ctx, params, body }) =>
      roster.setCoverWanted(deps, ctx, { shiftId: params.shiftId, wanted: body.wanted }),
  }),
  post(`${base}/shifts/:shiftId/take`, {
    access: SUPPORTER,
    summary: 'Take a shift that wants cover or has nobody on it (the first to take it gets it)',
    params: ZShiftParams,
    response: ZShift,
    handler: ({ deps, ctx, params }) => roster.takeShift(deps, ctx, params.shiftId),
  }),
]);
