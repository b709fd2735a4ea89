import AxeBuilder from '@axe-core/playwright';
import { expect, type Page, test as base } from '@playwright/test';

export const DEMO_PASSWORD = 'kindred-demo-2027';
export const DEMO = {
  admin: 'admin@riverside.example',
  coordinator: 'coordinator@riverside.example',
  member: 'member@riverside.example',
  facilitator: 'facilitator@riverside.example',
};

/** Fails on any WCAG 2.2 A/AA violation axe finds on the page as it is now. */
export async function expectAccessible(page: Page, label: string) {
  const results = await new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa']).analyze();
  const summary = results.violations.map((v) => `${v.id} (${v.impact}): ${v.help}\n    ${v.nodes.map((n) => n.target.join(' ')).slice(0, 5).join('\n    ')}`);
  expect(summary, `axe violations on ${label}`).toEqual([]);
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
        if (message.type() === 'error' && !/Failed to load resource: the server responded with a status of 4\d\d/.test(message.text())) {
          errors.push(message.text());
        }
      });
      page.on('pageerror', (error) => errors.push(error.message));
      await use(errors);
      expect(errors, 'browser console errors').toEqual([]);
    },
    { auto: true },
  ],
});
export { expect };
