import { z } from 'zod';
import { CAREER_STAGES } from './profile.ts';
import { ZDate, ZId, ZName, ZRole, ZTimestamp } from './common.ts';

export const PROGRAM_TEMPLATES = ['intern_peer_mentoring', 'student_peer_mentoring'] as const;
export const ZProgramTemplate = z.enum(PROGRAM_TEMPLATES);
export type ProgramTemplate = z.infer<typeof ZProgramTemplate>;
/** How a program speaks of its people, by template: forms, pages and e-mails fit the audience. */
export const PROGRAM_AUDIENCE: Record<ProgramTemplate, { peers: string; mentees: string; mentorAhead: string }> = {
  intern_peer_mentoring: {
    peers: 'doctors in training',
    mentees: 'interns',
    mentorAhead: 'a doctor a year or two ahead of you',
  },
  student_peer_mentoring: {
    peers: 'medical students',
    mentees: 'students',
    mentorAhead: 'a medical student a year or two ahead of you',
  },
};

/** Weighted criteria a coordinator sets; scored by the matching engine's scorer. */
export const CRITERIA = [
  'sameSite',
  'sharedSpecialty',
  'wantedSpecialty',
  'sharedLanguage',
  'availability',
  'shiftPattern',
  'sharedExperience',
  'menteePreference',
] as const;
export const ZCriterion = z.enum(CRITERIA);
export type Criterion = z.infer<typeof ZCriterion>;
export const CRITERION_LABELS: Record<Criterion, string> = {
  sameSite: 'Same site',
  sharedSpecialty: 'Same department or specialty',
  wantedSpecialty: 'Mentor offers what the mentee wants help with',
  // English is left out (matching-run.ts): nearly everyone shares it, so it would add the same points to every pair.
  sharedLanguage: 'A language besides English in common',
  availability: 'Free at the same times',
  shiftPattern: 'Same shift pattern',
  sharedExperience: 'Shared experience (both consented, e.g. both international graduates)',
  menteePreference: "The mentee's stated preference",
};
export const ZCriteriaWeights = z.partialRecord(ZCriterion, z.number().min(0).max(10));

export const MEETING_TOPICS = [
  'rostering_and_leave',
  'exams',
  'research',
  'night_shifts',
  'wellbeing',
  'career',
  'navigating_the_hospital',
  'difficult_situation',
  'other',
] as const;
export const MEETING_TOPIC_LABELS: Record<(typeof MEETING_TOPICS)[number], string> = {
  rostering_and_leave: 'Rostering and leave',
  exams: 'Exams',
  research: 'Research',
  night_shifts: 'Night shifts',
  wellbeing: 'Wellbeing',
  career: 'Career planning',
  navigating_the_hospital: 'Navigating the hospital',
  difficult_situation: 'Debrief after a difficult situation',
  other: 'Something else',
};
export const MEETING_FORMATS = ['in_person', 'video', 'phone', 'messages'] as const;

export const ZEligibility = z.object({
  cohortIds: z.array(ZId).max(50),
  careerStages: z.array(z.enum(CAREER_STAGES)).max(CAREER_STAGES.length),
  roles: z.array(ZRole).max(7),
});
export type Eligibility = z.infer<typeof ZEligibility>;
/** An eligibility rule as a member may read it: cohorts by name. */
export const ZEligibilityNames = ZEligibility.omit({ cohortIds: true }).extend({ cohorts: z.array(z.string()) });
export type EligibilityNames = z.infer<typeof ZEligibilityNames>;

export const QUESTION_KINDS = ['short_text', 'choice', 'multi_choice', 'scale'] as const;
export const ZQuestion = z
  .object({
    id: z.string().regex(/^[a-z0-9_-]{1,40}$/, 'Use lower-case letters, digits, - or _'),
    kind: z.enum(QUESTION_KINDS),
    label: z.string().trim().min(1, 'Required').max(200),
    side: z.enum(['mentor', 'mentee', 'both']),
    required: z.boolean(),
    options: z.array(z.string().trim().min(1).max(100)).max(20),
  })
  .refine((q) => !['choice', 'multi_choice'].includes(q.kind) || q.options.length >= 2, {
    message: 'Give at least two options',
    path: ['options'],
  });
export type Question = z.infer<typeof ZQuestion>;

const programFields = {
  name: ZName,
  description: z.string().trim().max(2000),
  mentorEligibility: ZEligibility,
  menteeEligibility: ZEligibility,
  mentorCapacity: z.number().int().min(1).max(10),
  questions: z.array(ZQuestion).max(20),
  criteria: ZCriteriaWeights,
  applicationsOpenOn: ZDate,
  applicationsCloseOn: ZDate,
  matchPublishOn: ZDate,
  endsOn: ZDate,
  scheduleCohortId: ZId.nullable(),
  cadenceDays: z.number().int().min(7).max(180),
  trainingModuleIds: z.array(ZId).max(20),
};
export const ZProgramSettings = z
  .object(programFields)
  .refine((p) => p.applicationsCloseOn >= p.applicationsOpenOn, {
    message: 'Applications must close after they open',
    path: ['applicationsCloseOn'],
  })
  .refine((p) => p.matchPublishOn >= p.applicationsCloseOn, {
    message: 'Matches are published after applications close',
    path: ['matchPublishOn'],
  })
  .refine((p) => p.endsOn > p.matchPublishOn, {
    message: 'The program ends after matches are published',
    path: ['endsOn'],
  })
  .refine((p) => new Set(p.questions.map((q) => q.id)).size === p.questions.length, {
    message: 'Each question needs its own id',
    path: ['questions'],
  });
export type ProgramSettings = z.infer<typeof ZProgramSettings>;

export const ZCreateProgram = z.object({ template: ZProgramTemplate, name: ZName.optional() });

export const PROGRAM_PHASES = ['upcoming', 'applications_open', 'matching', 'running', 'ended'] as const;
export const ZProgram = z.object({
  id: ZId,
  template: ZProgramTemplate,
  ...programFields,
  phase: z.enum(PROGRAM_PHASES),
  publishedAt: ZTimestamp.nullable(),
  /** Next year's program, once it has been set up from this one. */
  nextProgramId: ZId.nullable(),
});
export type Program = z.infer<typeof ZProgram>;

export const ZApplicationSide = z.enum(['mentor', 'mentee']);
export type ApplicationSide = z.infer<typeof ZApplicationSide>;
export const ZAnswers = z.record(
  z.string().max(40),
  z.union([z.string().max(1000), z.array(z.string().max(100)).max(20), z.number()]),
);

export const ZApplicationBody = z.object({
  side: ZApplicationSide,
  answers: ZAnswers,
  wantsHelpWith: z.array(z.string().trim().min(1).max(60)).max(20).default([]),
  avoidPersonIds: z.array(ZId).max(20).default([]),
  preferredPersonIds: z.array(ZId).max(5).default([]),
  capacity: z.number().int().min(1).max(10).nullable().default(null),
});

/** What a member sees of a program: whether they may apply and what they applied for. */
export const ZProgramForMember = z.object({
  program: ZProgram.omit({ criteria: true, nextProgramId: true }),
  eligibleAs: z.array(ZApplicationSide),
  myApplications: z.array(
    z.object({
      side: ZApplicationSide,
      answers: ZAnswers,
      wantsHelpWith: z.array(z.string()),
      avoidPersonIds: z.array(ZId),
      preferredPersonIds: z.array(ZId),
      capacity: z.number().int().nullable(),
      createdAt: ZTimestamp,
      /** Running pairs the member has on this side: a matched mentee's application is settled. */
      activePairs: z.number().int(),
    }),
  ),
  trainingToDo: z.array(z.object({ id: ZId, title: z.string() })),
  /**
   * Why the program is not open to the person, when it is not and they never applied: whom each side
   * takes (cohorts by name; empty lists take anyone), where the person stands, and who runs it.
   */
  notOpenToYou: z
    .object({
      mentors: ZEligibilityNames,
      mentees: ZEligibilityNames,
      you: z.object({
        cohort: z.string().nullable(),
        careerStage: z.enum(CAREER_STAGES).nullable(),
        roles: z.array(ZRole),
      }),
      coordinator: z.string().nullable(),
    })
    .nullable(),
});

export const ZProgramSummary = z.object({
  id: ZId,
  name: z.string(),
  template: ZProgramTemplate,
  phase: z.enum(PROGRAM_PHASES),
  applicationsOpenOn: ZDate,
  applicationsCloseOn: ZDate,
  endsOn: ZDate,
  mentorApplications: z.number().int(),
  menteeApplications: z.number().int(),
  activePairs: z.number().int(),
});

export const ZPersonRef = z.object({ id: ZId, name: z.string() });

export const ZApplicationView = z.object({
  person: ZPersonRef,
  side: ZApplicationSide,
  answers: ZAnswers,
  wantsHelpWith: z.array(z.string()),
  capacity: z.number().int().nullable(),
  trained: z.boolean(),
  createdAt: ZTimestamp,
});

export const ZPairRef = z.object({ mentor: ZId, mentee: ZId });
export const ZMatchRunBody = z.object({
  mode: z.enum(['optimal', 'fair', 'stable']).default('optimal'),
  pins: z.array(ZPairRef).max(1000).default([]),
  forbids: z.array(ZPairRef).max(5000).default([]),
});

/**
 * Where a proposed pair stands now: `new` until published; `published` once this pair was made (running
 * or since ended, never made again); `mentee_paired` when the mentee has had another mentor since the run.
 */
export const PROPOSED_PAIR_STATES = ['new', 'published', 'mentee_paired'] as const;
export const ZMatchRun = z.object({
  id: ZId,
  mode: z.string(),
  createdAt: ZTimestamp,
  pins: z.array(ZPairRef),
  forbids: z.array(ZPairRef),
  pairs: z.array(
    z.object({
      mentor: ZPersonRef,
      mentee: ZPersonRef,
      score: z.number(),
      pinned: z.boolean(),
      breakdown: z.record(z.string(), z.number()),
      state: z.enum(PROPOSED_PAIR_STATES),
    }),
  ),
  unmatched: z.array(z.object({ mentee: ZPersonRef, reason: z.string(), explanation: z.string() })),
  summary: z.object({
    mentees: z.number().int(),
    mentors: z.number().int(),
    matched: z.number().int(),
    matchedPercent: z.number(),
    meanScore: z.number().nullable(),
    lowestScore: z.number().nullable(),
    objective: z.number(),
    blockingPairs: z.number().int(),
    mentorUtilisation: z.number(),
  }),
  /** When this run's pairs were published (the first time, if in parts), and how many were made from it; null before. */
  published: z.object({ at: ZTimestamp, pairs: z.number().int() }).nullable(),
});
export type MatchRun = z.infer<typeof ZMatchRun>;
/** The Matching tab's state: the latest run (null before the first), what is running, and who a new run would match. */
export const ZMatchingState = z.object({
  run: ZMatchRun.nullable(),
  /** Pairs running now, and when the program's matches were first published (null before). */
  running: z.object({ pairs: z.number().int(), firstPublishedAt: ZTimestamp.nullable() }),
  /** Mentees who applied and have no mentor now: the only people a new run matches. */
  menteesWaiting: z.number().int(),
});
export type MatchingState = z.infer<typeof ZMatchingState>;
export const ZPublishResult = z.object({
  created: z.number().int(),
  alreadyPaired: z.number().int(),
  notified: z.number().int(),
});

export const ZGoal = z.object({ id: ZId, title: z.string(), progress: z.number().int() });
export const ZGoalBody = z.object({
  title: z.string().trim().min(1, 'Required').max(200),
  progress: z.number().int().min(0).max(100).default(0),
});
export const ZMeeting = z.object({
  id: ZId,
  label: z.string(),
  dueOn: ZDate.nullable(),
  happenedOn: ZDate.nullable(),
  format: z.enum(MEETING_FORMATS).nullable(),
  topics: z.array(z.enum(MEETING_TOPICS)),
  /** Set on both meetings either side of a gap between terms: "One meeting between Term 1 and Term 2 counts for both". */
  gapNote: z.string().nullable(),
  /** Not logged itself, but the meeting held in that gap (logged on the other one) counts for it: the day they met. */
  coveredOn: ZDate.nullable(),
});
/** What a person shares with a mentoring partner (their profile's choice); null where they share nothing. */
export const ZSharedContact = z.object({
  email: z.string().nullable(),
  phone: z.string().nullable(),
  note: z.string().nullable(),
});
export const ZMeetingLog = z.object({
  happenedOn: ZDate,
  format: z.enum(MEETING_FORMATS),
  topics: z.array(z.enum(MEETING_TOPICS)).min(1, 'Choose at least one topic').max(MEETING_TOPICS.length),
});
export const ZPair = z.object({
  id: ZId,
  program: z.object({ id: ZId, name: z.string(), endsOn: ZDate, cadenceDays: z.number().int() }),
  /** Whether the meeting plan follows a cohort's rotation terms (before and after each) or the program's cadence. */
  followsTerms: z.boolean(),
  mentor: ZPersonRef,
  mentee: ZPersonRef,
  myRole: z.enum(['mentor', 'mentee', 'coordinator']),
  status: z.enum(['active', 'ended']),
  /** The day the pair was made, in the organisation's time zone: no meeting is logged before it. */
  startedOn: ZDate,
  agreement: z.object({ mentorAcceptedAt: ZTimestamp.nullable(), menteeAcceptedAt: ZTimestamp.nullable() }),
  goals: z.array(ZGoal),
  meetings: z.array(ZMeeting),
  rematchRequested: z.boolean(),
  /**
   * How the two can reach each other, for the two people of an active pair only (null for a coordinator,
   * and once the pair has ended): what each chose to share in their profile, and who to ask otherwise.
   */
  contact: z
    .object({
      partner: ZSharedContact,
      mine: ZSharedContact,
      /** The organisation's coordinators (at most 3), who can put the two in touch when neither has shared. */
      coordinators: z.array(ZPersonRef.extend({ email: z.string() })),
    })
    .nullable(),
});
export type Pair = z.infer<typeof ZPair>;
export const ZNote = z.object({ id: ZId, body: z.string(), createdAt: ZTimestamp });
export const ZNoteBody = z.object({ body: z.string().trim().min(1, 'Required').max(5000) });

export const ZTrainingModule = z.object({
  id: ZId,
  title: z.string(),
  body: z.string(),
  minutes: z.number().int(),
  completedAt: ZTimestamp.nullable(),
});
export const ZTrainingModuleBody = z.object({
  title: ZName,
  body: z.string().trim().min(1, 'Required').max(20_000),
  minutes: z.number().int().min(1).max(240),
});

export const ZProgramParams = z.object({ orgId: ZId, programId: ZId });
export const ZRunParams = z.object({ orgId: ZId, programId: ZId, runId: ZId });
export const ZPairParams = z.object({ orgId: ZId, pairId: ZId });
export const ZMeetingParams = z.object({ orgId: ZId, pairId: ZId, meetingId: ZId });
export const ZGoalParams = z.object({ orgId: ZId, pairId: ZId, goalId: ZId });
export const ZModuleParams = z.object({ orgId: ZId, moduleId: ZId });

/** What a coordinator sees of a pair: that they meet and what about, never notes or feedback text. */
export const ZCoordinatorPair = z.object({
  id: ZId,
  mentor: ZPersonRef,
  mentee: ZPersonRef,
  status: z.enum(['active', 'ended']),
  meetingsHeld: z.number().int(),
  lastMetOn: ZDate.nullable(),
  topics: z.array(z.enum(MEETING_TOPICS)),
  atRisk: z.boolean(),
  rematchRequested: z.boolean(),
  agreementAccepted: z.boolean(),
});
export type CoordinatorPair = z.infer<typeof ZCoordinatorPair>;

export const ZTemplateInfo = z.object({ key: ZProgramTemplate, name: z.string(), description: z.string() });

export const ZNotification = z.object({
  id: ZId,
  title: z.string(),
  body: z.string(),
  link: z.string().nullable(),
  readAt: ZTimestamp.nullable(),
  createdAt: ZTimestamp,
});
export const ZNotificationParams = z.object({ orgId: ZId, notificationId: ZId });

export const FEEDBACK_ROUNDS = ['midpoint', 'end'] as const;
export const ZFeedbackRound = z.enum(FEEDBACK_ROUNDS);
export type FeedbackRound = z.infer<typeof ZFeedbackRound>;
export const ZFeedbackBody = z.object({
  useful: z.number().int().min(1).max(5),
  metAsPlanned: z.number().int().min(1).max(5),
  recommend: z.boolean(),
  comment: z.string().trim().max(2000).default(''),
});
export const ZFeedbackParams = z.object({ orgId: ZId, programId: ZId, round: ZFeedbackRound });
export const ZFeedbackStatus = z.object({
  rounds: z.array(z.object({ round: ZFeedbackRound, opensOn: ZDate, open: z.boolean(), answered: z.boolean() })),
});

/** Small numbers are hidden (privacy rule 4): below 5 a figure is null and `suppressed` is true. */
const suppressible = z.object({ suppressed: z.boolean(), value: z.number().nullable() });
export const ZProgramReport = z.object({
  applications: z.object({ mentors: z.number().int(), mentees: z.number().int() }),
  pairs: z.object({
    active: z.number().int(),
    ended: z.number().int(),
    atRisk: z.number().int(),
    rematchRequests: z.number().int(),
  }),
  matchRate: suppressible,
  meetingsHeld: z.number().int(),
  topics: z.array(z.object({ topic: z.enum(MEETING_TOPICS), meetings: suppressible })),
  feedback: z.array(
    z.object({
      round: ZFeedbackRound,
      responses: suppressible,
      meanUseful: suppressible,
      meanMetAsPlanned: suppressible,
      recommendPercent: suppressible,
      comments: z.array(z.string()),
    }),
  ),
});
export type ProgramReport = z.infer<typeof ZProgramReport>;
export const ZCloneBody = z.object({ inviteMenteesToMentor: z.boolean().default(true) });
