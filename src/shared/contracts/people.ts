import { z } from 'zod';
import { ZEmail, ZId, ZName, ZRole, ZTimestamp } from './common.ts';

export const MEMBER_STATUSES = ['invited', 'active'] as const;

export const ZPerson = z.object({
  id: ZId,
  name: z.string(),
  email: z.string(),
  roles: z.array(ZRole),
  status: z.enum(MEMBER_STATUSES),
  siteId: ZId.nullable(),
  departmentId: ZId.nullable(),
  cohortId: ZId.nullable(),
  joinedAt: ZTimestamp,
});
export type Person = z.infer<typeof ZPerson>;

export const ZPeopleQuery = z.object({
  q: z.string().trim().max(100).optional(),
  role: ZRole.optional(),
  page: z.coerce.number().int().min(1).max(10_000).default(1),
  pageSize: z.coerce.number().int().min(1).max(200).default(50),
});
export const ZPeoplePage = z.object({ people: z.array(ZPerson), total: z.number().int() });

export const ZPersonParams = z.object({ orgId: ZId, personId: ZId });

export const ZPersonUpdate = z.object({
  roles: z.array(ZRole).min(1, 'Choose at least one role').max(7),
  siteId: ZId.nullable(),
  departmentId: ZId.nullable(),
  cohortId: ZId.nullable(),
});

export const ZInvitationBody = z.object({
  email: ZEmail,
  name: ZName,
  roles: z.array(ZRole).min(1, 'Choose at least one role').max(7).default(['member']),
  siteId: ZId.nullable().default(null),
  departmentId: ZId.nullable().default(null),
  cohortId: ZId.nullable().default(null),
});
export const ZInvitationSent = z.object({ personId: ZId, email: z.string(), expiresAt: ZTimestamp });

/** CSV import: the documented columns, in docs/people-import.md and scripts/samples/people.csv. */
export const IMPORT_COLUMNS = ['email', 'name', 'roles', 'site', 'department', 'cohort'] as const;
/** Optional columns naming, by e-mail address, who supervises, assesses or line-manages the person of the row. */
export const IMPORT_RELATION_COLUMNS = {
  supervised_by: 'supervisor',
  assessed_by: 'assessor',
  line_managed_by: 'line_manager',
} as const;

export const ZImportBody = z.object({
  csv: z.string().min(1, 'The file is empty').max(5_000_000, 'The file is larger than 5 MB'),
  sendInvitations: z.boolean().default(false),
});
export const ZImportRowError = z.object({ row: z.number().int(), column: z.string(), message: z.string() });
export type ImportRowError = z.infer<typeof ZImportRowError>;
export const ZImportPreview = z.object({
  rows: z.number().int(),
  toCreate: z.number().int(),
  toUpdate: z.number().int(),
  unchanged: z.number().int(),
  /** Supervisors, assessors and line managers the file names that are not recorded yet. */
  relationsToRecord: z.number().int(),
  errors: z.array(ZImportRowError),
  sample: z.array(
    z.object({
      row: z.number().int(),
      email: z.string(),
      name: z.string(),
      roles: z.array(z.string()),
      site: z.string(),
      department: z.string(),
      cohort: z.string(),
    }),
  ),
});
export type ImportPreview = z.infer<typeof ZImportPreview>;
export const ZImportResult = z.object({
  created: z.number().int(),
  updated: z.number().int(),
  unchanged: z.number().int(),
  invited: z.number().int(),
  relationsRecorded: z.number().int(),
});
