import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { ZErrorResponse, ZOrgParams } from '#shared/contracts/common.ts';
import { ZImportBody, ZImportPreview, ZImportResult } from '#shared/contracts/people.ts';
import { orgRoles } from '../../context.ts';
import { contextOf } from '../../plugins/access.ts';
import * as peopleImport from './service.ts';

const errors = { 400: ZErrorResponse, 401: ZErrorResponse, 403: ZErrorResponse, 404: ZErrorResponse };
const tags = ['people'];
const ADMIN = orgRoles('org_admin');

export const peopleImportRoutes: FastifyPluginAsyncZod = async (app) => {
  app.post(
    '/api/orgs/:orgId/imports/people/preview',
    { config: { access: ADMIN }, schema: { tags, summary: 'Check a people CSV and show what it would change (writes nothing)', params: ZOrgParams, body: ZImportBody, response: { 200: ZImportPreview, ...errors } } },
    async (request) => peopleImport.previewImport(app.deps, contextOf(request), request.body.csv),
  );
  app.post(
    '/api/orgs/:orgId/imports/people/commit',
    { config: { access: ADMIN }, schema: { tags, summary: 'Import a people CSV in one transaction (refused if any row has an error)', params: ZOrgParams, body: ZImportBody, response: { 200: ZImportResult, ...errors } } },
    async (request) => peopleImport.commitImport(app.deps, contextOf(request), request.body),
  );
};
