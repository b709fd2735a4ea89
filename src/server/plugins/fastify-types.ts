import type { Access, OrgContext, SignedInPerson } from '../context.ts';
import type { AppDeps } from '../deps.ts';

declare module 'fastify' {
  interface FastifyInstance {
    deps: AppDeps;
    /** Every route with its declared access rule, for the tenant-isolation tests and the API reference. */
    routeAccess: { method: string; url: string; access: Access }[];
  }
  interface FastifyRequest {
    person: SignedInPerson | null;
    sessionTokenHash: string | null;
    org: OrgContext | null;
  }
  interface FastifyContextConfig {
    access?: Access;
  }
}
