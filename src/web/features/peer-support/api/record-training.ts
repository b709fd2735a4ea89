import type { z } from 'zod';
import type { ZTrainingRecord, ZTrainingRecordBody } from '#shared/contracts/peer-support.ts';
import { api } from '#web/lib/api-client.ts';
import { useInvalidatingMutation } from '#web/lib/invalidating-mutation.ts';
import { leadKey } from './lead-query-keys.ts';

export type TrainingRecordBody = z.output<typeof ZTrainingRecordBody>;

/** A training a supporter completed, and until when it counts: untrained supporters are not routed to. */
export function recordTraining(
  orgId: string,
  personId: string,
  body: TrainingRecordBody,
): Promise<z.output<typeof ZTrainingRecord>> {
  return api(`/api/orgs/${orgId}/peer-support/supporters/${personId}/training`, { method: 'POST', body });
}

export function useRecordTraining(orgId: string) {
  return useInvalidatingMutation(
    ({ personId, body }: { personId: string; body: TrainingRecordBody }) => recordTraining(orgId, personId, body),
    leadKey(orgId),
  );
}
