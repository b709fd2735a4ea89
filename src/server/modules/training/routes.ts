import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { ZErrorResponse, ZOrgParams } from '#shared/contracts/common.ts';
import { ZModuleParams, ZTrainingModule, ZTrainingModuleBody } from '#shared/contracts/mentoring.ts';
import { ANY_MEMBER, orgRoles } from '../../context.ts';
import { contextOf } from '../../plugins/access.ts';
import * as training from './service.ts';

const errors = { 400: ZErrorResponse, 401: ZErrorResponse, 403: ZErrorResponse, 404: ZErrorResponse };
const tags = ['training'];

/** Training modules behind the mentor training gate. */
export const trainingRoutes: FastifyPluginAsyncZod = async (app) => {
  const deps = app.deps;
  app.get(
    '/api/orgs/:orgId/training/modules',
    { config: { access: ANY_MEMBER }, schema: { tags, summary: 'Training modules, with your completion', params: ZOrgParams, response: { 200: z.object({ modules: z.array(ZTrainingModule) }), ...errors } } },
    async (request) => ({ modules: await training.listModules(deps, contextOf(request)) }),
  );
  app.post(
    '/api/orgs/:orgId/training/modules',
    { config: { access: orgRoles('coordinator', 'org_admin') }, schema: { tags, summary: 'Add a training module', params: ZOrgParams, body: ZTrainingModuleBody, response: { 201: ZTrainingModule, ...errors } } },
    async (request, reply) => reply.status(201).send(await training.addModule(deps, contextOf(request), request.body)),
  );
  app.post(
    '/api/orgs/:orgId/training/modules/:moduleId/complete',
    { config: { access: ANY_MEMBER }, schema: { tags, summary: 'Mark a module as done', params: ZModuleParams, response: { 200: ZTrainingModule, ...errors } } },
    async (request) => training.completeModule(deps, contextOf(request), request.params.moduleId),
  );
};
