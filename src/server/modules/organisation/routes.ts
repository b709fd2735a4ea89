import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { ZErrorResponse, ZOrgParams } from '#shared/contracts/common.ts';
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
import { contextOf } from '../../plugins/access.ts';
import * as organisation from './service.ts';

const errors = { 400: ZErrorResponse, 401: ZErrorResponse, 403: ZErrorResponse, 404: ZErrorResponse, 409: ZErrorResponse };
const ADMIN = orgRoles('org_admin');
const tags = ['organisation'];

export const organisationRoutes: FastifyPluginAsyncZod = async (app) => {
  const deps = app.deps;

  app.get(
    '/api/orgs/:orgId',
    { config: { access: ANY_MEMBER }, schema: { tags, summary: 'The organisation', params: ZOrgParams, response: { 200: ZOrganisation, ...errors } } },
    async (request) => organisation.getOrganisation(deps, contextOf(request)),
  );
  app.patch(
    '/api/orgs/:orgId',
    { config: { access: ADMIN }, schema: { tags, summary: 'Rename the organisation or change its time zone', params: ZOrgParams, body: ZOrganisationUpdate, response: { 200: ZOrganisation, ...errors } } },
    async (request) => organisation.updateOrganisation(deps, contextOf(request), request.body),
  );

  app.get(
    '/api/orgs/:orgId/crisis-resources',
    { config: { access: ANY_MEMBER }, schema: { tags, summary: 'Where to get help now (defaults until an admin edits them)', params: ZOrgParams, response: { 200: ZCrisisResourcesBody, ...errors } } },
    async (request) => ({ resources: await organisation.getCrisisResources(deps, contextOf(request)) }),
  );
  app.put(
    '/api/orgs/:orgId/crisis-resources',
    { config: { access: ADMIN }, schema: { tags, summary: 'Replace the crisis resources', params: ZOrgParams, body: ZCrisisResourcesBody, response: { 200: ZCrisisResourcesBody, ...errors } } },
    async (request) => ({ resources: await organisation.saveCrisisResources(deps, contextOf(request), request.body.resources) }),
  );

  app.get(
    '/api/orgs/:orgId/sites',
    { config: { access: ANY_MEMBER }, schema: { tags, summary: 'Sites', params: ZOrgParams, response: { 200: z.object({ sites: z.array(ZSite) }), ...errors } } },
    async (request) => ({ sites: await organisation.listSites(deps, contextOf(request)) }),
  );
  app.post(
    '/api/orgs/:orgId/sites',
    { config: { access: ADMIN }, schema: { tags, summary: 'Add a site', params: ZOrgParams, body: ZSiteBody, response: { 201: ZSite, ...errors } } },
    async (request, reply) => reply.status(201).send(await organisation.createSite(deps, contextOf(request), request.body.name)),
  );
  app.patch(
    '/api/orgs/:orgId/sites/:siteId',
    { config: { access: ADMIN }, schema: { tags, summary: 'Rename a site', params: ZSiteParams, body: ZSiteBody, response: { 200: ZSite, ...errors } } },
    async (request) => organisation.updateSite(deps, contextOf(request), request.params.siteId, request.body.name),
  );
  app.delete(
    '/api/orgs/:orgId/sites/:siteId',
    { config: { access: ADMIN }, schema: { tags, summary: 'Remove a site no one uses', params: ZSiteParams, response: { 204: z.null(), ...errors } } },
    async (request, reply) => {
      await organisation.deleteSite(deps, contextOf(request), request.params.siteId);
      return reply.status(204).send(null);
    },
  );

  app.get(
    '/api/orgs/:orgId/departments',
    { config: { access: ANY_MEMBER }, schema: { tags, summary: 'Departments and specialties', params: ZOrgParams, response: { 200: z.object({ departments: z.array(ZDepartment) }), ...errors } } },
    async (request) => ({ departments: await organisation.listDepartments(deps, contextOf(request)) }),
  );
  app.post(
    '/api/orgs/:orgId/departments',
    { config: { access: ADMIN }, schema: { tags, summary: 'Add a department', params: ZOrgParams, body: ZDepartmentBody, response: { 201: ZDepartment, ...errors } } },
    async (request, reply) => reply.status(201).send(await organisation.createDepartment(deps, contextOf(request), request.body)),
  );
  app.patch(
    '/api/orgs/:orgId/departments/:departmentId',
    { config: { access: ADMIN }, schema: { tags, summary: 'Change a department', params: ZDepartmentParams, body: ZDepartmentBody, response: { 200: ZDepartment, ...errors } } },
    async (request) => organisation.updateDepartment(deps, contextOf(request), request.params.departmentId, request.body),
  );
  app.delete(
    '/api/orgs/:orgId/departments/:departmentId',
    { config: { access: ADMIN }, schema: { tags, summary: 'Remove a department no one uses', params: ZDepartmentParams, response: { 204: z.null(), ...errors } } },
    async (request, reply) => {
      await organisation.deleteDepartment(deps, contextOf(request), request.params.departmentId);
      return reply.status(204).send(null);
    },
  );

  app.get(
    '/api/orgs/:orgId/cohorts',
    { config: { access: ANY_MEMBER }, schema: { tags, summary: 'Cohorts', params: ZOrgParams, response: { 200: z.object({ cohorts: z.array(ZCohort) }), ...errors } } },
    async (request) => ({ cohorts: await organisation.listCohorts(deps, contextOf(request)) }),
  );
  app.post(
    '/api/orgs/:orgId/cohorts',
    { config: { access: ADMIN }, schema: { tags, summary: 'Add a cohort', params: ZOrgParams, body: ZCohortBody, response: { 201: ZCohort, ...errors } } },
    async (request, reply) => reply.status(201).send(await organisation.createCohort(deps, contextOf(request), request.body)),
  );
  app.patch(
    '/api/orgs/:orgId/cohorts/:cohortId',
    { config: { access: ADMIN }, schema: { tags, summary: 'Change a cohort', params: ZCohortParams, body: ZCohortBody, response: { 200: ZCohort, ...errors } } },
    async (request) => organisation.updateCohort(deps, contextOf(request), request.params.cohortId, request.body),
  );
  app.delete(
    '/api/orgs/:orgId/cohorts/:cohortId',
    { config: { access: ADMIN }, schema: { tags, summary: 'Remove a cohort no one belongs to (its terms go with it)', params: ZCohortParams, response: { 204: z.null(), ...errors } } },
    async (request, reply) => {
      await organisation.deleteCohort(deps, contextOf(request), request.params.cohortId);
      return reply.status(204).send(null);
    },
  );

  app.get(
    '/api/orgs/:orgId/cohorts/:cohortId/terms',
    { config: { access: ANY_MEMBER }, schema: { tags, summary: "A cohort's rotation terms", params: ZCohortParams, response: { 200: z.object({ terms: z.array(ZRotationTerm) }), ...errors } } },
    async (request) => ({ terms: await organisation.listTerms(deps, contextOf(request), request.params.cohortId) }),
  );
  app.post(
    '/api/orgs/:orgId/cohorts/:cohortId/terms',
    { config: { access: ADMIN }, schema: { tags, summary: 'Add a rotation term (no overlap within the cohort)', params: ZCohortParams, body: ZRotationTermBody, response: { 201: ZRotationTerm, ...errors } } },
    async (request, reply) => reply.status(201).send(await organisation.createTerm(deps, contextOf(request), request.params.cohortId, request.body)),
  );
  app.patch(
    '/api/orgs/:orgId/terms/:termId',
    { config: { access: ADMIN }, schema: { tags, summary: 'Change a rotation term', params: ZTermParams, body: ZRotationTermBody, response: { 200: ZRotationTerm, ...errors } } },
    async (request) => organisation.updateTerm(deps, contextOf(request), request.params.termId, request.body),
  );
  app.delete(
    '/api/orgs/:orgId/terms/:termId',
    { config: { access: ADMIN }, schema: { tags, summary: 'Remove a rotation term', params: ZTermParams, response: { 204: z.null(), ...errors } } },
    async (request, reply) => {
      await organisation.deleteTerm(deps, contextOf(request), request.params.termId);
      return reply.status(204).send(null);
    },
  );
};
