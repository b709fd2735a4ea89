import type { FastifyInstance } from 'fastify';
import { badRequest } from '../errors.ts';

/** Half of a UTF-16 surrogate pair with no other half. */
const LONE_SURROGATE = /[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/;
const unstorable = (text: string) => text.includes('\u0000') || LONE_SURROGATE.test(text);

/** The path of the first text (value or key) that cannot be stored, or null. */
function unstorableText(value: unknown, path: string): string | null {
  if (typeof value === 'string') return unstorable(value) ? path : null;
  if (typeof value !== 'object' || value === null) return null;
  for (const [key, item] of Object.entries(value)) {
    const at = path ? `${path}.${key}` : key;
    if (unstorable(key)) return at;
    const found = unstorableText(item, at);
    if (found !== null) return found;
  }
  return null;
}

/**
 * PostgreSQL cannot store a NUL character in text, and jsonb refuses an unpaired surrogate: both
 * passed the schemas (which check lengths and formats, not code points) and ended as a 500. They
 * are refused here once, after validation, for every route, naming the field.
 */
export function registerTextCheck(app: FastifyInstance): void {
  app.addHook('preHandler', async (request) => {
    const parts = { body: request.body, querystring: request.query, params: request.params };
    for (const [part, value] of Object.entries(parts)) {
      const field = unstorableText(value, '');
      if (field !== null)
        throw badRequest(
          field || part,
          'This text contains a character that cannot be stored (a NUL byte or broken Unicode)',
        );
    }
  });
}
