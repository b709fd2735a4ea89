import { z } from 'zod';
import { ZOrgParams } from '#shared/contracts/common.ts';
import {
  ZContactChoice,
  ZDebrief,
  ZDebriefForSupporter,
  ZDebriefHeldBody,
  ZDebriefInvitation,
  ZDebriefOneToOneBody,
  ZDebriefParams,
  ZDebriefRequestBody,
  ZDebriefResponseBody,
  ZDebriefScheduleBody,
  ZEventFlag,
  ZEventFlagBody,
  ZMyRequest,
  ZOfferParams,
  ZPeerReport,
  ZReportQuery,
} from '#shared/contracts/peer-support.ts';
import { ANY_MEMBER, orgRoles } from '../../context.ts';
import { get, NO_CONTENT, post, put, routeTable } from '../../route-table.ts';
import * as debriefs from './debriefs.ts';
import * as outreach from './outreach.ts';
import { peerReport, reportCsv } from './report.ts';

/** A department lead or the safety team: who asks for debriefs and flags serious events. */
const SAFETY_TEAM = orgRoles('supervisor', 'wellbeing_lead', 'coordinator', 'org_admin');
const LEAD = orgRoles(...debriefs.LEAD_ROLES);
const base = '/api/orgs/:orgId/peer-support';
const talk = '/api/orgs/:orgId/talk';

/** Team debriefs, reaching out after an event, and the lead's report (issue 13 steps 4, 5 and 9). */
export const debriefRoutes = routeTable({ tags: ['peer-support'] }, [
  post(`${base}/debriefs`, {
    access: SAFETY_TEAM,
    summary: 'Ask for a team debrief after an event, for the people who were there',
    params: ZOrgParams,
    body: ZDebriefRequestBody,
    response: ZDebrief,
    status: 201,
    handler: ({ deps, ctx, body }) => debriefs.requestDebrief(deps, ctx, body),
  }),
  get(`${base}/debriefs/requested`, {
    access: SAFETY_TEAM,
    summary: 'The debriefs the caller asked for: when, by whom, and how many came (never who)',
    params: ZOrgParams,
    response: z.object({ debriefs: z.array(ZDebrief) }),
    handler: async ({ deps, ctx }) => ({ debriefs: await debriefs.debriefsRequestedBy(deps, ctx) }),
  }),
  get(`${base}/debriefs`, {
    access: LEAD,
    summary: 'Every debrief of the organisation, for the lead to schedule',
    params: ZOrgParams,
    response: z.object({ debriefs: z.array(ZDebrief) }),
    handler: async ({ deps, ctx }) => ({ debriefs: await debriefs.allDebriefs(deps, ctx) }),
  }),
  get(`${base}/debriefs/assigned`, {
    access: ANY_MEMBER,
    summary: 'The debriefs the caller runs as one of its two supporters, with who is invited and their answers',
    params: ZOrgParams,
    response: z.object({ debriefs: z.array(ZDebriefForSupporter) }),
    handler: async ({ deps, ctx }) => ({ debriefs: await debriefs.debriefsAssignedTo(deps, ctx) }),
  }),
  put(`${base}/debriefs/:debriefId/schedule`, {
    access: LEAD,
    summary: 'Assign two supporters and a time; everyone who was there is invited (offered, never required)',
    params: ZDebriefParams,
    body: ZDebriefScheduleBody,
    response: ZDebrief,
    handler: ({ deps, ctx, params, body }) => debriefs.scheduleDebrief(deps, ctx, params.debriefId, body),
  }),
  post(`${base}/debriefs/:debriefId/cancel`, {
    access: LEAD,
    summary: 'Cancel a debrief; those invited are told',
    params: ZDebriefParams,
    response: ZDebrief,
    handler: ({ deps, ctx, params }) => debriefs.cancelDebrief(deps, ctx, params.debriefId),
  }),
  post(`${base}/debriefs/:debriefId/held`, {
    access: ANY_MEMBER,
    summary: 'One of its supporters (or the lead) records that the debrief took place, and who came',
    params: ZDebriefParams,
    body: ZDebriefHeldBody,
    response: ZDebrief,
    handler: ({ deps, ctx, params, body }) => debriefs.recordDebriefHeld(deps, ctx, params.debriefId, body),
  }),
  put(`${talk}/debriefs/:debriefId/response`, {
    access: ANY_MEMBER,
    summary: 'Say whether you will come to a debrief you are invited to',
    params: ZDebriefParams,
    body: ZDebriefResponseBody,
    response: ZDebriefInvitation,
    handler: ({ deps, ctx, params, body }) => debriefs.answerInvitation(deps, ctx, params.debriefId, body.response),
  }),
  post(`${talk}/debriefs/:debriefId/one-to-one`, {
    access: ANY_MEMBER,
    summary: 'Someone invited to a debrief asks to talk to a peer on their own',
    params: ZDebriefParams,
    body: ZDebriefOneToOneBody,
    response: ZMyRequest,
    status: 201,
    handler: ({ deps, ctx, params, body }) => debriefs.askOneToOne(deps, ctx, params.debriefId, body),
  }),

  post(`${base}/event-flags`, {
    access: SAFETY_TEAM,
    summary: 'Flag who was involved in a serious event: each gets a private offer of a peer at once',
    params: ZOrgParams,
    body: ZEventFlagBody,
    response: ZEventFlag,
    status: 201,
    handler: ({ deps, ctx, body }) => outreach.flagEvent(deps, ctx, body),
  }),
  get(`${base}/event-flags`, {
    access: SAFETY_TEAM,
    summary: 'The flags the caller raised: how many offers went out, never who took one up',
    params: ZOrgParams,
    response: z.object({ flags: z.array(ZEventFlag) }),
    handler: async ({ deps, ctx }) => ({ flags: await outreach.flagsRaisedBy(deps, ctx) }),
  }),
  post(`${talk}/event-offers/:offerId/accept`, {
    access: ANY_MEMBER,
    summary: 'Take up the offer of a peer after an event: a request is opened at once',
    params: ZOfferParams,
    body: ZContactChoice,
    response: ZMyRequest,
    status: 201,
    handler: ({ deps, ctx, params, body }) => outreach.acceptEventOffer(deps, ctx, params.offerId, body),
  }),
  post(`${talk}/event-offers/:offerId/decline`, {
    access: ANY_MEMBER,
    summary: 'Decline the offer of a peer after an event (nobody is told)',
    params: ZOfferParams,
    response: NO_CONTENT,
    status: 204,
    handler: ({ deps, ctx, params }) => outreach.declineEventOffer(deps, ctx, params.offerId),
  }),

  get(`${base}/report`, {
    access: LEAD,
    summary: 'Requests per month by topic and outcome, times to first contact, debriefs and load (fewer than 5 hidden)',
    params: ZOrgParams,
    query: ZReportQuery,
    response: ZPeerReport,
    handler: ({ deps, ctx, query }) => peerReport(deps, ctx, query.months),
  }),
  get(`${base}/report.csv`, {
    access: LEAD,
    summary: 'The report as CSV, with the same suppression',
    params: ZOrgParams,
    query: ZReportQuery,
    response: z.string(),
    handler: async ({ deps, ctx, query, reply }) => {
      const csv = reportCsv(await peerReport(deps, ctx, query.months));
      return reply
        .type('text/csv; charset=utf-8')
        .header('content-disposition', 'attachment; filename="talk-to-a-peer-report.csv"')
        .send(csv);
    },
  }),
]);
