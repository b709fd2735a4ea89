import type { ContactChoice, MyRequest } from '#shared/contracts/peer-support.ts';
import { api } from '#web/lib/api-client.ts';
import { useOpeningMutation } from './opening-mutation.ts';

/** Asks for a one-to-one with a supporter about the event of a debrief the person was invited to. */
export function askDebriefOneToOne(orgId: string, debriefId: string, body: ContactChoice): Promise<MyRequest> {
  return api(`/api/orgs/${orgId}/talk/debriefs/${debriefId}/one-to-one`, { method: 'POST', body });
}

export function useAskDebriefOneToOne(orgId: string) {
  return useOpeningMutation(orgId, ({ debriefId, choice }: { debriefId: string; choice: ContactChoice }) =>
    askDebriefOneToOne(orgId, debriefId, choice),
  );
}
