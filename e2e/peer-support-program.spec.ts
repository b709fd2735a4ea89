import { readFile } from 'node:fs/promises';
import { DEMO, expect, expectAccessible, test } from './fixtures.ts';
import { calendarDate, openFromNav, orgClock, personPage, whoIs } from './peer-support-walk.ts';

// Issue 13, steps 7, 8 and 9 of the walk: the supporter's own care, the roster, and the lead's report.
const MEMBER_NAME = 'Sam Taylor';

test('a supporter sees their training, supervisor and load, takes a break and ends it, and logs supervision', async ({
  browser,
}) => {
  const supporter = await personPage(browser, DEMO.supporter);
  const clock = await orgClock(supporter);
  await openFromNav(supporter, 'Peer support', 'Peer support');
  const care = supporter.getByRole('region', { name: 'Your care' });
  await expect(care).toContainText(/You took \d+ requests? in the last 7 days; your limit is \d+\./);
  await expect(care).toContainText(/Peer responder training: psychological first aid, valid until/);
  await expect(care).toContainText(/Your supervisor is \S+ \S+\./);
  await expectAccessible(supporter, 'peer support, your care (phone)');

  // "I need a break": no questions asked, until a date; and back early.
  const breakUntil = clock.day(5);
  await care.getByRole('button', { name: 'I need a break' }).click();
  await expect(care.getByText('Choose the last day of your break')).toBeVisible();
  await care.getByLabel('Until').fill(breakUntil);
  await care.getByRole('button', { name: 'I need a break' }).click();
  await expect(care).toContainText(
    `You are on a break until ${await calendarDate(supporter, breakUntil)}. No requests or shifts come to you until then.`,
  );
  await supporter.screenshot({ path: 'test-results/peer-supporter-break-390.png', fullPage: true });
  await expectAccessible(supporter, 'your care, on a break (phone)');
  await care.getByRole('button', { name: 'End my break now' }).click();
  await expect(care.getByRole('button', { name: 'I need a break' })).toBeVisible();
  await supporter.reload();
  await expect(care.getByRole('button', { name: 'I need a break' })).toBeVisible();

  // A supervision session: when and how long, nothing said.
  const supervisor = (await care.getByText(/^Your supervisor is/).textContent())!.match(/is (.+)\.$/)![1]!;
  await expect(care.getByLabel('Held on')).toHaveValue(clock.day());
  await care.getByRole('textbox', { name: 'Minutes' }).fill('50');
  await care.getByRole('button', { name: 'Log a supervision session' }).click();
  await expect(care.getByText('Logged')).toBeVisible();
  await expect(
    care.getByRole('listitem').filter({ hasText: `${await calendarDate(supporter, clock.day())}, 50 minutes` }),
  ).toHaveText(`${await calendarDate(supporter, clock.day())}, 50 minutes with ${supervisor}`);
  await supporter.context().close();
});

test('the lead sees the coverage panel and the week of the roster, and adds a slot', async ({ browser }) => {
  const coordinator = await personPage(browser, DEMO.coordinator);
  const supporter = await personPage(browser, DEMO.supporter);
  const supporterName = (await whoIs(supporter)).name;
  await supporter.context().close();
  await openFromNav(coordinator, 'Peer support', 'Peer support');
  await coordinator.getByRole('link', { name: 'Run the program' }).click();
  await expect(coordinator.getByRole('tab', { name: 'Roster', selected: true })).toBeVisible();
  const coverage = coordinator.getByRole('region', { name: 'Coverage this week' });
  await expect(coverage.getByRole('heading', { name: /^Shifts with nobody on call \(\d+\)$/ })).toBeVisible();
  await expect(coverage.getByRole('button', { name: /^Find cover for / }).first()).toBeVisible();
  await expect(coverage.getByRole('heading', { name: /^Training expired \(\d+\)$/ })).toBeVisible();
  const week = coordinator.getByRole('region', { name: 'Weekly on-call slots' });
  for (const day of ['Monday', 'Wednesday', 'Sunday'])
    await expect(week.getByRole('region', { name: day })).toBeVisible();
  await expect(week.getByText('Nobody yet').first()).toBeVisible();
  await coordinator.screenshot({ path: 'test-results/peer-lead-roster-390.png', fullPage: true });
  await expectAccessible(coordinator, 'the lead page, roster (phone)');

  await week.getByRole('button', { name: 'Add a slot' }).click();
  const add = coordinator.getByRole('dialog', { name: 'Add an on-call slot' });
  await add.getByRole('combobox', { name: 'Day' }).selectOption({ label: 'Saturday' });
  await add.getByLabel('Starts').fill('10:00');
  await add.getByLabel('Ends').fill('14:00');
  const standing = add.getByRole('combobox', { name: 'Standing supporter' });
  await standing.selectOption((await standing.locator('option', { hasText: supporterName }).getAttribute('value'))!);
  await expectAccessible(coordinator, 'add a slot dialog (phone)');
  await add.getByRole('button', { name: 'Add slot' }).click();
  await expect(add).toBeHidden();
  await expect(
    week
      .getByRole('region', { name: 'Saturday' })
      .getByRole('button', { name: `Change Saturday 10:00 to 14:00, ${supporterName}` }),
  ).toBeVisible();
  await coordinator.reload();
  await expect(
    week
      .getByRole('region', { name: 'Saturday' })
      .getByRole('button', { name: `Change Saturday 10:00 to 14:00, ${supporterName}` }),
  ).toBeVisible();
  await coordinator.context().close();
});

test('the report: monthly figures with the small ones hidden, and a CSV that names nobody', async ({ browser }) => {
  const coordinator = await personPage(browser, DEMO.coordinator);
  await openFromNav(coordinator, 'Peer support', 'Peer support');
  await coordinator.getByRole('link', { name: 'Run the program' }).click();
  await coordinator.getByRole('tab', { name: 'Report' }).click();
  await expect(coordinator.getByRole('heading', { name: 'Month by month' })).toBeVisible();
  await expect(coordinator.getByText('fewer than 5').first()).toBeVisible();
  await expect(coordinator.getByRole('region', { name: 'Month by month, as a table' })).toContainText(
    'Median minutes to first contact',
  );
  await expect(coordinator.getByRole('main')).not.toContainText(MEMBER_NAME);
  await coordinator.screenshot({ path: 'test-results/peer-lead-report-390.png', fullPage: true });
  await expectAccessible(coordinator, 'the lead page, report (phone)');

  const [download] = await Promise.all([
    coordinator.waitForEvent('download'),
    coordinator.getByRole('link', { name: 'Download CSV' }).click(),
  ]);
  const csv = await readFile((await download.path())!, 'utf8');
  expect(csv.split('\r\n').length).toBeGreaterThan(10);
  expect(csv).toContain('fewer than 5');
  expect(csv).not.toContain(MEMBER_NAME);
  expect(csv).not.toContain('@riverside.example');
  await coordinator.context().close();
});
