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
