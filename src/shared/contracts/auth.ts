import { z } from 'zod';
import { ZEmail, ZId, ZName, ZPassword, ZRole } from './common.ts';

export const ZSignInRequest = z.object({ email: ZEmail, password: z.string().min(1, 'Required').max(200) });

export const ZMembershipSummary = z.object({
  orgId: ZId,
  orgName: z.string(),
  roles: z.array(ZRole),
});

export const ZSessionResponse = z.object({
  person: z.object({ id: ZId, name: z.string(), email: z.string() }),
  memberships: z.array(ZMembershipSummary),
});
export type SessionResponse = z.infer<typeof ZSessionResponse>;
/** Who is signed in, if anyone: a visitor who is not gets person null (an answer, not an error). */
export const ZSessionState = ZSessionResponse.extend({ person: ZSessionResponse.shape.person.nullable() });

export const ZCsrfResponse = z.object({ token: z.string() });

export const ZPasswordResetRequest = z.object({ email: ZEmail });
export const ZPasswordResetComplete = z.object({ token: z.string().min(20).max(200), password: ZPassword });

export const ZInvitationView = z.object({
  orgName: z.string(),
  email: z.string(),
  name: z.string(),
  hasPassword: z.boolean(),
});
export const ZInvitationAccept = z.object({
  token: z.string().min(20).max(200),
  name: ZName,
  password: ZPassword.optional(),
});
export const ZUpdateMeRequest = z.object({ name: ZName });
