import { gzipSync } from 'node:zlib';
import type { Page } from '@playwright/test';
import {
  callApi,
  DEMO,
  expect,
  expectAccessible,
  mainNav,
  orgApi,
  orgBase,
  runSuffix,
  signInAs,
  test,
} from './fixtures.ts';

const VIEWPORTS = [
  { name: 'desktop', width: 1280, height: 900 },
  { name: 'phone', width: 360, height: 740 },
] as const;

/** Follows a link of the main navigation, opening the menu first on a phone. */
async function goTo(page: Page, link: string) {
  const burger = page.getByRole('button', { name: 'Open navigation' });
  if (await burger.isVisible()) await burger.click();
  await mainNav(page).getByRole('link', { name: link, exact: true }).click();
  await expect(page.getByRole('heading', { level: 1, name: link === 'Home' ? /^Welcome/ : link })).toBeVisible();
}

for (const viewport of VIEWPORTS) {
  test(`signed-out pages are accessible and offer help (${viewport.name})`, async ({ page }) => {
    await page.setViewportSize(viewport);

    await page.goto('/sign-in');
    await expect(page.getByRole('heading', { level: 1, name: 'Sign in' })).toBeVisible();
    await expectAccessible(page, 'sign-in');

    await page.getByRole('button', { name: 'Need help now?' }).click();
    const help = page.getByRole('dialog', { name: 'Need help now?' });
    await expect(help.getByRole('link', { name: /Call Lifeline Australia/ })).toHaveAttribute('href', 'tel:131114');
    await expectAccessible(page, 'generic crisis resources');
    await page.keyboard.press('Escape');
    await expect(help).toBeHidden();

    await page.getByRole('link', { name: 'Forgot your password?' }).click();
    await expect(page.getByRole('heading', { level: 1, name: 'Forgot your password?' })).toBeVisible();
    await page.getByLabel(/^E-mail/).fill('nobody@example.org');
    await page.getByRole('button', { name: 'Send me a link' }).click();
    await expect(page.getByText(/If an account exists for nobody@example.org/)).toBeVisible();
    await expectAccessible(page, 'password reset requested');

    await page.goto(`/reset-password?token=${'x'.repeat(40)}`);
    await page.getByLabel(/^New password/).fill('a brand new password');
    await page.getByLabel(/^Type it again/).fill('a brand new password');
    await page.getByRole('button', { name: 'Save new password' }).click();
    await expect(page.getByRole('heading', { name: 'This link has expired' })).toBeVisible();
    await expectAccessible(page, 'expired reset link');

    await page.goto(`/invitation?token=${'y'.repeat(40)}`);
    await expect(page.getByRole('heading', { name: 'This invitation has expired' })).toBeVisible();
    await expectAccessible(page, 'expired invitation');

    await page.goto('/dev/mail');
    await expect(page.getByRole('heading', { name: 'Development mailbox' })).toBeVisible();
    await expectAccessible(page, 'development mailbox');
  });

  test(`every admin page and dialog is accessible (${viewport.name})`, async ({ page }) => {
    await page.setViewportSize(viewport);
    await signInAs(page, DEMO.admin);
    await expectAccessible(page, 'home');

    for (const link of ['My profile', 'Import people', 'Crisis resources', 'Home']) {
      await goTo(page, link);
      await expectAccessible(page, link);
    }

    await goTo(page, 'Organisation set-up');
    for (const tab of ['Organisation', 'Sites', 'Departments', 'Cohorts & terms']) {
      await page.getByRole('tab', { name: tab }).click();
      await expect(page.getByRole('heading', { level: 2, name: tab })).toBeVisible();
      await expectAccessible(page, `set-up: ${tab}`);
    }

    await goTo(page, 'People');
    await page.getByRole('button', { name: 'Invite someone' }).click();
    const invite = page.getByRole('dialog', { name: 'Invite someone' });
    await invite.getByRole('button', { name: 'Send invitation' }).click();
    await expect(invite.getByText('Enter a valid e-mail address')).toBeVisible();
    await expectAccessible(page, 'invite dialog with errors');
    await invite.getByRole('button', { name: 'Cancel' }).click();

    await page
      .getByRole('button', { name: /^Actions for / })
      .first()
      .click();
    await expectAccessible(page, 'person actions menu');
    await page.getByRole('menuitem', { name: 'Edit roles and placement' }).click();
    await expect(page.getByRole('dialog', { name: /^Edit / })).toBeVisible();
    await expectAccessible(page, 'edit person dialog');
    await page.keyboard.press('Escape');

    const overflow = await page.evaluate(
      () => document.documentElement.scrollWidth - document.documentElement.clientWidth,
    );
    expect(overflow).toBeLessThanOrEqual(0);
  });
}

test('a rotation term that overlaps another is refused, with the reason on its start date', async ({ page }) => {
  await signInAs(page, DEMO.admin);
  await goTo(page, 'Organisation set-up');
  await page.getByRole('tab', { name: 'Cohorts & terms' }).click();
  await page.getByRole('button', { name: 'Add a term to PGY1 2027' }).click();
  await page.getByLabel(/^Term name/).fill('Overlapping term');
  await page.getByLabel(/^Starts on/).fill('2027-02-01');
  await page.getByLabel(/^Ends on/).fill('2027-03-01');
  await page.getByRole('button', { name: 'Add term' }).click();
  await expect(page.getByLabel(/^Starts on/)).toHaveAttribute('aria-invalid', 'true');
  await expect(
    page.getByText('This start date falls within the term "Term 1" (25 January 2027 to 18 April 2027)'),
  ).toBeVisible();
  await expectAccessible(page, 'term overlap error');
});

test('a term is refused on the date that is wrong: an end that runs into the next term, or past the end of its cohort', async ({
  page,
}) => {
  await page.setViewportSize({ width: 390, height: 844 });
  await signInAs(page, DEMO.admin);
  const cohortName = `Gap cohort ${runSuffix()}`;
  const cohort = await callApi<{ id: string }>(page, 'POST', `${orgApi(page)}/cohorts`, {
    name: cohortName,
    startsOn: '2029-01-01',
    endsOn: '2029-12-31',
  });
  expect(
    (
      await callApi(page, 'POST', `${orgApi(page)}/cohorts/${cohort.json.id}/terms`, {
        name: 'Term B',
        startsOn: '2029-05-01',
        endsOn: '2029-07-31',
      })
    ).status,
  ).toBe(201);
  await goTo(page, 'Organisation set-up');
  await page.getByRole('tab', { name: 'Cohorts & terms' }).click();
  await page.getByRole('button', { name: `Add a term to ${cohortName}` }).click();
  await expect(page.getByText(`${cohortName} runs from`)).toBeVisible();
  await page.getByLabel(/^Term name/).fill('Term A');
  await page.getByLabel(/^Starts on/).fill('2029-02-01');
  await page.getByLabel(/^Ends on/).fill('2029-05-15');
  await page.getByRole('button', { name: 'Add term' }).click();
  await expect(page.getByLabel(/^Ends on/)).toHaveAttribute('aria-invalid', 'true');
  await expect(page.getByLabel(/^Starts on/)).not.toHaveAttribute('aria-invalid', 'true');
  await expect(page.getByText('This end date falls within the term "Term B"')).toBeVisible();

  await page.getByLabel(/^Starts on/).fill('2029-08-01');
  await page.getByLabel(/^Ends on/).fill('2030-03-01');
  await page.getByRole('button', { name: 'Add term' }).click();
  await expect(page.getByText(`${cohortName} ends on 31 December 2029; a term of it cannot end after`)).toBeVisible();
  await expect(page.getByLabel(/^Ends on/)).toHaveAttribute('aria-invalid', 'true');
  await expectAccessible(page, 'term outside its cohort (phone)');
});

test('an admin adds, renames and deletes a site; a site in use cannot be deleted', async ({ page }) => {
  await signInAs(page, DEMO.admin);
  await goTo(page, 'Organisation set-up');
  await page.getByRole('tab', { name: 'Sites' }).click();

  await page.getByRole('button', { name: 'Add a site' }).click();
  await page.getByLabel(/^Site name/).fill('Harbour Day Clinic');
  await page.getByRole('button', { name: 'Add site' }).click();
  await expect(page.getByRole('heading', { name: 'Harbour Day Clinic' })).toBeVisible();

  await page.getByRole('button', { name: 'Edit site Harbour Day Clinic' }).click();
  const edit = page.getByRole('dialog', { name: 'Edit site' });
  await edit.getByLabel(/^Site name/).fill('Harbour Community Clinic');
  await edit.getByRole('button', { name: 'Save site' }).click();
  await expect(page.getByRole('heading', { name: 'Harbour Community Clinic' })).toBeVisible();

  await page.getByRole('button', { name: 'Delete site Harbour Community Clinic' }).click();
  await page.getByRole('dialog', { name: 'Delete site?' }).getByRole('button', { name: 'Delete' }).click();
  await expect(page.getByRole('heading', { name: 'Harbour Community Clinic' })).toHaveCount(0);

  await page.getByRole('button', { name: 'Delete site Riverside General Hospital' }).click();
  const refuse = page.getByRole('dialog', { name: 'Delete site?' });
  await refuse.getByRole('button', { name: 'Delete' }).click();
  await expect(refuse.getByRole('alert')).toBeVisible();
  await expectAccessible(page, 'site in use');
});

test('a member fills in their profile and private details, and they are kept', async ({ page }) => {
  await signInAs(page, DEMO.member);
  await goTo(page, 'My profile');

  await page.getByRole('textbox', { name: 'Interests' }).fill('climbing');
  await page.keyboard.press('Enter');
  await page.getByRole('checkbox', { name: 'Weekday evenings' }).check();
  await page.getByRole('button', { name: 'Save profile' }).click();
  await expect(page.getByText('Profile saved')).toBeVisible();

  const privateCard = page.getByRole('region', { name: /Private to you/ });
  await expect(privateCard).toContainText('Nobody else can see these answers');
  await privateCard.getByRole('checkbox', { name: 'Parent or carer' }).check();
  await privateCard.getByRole('checkbox', { name: 'Use these when suggesting matches for me' }).check();
  await privateCard.getByRole('button', { name: 'Save private details' }).click();
  await expect(privateCard.getByText('Saved')).toBeVisible();

  await page.reload();
  await expect(page.getByText('climbing')).toBeVisible();
  await expect(page.getByRole('checkbox', { name: 'Weekday evenings' })).toBeChecked();
  await expect(page.getByRole('checkbox', { name: 'Parent or carer' })).toBeChecked();
  await expectAccessible(page, 'profile after saving');
});

test('the demo member finds their pair on Mentoring: the meeting after Term 1 counted for before Term 2 too, so next is after Term 2', async ({
  page,
}) => {
  await signInAs(page, DEMO.member);
  await mainNav(page).getByRole('link', { name: 'Mentoring' }).click();
  // The demo's own program: the mentoring story (mentoring.spec.ts) gives this member a second pair in a program of its own.
  const card = page
    .getByRole('listitem')
    .filter({ has: page.getByRole('heading', { name: /^Mentored by / }) })
    .filter({ has: page.getByText(/^Intern peer mentoring \d{4}$/) });
  await expect(card.getByText(/^Next meeting: After Term 2, by /)).toBeVisible();
  await expect(card.getByText('Overdue')).toHaveCount(0);
  await expect(card.getByText('Agreement to accept')).toHaveCount(0);
  // In the pair space, the meeting the gap's other meeting counts for is done, with nothing to log.
  await card.getByRole('link', { name: /^Open pair space with / }).click();
  const covered = page.getByRole('listitem').filter({ has: page.getByText('Before Term 2', { exact: true }) });
  await expect(covered).toContainText(/Done: your meeting on .* counts for this one too/);
  await expect(covered.getByRole('button')).toHaveCount(0);
  await expect(page.getByRole('button', { name: 'Log this meeting: After Term 2' })).toBeVisible();
});

test('a member who opens a program not open to them is told why and where to go; a group that is not there is no "Try again" dead end', async ({
  page,
  browser,
}) => {
  const coordinator = await (await browser.newContext()).newPage();
  await signInAs(coordinator, DEMO.coordinator);
  const program = await callApi<{ id: string }>(coordinator, 'POST', `${orgApi(coordinator)}/mentoring/programs`, {
    template: 'student_peer_mentoring',
    name: `Students only ${runSuffix()}`,
  });
  expect(program.status).toBe(201);
  await coordinator.context().close();

  await page.setViewportSize({ width: 390, height: 844 });
  await signInAs(page, DEMO.member);
  await page.goto(`${orgBase(page)}/mentoring/programs/${program.json.id}`);
  const why = page.getByRole('region', { name: 'This program is not open to you' });
  await expect(why).toContainText(
    'It is for mentors at the stage Medical student (clinical) and mentees at the stage Medical student (pre-clinical) or Medical student (clinical).',
  );
  await expect(why).toContainText('Your career stage is Intern (PGY1).');
  await expect(why).toContainText(/or ask .+, who runs this program\./);
  await expect(page.getByText('This did not load')).toHaveCount(0);
  await expectAccessible(page, 'a program not open to the member (phone)');
  await why.getByRole('link', { name: 'See the programs open to you' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Mentoring' })).toBeVisible();

  await page.goto(`${orgBase(page)}/groups/00000000-0000-4000-8000-000000000000`);
  const gone = page.getByRole('alert').filter({ hasText: 'Nothing to show here' });
  await expect(gone).toContainText(
    'That group was not found. It may have ended or been removed, or it is not open to you.',
  );
  await expect(page.getByRole('button', { name: 'Try again' })).toHaveCount(0);
  await expectAccessible(page, 'a group that is not there (phone)');
  await gone.getByRole('link', { name: 'Go to your home page' }).click();
  await expect(page.getByRole('heading', { level: 1, name: /^Welcome/ })).toBeVisible();
});

test('crisis resources an admin adds appear behind "Need help now?" for everyone', async ({ page, browser }) => {
  await signInAs(page, DEMO.admin);
  await goTo(page, 'Crisis resources');
  await page.getByRole('button', { name: 'Add a resource' }).click();
  const added = page.getByRole('main').getByRole('listitem').last();
  await added.getByLabel(/^Name/).fill('Riverside peer support line');
  await added.getByLabel(/^Phone/).fill('1800 555 123');
  await added.getByLabel(/^Website/).fill('not a web address');
  await page.getByRole('button', { name: 'Save crisis resources' }).click();
  await expect(added.getByLabel(/^Website/)).toHaveAttribute('aria-invalid', 'true');
  await added.getByLabel(/^Website/).fill('https://peer.riverside.example');
  await page.getByRole('button', { name: 'Save crisis resources' }).click();
  await expect(page.getByText('Everyone sees the new list now')).toBeVisible();

  const colleague = await browser.newContext();
  const colleaguePage = await colleague.newPage();
  await signInAs(colleaguePage, DEMO.coordinator);
  await colleaguePage.getByRole('button', { name: 'Need help now?' }).click();
  await expect(
    colleaguePage.getByRole('dialog').getByRole('link', { name: /Call Riverside peer support line/ }),
  ).toHaveAttribute('href', 'tel:1800555123');
  await colleague.close();
});

test('the keyboard reaches the skip link first and it moves focus to the page content', async ({ page }) => {
  await signInAs(page, DEMO.coordinator);
  // A fresh page load, as when opening Kindred from a bookmark: focus starts at the top of the page.
  await page.reload();
  await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
  await page.keyboard.press('Tab');
  await expect(page.getByRole('link', { name: 'Skip to main content' })).toBeFocused();
  await page.keyboard.press('Enter');
  await expect(page.getByRole('main')).toBeFocused();
});

test('the import page offers a sample file, and the sample passes the check', async ({ page }) => {
  await signInAs(page, DEMO.admin);
  await goTo(page, 'Import people');
  const download = page.waitForEvent('download');
  await page.getByRole('link', { name: 'Download a sample file (CSV)' }).click();
  const sample = await download;
  expect(sample.suggestedFilename()).toBe('kindred-people-sample.csv');
  await page.locator('input[type=file]').setInputFiles((await sample.path()) ?? '');
  await expect(page.getByRole('button', { name: /^Import \d+ people$/ })).toBeEnabled();
  await expect(page.getByText(/problems? to fix first/)).toHaveCount(0);
  await expectAccessible(page, 'import preview of the sample');
});

test('the sign-in page needs at most 200 KB of JavaScript, gzipped (DESIGN.md section 7)', async ({ page }) => {
  const scripts: Promise<Buffer>[] = [];
  page.on('response', (response) => {
    if (response.request().resourceType() === 'script') scripts.push(response.body());
  });
  await page.goto('/sign-in');
  await expect(page.getByRole('button', { name: 'Sign in' })).toBeEnabled();
  const gzipped = (await Promise.all(scripts)).reduce((total, body) => total + gzipSync(body).length, 0);
  expect(gzipped).toBeLessThanOrEqual(200 * 1024);
});
