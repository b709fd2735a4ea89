import type { FastifyContextConfig, FastifyPluginAsync, FastifyReply, FastifyRequest } from 'fastify';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { ZErrorResponse } from '#shared/contracts/common.ts';
import { ERROR_STATUSES } from '#shared/contracts/errors.ts';
import type { Access, RequestContext, SignedInPerson } from './context.ts';
import type { AppDeps } from './deps.ts';
import { contextOf, personOf } from './plugins/access.ts';

/** Every error status of the catalogue, answered with the one error body: documented on every route. */
const ERROR_RESPONSES = Object.fromEntries(ERROR_STATUSES.map((status) => [status, ZErrorResponse]));

/** What a handler is given: the validated input, and the caller as the access rule has already checked them. */
export interface RouteInput<Params, Body, Query> {
  params: Params;
  body: Body;
  query: Query;
  deps: AppDeps;
  /** The caller of an organisation route (`access` of kind 'org'): asking for it elsewhere answers 401. */
  readonly ctx: RequestContext;
  /** The signed-in caller, on any route that needs one. */
  readonly person: SignedInPerson;
  request: FastifyRequest;
  reply: FastifyReply;
}

type Schema = z.ZodType;
type Infer<S> = S extends Schema ? z.infer<S> : undefined;

export interface RouteSpec<
  P extends Schema | undefined,
  B extends Schema | undefined,
  Q extends Schema | undefined,
  R extends Schema,
> {
  /** Who may call it (STYLE.md point 3). */
  access: Access;
  /** One line for the API reference. */
  summary: string;
  params?: P;
  body?: B;
  query?: Q;
  /** What a success answers: its body, and its status (200 unless given; 204 sends no body). */
  response: R;
  status?: 200 | 201 | 202 | 204;
  /** More route configuration, e.g. a rate limit of its own. */
  config?: Omit<FastifyContextConfig, 'access'>;
  /**
   * Returns the body of a success; a handler that answers by itself (a download, a cookie, a redirect)
   * returns the reply it has sent.
   */
  handler(input: RouteInput<Infer<P>, Infer<B>, Infer<Q>>): Promise<Answer<R>>;
}

/** What a handler answers: the body of a success, or, for a 204 (NO_CONTENT), nothing; or the reply it has sent. */
type Answer<R extends Schema> = (R extends z.ZodNull ? void : z.infer<R>) | FastifyReply;

type Method = 'GET' | 'POST' | 'PUT' | 'PATCH' | 'DELETE';

/** One row of a module's route table. */
export interface Route {
  method: Method;
  url: string;
  // The row's own types were checked where it was written (by get/post/...); the table keeps it whole.
  spec: RouteSpec<Schema | undefined, Schema | undefined, Schema | undefined, Schema>;
}

const row =
  (method: Method) =>
  <
    R extends Schema,
    P extends Schema | undefined = undefined,
    B extends Schema | undefined = undefined,
    Q extends Schema | undefined = undefined,
  >(
    url: string,
    spec: RouteSpec<P, B, Q, R>,
  ): Route => ({ method, url, spec: spec as unknown as Route['spec'] });

export const get = row('GET');
export const post = row('POST');
export const put = row('PUT');
export const patch = row('PATCH');
export const del = row('DELETE');

/**
 * A module's routes as a table: each row a short declaration (method, path, who may call it, what it
 * takes and answers, and the service call). This supplies what every route has alike: the tags, the
 * documented error responses, the context of the caller, and the status of a success.
 */
export function routeTable(options: { tags: string[] }, routes: Route[]): FastifyPluginAsync {
  const plugin: FastifyPluginAsyncZod = async (app) => {
    for (const { method, url, spec } of routes) {
      const status = spec.status ?? 200;
      app.route({
        method,
        url,
        config: { ...spec.config, access: spec.access },
        schema: {
          tags: options.tags,
          summary: spec.summary,
          ...(spec.params ? { params: spec.params } : {}),
          ...(spec.body ? { body: spec.body } : {}),
          ...(spec.query ? { querystring: spec.query } : {}),
          response: { [status]: spec.response, ...ERROR_RESPONSES },
        },
        handler: async (request, reply) => {
          const input: RouteInput<unknown, unknown, unknown> = {
            params: request.params,
            body: request.body,
            query: request.query,
            deps: app.deps,
            get ctx() {
              return contextOf(request);
            },
            get person() {
              return personOf(request);
            },
            request,
            reply,
          };
          const result = await spec.handler(input);
          // A handler that answered by itself returned the reply, which awaiting resolves once it is sent.
          if (reply.sent) return reply;
          reply.status(status);
          if (status === 204) return reply.send();
          // Returned, not sent: Fastify sends it, and the request does not wait on the reply's own promise.
          return result;
        },
      });
    }
  };
  return plugin;
}

/** The body of a 204. */
export const NO_CONTENT = z.null();
