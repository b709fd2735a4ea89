import fs from 'node:fs/promises';
import type { Page } from '@playwright/test';
import {
  daysAhead,
  DEMO,
  DESKTOP,
  expect,
  expectAccessible,
  mainNav,
  PHONE,
  runSuffix,
  signInAs,
  test,
} from './fixtures.ts';

const suffix = runSuffix();
const PROGRAM = `Students on placement ${suffix}`;
const GROUP = `Year 5 at Riverside ${suffix}`;

async function openPeerGroups(page: Page, viewport: { width: number }) {
  if (viewport.width < 600) await page.getByRole('button', { name: 'Open navigation' }).click();
  await mainNav(page).getByRole('link', { name: 'Peer groups' }).click();
  await expect(page.getByRole('heading', { name: 'Group programs you run' })).toBeVisible();
}

async function manageDemoProgram(page: Page, viewport: { width: number }) {
  await openPeerGroups(page, viewport);
  await page.getByRole('link', { name: 'Manage: Department peer support', exact: true }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Department peer support' })).toBeVisible();
}

test('a coordinator starts a group program from a template, adds a group with a facilitator, and sees it listed', async ({
  page,
}) => {
  await page.setViewportSize(DESKTOP);
  await signInAs(page, DEMO.coordinator);
  await openPeerGroups(page, DESKTOP);
  await expect(page.getByRole('link', { name: 'Manage: Department peer support', exact: true })).toBeVisible();

  await page.getByRole('button', { name: 'New group program' }).click();
  const create = page.getByRole('dialog', { name: 'New group program' });
  await expect(create.getByRole('radio', { name: 'Returning to work after a break' })).toBeVisible();
  await expectAccessible(page, 'new group program dialog');
  await create.getByRole('button', { name: 'Create group program' }).click();
  await expect(create.getByText('Choose a template')).toBeVisible();
  await create.getByRole('radio', { name: 'Students on placement' }).check();
  await create.getByLabel('Name').fill(PROGRAM);
  await create.getByRole('button', { name: 'Create group program' }).click();
  await expect(page).toHaveURL(/\/groups\/programs\/[0-9a-f-]{36}\/manage$/);
  await expect(page.getByRole('heading', { level: 1, name: PROGRAM })).toBeVisible();
  await expect(page.getByText('No groups yet.')).toBeVisible();

  await page.getByRole('button', { name: 'New group' }).click();
  const form = page.getByRole('dialog', { name: 'New group' });
  await expect(form.getByRole('textbox', { name: 'Most members' })).toHaveValue('6');
  await expect(form.getByRole('textbox', { name: 'Most facilitators' })).toHaveValue('2');
  await expect(form.getByRole('textbox', { name: 'Every how many days' })).toHaveValue('14');
  await expect(form.getByRole('textbox', { name: 'Length of a session (minutes)' })).toHaveValue('45');
  await form.getByRole('textbox', { name: 'Name' }).fill(GROUP);
  await form.getByLabel('Description').fill('Medical students on placement: Thursday evenings by video.');
  await form.getByLabel('First session').fill(daysAhead(10));
  await form.getByLabel('Start time').fill('17:30');
  await form.getByRole('textbox', { name: 'Video link' }).fill('meet.riverside.example/year-5');
  await form.getByRole('button', { name: 'Create group' }).click();
  // A bad value is named on its field, and the keyboard is put there.
  await expect(form.getByText('A video link starts with https://')).toBeVisible();
  await expect(form.getByRole('textbox', { name: 'Video link' })).toHaveAttribute('aria-invalid', 'true');
  await expect(form.getByRole('textbox', { name: 'Video link' })).toBeFocused();
  await page.screenshot({ path: 'test-results/groups-new-group-error-1280.png', fullPage: true });
  await expectAccessible(page, 'new group form with an error');
  await form.getByRole('textbox', { name: 'Video link' }).fill('https://meet.riverside.example/year-5');

  await form.getByRole('textbox', { name: 'Facilitators', exact: true }).click();
  const first = page.getByRole('option').first();
  const facilitator = (await first.textContent())!.trim();
  await first.click();
  // Open to Psychiatry only, which keeps it out of the demo member's list of groups to join.
  await form.getByRole('textbox', { name: 'Departments', exact: true }).click();
  await page.getByRole('option', { name: 'Psychiatry' }).click();
  await page.keyboard.press('Tab');
  await form.getByRole('button', { name: 'Create group' }).click();
  await expect(form).toBeHidden();
  await expect(page.getByRole('status').filter({ hasText: `${GROUP} is ready` })).toBeVisible();

  const row = page.getByRole('region', { name: 'Groups' }).getByRole('row', { name: new RegExp(GROUP) });
  await expect(row).toContainText('0 of 6');
  await expect(row).toContainText(facilitator);
  await expect(row).toContainText('Every two weeks, 45 minutes, by video');
  await page.screenshot({ path: 'test-results/groups-program-created-1280.png', fullPage: true });
  await expectAccessible(page, 'new group program with its group');

  // Editing shows what was saved, facilitator included.
  await row.getByRole('button', { name: `Edit: ${GROUP}` }).click();
  const edit = page.getByRole('dialog', { name: `Edit: ${GROUP}` });
  await expect(edit.getByRole('textbox', { name: 'Video link' })).toHaveValue('https://meet.riverside.example/year-5');
  await expect(edit.getByText(facilitator)).toBeVisible();
  await expect(edit.getByText('Psychiatry')).toBeVisible();
  await edit.getByRole('button', { name: 'Cancel' }).click();

  // The new program is listed on the peer groups page.
  await page.getByRole('link', { name: 'All peer groups' }).click();
  await expect(page.getByRole('link', { name: `Manage: ${PROGRAM}` })).toBeVisible();
  await page.screenshot({ path: 'test-results/groups-page-1280.png', fullPage: true });
});

test('a refusal from the server is shown on the field it is about', async ({ page }) => {
  await page.setViewportSize(DESKTOP);
  await signInAs(page, DEMO.coordinator);
  await manageDemoProgram(page, DESKTOP);
  // Intensive Care is full (6 of 6): its maximum cannot go below the places taken.
  await page.getByRole('button', { name: 'Edit: Intensive Care trainees' }).click();
  const edit = page.getByRole('dialog', { name: 'Edit: Intensive Care trainees' });
  await edit.getByRole('textbox', { name: 'Most members' }).fill('5');
  await edit.getByRole('button', { name: 'Save changes' }).click();
  await expect(edit.getByText('6 places are taken; the maximum cannot go below that')).toBeVisible();
  await expect(edit.getByRole('textbox', { name: 'Most members' })).toHaveAttribute('aria-invalid', 'true');
  await edit.getByRole('button', { name: 'Cancel' }).click();
  await expect(
    page.getByRole('region', { name: 'Groups' }).getByRole('row', { name: /Intensive Care trainees/ }),
  ).toContainText('6 of 6');
});

for (const viewport of [DESKTOP, PHONE]) {
  test(`the report shows attendance, survey results and supervision, hiding small numbers, at ${viewport.width} px`, async ({
    page,
  }) => {
    await page.setViewportSize(viewport);
    await signInAs(page, DEMO.coordinator);
    await openPeerGroups(page, viewport);
    await expect(page.getByRole('link', { name: 'Manage: Department peer support', exact: true })).toBeVisible();
    await expectAccessible(page, `peer groups page at ${viewport.width} px`);
    await page.getByRole('link', { name: 'Manage: Department peer support', exact: true }).click();
    await expect(page.getByRole('heading', { level: 1, name: 'Department peer support' })).toBeVisible();
    await page.screenshot({ path: `test-results/groups-manage-${viewport.width}.png`, fullPage: true });
    await expectAccessible(page, `group program groups tab at ${viewport.width} px`);

    await page.getByRole('tab', { name: 'Report' }).click();
    await expect(page.getByRole('group', { name: 'Sessions held' })).toContainText(/\d+/);
    await expect(
      page
        .getByRole('figure', { name: 'Intensive Care trainees' })
        .getByRole('img', { name: /^Bar chart\. .*\d came/ }),
    ).toBeVisible();
    await expect(
      page
        .getByRole('figure', { name: 'Helpful (mean, out of 5)' })
        .getByRole('img', { name: /Intensive Care trainees \d(\.\d)?, .*Paediatrics trainees fewer than 5 responses/ }),
    ).toBeVisible();

    const survey = page.getByRole('region', { name: 'Survey results by group, as a table' });
    // The seed gives the Paediatrics group 3 answers: every figure of it is hidden, never a number.
    await expect(survey.getByRole('row', { name: /^Paediatrics trainees/ }).getByRole('cell')).toHaveText(
      Array(4).fill('fewer than 5 responses'),
    );
    await expect(
      survey
        .getByRole('row', { name: /^Intensive Care trainees/ })
        .getByRole('cell')
        .first(),
    ).toHaveText(/^\d+$/);
    await expect(
      survey
        .getByRole('row', { name: /^Intensive Care trainees/ })
        .getByRole('cell')
        .nth(1),
    ).toHaveText(/^\d(\.\d)?$/);
    await expect(
      survey
        .getByRole('row', { name: /^All groups/ })
        .getByRole('cell')
        .first(),
    ).toHaveText(/^\d+$/);

    await expect(
      page
        .getByRole('region', { name: 'Attendance and places, as a table' })
        .getByRole('row', { name: /^Intensive Care trainees/ }),
    ).toContainText('6 of 6');
    // Emergency Medicine's facilitators last met a supervisor long ago.
    await expect(page.getByRole('heading', { name: 'Facilitator supervision' })).toBeVisible();
    await expect(page.getByRole('group', { name: 'Emergency Medicine trainees' })).toBeVisible();
    await page.screenshot({ path: `test-results/groups-report-${viewport.width}.png`, fullPage: true });
    await expectAccessible(page, `group program report at ${viewport.width} px`);

    await page.getByRole('tab', { name: 'Allocation' }).click();
    await expect(page.getByRole('heading', { name: 'Waiting to be placed' })).toBeVisible();
    await expectAccessible(page, `group allocation at ${viewport.width} px`);
    await page.getByRole('tab', { name: 'Settings' }).click();
    await expect(page.getByRole('textbox', { name: 'Name' })).toHaveValue('Department peer support');
    await expectAccessible(page, `group program settings at ${viewport.width} px`);

    await page.getByRole('tab', { name: 'Groups' }).click();
    await page.getByRole('button', { name: 'New group' }).click();
    await expect(page.getByRole('dialog', { name: 'New group' })).toBeVisible();
    await page.screenshot({ path: `test-results/groups-new-group-${viewport.width}.png`, fullPage: true });
    await expectAccessible(page, `new group form at ${viewport.width} px`);
  });
}

test('the report downloads as CSV, with the same suppression', async ({ page }) => {
  await page.setViewportSize(DESKTOP);
  await signInAs(page, DEMO.coordinator);
  await manageDemoProgram(page, DESKTOP);
  await page.getByRole('tab', { name: 'Report' }).click();
  // The page says what it names and why (kept by sessions.test.ts: no member in the report or the download).
  await expect(
    page.getByText('Members are never named: attendance is a head count and survey answers are anonymous.'),
  ).toBeVisible();
  await expect(page.getByText('No one is named')).toHaveCount(0);
  const [download] = await Promise.all([
    page.waitForEvent('download'),
    page.getByRole('link', { name: 'Download CSV' }).click(),
  ]);
  expect(download.suggestedFilename()).toBe('peer-support-groups.csv');
  const csv = await fs.readFile((await download.path())!, 'utf8');
  const lines = csv.trim().split(/\r\n/);
  expect(lines[0]).toMatch(/^group,members,max members,wait-list/);
  const paediatrics = lines.find((l) => l.startsWith('Paediatrics trainees,'))!.split(',');
  expect(paediatrics.slice(-4)).toEqual(Array(4).fill('fewer than 5 responses'));
  expect(
    lines
      .find((l) => l.startsWith('Intensive Care trainees,'))!
      .split(',')
      .at(-4),
  ).toMatch(/^\d+$/);
});

test('the coordinator previews the places the engine would give a member who asked for a group', async ({
  page,
  browser,
}) => {
  await page.setViewportSize(DESKTOP);
  const member = await (await browser.newContext({ reducedMotion: 'reduce' })).newPage();
  await signInAs(member, DEMO.member);
  await signInAs(page, DEMO.coordinator);
  await openPeerGroups(page, DESKTOP);
  await page.getByRole('link', { name: 'Manage: Returning to work after a break', exact: true }).click();
  await expect(page).toHaveURL(/\/manage$/);
  const programUrl = `/api${new URL(page.url()).pathname
    .replace(/^\/o/, '/orgs')
    .replace('/groups/programs/', '/group-programs/')
    .replace(/\/manage$/, '')}`;

  // The member asks for a place through the API (their page is another engineer's work); it is withdrawn at the end.
  const interest = async (method: 'PUT' | 'DELETE') =>
    member.evaluate(
      async ({ url, method }) => {
        const { token } = (await (await fetch('/api/auth/csrf')).json()) as { token: string };
        const body = method === 'PUT' ? JSON.stringify({ preferredGroupIds: [] }) : undefined;
        const headers: Record<string, string> = {
          'x-csrf-token': token,
          ...(body ? { 'content-type': 'application/json' } : {}),
        };
        return (await fetch(`${url}/interest`, { method, headers, body })).status;
      },
      { url: programUrl, method },
    );
  expect(await interest('PUT')).toBe(200);
  try {
    await page.getByRole('tab', { name: 'Allocation' }).click();
    const waiting = page.getByRole('region', { name: 'People waiting to be placed' });
    await expect(waiting.getByRole('row')).toHaveCount(2);
    const name = (await waiting.getByRole('row').nth(1).getByRole('rowheader').textContent())!.trim();
    await page.getByRole('button', { name: 'Preview allocation' }).click();
    await expect(page.getByRole('heading', { name: 'Proposed places' })).toBeVisible();
    await expect(
      page.getByRole('region', { name: /^(Proposed places|Not placed)$/ }).getByRole('rowheader', { name }),
    ).toBeVisible();
    await page.screenshot({ path: 'test-results/groups-allocation-1280.png', fullPage: true });
    await expectAccessible(page, 'allocation preview');
  } finally {
    expect(await interest('DELETE')).toBe(204);
    await member.context().close();
  }
});
