import type { TransactionScope } from '#db/transaction.ts';
import type { ContactMethod, RequestTopic, Urgency } from '#shared/contracts/peer-support.ts';
import type { AppDeps } from '../../deps.ts';

/** A request as other parts of this module open one (a debrief's one-to-one, an accepted offer after an event). */
export interface NewRequest {
  orgId: string;
  requesterId: string;
  topic: RequestTopic;
  urgency: Urgency;
  contactMethod: ContactMethod;
  contactDetail: string | null;
  anonymous: boolean;
  notMyDepartment: boolean;
  similarStage: boolean;
  origin: 'asked' | 'debrief' | 'event_offer';
}

/** Stores a request and routes its first step in the caller's transaction. Stub until written. */
export async function openRequest(
  _deps: AppDeps,
  _scope: TransactionScope,
  _input: NewRequest,
): Promise<{ id: string }> {
  throw new Error('not written yet');
}
