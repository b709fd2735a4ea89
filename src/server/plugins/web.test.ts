import fs from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import Fastify, { type FastifyInstance } from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { registerWebApp } from './web.ts';

let app: FastifyInstance;
let dist: string;

beforeAll(async () => {
  dist = await fs.mkdtemp(path.join(os.tmpdir(), 'kindred-web-'));
  await fs.writeFile(path.join(dist, 'index.html'), '<!doctype html><title>Kindred</title>');
  await fs.mkdir(path.join(dist, 'assets'));
  await fs.writeFile(path.join(dist, 'assets', 'app.js'), 'console.log(1)');
  app = Fastify();
  await registerWebApp(app, dist);
  await app.ready();
});
afterAll(async () => {
  await app.close();
  await fs.rm(dist, { recursive: true, force: true });
});

describe('the web app', () => {
  it('answers HEAD for its pages as GET does, without a body', async () => {
    for (const url of ['/', '/sign-in', '/o/3f1c0f7e-6a0b-4d8e-9f51-2f0c5e1d2a3b/groups']) {
      const get = await app.inject({ method: 'GET', url });
      expect(get.statusCode, url).toBe(200);
      expect(get.body, url).toContain('<title>Kindred</title>');
      const head = await app.inject({ method: 'HEAD', url });
      expect(head.statusCode, url).toBe(200);
      expect(head.headers['content-type'], url).toMatch(/^text\/html/);
      expect(head.body, url).toBe('');
    }
    expect((await app.inject({ method: 'HEAD', url: '/assets/app.js' })).statusCode).toBe(200);
  });

  it('keeps API paths and other methods 404', async () => {
    expect((await app.inject({ method: 'HEAD', url: '/api/nothing-here' })).statusCode).toBe(404);
    expect((await app.inject({ method: 'GET', url: '/api/nothing-here' })).json().error.code).toBe('not_found');
    expect((await app.inject({ method: 'POST', url: '/' })).statusCode).toBe(404);
  });
});
