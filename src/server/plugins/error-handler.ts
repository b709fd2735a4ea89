import type { FastifyError, FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import { hasZodFastifySchemaValidationErrors } from 'fastify-type-provider-zod';
import type { ErrorCode } from '#shared/contracts/errors.ts';
import { AppError } from '../errors.ts';

function fieldOf(instancePath: string, context: string | undefined): string {
  const path = instancePath.replace(/^\//, '').replaceAll('/', '.');
  if (path) return path;
  return context === 'body' ? 'body' : (context ?? 'request');
}

/** The one error body (DESIGN.md section 6), its code from the catalogue. */
interface ErrorBody {
  code: ErrorCode;
  message: string;
  field?: string | undefined;
  existingId?: string | undefined;
}

const body = (error: ErrorBody) => ({ error });

interface PgError {
  code?: string;
  constraint?: string;
}

/** What a constraint the database enforced means to the person who hit it (races the services' own checks lose). */
const CONSTRAINTS: Record<string, ErrorBody> = {
  rotation_terms_no_overlap: {
    code: 'term_overlap',
    message: 'This term overlaps another term of the cohort',
    field: 'startsOn',
  },
  persons_email: { code: 'already_exists', message: 'Someone already uses this e-mail address', field: 'email' },
};

function constraintError(error: unknown): ErrorBody | null {
  const pg = ((error as { cause?: PgError }).cause ?? error) as PgError;
  if (pg.constraint && CONSTRAINTS[pg.constraint]) return CONSTRAINTS[pg.constraint] ?? null;
  if (pg.code === '23505')
    return { code: 'already_exists', message: 'Something with this name already exists', field: 'name' };
  if (pg.code === '23503')
    return { code: 'in_use', message: 'This is still in use (by people or other records), so it cannot be removed' };
  if (pg.code === '23P01') return { code: 'conflict', message: 'This conflicts with an existing record' };
  return null;
}

/** Turns every failure into the one error body; internals of unexpected errors never reach the client. */
export function registerErrorHandler(app: FastifyInstance): void {
  app.setErrorHandler((error: FastifyError | AppError, request, reply) => {
    if (error instanceof AppError) {
      return reply
        .status(error.status)
        .send(body({ code: error.code, message: error.message, field: error.field, existingId: error.existingId }));
    }
    if (hasZodFastifySchemaValidationErrors(error)) {
      const first = error.validation[0];
      const field = fieldOf(first?.instancePath ?? '', error.validationContext);
      const message = first?.message ?? 'Invalid input';
      return reply.status(400).send(body({ code: 'invalid_input', message: `${field}: ${message}`, field }));
    }
    if (error.code === 'FST_CSRF_INVALID_TOKEN' || error.code === 'FST_CSRF_MISSING_SECRET') {
      return reply.status(403).send(
        body({
          code: 'csrf_invalid',
          message: 'The security token is missing or out of date. Reload the page and try again.',
        }),
      );
    }
    const constraint = constraintError(error);
    if (constraint) return reply.status(409).send(body(constraint));
    if (error.statusCode === 429) {
      // A flood guard's window is minutes long, not "a moment": say what is left, from the Retry-After it has set.
      const seconds = Number(reply.getHeader('retry-after'));
      const wait = !(seconds > 0)
        ? 'a few minutes'
        : seconds < 60
          ? `${seconds} seconds`
          : `${Math.ceil(seconds / 60)} minutes`;
      return reply.status(429).send(
        body({
          code: 'too_many_requests',
          message: `Too many requests from your network. Wait ${wait} and try again.`,
        }),
      );
    }
    if (error.code === 'FST_ERR_CTP_INVALID_MEDIA_TYPE') {
      return reply.status(415).send(
        body({
          code: 'unsupported_media_type',
          message: 'Send JSON (Content-Type: application/json)',
          field: 'content-type',
        }),
      );
    }
    if (error.statusCode && error.statusCode >= 400 && error.statusCode < 500) {
      const field =
        error.code === 'FST_ERR_CTP_EMPTY_JSON_BODY' || error.code === 'FST_ERR_CTP_INVALID_JSON_BODY'
          ? 'body'
          : undefined;
      return reply.status(error.statusCode).send(body({ code: 'bad_request', message: error.message, field }));
    }
    request.log.error({ err: error, reqId: request.id }, 'unexpected error');
    return reply
      .status(500)
      .send(body({ code: 'internal', message: `Something went wrong on our side (reference ${request.id}).` }));
  });
}

/**
 * For Fastify's `frameworkErrors`: a path it cannot decode, or a parameter over 100 characters, fails
 * before routing and never reaches the error handler; it gets the same body, naming the URL.
 */
export function frameworkError(error: FastifyError, _request: FastifyRequest, reply: FastifyReply): void {
  void reply
    .status(error.statusCode ?? 400)
    .send(body({ code: 'bad_request', message: 'This address is malformed or too long', field: 'url' }));
}
