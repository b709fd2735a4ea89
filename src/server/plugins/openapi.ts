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
  // Swagger UI's own CSP, minus upgrade-insecure-requests, which would break the page on a plain-http development host.
  await app.register(swaggerUi, { routePrefix: '/api/docs', staticCSP: true, transformStaticCSP: (header) => header.replace(/upgrade-insecure-requests;?/, '') });
}
