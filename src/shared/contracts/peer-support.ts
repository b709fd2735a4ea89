import { z } from 'zod';
import { ZDate, ZId, ZTimestamp } from './common.ts';
import { ZPersonRef, ZSuppressible } from './groups.ts';

/**
 * Talk to a peer (DESIGN.md C5, C8): one-off requests answered from an on-call roster, team debriefs, offers
 * after a serious event, and the supporters' own care. Who sees what is in docs/privacy.md ("Talk to a peer").
 */

export { ZPersonRef, ZSuppressible };
export type PersonRef = z.infer<typeof ZPersonRef>;
/** Privacy rule 4: a figure over fewer than 5 people is `{ suppressed: true, value: null }`. */
export type Suppressible = z.infer<typeof ZSuppressible>;

// What a request is about: the association's list (domain texts), and two kinds Kindred adds itself.
export const ASKABLE_TOPICS = [
  'aggression',
  'training_exams',
  'adverse_event',
  'code_debrief',
  'moral_distress',
  'something_else',
] as const;
export const REQUEST_TOPICS = [...ASKABLE_TOPICS, 'worried_about_someone', 'supporter_debrief'] as const;
export const ZRequestTopic = z.enum(REQUEST_TOPICS);
export type RequestTopic = z.infer<typeof ZRequestTopic>;
export const TOPIC_LABELS: Record<RequestTopic, string> = {
  aggression: 'Aggression or violence',
  training_exams: 'Training and exams',
  adverse_event: 'An adverse event or a medical error',
  code_debrief: 'A code or resuscitation that stayed with me',
  moral_distress: 'Moral distress',
  something_else: 'Something else',
  worried_about_someone: "Advice: I'm worried about someone",
  supporter_debrief: 'A debrief for a supporter',
};

export const URGENCIES = ['now', 'today', 'this_week'] as const;
export const ZUrgency = z.enum(URGENCIES);
export type Urgency = z.infer<typeof ZUrgency>;
export const URGENCY_LABELS: Record<Urgency, string> = { now: 'Now', today: 'Today', this_week: 'This week' };

export const CONTACT_METHODS = ['phone', 'video', 'chat', 'in_person'] as const;
export const ZContactMethod = z.enum(CONTACT_METHODS);
export type ContactMethod = z.infer<typeof ZContactMethod>;
export const CONTACT_METHOD_LABELS: Record<ContactMethod, string> = {
  phone: 'Phone call',
  video: 'Video call',
  chat: 'Chat in Kindred',
  in_person: 'In person',
};

export const OUTCOMES = ['supported', 'follow_up_booked', 'referred', 'escalated'] as const;
export const ZOutcome = z.enum(OUTCOMES);
export type Outcome = z.infer<typeof ZOutcome>;
export const OUTCOME_LABELS: Record<Outcome, string> = {
  supported: 'Supported',
  follow_up_booked: 'Follow-up booked',
  referred: 'Referred to professional help',
  escalated: 'Escalated',
};

export const LENGTH_BANDS = ['under_15', '15_30', '30_60', 'over_60'] as const;
export const ZLengthBand = z.enum(LENGTH_BANDS);
export type LengthBand = z.infer<typeof ZLengthBand>;
export const LENGTH_BAND_LABELS: Record<LengthBand, string> = {
  under_15: 'Under 15 minutes',
  '15_30': '15 to 30 minutes',
  '30_60': '30 to 60 minutes',
  over_60: 'Over an hour',
};

const ZContactDetail = z.string().trim().max(200);

/**
 * How the person would like to be reached. Phone and video need a number or a link; chat needs nothing; an
 * anonymous request is reached only through Kindred (chat), so it takes no contact detail at all.
 */
export const ZContactChoice = z
  .object({
    contactMethod: ZContactMethod,
    contactDetail: ZContactDetail.optional(),
    anonymous: z.boolean().default(false),
  })
  .superRefine((value, ctx) => {
    if (value.anonymous && value.contactMethod !== 'chat') {
      ctx.addIssue({
        code: 'custom',
        path: ['contactMethod'],
        message: 'Anonymous requests are answered by chat in Kindred',
      });
    }
    if (value.anonymous && value.contactDetail) {
      ctx.addIssue({ code: 'custom', path: ['contactDetail'], message: 'Leave this empty to stay anonymous' });
    }
    if ((value.contactMethod === 'phone' || value.contactMethod === 'video') && !value.contactDetail) {
      ctx.addIssue({
        code: 'custom',
        path: ['contactDetail'],
        message: value.contactMethod === 'phone' ? 'Enter a number to call' : 'Enter a number or a video link',
      });
    }
  });
export type ContactChoice = z.infer<typeof ZContactChoice>;

export const ZAskBody = z
  .object({
    topic: z.enum([...ASKABLE_TOPICS, 'worried_about_someone']),
    urgency: ZUrgency,
    notMyDepartment: z.boolean().default(false),
    similarStage: z.boolean().default(false),
  })
  .and(ZContactChoice);
export type AskBody = z.input<typeof ZAskBody>;

/**
 * Where a request stands, as its requester reads it: 'finding' (we are finding someone), 'nobody_free' (every step
 * tried; still open to everyone offered, and here is who you can call), 'claimed' (your supporter will contact you
 * by `contactBy`), 'contacted', 'closed', 'cancelled'.
 */
export const REQUEST_STAGES = ['finding', 'nobody_free', 'claimed', 'contacted', 'closed', 'cancelled'] as const;
export const ZRequestStage = z.enum(REQUEST_STAGES);
export type RequestStage = z.infer<typeof ZRequestStage>;

/** A request as the person who asked sees it. */
export const ZMyRequest = z.object({
  id: ZId,
  topic: ZRequestTopic,
  urgency: ZUrgency,
  contactMethod: ZContactMethod,
  contactDetail: z.string().nullable(),
  anonymous: z.boolean(),
  alias: z.string().nullable(),
  stage: ZRequestStage,
  createdAt: ZTimestamp,
  /** The supporter who took it (their name only), once someone has. */
  supporterName: z.string().nullable(),
  contactBy: ZTimestamp.nullable(),
  firstContactAt: ZTimestamp.nullable(),
  closedAt: ZTimestamp.nullable(),
  followUpAt: ZTimestamp.nullable(),
  /** Until when the requester may ask for a follow-up (null when they cannot, or already did). */
  followUpUntil: ZTimestamp.nullable(),
  followUpRequestedAt: ZTimestamp.nullable(),
});
export type MyRequest = z.infer<typeof ZMyRequest>;

/**
 * A request as a supporter sees it: what they need and nothing more. Before they claim it: the topic, how soon,
 * how, and the preferences. After: the requester's name or alias and the contact detail. Never the requester's
 * person id or e-mail, and for an anonymous request never their name (privacy rule: anonymous to the supporter).
 */
export const ZSupporterRequest = z.object({
  id: ZId,
  topic: ZRequestTopic,
  urgency: ZUrgency,
  contactMethod: ZContactMethod,
  notMyDepartment: z.boolean(),
  similarStage: z.boolean(),
  anonymous: z.boolean(),
  status: z.enum(['waiting', 'claimed', 'closed', 'cancelled']),
  createdAt: ZTimestamp,
  claimedByMe: z.boolean(),
  /** Shown once claimed by this supporter: the alias of an anonymous requester, or their name. */
  requesterDisplay: z.string().nullable(),
  contactDetail: z.string().nullable(),
  contactBy: ZTimestamp.nullable(),
  firstContactAt: ZTimestamp.nullable(),
  closedAt: ZTimestamp.nullable(),
  outcome: ZOutcome.nullable(),
  lengthBand: ZLengthBand.nullable(),
  followUpAt: ZTimestamp.nullable(),
  followUpRequestedAt: ZTimestamp.nullable(),
  followUpDoneAt: ZTimestamp.nullable(),
});
export type SupporterRequest = z.infer<typeof ZSupporterRequest>;

export const ZSupporterInbox = z.object({
  /** Waiting requests offered to this person: the first to claim one gets it. */
  offered: z.array(ZSupporterRequest),
  /** Requests this person took: open ones, and closed ones whose follow-up window is open. */
  mine: z.array(ZSupporterRequest),
});
export type SupporterInbox = z.infer<typeof ZSupporterInbox>;

export const ZClaimBody = z.object({
  /** "I will contact them by": from now up to 24 hours ahead. */
  contactBy: ZTimestamp,
});
export const ZCloseBody = z.object({
  outcome: ZOutcome,
  lengthBand: ZLengthBand,
  /** When the follow-up is booked for (required with 'follow_up_booked'), within the program's follow-up time. */
  followUpAt: ZTimestamp.optional(),
});

export const ZRequestMessage = z.object({
  id: ZId,
  /** 'you' for the caller's own messages; otherwise 'supporter' or 'requester'. */
  from: z.enum(['you', 'supporter', 'requester']),
  body: z.string(),
  createdAt: ZTimestamp,
});
export const ZRequestMessages = z.object({ messages: z.array(ZRequestMessage) });
export const ZMessageBody = z.object({ body: z.string().trim().min(1, 'Write a message').max(2000) });

export const ZRequestParams = z.object({ orgId: ZId, requestId: ZId });
export const ZOfferParams = z.object({ orgId: ZId, offerId: ZId });
export const ZDebriefParams = z.object({ orgId: ZId, debriefId: ZId });
export const ZShiftParams = z.object({ orgId: ZId, shiftId: ZId });
export const ZSlotParams = z.object({ orgId: ZId, slotId: ZId });
export const ZSupporterParams = z.object({ orgId: ZId, personId: ZId });
export const ZTrainingParams = z.object({ orgId: ZId, personId: ZId, trainingId: ZId });

// ─── The member's page ──────────────────────────────────────────────────────────────────────────────

/** A private offer of a peer after a serious event: seen by the person it is for, no one else. */
export const ZEventOfferForMe = z.object({ id: ZId, eventOn: ZDate, expiresAt: ZTimestamp });
export type EventOfferForMe = z.infer<typeof ZEventOfferForMe>;

/** A debrief the person is invited to: offered, never required. */
export const ZDebriefInvitation = z.object({
  id: ZId,
  eventOn: ZDate,
  department: z.string().nullable(),
  status: z.enum(['requested', 'scheduled', 'held', 'cancelled']),
  startsAt: ZTimestamp.nullable(),
  place: z.string().nullable(),
  response: z.enum(['coming', 'not_coming']).nullable(),
});
export type DebriefInvitation = z.infer<typeof ZDebriefInvitation>;

export const ZTalkOverview = z.object({
  programName: z.string(),
  ackMinutes: z.number().int(),
  followUpHours: z.number().int(),
  /** Open requests and those closed within the follow-up window, newest first. */
  requests: z.array(ZMyRequest),
  eventOffers: z.array(ZEventOfferForMe),
  debriefInvitations: z.array(ZDebriefInvitation),
});
export type TalkOverview = z.infer<typeof ZTalkOverview>;

export const ZDebriefResponseBody = z.object({ response: z.enum(['coming', 'not_coming']) });

/** Someone invited to a debrief asks for a one-to-one instead or as well: how to be reached, and what it is about. */
export const ZDebriefOneToOneBody = z
  .object({ topic: z.enum(['code_debrief', 'adverse_event']).default('adverse_event') })
  .and(ZContactChoice);
export type DebriefOneToOneBody = z.input<typeof ZDebriefOneToOneBody>;

// ─── Supporters ─────────────────────────────────────────────────────────────────────────────────────

export const ZTrainingRecord = z.object({
  id: ZId,
  title: z.string(),
  completedOn: ZDate,
  expiresOn: ZDate,
});
export const ZTrainingRecordBody = z
  .object({ title: z.string().trim().min(1, 'Required').max(200), completedOn: ZDate, expiresOn: ZDate })
  .refine((v) => v.expiresOn > v.completedOn, { path: ['expiresOn'], message: 'Expiry must be after completion' });

export const ZSupervisionRecord = z.object({
  id: ZId,
  heldOn: ZDate,
  minutes: z.number().int(),
  supervisor: ZPersonRef.nullable(),
});
export const ZSupervisionBody = z.object({ heldOn: ZDate, minutes: z.number().int().min(5).max(480) });

export const ZShift = z.object({
  id: ZId,
  slotId: ZId,
  startsAt: ZTimestamp,
  endsAt: ZTimestamp,
  supporter: ZPersonRef.nullable(),
  coverWanted: z.boolean(),
});
export type Shift = z.infer<typeof ZShift>;

/** A supporter's own view: their training, supervision, load, break and shifts. */
export const ZSupporterSelf = z.object({
  trained: z.boolean(),
  training: z.array(ZTrainingRecord),
  supervisor: ZPersonRef.nullable(),
  supervision: z.array(ZSupervisionRecord),
  supervisionOverdue: z.boolean(),
  weeklyCap: z.number().int(),
  /** Requests taken in the last 7 days. */
  loadThisWeek: z.number().int(),
  openRequests: z.number().int(),
  breakUntil: ZDate.nullable(),
  shifts: z.array(ZShift),
  /** Shifts other supporters asked someone to cover, in the next 14 days. */
  coverWanted: z.array(ZShift),
});
export type SupporterSelf = z.infer<typeof ZSupporterSelf>;

export const ZBreakBody = z.object({ until: ZDate.nullable() });
export const ZCoverWantedBody = z.object({ wanted: z.boolean() });

// ─── The lead ───────────────────────────────────────────────────────────────────────────────────────

export const ZPeerProgram = z.object({
  id: ZId,
  name: z.string(),
  ackMinutes: z.number().int(),
  supportersPerStep: z.number().int(),
  followUpHours: z.number().int(),
  retentionDays: z.number().int(),
  defaultWeeklyCap: z.number().int(),
  supervisionEveryDays: z.number().int(),
  shiftReminderHours: z.number().int(),
  eventOfferHours: z.number().int(),
  backup: ZPersonRef.nullable(),
  lead: ZPersonRef.nullable(),
});
export type PeerProgram = z.infer<typeof ZPeerProgram>;

export const ZPeerProgramBody = z.object({
  name: z.string().trim().min(1, 'Required').max(120),
  ackMinutes: z.number().int().min(5, 'At least 5 minutes').max(1440, 'At most a day'),
  supportersPerStep: z.number().int().min(1).max(20),
  followUpHours: z.number().int().min(1).max(336),
  retentionDays: z.number().int().min(1).max(3650),
  defaultWeeklyCap: z.number().int().min(1).max(50),
  supervisionEveryDays: z.number().int().min(7).max(365),
  shiftReminderHours: z.number().int().min(1).max(72),
  eventOfferHours: z.number().int().min(1).max(336),
  backupPersonId: ZId.nullable(),
  leadPersonId: ZId.nullable(),
});

const ZClock = z.string().regex(/^([01]\d|2[0-3]):[0-5]\d$/, 'Use a time like 08:00');
export const ZRosterSlot = z.object({
  id: ZId,
  /** 0 = Monday … 6 = Sunday, in the organisation's time zone. */
  weekday: z.number().int().min(0).max(6),
  startTime: z.string(),
  endTime: z.string(),
  supporter: ZPersonRef.nullable(),
});
export type RosterSlot = z.infer<typeof ZRosterSlot>;
export const ZRosterSlotBody = z
  .object({ weekday: z.number().int().min(0).max(6), startTime: ZClock, endTime: ZClock, personId: ZId.nullable() })
  .refine((v) => v.startTime !== v.endTime, { path: ['endTime'], message: 'A shift cannot end when it starts' });
export const ZRoster = z.object({ slots: z.array(ZRosterSlot), shifts: z.array(ZShift) });
export const ZShiftAssignBody = z.object({ personId: ZId.nullable() });

/** The lead's coverage panel: what needs doing before the roster lets someone down. */
export const ZCoverage = z.object({
  emptyShifts: z.array(ZShift),
  noWorkingContact: z.array(z.object({ supporter: ZPersonRef, reason: z.string() })),
  overCap: z.array(z.object({ supporter: ZPersonRef, load: z.number().int(), cap: z.number().int() })),
  supervisionOverdue: z.array(z.object({ supporter: ZPersonRef, lastOn: ZDate.nullable() })),
  trainingExpired: z.array(z.object({ supporter: ZPersonRef, expiredOn: ZDate.nullable() })),
});
export type Coverage = z.infer<typeof ZCoverage>;

export const ZSupporterSummary = z.object({
  supporter: ZPersonRef,
  trainedUntil: ZDate.nullable(),
  training: z.array(ZTrainingRecord),
  weeklyCap: z.number().int(),
  ownCap: z.number().int().nullable(),
  loadThisWeek: z.number().int(),
  onBreak: z.boolean(),
  supervisor: ZPersonRef.nullable(),
  lastSupervisionOn: ZDate.nullable(),
  supervisionOverdue: z.boolean(),
});
export type SupporterSummary = z.infer<typeof ZSupporterSummary>;
export const ZSupporterSettingsBody = z.object({
  weeklyCap: z.number().int().min(1).max(50).nullable(),
  supervisorId: ZId.nullable(),
});

// ─── Debriefs and events ────────────────────────────────────────────────────────────────────────────

export const ZDebriefRequestBody = z.object({
  eventOn: ZDate,
  departmentId: ZId.nullable(),
  inviteePersonIds: z.array(ZId).min(1, 'Choose who was there').max(60),
});
export const ZDebriefScheduleBody = z
  .object({
    startsAt: ZTimestamp,
    place: z.string().trim().min(1, 'Say where (a room or a video link)').max(200),
    supporterAId: ZId,
    supporterBId: ZId,
  })
  .refine((v) => v.supporterAId !== v.supporterBId, { path: ['supporterBId'], message: 'Choose two people' });
export const ZDebriefHeldBody = z.object({ attendedPersonIds: z.array(ZId).max(60) });

/**
 * A debrief as its requester and the lead see it: when, where, by whom, and how many came (a count, under 5 hidden,
 * never who).
 */
export const ZDebrief = z.object({
  id: ZId,
  eventOn: ZDate,
  department: z.string().nullable(),
  status: z.enum(['requested', 'scheduled', 'held', 'cancelled']),
  startsAt: ZTimestamp.nullable(),
  place: z.string().nullable(),
  supporters: z.array(ZPersonRef),
  invited: z.number().int(),
  came: ZSuppressible,
  requestedAt: ZTimestamp,
});
export type Debrief = z.infer<typeof ZDebrief>;

/** A debrief as one of its two supporters sees it: who is invited and their answers, to run it. */
export const ZDebriefForSupporter = ZDebrief.extend({
  invitees: z.array(
    z.object({ person: ZPersonRef, response: z.enum(['coming', 'not_coming']).nullable(), attended: z.boolean() }),
  ),
});
export type DebriefForSupporter = z.infer<typeof ZDebriefForSupporter>;

export const ZEventFlagBody = z.object({
  eventOn: ZDate,
  personIds: z.array(ZId).min(1, 'Choose who was involved').max(60),
});
/** A flag as the safety team sees it afterwards: how many offers went out, never who took one up. */
export const ZEventFlag = z.object({ id: ZId, eventOn: ZDate, offersSent: z.number().int(), createdAt: ZTimestamp });
export type EventFlag = z.infer<typeof ZEventFlag>;

// ─── The lead's report ──────────────────────────────────────────────────────────────────────────────

export const ZReportQuery = z.object({ months: z.coerce.number().int().min(1).max(24).default(12) });
export const ZReportMonth = z.object({
  month: z.string(),
  requests: ZSuppressible,
  byTopic: z.array(z.object({ topic: ZRequestTopic, count: ZSuppressible })),
  outcomes: z.array(z.object({ outcome: ZOutcome, count: ZSuppressible })),
  medianMinutesToContact: ZSuppressible,
  p90MinutesToContact: ZSuppressible,
  /** Percent of requests claimed within the program's limit at their first step. */
  acknowledgedInTimePercent: ZSuppressible,
  reroutes: ZSuppressible,
  debriefsHeld: ZSuppressible,
});
export type ReportMonth = z.infer<typeof ZReportMonth>;
export const ZPeerReport = z.object({
  months: z.array(ZReportMonth),
  total: ZReportMonth,
  supporters: z.object({
    count: z.number().int(),
    /** Requests per supporter in the last 4 weeks: median and most; never who. */
    medianLoad: ZSuppressible,
    maxLoad: ZSuppressible,
  }),
});
export type PeerReport = z.infer<typeof ZPeerReport>;
