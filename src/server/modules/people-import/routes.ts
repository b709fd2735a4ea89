import { ZOrgParams } from '#shared/contracts/common.ts';
import { ZImportBody, ZImportPreview, ZImportResult } from '#shared/contracts/people.ts';
import { orgRoles } from '../../context.ts';
import { post, routeTable } from '../../route-table.ts';
import * as peopleImport from './service.ts';

const ADMIN = orgRoles('org_admin');

/** A people CSV: checked first, then imported whole or not at all. */
export const peopleImportRoutes = routeTable({ tags: ['people'] }, [
  post('/api/orgs/:orgId/imports/people/preview', {
    access: ADMIN,
    summary: 'Check a people CSV and show what it would change (writes nothing)',
    params: ZOrgParams,
    body: ZImportBody,
    response: ZImportPreview,
    handler: ({ deps, ctx, body }) => peopleImport.previewImport(deps, ctx, body.csv),
  }),
  post('/api/orgs/:orgId/imports/people/commit', {
    access: ADMIN,
    summary: 'Import a people CSV in one transaction (refused if any row has an error)',
    params: ZOrgParams,
    body: ZImportBody,
    response: ZImportResult,
    handler: ({ deps, ctx, body }) => peopleImport.commitImport(deps, ctx, body),
  }),
]);
