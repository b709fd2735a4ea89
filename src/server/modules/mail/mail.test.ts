import { describe, expect, it } from 'vitest';
import { createTestApp, TestClient } from '#test/api.ts';
import { PASSWORD, seedOrganisation } from '#test/fixtures.ts';

describe('built-in mail catcher', () => {
  it('keeps mail sent without SMTP_URL and lists it on the development page', async () => {
    const t = await createTestApp({ builtInMailCatcher: true, env: { NODE_ENV: 'development' } });
    try {
      const org = await seedOrganisation(t.deps.db, 'Catcher Hospital');
      const admin = new TestClient(t.app);
      await admin.signIn(org.admin.email, PASSWORD);
      expect(
        (await admin.post(`/api/orgs/${org.orgId}/invitations`, { email: 'caught@catcher.test', name: 'Caught' }))
          .statusCode,
      ).toBe(201);
      let mail: { to: string; subject: string; text: string }[] = [];
      for (let i = 0; i < 50 && mail.length === 0; i++) {
        await new Promise((r) => setTimeout(r, 200));
        mail = (await new TestClient(t.app).get('/api/dev/mail')).json().mail;
      }
      expect(mail[0]).toMatchObject({
        to: 'caught@catcher.test',
        subject: expect.stringContaining('Catcher Hospital'),
      });
      expect(mail[0]!.text).toContain('http://kindred.test/invitation?token=');
    } finally {
      await t.close();
    }
  });

  it('shows caught mail only to this machine: another address gets 404, and no forwarding header fakes a local one', async () => {
    // TRUST_PROXY makes request.ip come from X-Forwarded-For: the check must read the socket instead.
    const t = await createTestApp({ builtInMailCatcher: true, env: { NODE_ENV: 'development', TRUST_PROXY: 'true' } });
    try {
      const from = (remoteAddress: string, headers: Record<string, string> = {}, url = '/api/dev/mail') =>
        t.app.inject({ url, remoteAddress, headers });
      for (const local of ['127.0.0.1', '::1', '::ffff:127.0.0.1']) {
        const res = await from(local);
        expect(res.statusCode).toBe(200);
        expect(res.json()).toHaveProperty('mail');
      }
      const refused = [
        await from('203.0.113.7'),
        await from('10.0.0.5'),
        await from('203.0.113.7', { 'x-forwarded-for': '127.0.0.1' }),
        await from('203.0.113.7', { forwarded: 'for=127.0.0.1', 'x-real-ip': '127.0.0.1' }),
        // A proxy on this machine relays everyone from loopback: a relayed request is not this machine's own.
        await from('127.0.0.1', { 'x-forwarded-for': '203.0.113.7' }),
        await from('127.0.0.1', { forwarded: 'for=203.0.113.7' }),
        // The page itself, not only its data.
        await from('203.0.113.7', {}, '/dev/mail'),
        await from('127.0.0.1', { 'x-forwarded-for': '127.0.0.1' }, '/dev/mail'),
      ];
      for (const res of refused)
        expect(res.json()).toEqual({ error: { code: 'not_found', message: 'That was not found' } });
      expect(refused.every((res) => res.statusCode === 404)).toBe(true);
      // From this machine the page is the web app's (or, with no web app built, the plain not-found of any page): not the refusal.
      expect((await from('127.0.0.1', {}, '/dev/mail')).body).not.toContain('That was not found');
    } finally {
      await t.close();
    }
  });

  it('hides the development page in production', async () => {
    const t = await createTestApp({ builtInMailCatcher: true, env: { NODE_ENV: 'production' } });
    try {
      expect((await t.app.inject('/api/dev/mail')).statusCode).toBe(404);
    } finally {
      await t.close();
    }
  });

  it('hides the development page when real SMTP is configured', async () => {
    const t = await createTestApp({ env: { NODE_ENV: 'development' } });
    try {
      expect((await t.app.inject('/api/dev/mail')).statusCode).toBe(404);
    } finally {
      await t.close();
    }
  });
});

describe('mail queue', () => {
  it('loses no e-mail when the SMTP server is down and the app restarts', async () => {
    const down = await createTestApp({ env: { SMTP_URL: 'smtp://127.0.0.1:9' } });
    const org = await seedOrganisation(down.deps.db, 'Queue Hospital');
    const admin = new TestClient(down.app);
    await admin.signIn(org.admin.email, PASSWORD);
    expect(
      (await admin.post(`/api/orgs/${org.orgId}/invitations`, { email: 'patient@queue.test', name: 'Patient' }))
        .statusCode,
    ).toBe(201);
    await new Promise((r) => setTimeout(r, 1500));
    await down.close();

    const up = await createTestApp({ databaseUrl: down.databaseUrl });
    try {
      // Skip the back-off wait rather than sit through it.
      await up.deps.database.pool.query(
        `UPDATE pgboss.job SET start_after = now() WHERE name = 'email.send' AND state IN ('created', 'retry')`,
      );
      const message = await up.mail.next('patient@queue.test', { timeoutMs: 20_000 });
      expect(message.subject).toContain('Queue Hospital');
    } finally {
      await up.close();
    }
  });
});
