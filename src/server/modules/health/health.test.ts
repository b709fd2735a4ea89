import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, type TestApp } from '#test/api.ts';

let t: TestApp;
beforeAll(async () => {
  t = await createTestApp();
});
afterAll(() => t.close());

describe('operations endpoints', () => {
  it('answers liveness and readiness', async () => {
    expect((await t.app.inject('/healthz')).json()).toEqual({ status: 'ok' });
    expect((await t.app.inject('/readyz')).json()).toEqual({ status: 'ready' });
  });

  it('serves an OpenAPI document that describes every API route, and its reference page', async () => {
    const spec = (await t.app.inject('/api/docs/json')).json<{ paths: Record<string, Record<string, unknown>> }>();
    const apiRoutes = t.app.routeAccess.filter((r) => r.url.startsWith('/api/') && !r.url.startsWith('/api/docs'));
    expect(apiRoutes.length).toBeGreaterThan(0);
    for (const route of apiRoutes) {
      const path = route.url.replace(/:(\w+)/g, '{$1}');
      expect(spec.paths[path]?.[route.method.toLowerCase()], `${route.method} ${route.url}`).toBeDefined();
    }
    const page = await t.app.inject('/api/docs/');
    expect(page.statusCode).toBe(200);
    expect(page.body).toContain('swagger');
  });

  it('sends security headers with a strict content security policy', async () => {
    const res = await t.app.inject('/healthz');
    const csp = res.headers['content-security-policy'] as string;
    expect(csp).toContain("script-src 'self'");
    expect(csp).not.toMatch(/script-src[^;]*unsafe-inline/);
    expect(csp).toContain("frame-ancestors 'none'");
    expect(res.headers['x-content-type-options']).toBe('nosniff');
    expect(res.headers['referrer-policy']).toBe('no-referrer');
  });

  it('gives the API reference page a policy of its own that allows the inline styles Swagger UI sets, and only there', async () => {
    for (const url of ['/api/docs', '/api/docs/', '/api/docs/static/index.html']) {
      const csp = (await t.app.inject(url)).headers['content-security-policy'] as string;
      expect(csp, url).toMatch(/style-src 'self' 'unsafe-inline'/);
      expect(csp, url).toMatch(/script-src 'self';/);
      expect(csp, url).not.toMatch(
        /script-src[^;]*unsafe-inline|https:|upgrade-insecure-requests|validator\.swagger\.io/,
      );
      expect(csp, url).toContain("frame-ancestors 'none'");
    }
    expect((await t.app.inject('/api/auth/csrf')).headers['content-security-policy']).not.toMatch(
      /script-src[^;]*unsafe-inline/,
    );
  });
});
