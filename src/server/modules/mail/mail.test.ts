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
      expect((await admin.post(`/api/orgs/${org.orgId}/invitations`, { email: 'caught@catcher.test', name: 'Caught' })).statusCode).toBe(201);
      let mail: { to: string; subject: string; text: string }[] = [];
      for (let i = 0; i < 50 && mail.length === 0; i++) {
        await new Promise((r) => setTimeout(r, 200));
        mail = (await new TestClient(t.app).get('/api/dev/mail')).json().mail;
      }
      expect(mail[0]).toMatchObject({ to: 'caught@catcher.test', subject: expect.stringContaining('Catcher Hospital') });
      expect(mail[0]!.text).toContain('http://kindred.test/invitation?token=');
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
    expect((await admin.post(`/api/orgs/${org.orgId}/invitations`, { email: 'patient@queue.test', name: 'Patient' })).statusCode).toBe(201);
    await new Promise((r) => setTimeout(r, 1500));
    await down.close();

    const up = await createTestApp({ databaseUrl: down.databaseUrl });
    try {
      // Skip the back-off wait rather than sit through it.
      await up.deps.database.pool.query(`UPDATE pgboss.job SET start_after = now() WHERE name = 'email.send' AND state IN ('created', 'retry')`);
      const message = await up.mail.next('patient@queue.test', { timeoutMs: 20_000 });
      expect(message.subject).toContain('Queue Hospital');
    } finally {
      await up.close();
    }
  });
});
