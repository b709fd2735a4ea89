import { useQuery } from '@tanstack/react-query';
import type { z } from 'zod';
import type { ZOpenSurvey } from '#shared/contracts/groups.ts';
import { api } from '#web/lib/api-client.ts';
import { openSurveysKey } from './query-keys.ts';

export type OpenSurvey = z.output<typeof ZOpenSurvey>;

/** Anonymous surveys of sessions the person came to, not yet answered and still open. */
export function getOpenSurveys(orgId: string): Promise<{ surveys: OpenSurvey[] }> {
  return api(`/api/orgs/${orgId}/group-surveys`);
}

export function useOpenSurveys(orgId: string) {
  return useQuery({
    queryKey: openSurveysKey(orgId),
    queryFn: () => getOpenSurveys(orgId),
    select: (data) => data.surveys,
  });
}
