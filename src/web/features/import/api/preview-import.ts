import { useMutation } from '@tanstack/react-query';
import type { ImportPreview } from '#shared/contracts/people.ts';
import { api } from '#web/lib/api-client.ts';

export interface ImportRequest {
  csv: string;
  sendInvitations: boolean;
}

/** Checks the file and counts what would change; writes nothing. */
export function previewImport(orgId: string, body: ImportRequest): Promise<ImportPreview> {
  return api(`/api/orgs/${orgId}/imports/people/preview`, { method: 'POST', body });
}

export function usePreviewImport(orgId: string) {
  return useMutation({ mutationFn: (body: ImportRequest) => previewImport(orgId, body) });
}
