import AxeBuilder from '@axe-core/playwright';
import { expect, type Page, test as base } from '@playwright/test';

export const DEMO_PASSWORD = 'kindred-demo-2027';
export const DEMO = {
  admin: 'admin@riverside.example',
  coordinator: 'coordinator@riverside.example',
  member: 'member@riverside.example',
  facilitator: 'facilitator@riverside.example',
  supporter: 'supporter@riverside.example',
};

/** Fails on any WCAG 2.2 A/AA violation axe finds on the page as it is now. */
export async function expectAccessible(page: Page, label: string) {
  const results = await new AxeBuilder({ page })
    .withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'])
    .analyze();
  const summary = results.violations.map(
    (v) =>
      `${v.id} (${v.impact}): ${v.help}\n    ${v.nodes
        .map((n) => n.target.join(' '))
        .slice(0, 5)
        .join('\n    ')}`,
  );
  expect(summary, `axe violations on ${label}`).toEqual([]);
}

export const PHONE = { width: 360, height: 740 };
export const DESKTOP = { width: 1280, height: 900 };

/** A run of its own: letters for names nobody else uses, so a story can run again on the same server. */
export const runSuffix = () =>
  Date.now()
    .toString(36)
    .replace(/\d/g, (d) => 'abcdefghij'[Number(d)]!);

/** A calendar date some days from now (the organisation's zone is close enough for a date well ahead). */
export const daysAhead = (days: number) => new Date(Date.now() + days * 86_400_000).toISOString().slice(0, 10);

/** The organisation's base path (`/o/<id>`) of the page, whichever organisation the person landed in. */
export const orgBase = (page: Page) => new URL(page.url()).pathname.match(/^\/o\/[0-9a-f-]{36}/)![0];
/** The same organisation's API path (`/api/orgs/<id>`). */
export const orgApi = (page: Page) => `/api${orgBase(page).replace(/^\/o/, '/orgs')}`;

/** Calls the API as the person signed in on the page: for setting up what a story needs, not what it tests. */
export async function callApi<T>(
  page: Page,
  method: 'GET' | 'POST' | 'PUT' | 'PATCH' | 'DELETE',
  path: string,
  body?: unknown,
): Promise<{ status: number; json: T }> {
  return page.evaluate(
    async ({ method, path, body }) => {
      const { token } = (await (await fetch('/api/auth/csrf')).json()) as { token: string };
      const headers: Record<string, string> = {
        'x-csrf-token': token,
        ...(body === undefined ? {} : { 'content-type': 'application/json' }),
      };
      const res = await fetch(path, { method, headers, body: body === undefined ? undefined : JSON.stringify(body) });
      return { status: res.status, json: res.status === 204 ? null : await res.json() };
    },
    { method, path, body },
  ) as Promise<{ status: number; json: T }>;
}

/** The main navigation (a drawer on a phone). */
export const mainNav = (page: Page) => page.getByRole('navigation', { name: 'Main' });

export async function signInAs(page: Page, email: string, password = DEMO_PASSWORD) {
  await page.goto('/sign-in');
  await page.getByLabel(/^E-mail/).fill(email);
  await page.getByLabel(/^Password/).fill(password);
  await page.getByRole('button', { name: 'Sign in' }).click();
  await page.waitForURL(/\/o\/[0-9a-f-]{36}/);
}

/** Every page visited gets an axe check; a console error in the browser fails the test. */
export const test = base.extend<{ consoleErrors: string[] }>({
  // Mantine's fade-ins would otherwise be caught half-way by axe's colour-contrast check; the app honours the setting.
  contextOptions: async ({ contextOptions }, use) => use({ ...contextOptions, reducedMotion: 'reduce' }),
  consoleErrors: [
    async ({ page }, use) => {
      const errors: string[] = [];
      page.on('console', (message) => {
        // A 4xx answer is part of a flow (not signed in yet, a refused form); the page shows it to the person.
        if (
          message.type() === 'error' &&
          !/Failed to load resource: the server responded with a status of 4\d\d/.test(message.text())
        ) {
          errors.push(message.text());
        }
      });
      // ... but a page asking who is signed in, or loading anything, is never answered 401: a signed-out visitor is not an error.
      page.on('response', (response) => {
        if (response.status() === 401 && response.request().method() === 'GET')
          errors.push(`401 for GET ${new URL(response.url()).pathname}`);
      });
      page.on('pageerror', (error) => errors.push(error.message));
      await use(errors);
      expect(errors, 'browser console errors').toEqual([]);
    },
    { auto: true },
  ],
});
export { expect };
