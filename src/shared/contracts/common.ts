import { z } from 'zod';

export const ZId = z.uuid();
/** A day from 1900 to 2999: PostgreSQL has no year 0, and a year 9999 a year on (cloning) has five digits. */
export const ZDate = z.iso
  .date()
  .refine((d) => d >= '1900-01-01' && d <= '2999-12-31', 'Use a date between 1900 and 2999');
export const ZTimestamp = z.iso.datetime({ offset: true });
export const ZEmail = z
  .email({ message: 'Enter a valid e-mail address' })
  .max(254)
  .transform((e) => e.trim().toLowerCase());
export const ZName = z.string().trim().min(1, 'Required').max(120);
export const ZPassword = z.string().min(10, 'Use at least 10 characters').max(200);

/** Roles a person can hold within one organisation (DESIGN.md section 1). */
export const ROLES = [
  'member',
  'peer_supporter',
  'facilitator',
  'supervisor',
  'wellbeing_lead',
  'coordinator',
  'org_admin',
] as const;
export const ZRole = z.enum(ROLES);
export type Role = z.infer<typeof ZRole>;

export const ROLE_LABELS: Record<Role, string> = {
  member: 'Member',
  peer_supporter: 'Peer supporter',
  facilitator: 'Facilitator',
  supervisor: 'Supervisor',
  wellbeing_lead: 'Wellbeing lead',
  coordinator: 'Coordinator',
  org_admin: 'Organisation admin',
};

/** The one error body every route answers with (DESIGN.md section 6). */
export const ZErrorResponse = z.object({
  error: z.object({
    /** One of the codes in ERROR_CATALOGUE (errors.ts). */
    code: z.string(),
    message: z.string(),
    field: z.string().optional(),
    /** On a conflict with something already there (e.g. next year's program, set up by a first click): its id. */
    existingId: z.string().optional(),
  }),
});
export type ErrorResponse = z.infer<typeof ZErrorResponse>;

export const ZOrgParams = z.object({ orgId: ZId });

/** Privacy rule 4 (docs/privacy.md): no figure over fewer than this many people is shown, in the UI, the API or an export. */
export const MIN_CELL = 5;
