import { useQuery } from '@tanstack/react-query';
import type { CaughtMail } from '#shared/contracts/dev-mail.ts';
import { api } from '#web/lib/api-client.ts';

export function getCaughtMail(): Promise<{ mail: CaughtMail[] }> {
  return api('/api/dev/mail');
}

/** Mail caught by the development mail catcher; the route answers 404 in production, with real SMTP, and to other machines. */
export function useCaughtMail(options: { refetchInterval?: number } = {}) {
  return useQuery({ queryKey: ['dev-mail'], queryFn: getCaughtMail, staleTime: 0, ...options });
}
