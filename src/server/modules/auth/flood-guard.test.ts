import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, type TestApp } from '#test/api.ts';

let t: TestApp;

beforeAll(async () => {
  t = await createTestApp();
});
afterAll(() => t.close());

describe('flood guards', () => {
  it('let a whole hospital look up 1,000 invitations in 15 minutes from one address, and then say how long to wait', async () => {
    const lookUp = () => t.app.inject({ url: `/api/auth/invitations/${'x'.repeat(43)}`, remoteAddress: '10.20.0.1' });
    for (let i = 0; i < 1000; i++) expect((await lookUp()).statusCode).toBe(404);
    const refused = await lookUp();
    expect(refused.statusCode).toBe(429);
    expect(refused.json().error).toEqual({
      code: 'too_many_requests',
      message: 'Too many requests from your network. Wait 15 minutes and try again.',
    });
    // Another address is not affected.
    expect(
      (await t.app.inject({ url: `/api/auth/invitations/${'x'.repeat(43)}`, remoteAddress: '10.20.0.2' })).statusCode,
    ).toBe(404);
  });
});
