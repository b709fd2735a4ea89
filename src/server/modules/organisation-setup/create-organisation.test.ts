import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, TestClient, type TestApp } from '#test/api.ts';
import { createOrganisation } from './index.ts';

let t: TestApp;

beforeAll(async () => {
  t = await createTestApp();
});
afterAll(() => t.close());

describe('a new organisation (npm run org:create)', () => {
  it('is created with its first admin invited, who can then set it up', async () => {
    const created = await createOrganisation(t.deps, {
      name: 'Fresh Hospital',
      slug: 'fresh-hospital',
      timeZone: 'Europe/London',
      country: 'GB',
      admin: { email: 'lead@fresh.test', name: 'Dr Lead' },
    });
    const token = new URL(t.mail.linkIn(await t.mail.next('lead@fresh.test'))).searchParams.get('token')!;
    expect(created.invitationUrl).toContain(token);
    const lead = new TestClient(t.app);
    expect(
      (await lead.post('/api/auth/invitations/accept', { token, name: 'Dr Lead', password: 'a long admin password' }))
        .statusCode,
    ).toBe(200);
    expect((await lead.post(`/api/orgs/${created.orgId}/sites`, { name: 'Fresh Main Site' })).statusCode).toBe(201);
    expect((await lead.get(`/api/orgs/${created.orgId}/crisis-resources`)).json().resources[0].phone).toBe('999');
  });
});
