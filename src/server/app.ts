import cookie from '@fastify/cookie';
import csrf from '@fastify/csrf-protection';
import Fastify, { type FastifyInstance, type FastifyReply, type FastifyRequest, LogController } from 'fastify';
import { serializerCompiler, validatorCompiler } from 'fastify-type-provider-zod';
import { randomUUID } from 'node:crypto';
import type { AppDeps } from './deps.ts';
import { MODULES } from './modules.ts';
import { registerAccess } from './plugins/access.ts';
import { frameworkError, registerErrorHandler } from './plugins/error-handler.ts';
import './plugins/fastify-types.ts';
import { registerOpenApi } from './plugins/openapi.ts';
import { registerSecurity } from './plugins/security.ts';
import { registerTextCheck } from './plugins/text-input.ts';
import { registerWebApp } from './plugins/web.ts';

export interface BuildOptions {
  deps: AppDeps;
  cookieSecret: string;
  logger?: boolean | object;
}

/** One log line per request, when it is answered, with what was asked: Fastify writes one on arrival too, which doubles the cost of logging under load. */
class OneLinePerRequest extends LogController {
  override incomingRequest(): void {}
  override requestCompleted(error: Error | null | undefined, request: FastifyRequest, reply: FastifyReply): void {
    if (error)
      reply.log.error({ req: request, res: reply, err: error, responseTime: reply.elapsedTime }, 'request errored');
    else reply.log.info({ req: request, res: reply, responseTime: reply.elapsedTime }, 'request completed');
  }
}

const SAFE_METHODS = new Set(['GET', 'HEAD', 'OPTIONS']);

/** Builds the app without listening, so tests drive it through app.inject (STYLE.md: app.ts builds, main.ts listens). */
export async function buildApp(options: BuildOptions): Promise<FastifyInstance> {
  const { deps } = options;
  const app = Fastify({
    logger: options.logger ?? false,
    genReqId: () => randomUUID(),
    trustProxy: deps.config.trustProxy,
    bodyLimit: 6 * 1024 * 1024,
    frameworkErrors: frameworkError,
    logController: new OneLinePerRequest(),
  });
  app.decorate('deps', deps);
  app.setValidatorCompiler(validatorCompiler);
  app.setSerializerCompiler(serializerCompiler);
  registerErrorHandler(app);

  await app.register(cookie, { secret: options.cookieSecret });
  await registerSecurity(app);
  await app.register(csrf, {
    sessionPlugin: '@fastify/cookie',
    cookieOpts: { path: '/', sameSite: 'strict', httpOnly: true, secure: deps.config.cookieSecure, signed: true },
    getToken: (request) => request.headers['x-csrf-token'] as string | undefined,
  });
  app.addHook('onRequest', (request, reply, done) => {
    if (SAFE_METHODS.has(request.method)) return done();
    app.csrfProtection(request, reply, done);
  });
  registerAccess(app);
  registerTextCheck(app);
  await registerOpenApi(app);

  for (const module of MODULES) for (const routes of module.routes) await app.register(routes);
  await registerWebApp(app, deps.config.webDist);
  return app;
}
