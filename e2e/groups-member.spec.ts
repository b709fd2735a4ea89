import type { Browser, Page } from '@playwright/test';
import {
  callApi,
  daysAhead,
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

const suffix = runSuffix();
const FACILITATOR = DEMO.facilitator;

async function personPage(browser: Browser, viewport: { width: number; height: number }, email: string): Promise<Page> {
  const page = await (await browser.newContext({ viewport, reducedMotion: 'reduce' })).newPage();
  await signInAs(page, email);
  return page;
}

async function openPeerGroups(page: Page) {
  if ((page.viewportSize()?.width ?? 1280) < 600) await page.getByRole('button', { name: 'Open navigation' }).click();
  await mainNav(page).getByRole('link', { name: 'Peer groups' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Peer support groups' })).toBeVisible();
}

test('a member joins a group with places, says whether they will come, and leaves', async ({ page }) => {
  await page.setViewportSize(PHONE);
  await signInAs(page, DEMO.member);
  await openPeerGroups(page);
  await expect(page.getByRole('heading', { name: 'My groups' })).toBeVisible();
  await expect(page.getByRole('link', { name: 'Open group: New to Riverside' })).toBeVisible();
  const card = page.getByRole('listitem').filter({ has: page.getByRole('heading', { name: 'Paediatrics trainees' }) });
  await expect(card).toContainText('2 places left');
  await expect(card).toContainText(/Every 2 weeks on \w+days at/);
  await page.screenshot({ path: 'test-results/groups-member-360.png', fullPage: true });
  await expectAccessible(page, 'peer groups (member, phone)');

  await card.getByRole('button', { name: 'Join this group: Paediatrics trainees' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Paediatrics trainees' })).toBeVisible();
  await expect(page.getByText('You are in. Welcome!')).toBeVisible();
  await expect(page.getByText('In person: Paediatrics seminar room')).toBeVisible();

  // Yes, then no: an answer can change until the session starts.
  const yes = page.getByRole('button', { name: /^Yes, I will come:/ }).first();
  const no = page.getByRole('button', { name: /^No, I can’t come:/ }).first();
  await yes.click();
  await expect(yes).toHaveAttribute('aria-pressed', 'true');
  await no.click();
  await expect(no).toHaveAttribute('aria-pressed', 'true');
  await expect(yes).toHaveAttribute('aria-pressed', 'false');
  await page.reload();
  await expect(page.getByRole('button', { name: /^No, I can’t come:/ }).first()).toHaveAttribute(
    'aria-pressed',
    'true',
  );
  await expect(page.getByText('You said you can’t come.').first()).toBeVisible();

  const calendar = page.getByRole('link', { name: 'Add to my calendar' });
  const ics = await page.request.get((await calendar.getAttribute('href'))!);
  expect(await ics.text()).toContain('BEGIN:VCALENDAR');
  await page.screenshot({ path: 'test-results/groups-group-member-360.png', fullPage: true });
  await expectAccessible(page, 'group page (member, phone)');

  await page.getByRole('button', { name: 'Leave the group' }).click();
  const confirm = page.getByRole('dialog', { name: 'Leave the group?' });
  await expectAccessible(page, 'leave the group dialog (phone)');
  await confirm.getByRole('button', { name: 'Leave the group' }).click();
  await expect(confirm).toBeHidden();
  await expect(page.getByRole('button', { name: 'Join this group: Paediatrics trainees' })).toBeVisible();
  await expect(page.getByText('Where exactly is shown once you are in the group.')).toBeVisible();
});

test('a member joins the wait-list of a full group, sees their place, and takes the place offered when one comes free', async ({
  page,
  browser,
}) => {
  test.setTimeout(120_000);
  const PROGRAM = `After nights ${suffix}`;
  const FULL = `Small circle ${suffix}`;
  // The coordinator sets up a program of two groups; the first, of two places, is filled by the coordinator and the admin.
  const coordinator = await personPage(browser, DESKTOP, DEMO.coordinator);
  const api = orgApi(coordinator);
  const program = await callApi<{ id: string }>(coordinator, 'POST', `${api}/group-programs`, {
    template: 'new_to_the_area',
    name: PROGRAM,
  });
  expect(program.status).toBe(201);
  const group = (name: string, maxMembers: number) => ({
    name,
    maxMembers,
    firstSessionOn: daysAhead(7),
    startTime: '19:00',
    location: { kind: 'video', detail: 'https://meet.riverside.example/after-nights' },
  });
  const full = await callApi<{ id: string }>(
    coordinator,
    'POST',
    `${api}/group-programs/${program.json.id}/groups`,
    group(FULL, 2),
  );
  expect(
    (
      await callApi(
        coordinator,
        'POST',
        `${api}/group-programs/${program.json.id}/groups`,
        group(`Wide circle ${suffix}`, 6),
      )
    ).status,
  ).toBe(201);
  const admin = await personPage(browser, DESKTOP, DEMO.admin);
  for (const person of [coordinator, admin])
    expect((await callApi(person, 'POST', `${api}/groups/${full.json.id}/membership`)).status).toBe(201);
  // The facilitation page is for the group's facilitators; a coordinator reaching it is told so.
  await coordinator.goto(`${orgBase(coordinator)}/groups/${full.json.id}/facilitate`);
  await expect(
    coordinator.getByRole('heading', { level: 1, name: "This page is for the group's facilitators" }),
  ).toBeVisible();
  await coordinator.context().close();

  await page.setViewportSize(DESKTOP);
  await signInAs(page, DEMO.member);
  await openPeerGroups(page);
  const card = page.getByRole('listitem').filter({ has: page.getByRole('heading', { name: FULL }) });
  await expect(card).toContainText('Full — join the wait-list (nobody waiting yet)');

  // Not sure which group? The member can ask the coordinator to place them; the request is still there
  // after a reload, with the day they asked, and they can withdraw it.
  await page.getByRole('button', { name: `Place me in a group: ${PROGRAM}` }).click();
  // Today in the demo organisation's zone, as the browser writes a date.
  const today = await page.evaluate(() =>
    new Intl.DateTimeFormat(undefined, { dateStyle: 'medium', timeZone: 'Australia/Sydney' }).format(new Date()),
  );
  const waiting = page.getByRole('listitem').filter({ hasText: `Waiting to be placed in a ${PROGRAM} group` });
  await expect(waiting).toContainText(`You asked to be placed on ${today}; the coordinator will place you`);
  await page.reload();
  await expect(waiting).toContainText(`You asked to be placed on ${today}; the coordinator will place you`);
  await expect(page.getByRole('button', { name: `Place me in a group: ${PROGRAM}` })).toBeHidden();
  await waiting.getByRole('button', { name: `Withdraw my request to be placed: ${PROGRAM}` }).click();
  await expect(page.getByRole('button', { name: `Place me in a group: ${PROGRAM}` })).toBeVisible();
  await expect(waiting).toBeHidden();
  await page.screenshot({ path: 'test-results/groups-member-1280.png', fullPage: true });
  await expectAccessible(page, 'peer groups (member, desktop)');

  await card.getByRole('button', { name: `Join the wait-list: ${FULL}` }).click();
  await expect(page.getByRole('heading', { level: 1, name: FULL })).toBeVisible();
  await expect(page.getByText('You are first in line.')).toBeVisible();
  await page.screenshot({ path: 'test-results/groups-wait-list-1280.png', fullPage: true });
  await expectAccessible(page, 'group page on the wait-list');

  // Leaving the wait-list is asked first; joining again puts them back in line.
  await page.getByRole('button', { name: 'Leave the wait-list' }).click();
  await page
    .getByRole('dialog', { name: 'Leave the wait-list?' })
    .getByRole('button', { name: 'Leave the wait-list' })
    .click();
  await page.getByRole('button', { name: `Join the wait-list: ${FULL}` }).click();
  await expect(page.getByText('You are first in line.')).toBeVisible();

  // The admin leaves: the freed place is offered to the member, who takes it from their list of groups.
  expect((await callApi(admin, 'DELETE', `${api}/groups/${full.json.id}/membership`)).status).toBe(204);
  await admin.context().close();
  await page.getByRole('link', { name: 'Back to Peer groups' }).click();
  const mine = page.getByRole('listitem').filter({ has: page.getByRole('heading', { name: FULL }) });
  await expect(mine).toContainText('Place offered');
  await expect(mine).toContainText(/held for you until .* \(about 4\d hours from now\)/);
  await page.screenshot({ path: 'test-results/groups-offer-1280.png', fullPage: true });
  await expectAccessible(page, 'peer groups with a place offered');
  await mine.getByRole('button', { name: `Accept the place: ${FULL}` }).click();
  await expect(mine).toContainText('Member');
  await expect(mine).toContainText('Next session:');

  await mine.getByRole('link', { name: `Open group: ${FULL}` }).click();
  await expect(page.getByText('You are a member of this group')).toBeVisible();
  await page.getByRole('button', { name: 'Leave the group' }).click();
  await page.getByRole('dialog', { name: 'Leave the group?' }).getByRole('button', { name: 'Leave the group' }).click();
  await expect(page.getByRole('button', { name: `Join this group: ${FULL}` })).toBeVisible();
});

test('the facilitator edits the plan, records who came and the log of a session just held, changes a session, and records supervision', async ({
  page,
}) => {
  test.setTimeout(120_000);
  await page.setViewportSize(DESKTOP);
  await signInAs(page, FACILITATOR);
  await openPeerGroups(page);
  await expect(page.getByRole('heading', { name: 'Groups you facilitate' })).toBeVisible();
  await expect(page.getByRole('link', { name: 'Facilitate: Intensive Care trainees' })).toBeVisible();
  await page.screenshot({ path: 'test-results/groups-facilitator-1280.png', fullPage: true });
  await expectAccessible(page, 'peer groups (facilitator)');

  // The demo has every session of this group logged: the next one is moved to now, as if it had just taken place.
  const api = orgApi(page);
  const { json: facilitating } = await callApi<{ groups: { id: string; name: string }[] }>(
    page,
    'GET',
    `${api}/facilitating`,
  );
  const icu = facilitating.groups.find((g) => g.name === 'Intensive Care trainees')!;
  const { json: facilitation } = await callApi<{ sessions: { id: string; startsAt: string }[] }>(
    page,
    'GET',
    `${api}/groups/${icu.id}/facilitation`,
  );
  const next = facilitation.sessions.find((s) => Date.parse(s.startsAt) > Date.now() + 60_000)!;
  const startsAt = new Date(Date.now() + 3_000);
  expect(
    (await callApi(page, 'PATCH', `${api}/groups/${icu.id}/sessions/${next.id}`, { startsAt: startsAt.toISOString() }))
      .status,
  ).toBe(200);
  await page.waitForTimeout(Math.max(0, startsAt.getTime() - Date.now() + 500));

  await page.reload();
  await page.getByRole('link', { name: 'Facilitate: Intensive Care trainees' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Facilitate: Intensive Care trainees' })).toBeVisible();
  await expect(page.getByText('One session still needs a log')).toBeVisible();
  await page.screenshot({ path: 'test-results/groups-facilitate-1280.png', fullPage: true });
  await expectAccessible(page, 'facilitation page');

  // The plan.
  const theme = page.getByRole('textbox', { name: 'Theme' });
  await theme.fill(`Handover at the end of a long day ${suffix}`);
  await page.getByRole('button', { name: 'Save the plan' }).click();
  await expect(page.getByText('Plan saved')).toBeVisible();

  // Who came to the session just held: they are invited to its survey.
  const held = page.getByRole('region', { name: 'Sessions held' }).getByRole('listitem').first();
  await expect(held).toContainText('Log needed');
  await held.getByRole('button', { name: /^Who came:/ }).click();
  const register = page.getByRole('dialog', { name: /^Who came on/ });
  await register.getByRole('checkbox').nth(0).check();
  await register.getByRole('checkbox').nth(1).check();
  await expectAccessible(page, 'who came dialog');
  await register.getByRole('button', { name: 'Save who came' }).click();
  await expect(register).toBeHidden();
  await expect(held).toContainText('2 marked present');

  // The log: numbers, themes from the list, yes or no; nothing else is asked.
  await held.getByRole('button', { name: /^Log this session:/ }).click();
  const log = page.getByRole('dialog', { name: /^Log the session of/ });
  await expect(log.getByText('No names and no free text')).toBeVisible();
  await log.getByRole('button', { name: 'Save the log' }).click();
  await expect(log.getByText('Choose yes or no').first()).toBeVisible();
  await expect(log.getByRole('textbox')).toHaveCount(1);
  await log.getByRole('textbox', { name: 'How many came' }).fill('2');
  await log.getByRole('checkbox', { name: 'Exams and training' }).check();
  await log.getByRole('checkbox', { name: 'Self-care and sleep' }).check();
  await log
    .getByRole('radiogroup', { name: 'Did you signpost anyone to further help?' })
    .getByRole('radio', { name: 'Yes' })
    .check();
  await log.getByRole('radiogroup', { name: 'Was an escalation needed?' }).getByRole('radio', { name: 'No' }).check();
  await expectAccessible(page, 'session log dialog');
  await log.getByRole('button', { name: 'Save the log' }).click();
  await expect(log).toBeHidden();
  await expect(held).toContainText('Logged');
  await expect(held).toContainText('2 came · signposting given · escalation not needed');
  await expect(page.getByText('One session still needs a log')).toBeHidden();

  // A coming session moves to another link; members get the updated invite.
  const coming = page.getByRole('region', { name: 'Coming sessions' }).getByRole('listitem').first();
  await coming.getByRole('button', { name: /^Change this session:/ }).click();
  const change = page.getByRole('dialog', { name: /^Change the session of/ });
  await change.getByRole('textbox', { name: 'Video link' }).fill('https://meet.riverside.example/icu-this-week');
  await expectAccessible(page, 'change a session dialog');
  await change.getByRole('button', { name: 'Save the change' }).click();
  await expect(change).toBeHidden();
  await expect(coming).toContainText('https://meet.riverside.example/icu-this-week');

  // Supervision after the session.
  const supervision = page.getByRole('region', { name: 'Supervision' });
  await supervision.getByRole('combobox', { name: 'Supervisor' }).selectOption({ index: 1 });
  await supervision.getByRole('combobox', { name: /^After the session of/ }).selectOption({ index: 1 });
  await supervision.getByRole('button', { name: 'Record supervision' }).click();
  await expect(supervision.getByText('Supervision recorded')).toBeVisible();
  await expect(supervision.getByText('Supervision is up to date for this group.')).toBeVisible();

  await page.reload();
  await expect(page.getByRole('textbox', { name: 'Theme' })).toHaveValue(`Handover at the end of a long day ${suffix}`);
  await page.setViewportSize(PHONE);
  await page.screenshot({ path: 'test-results/groups-facilitate-360.png', fullPage: true });
  await expectAccessible(page, 'facilitation page (phone)');
  await page
    .getByRole('region', { name: 'Sessions held' })
    .getByRole('button', { name: /^Change the log:/ })
    .first()
    .click();
  await expect(
    page.getByRole('dialog', { name: /^Log the session of/ }).getByRole('textbox', { name: 'How many came' }),
  ).toHaveValue('2');
  await page.screenshot({ path: 'test-results/groups-session-log-360.png' });
  await expectAccessible(page, 'session log dialog (phone)');
});

test('a member who came answers the anonymous survey once; a second try is told it is already answered', async ({
  page,
  browser,
}) => {
  await page.setViewportSize(PHONE);
  await signInAs(page, DEMO.member);
  await openPeerGroups(page);
  await page.getByRole('link', { name: /^Answer the survey: New to Riverside/ }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'How was New to Riverside?' })).toBeVisible();
  await expect(page.getByText('Your answers are anonymous')).toBeVisible();
  await expect(page.getByText('Results are shown only once at least 5 people have answered.')).toBeVisible();
  // Nothing on it names anyone.
  await expect(page.getByRole('main')).not.toContainText('Sam Taylor');
  const url = page.url();

  // The same survey open in a second tab, as from the e-mail link.
  const second = await personPage(browser, DESKTOP, DEMO.member);
  await second.goto(url);
  await expect(second.getByRole('button', { name: 'Send my answers' })).toBeVisible();
  await expectAccessible(second, 'survey (desktop)');

  await page.getByRole('button', { name: 'Send my answers' }).click();
  await expect(page.getByText('Choose how helpful it was')).toBeVisible();
  await page.screenshot({ path: 'test-results/groups-survey-360.png', fullPage: true });
  await expectAccessible(page, 'survey with missing answers (phone)');
  const answer = async (p: Page) => {
    await p.getByRole('radiogroup', { name: 'Was the session helpful?' }).getByRole('radio', { name: '4' }).check();
    await p.getByRole('radiogroup', { name: 'Do you feel less alone?' }).getByRole('radio', { name: '5' }).check();
    await p
      .getByRole('radiogroup', { name: 'Do you feel more able to cope?' })
      .getByRole('radio', { name: '4' })
      .check();
    await p.getByRole('textbox', { name: 'What would you change?' }).fill('A little more time for check-out.');
    await p.getByRole('button', { name: 'Send my answers' }).click();
  };
  await answer(page);
  await expect(page.getByRole('status').filter({ hasText: 'Thank you' })).toBeVisible();
  await expectAccessible(page, 'survey answered (phone)');

  await answer(second);
  await expect(second.getByText('You have already answered this survey')).toBeVisible();
  await second.context().close();

  // Back on the groups page, the survey is no longer waiting; its link now says so.
  await page.getByRole('link', { name: 'Back to Peer groups' }).click();
  await expect(page.getByRole('heading', { name: 'My groups' })).toBeVisible();
  await expect(page.getByRole('link', { name: /^Answer the survey: New to Riverside/ })).toBeHidden();
  await page.setViewportSize(DESKTOP);
  await page.goto(url);
  await expect(page.getByText('This survey is not waiting for you')).toBeVisible();
  await expectAccessible(page, 'survey already answered (desktop)');
});
