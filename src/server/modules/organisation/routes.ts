import { z } from 'zod';
import { ZOrgParams } from '#shared/contracts/common.ts';
import {
  ZCohort,
  ZCohortBody,
  ZCohortParams,
  ZCrisisResourcesBody,
  ZDepartment,
  ZDepartmentBody,
  ZDepartmentParams,
  ZOrganisation,
  ZOrganisationUpdate,
  ZRotationTerm,
  ZRotationTermBody,
  ZSite,
  ZSiteBody,
  ZSiteParams,
  ZTermParams,
} from '#shared/contracts/organisation.ts';
import { ANY_MEMBER, orgRoles } from '../../context.ts';
import { del, get, NO_CONTENT, patch, post, put, routeTable } from '../../route-table.ts';
import * as organisation from './service.ts';

const ADMIN = orgRoles('org_admin');

/** The organisation's settings and the places and groupings its people belong to. */
export const organisationRoutes = routeTable({ tags: ['organisation'] }, [
  get('/api/orgs/:orgId', {
    access: ANY_MEMBER,
    summary: 'The organisation',
    params: ZOrgParams,
    response: ZOrganisation,
    handler: ({ deps, ctx }) => organisation.getOrganisation(deps, ctx),
  }),
  patch('/api/orgs/:orgId', {
    access: ADMIN,
    summary: 'Rename the organisation or change its time zone',
    params: ZOrgParams,
    body: ZOrganisationUpdate,
    response: ZOrganisation,
    handler: ({ deps, ctx, body }) => organisation.updateOrganisation(deps, ctx, body),
  }),

  get('/api/orgs/:orgId/crisis-resources', {
    access: ANY_MEMBER,
    summary: 'Where to get help now (defaults until an admin edits them)',
    params: ZOrgParams,
    response: ZCrisisResourcesBody,
    handler: async ({ deps, ctx }) => ({ resources: await organisation.getCrisisResources(deps, ctx) }),
  }),
  put('/api/orgs/:orgId/crisis-resources', {
    access: ADMIN,
    summary: 'Replace the crisis resources',
    params: ZOrgParams,
    body: ZCrisisResourcesBody,
    response: ZCrisisResourcesBody,
    handler: async ({ deps, ctx, body }) => ({
      resources: await organisation.saveCrisisResources(deps, ctx, body.resources),
    }),
  }),

  get('/api/orgs/:orgId/sites', {
    access: ANY_MEMBER,
    summary: 'Sites',
    params: ZOrgParams,
    response: z.object({ sites: z.array(ZSite) }),
    handler: async ({ deps, ctx }) => ({ sites: await organisation.listSites(deps, ctx) }),
  }),
  post('/api/orgs/:orgId/sites', {
    access: ADMIN,
    summary: 'Add a site',
    params: ZOrgParams,
    body: ZSiteBody,
    response: ZSite,
    status: 201,
    handler: ({ deps, ctx, body }) => organisation.createSite(deps, ctx, body.name),
  }),
  patch('/api/orgs/:orgId/sites/:siteId', {
    access: ADMIN,
    summary: 'Rename a site',
    params: ZSiteParams,
    body: ZSiteBody,
    response: ZSite,
    handler: ({ deps, ctx, params, body }) => organisation.updateSite(deps, ctx, params.siteId, body.name),
  }),
  del('/api/orgs/:orgId/sites/:siteId', {
    access: ADMIN,
    summary: 'Remove a site no one uses',
    params: ZSiteParams,
    response: NO_CONTENT,
    status: 204,
    handler: ({ deps, ctx, params }) => organisation.deleteSite(deps, ctx, params.siteId),
  }),

  get('/api/orgs/:orgId/departments', {
    access: ANY_MEMBER,
    summary: 'Departments and specialties',
    params: ZOrgParams,
    response: z.object({ departments: z.array(ZDepartment) }),
    handler: async ({ deps, ctx }) => ({ departments: await organisation.listDepartments(deps, ctx) }),
  }),
  post('/api/orgs/:orgId/departments', {
    access: ADMIN,
    summary: 'Add a department',
    params: ZOrgParams,
    body: ZDepartmentBody,
    response: ZDepartment,
    status: 201,
    handler: ({ deps, ctx, body }) => organisation.createDepartment(deps, ctx, body),
  }),
  patch('/api/orgs/:orgId/departments/:departmentId', {
    access: ADMIN,
    summary: 'Change a department',
    params: ZDepartmentParams,
    body: ZDepartmentBody,
    response: ZDepartment,
    handler: ({ deps, ctx, params, body }) => organisation.updateDepartment(deps, ctx, params.departmentId, body),
  }),
  del('/api/orgs/:orgId/departments/:departmentId', {
    access: ADMIN,
    summary: 'Remove a department no one uses',
    params: ZDepartmentParams,
    response: NO_CONTENT,
    status: 204,
    handler: ({ deps, ctx, params }) => organisation.deleteDepartment(deps, ctx, params.departmentId),
  }),

  get('/api/orgs/:orgId/cohorts', {
    access: ANY_MEMBER,
    summary: 'Cohorts',
    params: ZOrgParams,
    response: z.object({ cohorts: z.array(ZCohort) }),
    handler: async ({ deps, ctx }) => ({ cohorts: await organisation.listCohorts(deps, ctx) }),
  }),
  post('/api/orgs/:orgId/cohorts', {
    access: ADMIN,
    summary: 'Add a cohort',
    params: ZOrgParams,
    body: ZCohortBody,
    response: ZCohort,
    status: 201,
    handler: ({ deps, ctx, body }) => organisation.createCohort(deps, ctx, body),
  }),
  patch('/api/orgs/:orgId/cohorts/:cohortId', {
    access: ADMIN,
    summary: 'Change a cohort',
    params: ZCohortParams,
    body: ZCohortBody,
    response: ZCohort,
    handler: ({ deps, ctx, params, body }) => organisation.updateCohort(deps, ctx, params.cohortId, body),
  }),
  del('/api/orgs/:orgId/cohorts/:cohortId', {
    access: ADMIN,
    summary: 'Remove a cohort no one belongs to (its terms go with it)',
    params: ZCohortParams,
    response: NO_CONTENT,
    status: 204,
    handler: ({ deps, ctx, params }) => organisation.deleteCohort(deps, ctx, params.cohortId),
  }),

  get('/api/orgs/:orgId/cohorts/:cohortId/terms', {
    access: ANY_MEMBER,
    summary: "A cohort's rotation terms",
    params: ZCohortParams,
    response: z.object({ terms: z.array(ZRotationTerm) }),
    handler: async ({ deps, ctx, params }) => ({ terms: await organisation.listTerms(deps, ctx, params.cohortId) }),
  }),
  post('/api/orgs/:orgId/cohorts/:cohortId/terms', {
    access: ADMIN,
    summary: 'Add a rotation term (no overlap within the cohort)',
    params: ZCohortParams,
    body: ZRotationTermBody,
    response: ZRotationTerm,
    status: 201,
    handler: ({ deps, ctx, params, body }) => organisation.createTerm(deps, ctx, params.cohortId, body),
  }),
  patch('/api/orgs/:orgId/terms/:termId', {
    access: ADMIN,
    summary: 'Change a rotation term',
    params: ZTermParams,
    body: ZRotationTermBody,
    response: ZRotationTerm,
    handler: ({ deps, ctx, params, body }) => organisation.updateTerm(deps, ctx, params.termId, body),
  }),
  del('/api/orgs/:orgId/terms/:termId', {
    access: ADMIN,
    summary: 'Remove a rotation term',
    params: ZTermParams,
    response: NO_CONTENT,
    status: 204,
    handler: ({ deps, ctx, params }) => organisation.deleteTerm(deps, ctx, params.termId),
  }),
]);
