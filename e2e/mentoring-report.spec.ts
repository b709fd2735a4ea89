import type { Page } from '@playwright/test';
import {
  callApi,
  DEMO,
  DESKTOP,
  expect,
  expectAccessible,
  mainNav,
  orgApi,
  orgBase,
  PHONE,
  runSuffix,
  signInAs,
  test,
} from './fixtures.ts';

/** The demo's running program is named after the year its interns started: the lower of the two years on offer. */
async function openDemoProgram(page: Page): Promise<{ name: string; nextName: string }> {
  await mainNav(page).getByRole('link', { name: 'Mentoring' }).click();
  const manage = page.getByRole('link', { name: /^Manage: Intern peer mentoring \d{4}$/ });
  await expect(manage.first()).toBeVisible();
  const years = await manage.evaluateAll((links) =>
    links.map((link) => Number(/(\d{4})$/.exec(link.getAttribute('aria-label') ?? '')?.[1])),
  );
  const year = Math.min(...years);
  await page.getByRole('link', { name: `Manage: Intern peer mentoring ${year}`, exact: true }).click();
  return { name: `Intern peer mentoring ${year}`, nextName: `Intern peer mentoring ${year + 1}` };
}

for (const viewport of [DESKTOP, PHONE]) {
  test(`the coordinator reads the program report with charts and mid-point feedback at ${viewport.width} px`, async ({
    page,
  }) => {
    await page.setViewportSize(viewport);
    await signInAs(page, DEMO.coordinator);
    if (viewport === PHONE) await page.getByRole('button', { name: 'Open navigation' }).click();
    const { name } = await openDemoProgram(page);
    await expect(page.getByRole('heading', { level: 1, name })).toBeVisible();
    // The glance gives the latest feedback with enough answers to show.
    await expect(page.getByRole('group', { name: 'Feedback', exact: true })).toContainText(
      /\d(\.\d)? \/ 5how useful, mid-point, \d+ answers/,
    );
    await page.getByRole('tab', { name: 'Report' }).click();

    await expect(page.getByRole('heading', { name: 'Participation' })).toBeVisible();
    await expect(page.getByRole('group', { name: 'Meetings held' })).toBeVisible();
    await expect(page.getByRole('img', { name: /^Bar chart\. .*Exams/ })).toBeVisible();
    await expect(page.getByRole('region', { name: 'Meetings by topic, as a table' })).toBeVisible();

    const feedback = page.getByRole('region', { name: 'Feedback by round, as a table' });
    const midpoint = feedback.getByRole('row', { name: /^Mid-point/ });
    // 20 mid-point answers released in the seed, 2 held (25 once 3 more people, the demo member among them, answer).
    await expect(midpoint.getByRole('cell').first()).toHaveText(/^(2\d)$/);
    await expect(midpoint.getByRole('cell').nth(3)).toHaveText(/^\d+%$/);
    // Nobody has answered the end-of-program round: a small number is never shown.
    await expect(
      feedback
        .getByRole('row', { name: /^End of program/ })
        .getByRole('cell')
        .first(),
    ).toHaveText('fewer than 5');
    await expect(page.getByRole('img', { name: /^Bar chart\. How useful.*Mid-point \d(\.\d)?,/ })).toBeVisible();
    await expect(
      page.getByRole('button', { name: 'Remind people who have not answered the mid-point feedback' }),
    ).toBeVisible();
    await page.screenshot({ path: `test-results/report-${viewport.width}.png`, fullPage: true });
    await expectAccessible(page, `program report at ${viewport.width} px`);
  });
}

test('a reminder goes to the people who have not answered the mid-point feedback', async ({ page }) => {
  await page.setViewportSize(DESKTOP);
  await signInAs(page, DEMO.coordinator);
  await openDemoProgram(page);
  await page.getByRole('tab', { name: 'Report' }).click();
  await page.getByRole('button', { name: 'Remind people who have not answered the mid-point feedback' }).click();
  await expect(
    page.getByRole('status').filter({ hasText: /Reminder sent to \d+|Everyone in a pair has already answered/ }),
  ).toBeVisible();
});

test('a program nobody has answered yet shows "fewer than 5", never a number', async ({ page }) => {
  await page.setViewportSize(DESKTOP);
  await signInAs(page, DEMO.coordinator);
  const { nextName } = await openDemoProgram(page);
  await mainNav(page).getByRole('link', { name: 'Mentoring' }).click();
  await page.getByRole('link', { name: `Manage: ${nextName}`, exact: true }).click();
  await expect(page.getByRole('group', { name: 'Feedback', exact: true })).toContainText('fewer than 5');
  await page.getByRole('tab', { name: 'Report' }).click();
  const feedback = page.getByRole('region', { name: 'Feedback by round, as a table' });
  for (const round of [/^Mid-point/, /^End of program/]) {
    const cells = feedback.getByRole('row', { name: round }).getByRole('cell');
    await expect(cells).toHaveText(['fewer than 5', 'fewer than 5', 'fewer than 5', 'fewer than 5']);
  }
  await expect(page.getByText('Comments are shown once at least five people have answered.').first()).toBeVisible();
  await expectAccessible(page, 'report with small numbers');
});

for (const viewport of [PHONE, DESKTOP]) {
  test(`the member opens the mid-point feedback at ${viewport.width} px and answers it once`, async ({ page }) => {
    await page.setViewportSize(viewport);
    await signInAs(page, DEMO.member);
    const base = new URL(page.url()).pathname.match(/^\/o\/[0-9a-f-]{36}/)![0];
    const { pairs } = (await page.evaluate(
      async (orgPath) => (await fetch(`/api${orgPath.replace(/^\/o/, '/orgs')}/mentoring/pairs`)).json(),
      base,
    )) as { pairs: { program: { id: string; name: string } }[] };
    const program = pairs.map((p) => p.program).find((p) => /^Intern peer mentoring \d{4}$/.test(p.name))!;
    const status = (await page.evaluate(
      async (url) => (await fetch(url)).json(),
      `/api${base.replace(/^\/o/, '/orgs')}/mentoring/programs/${program.id}/feedback`,
    )) as {
      rounds: { round: string; open: boolean; answered: boolean }[];
    };
    const midpoint = status.rounds.find((r) => r.round === 'midpoint')!;
    expect(midpoint.open).toBe(true);

    if (midpoint.answered) {
      await page.goto(`${base}/mentoring/programs/${program.id}/feedback/midpoint`);
    } else {
      // The open round is offered on the mentoring page, where a member lands from the menu.
      await page.goto(`${base}/mentoring`);
      await page.getByRole('link', { name: 'Give mid-point feedback' }).click();
      await expect(page).toHaveURL(`${base}/mentoring/programs/${program.id}/feedback/midpoint`);
    }
    await expect(page.getByRole('heading', { level: 1, name: 'Mid-point feedback' })).toBeVisible();
    if (midpoint.answered) {
      await expect(page.getByRole('status').filter({ hasText: 'You have already answered' })).toBeVisible();
    } else {
      await expect(
        page.getByText(/not linked to your name, and results are only shown once at least five people have answered/),
      ).toBeVisible();
      await expectAccessible(page, `feedback form at ${viewport.width} px`);
      // The 1–5 scale stays on one line, even on a phone.
      const tops = await page
        .getByRole('radiogroup', { name: /How useful/ })
        .getByRole('radio')
        .evaluateAll((radios) => radios.map((r) => Math.round(r.getBoundingClientRect().top)));
      expect(tops).toHaveLength(5);
      expect(new Set(tops).size).toBe(1);
      await page.getByRole('button', { name: 'Send feedback' }).click();
      await expect(page.getByText('Choose how useful mentoring has been')).toBeVisible();
      await page
        .getByRole('radiogroup', { name: /How useful/ })
        .getByRole('radio', { name: '4' })
        .check();
      await page
        .getByRole('radiogroup', { name: /met as planned/ })
        .getByRole('radio', { name: '3' })
        .check();
      await page
        .getByRole('radiogroup', { name: /recommend/ })
        .getByRole('radio', { name: 'Yes' })
        .check();
      await page.getByLabel('What would you change?').fill('More time to meet on nights.');
      await page.screenshot({ path: `test-results/feedback-form-${viewport.width}.png`, fullPage: true });
      await page.getByRole('button', { name: 'Send feedback' }).click();
      await expect(page.getByRole('status').filter({ hasText: 'Thank you' })).toBeVisible();
    }
    await expectAccessible(page, `feedback page at ${viewport.width} px`);
    await page.reload();
    await expect(page.getByRole('status').filter({ hasText: 'You have already answered' })).toBeVisible();
    await page.screenshot({ path: `test-results/feedback-answered-${viewport.width}.png`, fullPage: true });

    // The end-of-program round is not open yet.
    await page.goto(`${base}/mentoring/programs/${program.id}/feedback/end`);
    await expect(page.getByRole('status').filter({ hasText: 'Not open yet' })).toBeVisible();
    await expectAccessible(page, `feedback not yet open at ${viewport.width} px`);
  });
}

test("the demo's running program links to next year's; an ended program without one sets it up once, and lands on its manage page", async ({
  page,
}) => {
  await page.setViewportSize(DESKTOP);
  await signInAs(page, DEMO.coordinator);
  const { nextName } = await openDemoProgram(page);
  // The demo already has next year's program: a link to it, and no way to make a second.
  await expect(page.getByRole('button', { name: "Set up next year's program" })).toBeHidden();
  await page.getByRole('link', { name: "Next year's program" }).click();
  await expect(page.getByRole('heading', { level: 1, name: nextName })).toBeVisible();

  // An ended program of its own (set up through the API) has none yet.
  const suffix = runSuffix();
  const api = orgApi(page);
  const day = (offset: number) => new Date(Date.now() + offset * 86_400_000).toISOString().slice(0, 10);
  const created = await callApi<{ id: string } & Record<string, unknown>>(page, 'POST', `${api}/mentoring/programs`, {
    template: 'intern_peer_mentoring',
  });
  const { id, template: _t, phase: _p, publishedAt: _pub, nextProgramId: _n, ...settings } = created.json;
  const ended = {
    ...settings,
    name: `Ended intake 2025 ${suffix}`,
    applicationsOpenOn: day(-400),
    applicationsCloseOn: day(-390),
    matchPublishOn: day(-385),
    endsOn: day(-20),
  };
  expect((await callApi(page, 'PUT', `${api}/mentoring/programs/${id}`, ended)).status).toBe(200);
  await page.goto(`${orgBase(page)}/mentoring/programs/${id}/manage`);
  const from = page.url();
  await page.getByRole('button', { name: "Set up next year's program" }).click();
  const dialog = page.getByRole('dialog', { name: "Set up next year's program?" });
  await expect(dialog.getByRole('checkbox', { name: "Invite this year's mentees to mentor" })).toBeChecked();
  await expectAccessible(page, 'next year dialog');
  // A double click sets it up once and lands on it, whichever click the server answered first.
  await dialog.getByRole('button', { name: "Set up next year's program" }).dblclick();
  await expect(page).not.toHaveURL(from);
  await expect(page).toHaveURL(/\/mentoring\/programs\/[0-9a-f-]{36}\/manage$/);
  await expect(page.getByRole('heading', { level: 1, name: `Ended intake 2026 ${suffix}` })).toBeVisible();
  await expect(page.getByRole('dialog')).toHaveCount(0);
  const { programs } = (
    await callApi<{ programs: { id: string; name: string }[] }>(page, 'GET', `${api}/mentoring/programs`)
  ).json;
  const landedOn = /programs\/([0-9a-f-]{36})\/manage$/.exec(page.url())![1];
  expect(programs.filter((p) => p.name === `Ended intake 2026 ${suffix}`).map((p) => p.id)).toEqual([landedOn]);
  // Back on the ended program, the button has become the link.
  await page.goBack();
  await expect(page.getByRole('link', { name: "Next year's program" })).toBeVisible();
  await expect(page.getByRole('button', { name: "Set up next year's program" })).toBeHidden();
});

test('unsaved settings survive a look at another tab', async ({ page }) => {
  await page.setViewportSize(DESKTOP);
  await signInAs(page, DEMO.coordinator);
  const { name } = await openDemoProgram(page);
  const programName = page.getByRole('textbox', { name: 'Name', exact: true });
  await expect(programName).toHaveValue(name);
  await programName.fill(`${name} (draft)`);
  await page.getByRole('tab', { name: 'Report' }).click();
  await expect(page.getByRole('heading', { name: 'Participation' })).toBeVisible();
  await page.getByRole('tab', { name: 'Settings' }).click();
  await expect(programName).toHaveValue(`${name} (draft)`);
  await expectAccessible(page, 'settings tab after a look at the report');
});
