import { DEMO, expect, expectAccessible, mainNav, signInAs, test } from './fixtures.ts';

const header = 'email,name,roles,site,department,cohort';

test('an admin imports a CSV with an error, then a clean one', async ({ page }) => {
  await signInAs(page, DEMO.admin);
  await mainNav(page).getByRole('link', { name: 'Import people' }).click();
  await expect(page.getByRole('heading', { name: 'Import people' })).toBeVisible();
  await expectAccessible(page, 'import');

  const broken = [
    header,
    'zoe.park@riverside.example,Zoe Park,member,Riverside General Hospital,,PGY1 2027',
    'not-an-email,Bad Row,member,,,',
  ].join('\n');
  await page
    .locator('input[type=file]')
    .setInputFiles({ name: 'broken.csv', mimeType: 'text/csv', buffer: Buffer.from(broken) });
  await expect(page.getByText('"not-an-email" is not a valid e-mail address')).toBeVisible();
  await expect(page.getByRole('button', { name: /^Import/ })).toBeDisabled();
  await expectAccessible(page, 'import preview with errors');

  const clean = [
    header,
    'zoe.park@riverside.example,Zoe Park,member,Riverside General Hospital,,PGY1 2027',
    'omar.haddad@riverside.example,Omar Haddad,member;peer_supporter,,,PGY2 2027',
  ].join('\n');
  await page
    .locator('input[type=file]')
    .setInputFiles({ name: 'clean.csv', mimeType: 'text/csv', buffer: Buffer.from(clean) });
  await page.getByRole('button', { name: 'Import 2 people' }).click();
  await expect(page.getByRole('heading', { name: 'Import finished' })).toBeVisible();
  await expectAccessible(page, 'import finished');

  await page
    .getByRole('link', { name: 'Go to People' })
    .or(page.getByRole('link', { name: /people/i }).last())
    .first()
    .click();
  await page.getByLabel('Search').fill('Omar Haddad');
  await expect(page.getByText('omar.haddad@riverside.example').first()).toBeVisible();
  await expectAccessible(page, 'people');
});

test('an admin invites someone, who accepts through the caught e-mail and signs in', async ({ page, browser }) => {
  await signInAs(page, DEMO.admin);
  await mainNav(page).getByRole('link', { name: 'People', exact: true }).click();
  await page.getByRole('button', { name: 'Invite someone' }).click();
  const dialog = page.getByRole('dialog', { name: 'Invite someone' });
  await dialog.getByLabel(/^E-mail/).fill('riya.sen@riverside.example');
  await dialog.getByLabel(/^Name/).fill('Riya Sen');
  await expectAccessible(page, 'invite dialog');
  await dialog.getByRole('button', { name: /send invitation|invite/i }).click();
  await expect(dialog).toBeHidden();

  const invitee = await browser.newContext();
  const inbox = await invitee.newPage();
  await expect(async () => {
    await inbox.goto('/dev/mail');
    await expect(inbox.getByText('To: riya.sen@riverside.example')).toBeVisible({ timeout: 1000 });
  }).toPass({ timeout: 20_000 });
  await expectAccessible(inbox, 'development mailbox');
  const mail = inbox.getByRole('listitem').filter({ hasText: 'riya.sen@riverside.example' }).first();
  await mail.getByRole('link', { name: /\/invitation\?token=/ }).click();

  await expect(inbox.getByRole('heading', { name: 'Join Riverside Health on Kindred' })).toBeVisible();
  await expectAccessible(inbox, 'accept invitation');
  await inbox.getByLabel(/^Choose a password/).fill('riya chooses a long password');
  await inbox.getByLabel(/^Type it again/).fill('riya chooses a long password');
  await inbox.getByRole('button', { name: /join|accept/i }).click();
  await expect(inbox.getByRole('navigation')).toBeVisible();
  await expect(inbox.getByText('Riya Sen').first()).toBeVisible();
  await invitee.close();
});

test('a person in two organisations switches between them, and neither shows the other', async ({ page }) => {
  await signInAs(page, DEMO.member);
  const switcher = page.getByRole('textbox', { name: 'Organisation' });
  const switchTo = async (name: string) => {
    await switcher.click();
    await page.getByRole('option', { name }).click();
    await expect(switcher).toHaveValue(name);
  };
  await switchTo('Riverside Health');
  const riversideUrl = page.url();
  await switchTo('Lakeside Medical School');
  await expect(page).not.toHaveURL(riversideUrl);
  await expectAccessible(page, 'organisation home after switching');

  await page.getByRole('button', { name: /need help now/i }).click();
  await expect(page.getByRole('dialog')).toContainText('Lakeside Student Wellbeing');
  await page.keyboard.press('Escape');

  await mainNav(page).getByRole('link', { name: 'My profile' }).click();
  // By role: Mantine keeps each select's hidden option list labelled with the same label.
  await page.getByRole('textbox', { name: 'Site' }).click();
  await expect(page.getByRole('option', { name: 'Lakeside Campus' })).toBeVisible();
  await expect(page.getByRole('option', { name: 'Riverside General Hospital' })).toHaveCount(0);
  await page.keyboard.press('Escape');
  await expectAccessible(page, 'profile');
});

test('a member does not see admin pages, and an admin page address shows nothing to them', async ({ page }) => {
  await signInAs(page, DEMO.member);
  await expect(mainNav(page).getByRole('link', { name: 'Import people' })).toHaveCount(0);
  const orgPath = new URL(page.url()).pathname.split('/').slice(0, 3).join('/');
  await page.goto(`${orgPath}/import`);
  await expect(page.getByRole('heading', { level: 1, name: 'Not available' })).toBeVisible();
  await expect(
    page.getByText('This page is for organisation admins. If you need it, ask your organisation admin.'),
  ).toBeVisible();
  await expect(page.getByRole('heading', { name: 'Import people' })).toHaveCount(0);
  await page.goto(`${orgPath}/people`);
  await expect(
    page.getByText('This page is for organisation admins and coordinators.', { exact: false }),
  ).toBeVisible();
});

test('the app works on a 360 px wide phone, navigation in a menu', async ({ browser }) => {
  const phone = await browser.newContext({ viewport: { width: 360, height: 740 }, isMobile: true, hasTouch: true });
  const page = await phone.newPage();
  await signInAs(page, DEMO.coordinator);
  // On a phone the navigation is collapsed behind the menu button.
  await page.getByRole('button', { name: 'Open navigation' }).click();
  await mainNav(page).getByRole('link', { name: 'People', exact: true }).click();
  await expect(page.getByRole('heading', { name: 'People' })).toBeVisible();
  const overflow = await page.evaluate(
    () => document.documentElement.scrollWidth - document.documentElement.clientWidth,
  );
  expect(overflow).toBeLessThanOrEqual(0);
  await expectAccessible(page, 'people on a phone');
  await phone.close();
});

test('the whole sign-in form works by keyboard alone', async ({ page }) => {
  await page.goto('/sign-in');
  const focusedType = () => page.evaluate(() => document.activeElement?.getAttribute('type'));
  for (let i = 0; i < 10 && (await focusedType()) !== 'email'; i++) await page.keyboard.press('Tab');
  expect(await focusedType()).toBe('email');
  await page.keyboard.type(DEMO.member);
  await page.keyboard.press('Tab');
  expect(await focusedType()).toBe('password');
  await page.keyboard.type('kindred-demo-2027');
  await page.keyboard.press('Enter');
  await page.waitForURL(/\/o\//);
});
