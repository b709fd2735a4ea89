import { randomBytes } from 'node:crypto';
import type { FastifyInstance } from 'fastify';
import pg from 'pg';
import { inject } from 'vitest';
import { buildApp } from '#server/app.ts';
import { readConfig } from '#server/config.ts';
import type { AppDeps } from '#server/deps.ts';
import { type CaughtMessage, startMailCatcher } from '#server/modules/mail/index.ts';
import { startServices } from '#server/start-services.ts';

export { signedInClients, TestClient } from './client.ts';

export interface TestMailbox {
  messages: CaughtMessage[];
  /** Waits for the oldest message to `to` not yet returned, and returns it. */
  next(to: string, options?: { subject?: RegExp; timeoutMs?: number }): Promise<CaughtMessage>;
  linkIn(message: CaughtMessage): string;
}

export interface TestApp {
  app: FastifyInstance;
  deps: AppDeps;
  databaseUrl: string;
  mail: TestMailbox;
  close(): Promise<void>;
}

/** The configuration of a test's server: quiet, at kindred.test, with `env` on top. */
export function testConfig(env: Record<string, string> = {}) {
  return readConfig({
    NODE_ENV: 'test',
    APP_URL: 'http://kindred.test',
    LOG_LEVEL: 'silent',
    // Each test app seals held answers with its own key, and writes no key file.
    ANSWER_KEY: randomBytes(32).toString('base64'),
    ...env,
  } as NodeJS.ProcessEnv);
}

/** A fresh copy of the migrated template database, for a test that runs the server itself. */
export async function createTestDatabase(): Promise<string> {
  const adminUrl = inject('postgresAdminUrl');
  const name = `test_${randomBytes(6).toString('hex')}`;
  const admin = new pg.Client({ connectionString: adminUrl });
  await admin.connect();
  await admin.query(`CREATE DATABASE ${name} TEMPLATE kindred_template`);
  await admin.end();
  return adminUrl.replace(/\/postgres$/, `/${name}`);
}

/**
 * A real app on its own copy of the migrated database, sending mail to a real SMTP server started here.
 * Pass `builtInMailCatcher` to test the development catcher instead, `databaseUrl` to restart on the same data.
 */
export async function createTestApp(
  options: { env?: Record<string, string>; builtInMailCatcher?: boolean; databaseUrl?: string } = {},
): Promise<TestApp> {
  const databaseUrl = options.databaseUrl ?? (await createTestDatabase());
  const messages: CaughtMessage[] = [];
  const waiters: (() => void)[] = [];
  const smtp = options.builtInMailCatcher
    ? null
    : await startMailCatcher(async (m) => {
        messages.push(m);
        waiters.splice(0).forEach((w) => w());
      });
  const config = testConfig({ ...(smtp ? { SMTP_URL: smtp.url } : {}), ...options.env });
  const services = await startServices(
    config,
    databaseUrl,
    (error) => {
      throw error;
    },
    { scheduleJobs: false },
  );
  const app = await buildApp({ deps: services.deps, cookieSecret: services.cookieSecret });
  await app.ready();
  const claimed = new Set<CaughtMessage>();
  const mail: TestMailbox = {
    messages,
    async next(to, { subject, timeoutMs = 10_000 } = {}) {
      const deadline = Date.now() + timeoutMs;
      for (;;) {
        const found = messages.find(
          (m) => m.to.includes(to) && !claimed.has(m) && (!subject || subject.test(m.subject)),
        );
        if (found) {
          claimed.add(found);
          return found;
        }
        if (Date.now() > deadline) throw new Error(`No e-mail to ${to} within ${timeoutMs} ms`);
        await new Promise<void>((resolve) => {
          waiters.push(resolve);
          setTimeout(resolve, 200);
        });
      }
    },
    linkIn(message) {
      const match = message.text.match(/https?:\/\/\S+/);
      if (!match) throw new Error(`No link in e-mail "${message.subject}"`);
      return match[0];
    },
  };
  return {
    app,
    deps: services.deps,
    databaseUrl,
    mail,
    async close() {
      await app.close();
      await services.stop();
      await smtp?.stop();
    },
  };
}
