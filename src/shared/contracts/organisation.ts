import { z } from 'zod';
import { ZDate, ZId, ZName } from './common.ts';

export const ZCrisisResource = z.object({
  label: z.string().trim().min(1, 'Required').max(120),
  phone: z.string().trim().max(40).nullable(),
  // Shown as a link to everyone: web addresses only, never javascript: or data: URLs.
  url: z
    .url({ protocol: /^https?$/, error: 'A web address starting with https:// or http://' })
    .max(500)
    .nullable(),
  description: z.string().trim().max(300).nullable(),
});
export type CrisisResource = z.infer<typeof ZCrisisResource>;
export const ZCrisisResourcesBody = z.object({ resources: z.array(ZCrisisResource).max(20) });

export const ZOrganisation = z.object({
  id: ZId,
  name: z.string(),
  timeZone: z.string(),
  country: z.string(),
});
export type Organisation = z.infer<typeof ZOrganisation>;
export const ZOrganisationUpdate = z.object({
  name: ZName,
  timeZone: z
    .string()
    .refine((tz) => Intl.supportedValuesOf('timeZone').includes(tz) || tz === 'UTC', 'Unknown time zone'),
});

export const ZSite = z.object({ id: ZId, name: z.string() });
export const ZSiteBody = z.object({ name: ZName });
export type Site = z.infer<typeof ZSite>;

export const ZDepartment = z.object({ id: ZId, name: z.string(), siteId: ZId.nullable() });
export const ZDepartmentBody = z.object({ name: ZName, siteId: ZId.nullable().default(null) });
export type Department = z.infer<typeof ZDepartment>;

export const ZCohort = z.object({ id: ZId, name: z.string(), startsOn: ZDate, endsOn: ZDate });
export const ZCohortBody = z
  .object({ name: ZName, startsOn: ZDate, endsOn: ZDate })
  .refine((c) => c.endsOn > c.startsOn, { message: 'The end must be after the start', path: ['endsOn'] });
export type Cohort = z.infer<typeof ZCohort>;

export const ZRotationTerm = z.object({ id: ZId, cohortId: ZId, name: z.string(), startsOn: ZDate, endsOn: ZDate });
export const ZRotationTermBody = z
  .object({ name: ZName, startsOn: ZDate, endsOn: ZDate })
  .refine((t) => t.endsOn >= t.startsOn, { message: 'The end must not be before the start', path: ['endsOn'] });
export type RotationTerm = z.infer<typeof ZRotationTerm>;

export const ZSiteParams = z.object({ orgId: ZId, siteId: ZId });
export const ZDepartmentParams = z.object({ orgId: ZId, departmentId: ZId });
export const ZCohortParams = z.object({ orgId: ZId, cohortId: ZId });
export const ZTermParams = z.object({ orgId: ZId, termId: ZId });
