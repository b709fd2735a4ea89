import { Writable } from 'node:stream';
import Fastify from 'fastify';
import { serializerCompiler, validatorCompiler } from 'fastify-type-provider-zod';
import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import { PUBLIC } from './context.ts';
import { registerErrorHandler } from './plugins/error-handler.ts';
import { get, NO_CONTENT, post, routeTable } from './route-table.ts';

/** A bare Fastify with the table's routes, keeping every log line it writes. */
async function appWith(table: ReturnType<typeof routeTable>) {
  const lines: { level: number; msg?: string; err?: { code?: string } }[] = [];
  const stream = new Writable({
    write(chunk, _encoding, done) {
      lines.push(JSON.parse(String(chunk)));
      done();
    },
  });
  const app = Fastify({ logger: { level: 'info', stream } });
  app.setValidatorCompiler(validatorCompiler);
  app.setSerializerCompiler(serializerCompiler);
  registerErrorHandler(app);
  await app.register(table);
  return { app, lines };
}

const table = routeTable({ tags: ['probe'] }, [
  get('/probe/:name', {
    access: PUBLIC,
    summary: 'A body',
    params: z.object({ name: z.string().max(5) }),
    response: z.object({ hello: z.string() }),
    handler: async ({ params }) => ({ hello: params.name }),
  }),
  post('/probe', {
    access: PUBLIC,
    summary: 'Made',
    body: z.object({ n: z.number() }),
    response: z.object({ n: z.number() }),
    status: 201,
    handler: async ({ body }) => ({ n: body.n + 1 }),
  }),
  post('/probe/nothing', {
    access: PUBLIC,
    summary: 'Nothing',
    response: NO_CONTENT,
    status: 204,
    handler: async () => {},
  }),
  get('/probe.csv', {
    access: PUBLIC,
    summary: 'A download',
    response: z.string(),
    handler: async ({ reply }) => reply.type('text/csv').header('content-disposition', 'attachment').send('a,b\r\n'),
  }),
]);

describe('a route table', () => {
  it('answers each row with its status and body, and validates its input', async () => {
    const { app } = await appWith(table);
    expect((await app.inject({ method: 'GET', url: '/probe/ann' })).json()).toEqual({ hello: 'ann' });
    const refused = await app.inject({ method: 'GET', url: '/probe/toolong' });
    expect([refused.statusCode, refused.json().error.field]).toEqual([400, 'name']);
    const made = await app.inject({ method: 'POST', url: '/probe', payload: { n: 1 } });
    expect([made.statusCode, made.json()]).toEqual([201, { n: 2 }]);
    const nothing = await app.inject({ method: 'POST', url: '/probe/nothing' });
    expect([nothing.statusCode, nothing.body]).toEqual([204, '']);
    await app.close();
  });

  it('lets a handler answer by itself (a download) without a second answer', async () => {
    const { app, lines } = await appWith(table);
    const csv = await app.inject({ method: 'GET', url: '/probe.csv' });
    expect([csv.statusCode, csv.headers['content-type'], csv.body]).toEqual([200, 'text/csv', 'a,b\r\n']);
    await app.close();
    expect(lines.length).toBeGreaterThan(0);
    expect(lines.filter((line) => line.level >= 40)).toEqual([]);
  });
});
