import { z } from 'zod';
import { ZOrgParams } from '#shared/contracts/common.ts';
import { ZModuleParams, ZTrainingModule, ZTrainingModuleBody } from '#shared/contracts/mentoring.ts';
import { ANY_MEMBER, orgRoles } from '../../context.ts';
import { get, post, routeTable } from '../../route-table.ts';
import * as training from './service.ts';

/** Training modules behind the mentor training gate. */
export const trainingRoutes = routeTable({ tags: ['training'] }, [
  get('/api/orgs/:orgId/training/modules', {
    access: ANY_MEMBER,
    summary: 'Training modules, with your completion',
    params: ZOrgParams,
    response: z.object({ modules: z.array(ZTrainingModule) }),
    handler: async ({ deps, ctx }) => ({ modules: await training.listModules(deps, ctx) }),
  }),
  post('/api/orgs/:orgId/training/modules', {
    access: orgRoles('coordinator', 'org_admin'),
    summary: 'Add a training module',
    params: ZOrgParams,
    body: ZTrainingModuleBody,
    response: ZTrainingModule,
    status: 201,
    handler: ({ deps, ctx, body }) => training.addModule(deps, ctx, body),
  }),
  post('/api/orgs/:orgId/training/modules/:moduleId/complete', {
    access: ANY_MEMBER,
    summary: 'Mark a module as done',
    params: ZModuleParams,
    response: ZTrainingModule,
    handler: ({ deps, ctx, params }) => training.completeModule(deps, ctx, params.moduleId),
  }),
]);
