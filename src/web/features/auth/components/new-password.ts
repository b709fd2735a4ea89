import { z } from 'zod';
import { ZPassword } from '#shared/contracts/common.ts';

/** A new password typed twice, checked against the shared password rule. */
export const ZNewPassword = z
  .object({ password: ZPassword, confirm: z.string() })
  .refine((v) => v.password === v.confirm, { message: 'The two passwords are not the same', path: ['confirm'] });
