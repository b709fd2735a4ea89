import { api } from '#web/lib/api-client.ts';
import { useInvalidatingMutation } from '#web/lib/invalidating-mutation.ts';
import { notesKey, type Note } from './get-notes.ts';

export function addNote(orgId: string, pairId: string, body: string): Promise<Note> {
  return api(`/api/orgs/${orgId}/mentoring/pairs/${pairId}/notes`, { method: 'POST', body: { body } });
}

export function useAddNote(orgId: string, pairId: string) {
  return useInvalidatingMutation((body: string) => addNote(orgId, pairId, body), notesKey(orgId, pairId));
}
