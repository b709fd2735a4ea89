import type { z } from 'zod';
import type { ZImportResult } from '#shared/contracts/people.ts';
import { api } from '#web/lib/api-client.ts';
import { useInvalidatingMutation } from '#web/lib/invalidating-mutation.ts';
import type { ImportRequest } from './preview-import.ts';

export type ImportResult = z.output<typeof ZImportResult>;

/** Imports every row in one go, or nothing: 400 `import_has_errors` if any row has an error. */
export function commitImport(orgId: string, body: ImportRequest): Promise<ImportResult> {
  return api(`/api/orgs/${orgId}/imports/people/commit`, { method: 'POST', body });
}

export function useCommitImport(orgId: string) {
  return useInvalidatingMutation((body: ImportRequest) => commitImport(orgId, body), ['orgs', orgId, 'people']);
}
