import swagger from '@fastify/swagger';
import swaggerUi from '@fastify/swagger-ui';
import type { FastifyInstance } from 'fastify';
import { jsonSchemaTransform } from 'fastify-type-provider-zod';

/** The OpenAPI document is generated from the same zod schemas that validate requests, so it cannot drift. */
export async function registerOpenApi(app: FastifyInstance): Promise<void> {
  await app.register(swagger, {
    openapi: {
      info: {
        title: 'Kindred API',
        version: '0.1.0',
        description:
          'Peer mentoring and peer support. Cookie sessions; send the token from GET /api/auth/csrf as x-csrf-token on every non-GET request. Errors are { error: { code, message, field? } }.',
      },
      components: { securitySchemes: { session: { type: 'apiKey', in: 'cookie', name: 'kindred_session' } } },
    },
    transform: jsonSchemaTransform,
  });
  await app.register(swaggerUi, {
    routePrefix: '/api/docs',
    staticCSP: API_DOCS_CSP,
    uiConfig: { validatorUrl: null },
  });
}

/**
 * The docs page's own policy, only under /api/docs: the app's, plus the inline styles Swagger UI sets as it
 * renders (its default 'style-src https:' blocked them, a CSP error on every visit). No
 * upgrade-insecure-requests, which would break the page on a plain-http development host, and no
 * validator badge, which would call validator.swagger.io with our API's address.
 */
const API_DOCS_CSP = {
  'default-src': "'self'",
  'base-uri': "'none'",
  'script-src': "'self'",
  'script-src-attr': "'none'",
  'style-src': ["'self'", "'unsafe-inline'"],
  'img-src': ["'self'", 'data:'],
  'font-src': ["'self'", 'data:'],
  'connect-src': "'self'",
  'object-src': "'none'",
  'form-action': "'self'",
  'frame-ancestors': "'none'",
};
