import { useQuery } from '@tanstack/react-query';
import type { z } from 'zod';
import type { ZNote } from '#shared/contracts/mentoring.ts';
import { api } from '#web/lib/api-client.ts';
import { pairKey } from './query-keys.ts';

export type Note = z.output<typeof ZNote>;

export const notesKey = (orgId: string, pairId: string) => [...pairKey(orgId, pairId), 'notes'] as const;

/** The caller's own private notes on a pair: nobody else can read them (privacy rule 2). */
export function getNotes(orgId: string, pairId: string): Promise<{ notes: Note[] }> {
  return api(`/api/orgs/${orgId}/mentoring/pairs/${pairId}/notes`);
}

export function useNotes(orgId: string, pairId: string) {
  return useQuery({
    queryKey: notesKey(orgId, pairId),
    queryFn: () => getNotes(orgId, pairId),
    select: (data) => data.notes,
  });
}
