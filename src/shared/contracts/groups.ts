import { z } from 'zod';
import { MIN_CELL, ZDate, ZId, ZName, ZRole, ZTimestamp } from './common.ts';

export const GROUP_TEMPLATES = [
  'department_peer_support',
  'returning_to_work',
  'new_to_the_area',
  'students_on_placement',
] as const;
export const ZGroupTemplate = z.enum(GROUP_TEMPLATES);
export type GroupTemplate = z.infer<typeof ZGroupTemplate>;

/** DESIGN.md C4: at most 6 members and 2 facilitators; a group may be set smaller, never larger. */
export const MAX_GROUP_MEMBERS = 6;
export const MAX_GROUP_FACILITATORS = 2;
/** Privacy rule 4: survey figures of fewer than this many answers are not shown anywhere. */
export const MIN_RESPONSES = MIN_CELL;
export const FEWER_THAN_5 = 'fewer than 5 responses';

/** Supervision is due within this many days of a session the facilitator ran. */
export const SUPERVISION_GRACE_DAYS = 14;

/**
 * The one rule for "behind on supervision", used by the coordinator's report and the facilitator's
 * page alike: a session held (on one of `heldDays`, YYYY-MM-DD in the organisation's zone) more than
 * 14 days before `today` with no supervision meeting of theirs on or after its day.
 */
export function behindOnSupervision(heldDays: readonly string[], lastMetOn: string | null, today: string): boolean {
  const daysSince = (day: string) => (Date.parse(`${today}T00:00:00Z`) - Date.parse(`${day}T00:00:00Z`)) / 86_400_000;
  return heldDays.some((on) => (lastMetOn === null || on > lastMetOn) && daysSince(on) > SUPERVISION_GRACE_DAYS);
}

/** What a facilitator may record as a session's themes; never names or free text (privacy rule 6). */
export const SESSION_THEMES = [
  'workload_and_rostering',
  'difficult_shift_or_patient_outcome',
  'conflict_or_behaviour_at_work',
  'exams_and_training',
  'self_care_and_sleep',
  'life_outside_work',
  'belonging_and_isolation',
  'returning_after_a_break',
  'moving_and_settling_in',
  'other',
] as const;
export const ZSessionTheme = z.enum(SESSION_THEMES);
export type SessionTheme = z.infer<typeof ZSessionTheme>;
export const SESSION_THEME_LABELS: Record<(typeof SESSION_THEMES)[number], string> = {
  workload_and_rostering: 'Workload and rostering',
  difficult_shift_or_patient_outcome: 'A difficult shift or patient outcome',
  conflict_or_behaviour_at_work: 'Conflict or behaviour at work',
  exams_and_training: 'Exams and training',
  self_care_and_sleep: 'Self-care and sleep',
  life_outside_work: 'Life outside work',
  belonging_and_isolation: 'Belonging and isolation',
  returning_after_a_break: 'Returning after a break',
  moving_and_settling_in: 'Moving and settling in',
  other: 'Something else',
};

export const ZGroupEligibility = z.object({
  departmentIds: z.array(ZId).max(50),
  cohortIds: z.array(ZId).max(50),
  roles: z.array(ZRole).max(7),
});
export type GroupEligibility = z.infer<typeof ZGroupEligibility>;

export const ZLocation = z
  .object({ kind: z.enum(['video', 'room']), detail: z.string().trim().min(1, 'Required').max(500) })
  .refine((l) => l.kind === 'room' || /^https:\/\/\S+$/.test(l.detail), {
    message: 'A video link starts with https://',
    path: ['detail'],
  });
export type Location = z.infer<typeof ZLocation>;

export const ZSessionPlan = z.object({
  checkIn: z.string().trim().max(1000),
  theme: z.string().trim().max(1000),
  checkOut: z.string().trim().max(1000),
  signposting: z.string().trim().max(2000),
});
export type SessionPlan = z.infer<typeof ZSessionPlan>;

export const ZStartTime = z.string().regex(/^([01]\d|2[0-3]):[0-5]\d$/, 'Use HH:MM (24-hour)');

export const ZGroupSettings = z
  .object({
    name: ZName,
    description: z.string().trim().max(2000),
    maxMembers: z.number().int().min(2).max(MAX_GROUP_MEMBERS),
    maxFacilitators: z.number().int().min(1).max(MAX_GROUP_FACILITATORS),
    firstSessionOn: ZDate,
    startTime: ZStartTime,
    cadenceDays: z.number().int().min(7).max(56),
    durationMinutes: z.number().int().min(20).max(180),
    location: ZLocation,
    closesOn: ZDate.nullable(),
    eligibility: ZGroupEligibility,
  })
  .refine((g) => g.closesOn === null || g.closesOn >= g.firstSessionOn, {
    message: 'A group closes after its first session',
    path: ['closesOn'],
  });
export type GroupSettings = z.infer<typeof ZGroupSettings>;

/** A new group: the schedule defaults to every 14 days for 45 minutes, at most 6 members and 2 facilitators. */
export const ZCreateGroup = z
  .object({
    name: ZName,
    description: z.string().trim().max(2000).default(''),
    maxMembers: z.number().int().min(2).max(MAX_GROUP_MEMBERS).default(MAX_GROUP_MEMBERS),
    maxFacilitators: z.number().int().min(1).max(MAX_GROUP_FACILITATORS).default(MAX_GROUP_FACILITATORS),
    firstSessionOn: ZDate,
    startTime: ZStartTime,
    cadenceDays: z.number().int().min(7).max(56).default(14),
    durationMinutes: z.number().int().min(20).max(180).default(45),
    location: ZLocation,
    closesOn: ZDate.nullable().default(null),
    eligibility: ZGroupEligibility.default({ departmentIds: [], cohortIds: [], roles: [] }),
  })
  .refine((g) => g.closesOn === null || g.closesOn >= g.firstSessionOn, {
    message: 'A group closes after its first session',
    path: ['closesOn'],
  });

export const ZPersonRef = z.object({ id: ZId, name: z.string() });

export const ZGroupProgramBody = z.object({ template: ZGroupTemplate, name: ZName.optional() });
export const ZGroupProgramSettings = z.object({ name: ZName, description: z.string().trim().max(2000) });
export const ZGroupTemplateInfo = z.object({ key: ZGroupTemplate, name: z.string(), description: z.string() });

/** A group as its coordinator sees it: settings, counts and facilitators; never who said what. */
export const ZGroup = z.object({
  id: ZId,
  programId: ZId,
  name: z.string(),
  description: z.string(),
  maxMembers: z.number().int(),
  maxFacilitators: z.number().int(),
  firstSessionOn: ZDate,
  startTime: z.string(),
  cadenceDays: z.number().int(),
  durationMinutes: z.number().int(),
  location: z.object({ kind: z.enum(['video', 'room']), detail: z.string() }),
  closesOn: ZDate.nullable(),
  eligibility: ZGroupEligibility,
  timeSlot: z.string(),
  members: z.number().int(),
  offered: z.number().int(),
  waiting: z.number().int(),
  facilitators: z.array(ZPersonRef),
});
export type Group = z.infer<typeof ZGroup>;

export const ZGroupProgram = z.object({
  id: ZId,
  template: ZGroupTemplate,
  name: z.string(),
  description: z.string(),
  groups: z.array(ZGroup),
});
export const ZGroupProgramSummary = z.object({
  id: ZId,
  template: ZGroupTemplate,
  name: z.string(),
  groups: z.number().int(),
  members: z.number().int(),
  waiting: z.number().int(),
});

export const MEMBERSHIP_STATUSES = ['none', 'member', 'waiting', 'offered'] as const;
export const ZMembershipStatus = z.enum(MEMBERSHIP_STATUSES);
export const ZMembership = z.object({
  status: ZMembershipStatus,
  /** 1 for the first in line; null unless waiting. */
  waitlistPosition: z.number().int().nullable(),
  offerExpiresAt: ZTimestamp.nullable(),
});
export type Membership = z.infer<typeof ZMembership>;

export const ZRsvp = z.enum(['yes', 'no']);
export const ZSession = z.object({
  id: ZId,
  startsAt: ZTimestamp,
  durationMinutes: z.number().int(),
  cancelled: z.boolean(),
  myRsvp: ZRsvp.nullable(),
});

/** A group as a member sees it; where to meet and the sessions only once they are in it. */
export const ZGroupForMember = z.object({
  id: ZId,
  program: z.object({
    id: ZId,
    name: z.string(),
    template: ZGroupTemplate,
    /** When the person asked the coordinator to place them in one of the program's groups, while the request stands; null if it does not. */
    placeMeAskedAt: ZTimestamp.nullable(),
  }),
  name: z.string(),
  description: z.string(),
  cadenceDays: z.number().int(),
  durationMinutes: z.number().int(),
  firstSessionOn: ZDate,
  startTime: z.string(),
  closesOn: ZDate.nullable(),
  location: z.object({ kind: z.enum(['video', 'room']), detail: z.string().nullable() }),
  maxMembers: z.number().int(),
  placesLeft: z.number().int(),
  /** How many are on the wait-list, so someone choosing a full group knows how long the line is. */
  waiting: z.number().int(),
  facilitators: z.array(ZPersonRef),
  membership: ZMembership,
  sessions: z.array(ZSession),
});
export type GroupForMember = z.infer<typeof ZGroupForMember>;

export const ZRsvpBody = z.object({ response: ZRsvp });
export const ZSessionChange = z
  .object({
    startsAt: ZTimestamp.optional(),
    durationMinutes: z.number().int().min(20).max(180).optional(),
    location: ZLocation.optional(),
    cancelled: z.boolean().optional(),
  })
  .refine((c) => Object.keys(c).length > 0, { message: 'Change at least one thing', path: ['startsAt'] });
export const ZFacilitatorsBody = z.object({
  personIds: z.array(ZId).max(MAX_GROUP_FACILITATORS, `At most ${MAX_GROUP_FACILITATORS} facilitators`),
});
export const ZInterestBody = z.object({ preferredGroupIds: z.array(ZId).max(10).default([]) });
export const ZAllocationBody = z.object({ apply: z.boolean().default(false) });
export const ZAllocation = z.object({
  placements: z.array(z.object({ person: ZPersonRef, group: ZPersonRef, score: z.number() })),
  unplaced: z.array(z.object({ person: ZPersonRef, reason: z.string() })),
  applied: z.boolean(),
});

export const ZSessionLogBody = z.object({
  attendanceCount: z
    .number()
    .int()
    .min(0)
    .max(MAX_GROUP_MEMBERS + MAX_GROUP_FACILITATORS),
  themes: z.array(ZSessionTheme).max(SESSION_THEMES.length),
  signpostingGiven: z.boolean(),
  escalationNeeded: z.boolean(),
});
export const ZSessionLog = ZSessionLogBody.extend({ loggedAt: ZTimestamp });
export const ZAttendanceBody = z.object({ personIds: z.array(ZId).max(MAX_GROUP_MEMBERS) });
export const ZSupervisionBody = z.object({
  metOn: ZDate,
  supervisorId: ZId.nullable().default(null),
  sessionId: ZId.nullable().default(null),
});
export const ZSupervisionRecord = z.object({
  id: ZId,
  facilitator: ZPersonRef,
  supervisor: ZPersonRef.nullable(),
  sessionId: ZId.nullable(),
  metOn: ZDate,
});

/** What a facilitator of the group sees: who is in it, the plan, the sessions with their logs. */
export const ZFacilitation = z.object({
  group: ZGroup,
  plan: ZSessionPlan,
  members: z.array(ZPersonRef),
  supervisors: z.array(ZPersonRef),
  sessions: z.array(
    z.object({
      id: ZId,
      startsAt: ZTimestamp,
      durationMinutes: z.number().int(),
      location: z.object({ kind: z.enum(['video', 'room']), detail: z.string() }),
      cancelled: z.boolean(),
      rsvpYes: z.number().int(),
      rsvpNo: z.number().int(),
      attended: z.array(ZId),
      log: ZSessionLog.nullable(),
    }),
  ),
  supervision: z.array(ZSupervisionRecord),
});

export const ZSurveyAnswerBody = z.object({
  helpful: z.number().int().min(1).max(5),
  lessAlone: z.number().int().min(1).max(5),
  ableToCope: z.number().int().min(1).max(5),
  change: z.string().trim().max(1000).default(''),
});
export const ZOpenSurvey = z.object({ sessionId: ZId, group: ZPersonRef, sessionOn: ZDate, closesOn: ZDate });

/** Small numbers are hidden (privacy rule 4): below 5 answers a figure is null and `suppressed` is true. */
export const ZSuppressible = z.object({ suppressed: z.boolean(), value: z.number().nullable() });
export const ZSurveyResults = z.object({
  responses: ZSuppressible,
  meanHelpful: ZSuppressible,
  meanLessAlone: ZSuppressible,
  meanAbleToCope: ZSuppressible,
  /** "What would you change?", unattributed and in random order, only from 5 answers on. */
  changes: z.array(z.string()),
  note: z.string().nullable(),
});
export type SurveyResults = z.infer<typeof ZSurveyResults>;

export const ZGroupReport = z.object({
  program: z.object({ id: ZId, name: z.string() }),
  survey: ZSurveyResults,
  groups: z.array(
    z.object({
      id: ZId,
      name: z.string(),
      members: z.number().int(),
      maxMembers: z.number().int(),
      waitlist: z.number().int(),
      sessionsHeld: z.number().int(),
      attendance: z.array(z.object({ sessionOn: ZDate, count: z.number().int() })),
      escalations: z.number().int(),
      survey: ZSurveyResults,
      supervision: z.object({
        overdue: z.boolean(),
        facilitatorsBehind: z.array(ZPersonRef),
        lastMetOn: ZDate.nullable(),
      }),
    }),
  ),
});
export type GroupReport = z.infer<typeof ZGroupReport>;

export const ZGroupProgramParams = z.object({ orgId: ZId, groupProgramId: ZId });
export const ZGroupParams = z.object({ orgId: ZId, groupId: ZId });
export const ZGroupSessionParams = z.object({ orgId: ZId, groupId: ZId, sessionId: ZId });
