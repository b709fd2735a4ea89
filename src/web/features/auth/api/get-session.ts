import { useQuery } from '@tanstack/react-query';
import type { z } from 'zod';
import type { SessionResponse, ZSessionState } from '#shared/contracts/auth.ts';
import { api } from '#web/lib/api-client.ts';
import { sessionQueryKey } from '#web/lib/query-client.ts';

/** The signed-in person and their memberships, or null when nobody is signed in. */
export async function getSession(): Promise<SessionResponse | null> {
  const { person, memberships } = await api<z.infer<typeof ZSessionState>>('/api/auth/session');
  return person ? { person, memberships } : null;
}

export function useSession() {
  return useQuery({ queryKey: sessionQueryKey, queryFn: getSession, staleTime: 5 * 60_000 });
}
