import { useQuery } from '@tanstack/react-query';
import type { z } from 'zod';
import type { ZTemplateInfo } from '#shared/contracts/mentoring.ts';
import { api } from '#web/lib/api-client.ts';
import { mentoringKey } from './query-keys.ts';

export type TemplateInfo = z.output<typeof ZTemplateInfo>;

export function getTemplates(orgId: string): Promise<{ templates: TemplateInfo[] }> {
  return api(`/api/orgs/${orgId}/mentoring/templates`);
}

export function useTemplates(orgId: string) {
  return useQuery({
    queryKey: [...mentoringKey(orgId), 'templates'],
    queryFn: () => getTemplates(orgId),
    select: (data) => data.templates,
    staleTime: 10 * 60_000,
  });
}
