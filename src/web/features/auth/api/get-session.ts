import { useQuery } from '@tanstack/react-query';
import type { SessionResponse } from '#shared/contracts/auth.ts';
import { api, ApiError } from '#web/lib/api-client.ts';
import { sessionQueryKey } from '#web/lib/query-client.ts';

/** The signed-in person and their memberships, or null when nobody is signed in. */
export async function getSession(): Promise<SessionResponse | null> {
  try {
    return await api<SessionResponse>('/api/auth/session');
  } catch (error) {
    if (error instanceof ApiError && error.status === 401) return null;
    throw error;
  }
}

export function useSession() {
  return useQuery({ queryKey: sessionQueryKey, queryFn: getSession, staleTime: 5 * 60_000 });
}
