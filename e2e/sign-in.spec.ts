import { DEMO, expect, expectAccessible, signInAs, test } from './fixtures.ts';

test('a member signs in, sees the crisis link, and signs out', async ({ page }) => {
  await page.goto('/sign-in');
  await expect(page.getByRole('button', { name: /need help now/i })).toBeVisible();
  await expectAccessible(page, 'sign-in');

  await page.getByLabel(/^E-mail/).fill(DEMO.member);
  await page.getByLabel(/^Password/).fill('wrong password');
  await page.getByRole('button', { name: 'Sign in' }).click();
  await expect(page.getByText(/do not match an account/i)).toBeVisible();

  await signInAs(page, DEMO.member);
  await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
  await expectAccessible(page, 'home');
  await page.getByRole('button', { name: /need help now/i }).click();
  await expect(page.getByRole('dialog')).toContainText('000');
  await expectAccessible(page, 'crisis resources');
  await page.keyboard.press('Escape');

  // An address of an organisation one does not belong to (or that does not exist) leads home, as the API's 404.
  const home = page.url();
  await page.goto('/o/00000000-0000-4000-8000-000000000000/mentoring');
  await expect(page).toHaveURL(home);

  await page.getByRole('button', { name: /^Your account:/ }).click();
  await page.getByRole('menuitem', { name: 'Sign out' }).click();
  await expect(page).toHaveURL(/\/sign-in$/);
  // Signed out for real: the session is gone, not just the page.
  await page.goto(home);
  await expect(page).toHaveURL(/\/sign-in\?next=/);
});

test('a signed-out visitor’s pages log nothing to the console: the session probe answers, it does not fail', async ({
  page,
}) => {
  const probes: number[] = [];
  page.on('response', (response) => {
    if (new URL(response.url()).pathname === '/api/auth/session') probes.push(response.status());
  });
  const consoleMessages: string[] = [];
  page.on('console', (message) => consoleMessages.push(`${message.type()}: ${message.text()}`));
  for (const path of ['/sign-in', '/', '/forgot-password']) {
    await page.goto(path);
    await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
  }
  expect(probes.length).toBeGreaterThan(0);
  expect(probes.every((status) => status === 200)).toBe(true);
  expect(consoleMessages.filter((m) => m.startsWith('error'))).toEqual([]);
});

test('the API reference page loads without a content security policy error', async ({ page }) => {
  const consoleMessages: string[] = [];
  page.on('console', (message) => consoleMessages.push(`${message.type()}: ${message.text()}`));
  await page.goto('/api/docs');
  // The first visit builds the whole OpenAPI document: slower than a page.
  await expect(page.getByRole('heading', { name: /Kindred API/ })).toBeVisible({ timeout: 30_000 });
  await expect(page.getByText('/api/auth/session').first()).toBeVisible();
  expect(consoleMessages.filter((m) => m.startsWith('error') || /Content Security Policy/i.test(m))).toEqual([]);
});
