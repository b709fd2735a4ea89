import { z } from 'zod';
import { ZId, ZTimestamp } from './common.ts';

export const ZCaughtMail = z.object({
  id: ZId,
  to: z.string(),
  subject: z.string(),
  text: z.string(),
  receivedAt: ZTimestamp,
});
export const ZCaughtMailList = z.object({ mail: z.array(ZCaughtMail) });
export type CaughtMail = z.infer<typeof ZCaughtMail>;
