import { z } from 'zod';
import { ZId } from './common.ts';

export const CAREER_STAGES = [
  'student_preclinical',
  'student_clinical',
  'pgy1',
  'pgy2',
  'resident',
  'registrar',
  'consultant',
  'other',
] as const;
export const CAREER_STAGE_LABELS: Record<(typeof CAREER_STAGES)[number], string> = {
  student_preclinical: 'Medical student (pre-clinical)',
  student_clinical: 'Medical student (clinical)',
  pgy1: 'Intern (PGY1)',
  pgy2: 'PGY2',
  resident: 'Resident (PGY3+)',
  registrar: 'Registrar / trainee',
  consultant: 'Consultant / attending',
  other: 'Other',
};
export const SHIFT_PATTERNS = ['days', 'nights', 'rotating', 'part_time', 'flexible'] as const;
export const AVAILABILITY = ['weekday_mornings', 'weekday_lunch', 'weekday_evenings', 'weekends'] as const;
/** Sensitive attributes are used for matching only with consent, never shown to anyone else (privacy rule 2). */
export const SENSITIVE_ATTRIBUTES = [
  'parent_or_carer',
  'international_graduate',
  'returning_from_leave',
  'disability_or_chronic_illness',
  'first_in_family_in_medicine',
  'lgbtiq',
] as const;
export const SENSITIVE_ATTRIBUTE_LABELS: Record<(typeof SENSITIVE_ATTRIBUTES)[number], string> = {
  parent_or_carer: 'Parent or carer',
  international_graduate: 'International medical graduate',
  returning_from_leave: 'Returning from leave',
  disability_or_chronic_illness: 'Living with a disability or chronic illness',
  first_in_family_in_medicine: 'First in my family in medicine',
  lgbtiq: 'LGBTIQ+',
};

const tags = z.array(z.string().trim().min(1).max(60)).max(20);

export const ZProfile = z.object({
  careerStage: z.enum(CAREER_STAGES).nullable(),
  siteId: ZId.nullable(),
  departmentId: ZId.nullable(),
  interests: tags,
  languages: tags,
  availability: z.array(z.enum(AVAILABILITY)).max(AVAILABILITY.length),
  shiftPattern: z.enum(SHIFT_PATTERNS).nullable(),
  canOffer: tags,
  wantsHelpWith: tags,
  about: z.string().trim().max(1000),
});
export type Profile = z.infer<typeof ZProfile>;

export const ZSensitiveAttributes = z.object({
  attributes: z.array(z.enum(SENSITIVE_ATTRIBUTES)).max(SENSITIVE_ATTRIBUTES.length),
  consentToMatching: z.boolean(),
});
export type SensitiveAttributes = z.infer<typeof ZSensitiveAttributes>;

/** 6 to 15 digits (the international maximum), with a space, bracket or dash or two between, and + only in front. */
const PHONE = /^\+?(?:[ ()-]{0,2}\d){6,15}[ ()-]{0,2}$/;

/**
 * How a mentoring partner can reach the person, as they chose to share it (issue 11 item 4): each is
 * null when not shared. Shown only to the other person of an active pair, in the pair space and the
 * match e-mail; never to coordinators or admins, never in a list of people.
 */
export const ZPartnerContact = z.object({
  email: z.email('Enter an e-mail address, like name@example.org').max(254).nullable(),
  phone: z
    .string()
    .trim()
    .regex(PHONE, 'Enter a phone number of 6 to 15 digits; spaces, brackets, dashes and a + in front are fine')
    .nullable(),
  note: z
    .string()
    .trim()
    .min(1, 'Write a note, or leave it out')
    .max(200, 'Keep the note to 200 characters')
    .nullable(),
});
export type PartnerContact = z.infer<typeof ZPartnerContact>;
/** The person's own view: what they share, and their account e-mail to offer as the one to share. */
export const ZPartnerContactSettings = ZPartnerContact.extend({ accountEmail: z.string() });
