import { useQuery } from '@tanstack/react-query';
import type { z } from 'zod';
import type { ZGroupTemplateInfo } from '#shared/contracts/groups.ts';
import { api } from '#web/lib/api-client.ts';
import { groupProgramsKey } from './program-query-keys.ts';

export type GroupTemplateInfo = z.output<typeof ZGroupTemplateInfo>;

export function getGroupTemplates(orgId: string): Promise<{ templates: GroupTemplateInfo[] }> {
  return api(`/api/orgs/${orgId}/group-templates`);
}

export function useGroupTemplates(orgId: string) {
  return useQuery({
    queryKey: [...groupProgramsKey(orgId), 'templates'],
    queryFn: () => getGroupTemplates(orgId),
    select: (data) => data.templates,
    staleTime: 10 * 60_000,
  });
}
