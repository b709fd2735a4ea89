import fs from 'node:fs';
import path from 'node:path';
import fastifyStatic from '@fastify/static';
import type { FastifyInstance } from 'fastify';
import type { ErrorCode } from '#shared/contracts/errors.ts';

/** Serves the built web app; any path that is not an API route gets index.html, so client routes survive a reload. */
export async function registerWebApp(app: FastifyInstance, distDir: string): Promise<void> {
  const index = path.join(distDir, 'index.html');
  const built = fs.existsSync(index);
  if (built) {
    await app.register(fastifyStatic, {
      root: distDir,
      wildcard: false,
      index: false,
      maxAge: '1y',
      immutable: true,
      serve: true,
      prefix: '/',
    });
  }
  app.setNotFoundHandler((request, reply) => {
    const pathname = request.url.split('?')[0] ?? '';
    // HEAD as GET (a monitor or link checker asking whether a page is there), without the body.
    if ((request.method !== 'GET' && request.method !== 'HEAD') || pathname.startsWith('/api/') || !built) {
      return reply
        .status(404)
        .send({ error: { code: 'not_found' satisfies ErrorCode, message: `No route ${request.method} ${pathname}` } });
    }
    reply.header('cache-control', 'no-cache').type('text/html');
    return reply.send(request.method === 'HEAD' ? undefined : fs.createReadStream(index));
  });
}
