import type { AskBody, MyRequest } from '#shared/contracts/peer-support.ts';
import { api } from '#web/lib/api-client.ts';
import { useOpeningMutation } from './opening-mutation.ts';

/** Sends a request to the supporters on shift now; the answer is the request, to follow on its own page. */
export function askForSupport(orgId: string, body: AskBody): Promise<MyRequest> {
  return api(`/api/orgs/${orgId}/talk/requests`, { method: 'POST', body });
}

export function useAskForSupport(orgId: string) {
  return useOpeningMutation(orgId, (body: AskBody) => askForSupport(orgId, body));
}
