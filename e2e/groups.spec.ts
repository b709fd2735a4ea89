import type { Browser, Page } from '@playwright/test';
import pg from 'pg';
import {
  callApi,
  daysAhead,
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

/** A run of its own: names nobody else uses, so the story can run again on the same server. */
const suffix = runSuffix();
const PROGRAM = `Back after leave ${suffix}`;
const GROUP = `Thursday circle ${suffix}`;
const PASSWORD = 'a long password for the group story';
const MEMBERS = ['Ava', 'Ben', 'Chloe', 'Dev', 'Eli', 'Fern', 'Gus'].map((first) => ({
  name: `${first} Okafor-${suffix}`,
  email: `${first.toLowerCase()}.${suffix}@riverside.example`,
}));
/** The answers of the five who came: helpful 4.4, less alone 4, more able to cope 4 on average. */
const ANSWERS = [
  { helpful: 5, lessAlone: 4, ableToCope: 4, change: `More time for the check-in ${suffix}` },
  { helpful: 4, lessAlone: 5, ableToCope: 4, change: '' },
  { helpful: 4, lessAlone: 3, ableToCope: 4, change: '' },
  { helpful: 5, lessAlone: 4, ableToCope: 4, change: '' },
  { helpful: 4, lessAlone: 4, ableToCope: 4, change: '' },
];

/** The database of the server playwright.config.ts starts for this port. */
const PORT = Number(process.env.E2E_PORT ?? 3210);
const DATABASE_URL = `postgres://kindred:kindred-local@127.0.0.1:${54339 + PORT - 3210}/kindred`;

/** Another person's browser; like the fixture's page, a console error there fails the test. */
async function personPage(browser: Browser, errors: string[]): Promise<Page> {
  const page = await (
    await browser.newContext({ viewport: { width: 1280, height: 900 }, reducedMotion: 'reduce' })
  ).newPage();
  page.on('console', (message) => {
    if (
      message.type() === 'error' &&
      !/Failed to load resource: the server responded with a status of 4\d\d/.test(message.text())
    )
      errors.push(message.text());
  });
  page.on('pageerror', (error) => errors.push(error.message));
  return page;
}

/** The admin invites the members; each accepts the caught e-mail's invitation in their own browser, and is signed in there. */
async function membersJoinKindred(browser: Browser, errors: string[]): Promise<Page[]> {
  const admin = await personPage(browser, errors);
  await signInAs(admin, DEMO.admin);
  for (const person of MEMBERS)
    expect((await callApi(admin, 'POST', `${orgApi(admin)}/invitations`, person)).status).toBe(201);
  const tokens = new Map<string, string>();
  await expect
    .poll(
      async () => {
        const { json } = await callApi<{ mail: { to: string; text: string }[] }>(admin, 'GET', '/api/dev/mail');
        for (const mail of json.mail) {
          const token = mail.text.match(/\/invitation\?token=([^\s]+)/)?.[1];
          if (token && MEMBERS.some((p) => p.email === mail.to)) tokens.set(mail.to, decodeURIComponent(token));
        }
        return tokens.size;
      },
      { timeout: 20_000 },
    )
    .toBe(MEMBERS.length);
  await admin.context().close();
  return Promise.all(
    MEMBERS.map(async (person) => {
      const page = await personPage(browser, errors);
      const { token: csrf } = (await (await page.request.get('/api/auth/csrf')).json()) as { token: string };
      const accepted = await page.request.post('/api/auth/invitations/accept', {
        headers: { 'x-csrf-token': csrf },
        data: { token: tokens.get(person.email), name: person.name, password: PASSWORD },
      });
      expect(accepted.status()).toBe(200);
      return page;
    }),
  );
}

/**
 * Time passes: the group's first session is moved to have started 65 minutes ago, so it has ended
 * (45 minutes). The app rightly never moves a session into the past, so this one step is written
 * straight into the database of the server playwright.config.ts starts for this port.
 */
async function firstSessionTookPlace(groupName: string) {
  const client = new pg.Client({ connectionString: DATABASE_URL });
  await client.connect();
  try {
    const { rowCount } = await client.query(
      `UPDATE group_sessions SET starts_at = now() - interval '65 minutes'
       WHERE id = (SELECT s.id FROM group_sessions s JOIN support_groups g ON g.id = s.group_id WHERE g.name = $1 ORDER BY s.starts_at LIMIT 1)`,
      [groupName],
    );
    expect(rowCount).toBe(1);
  } finally {
    await client.end();
  }
}

async function openPeerGroups(page: Page, base = orgBase(page)) {
  await page.goto(`${base}/groups`);
  await expect(page.getByRole('heading', { level: 1, name: 'Peer support groups' })).toBeVisible();
}

async function answerSurvey(page: Page, answer: (typeof ANSWERS)[number]) {
  await page
    .getByRole('radiogroup', { name: 'Was the session helpful?' })
    .getByRole('radio', { name: String(answer.helpful) })
    .check();
  await page
    .getByRole('radiogroup', { name: 'Do you feel less alone?' })
    .getByRole('radio', { name: String(answer.lessAlone) })
    .check();
  await page
    .getByRole('radiogroup', { name: 'Do you feel more able to cope?' })
    .getByRole('radio', { name: String(answer.ableToCope) })
    .check();
  await page.getByRole('textbox', { name: 'What would you change?' }).fill(answer.change);
  await page.getByRole('button', { name: 'Send my answers' }).click();
}

/** The survey from the attendee's list of groups; the page is left open on it. */
async function openSurvey(page: Page) {
  await openPeerGroups(page);
  await page.getByRole('link', { name: new RegExp(`^Answer the survey: ${GROUP}`) }).click();
  await expect(page.getByRole('heading', { level: 1, name: `How was ${GROUP}?` })).toBeVisible();
}

test('a group runs from a template to a full group with a wait-list, a logged session, and survey results shown only from five answers', async ({
  page: coordinator,
  browser,
}) => {
  test.setTimeout(120_000);
  const errors: string[] = [];
  const facilitator = await personPage(browser, errors);
  // While the invitations are in the post, the coordinator and the facilitator sign in.
  const [members] = await Promise.all([
    membersJoinKindred(browser, errors),
    signInAs(coordinator, DEMO.coordinator),
    signInAs(facilitator, DEMO.facilitator),
  ]);
  const { json: facilitatorSession } = await callApi<{ person: { name: string } }>(
    facilitator,
    'GET',
    '/api/auth/session',
  );

  // The coordinator starts a program from a template and adds a group of at most 6, with the demo facilitator,
  // its first session in two days (the group is open to everyone: no department, cohort or role asked).
  const base = orgBase(coordinator);
  await mainNav(coordinator).getByRole('link', { name: 'Peer groups' }).click();
  await expect(coordinator.getByRole('heading', { name: 'Group programs you run' })).toBeVisible();
  await expectAccessible(coordinator, 'peer groups (coordinator)');
  await coordinator.getByRole('button', { name: 'New group program' }).click();
  const newProgram = coordinator.getByRole('dialog', { name: 'New group program' });
  await newProgram.getByRole('radio', { name: 'Returning to work after a break' }).check();
  await newProgram.getByLabel('Name').fill(PROGRAM);
  await expectAccessible(coordinator, 'new group program dialog');
  await newProgram.getByRole('button', { name: 'Create group program' }).click();
  await expect(coordinator.getByRole('heading', { level: 1, name: PROGRAM })).toBeVisible();
  await expect(coordinator.getByText('No groups yet.')).toBeVisible();

  await coordinator.getByRole('button', { name: 'New group' }).click();
  const form = coordinator.getByRole('dialog', { name: 'New group' });
  await expect(form.getByRole('textbox', { name: 'Most members' })).toHaveValue('6');
  await form.getByRole('textbox', { name: 'Name' }).fill(GROUP);
  await form.getByLabel('First session').fill(daysAhead(2));
  await form.getByLabel('Start time').fill('18:00');
  await form.getByRole('textbox', { name: 'Video link' }).fill('https://meet.riverside.example/thursday-circle');
  await form.getByRole('textbox', { name: 'Facilitators', exact: true }).fill(facilitatorSession.person.name);
  await coordinator.getByRole('option', { name: facilitatorSession.person.name }).click();
  await coordinator.keyboard.press('Tab');
  await expectAccessible(coordinator, 'new group dialog');
  await form.getByRole('button', { name: 'Create group' }).click();
  await expect(form).toBeHidden();
  const row = coordinator.getByRole('region', { name: 'Groups' }).getByRole('row', { name: new RegExp(GROUP) });
  await expect(row).toContainText('0 of 6');
  await expect(row).toContainText(facilitatorSession.person.name);
  await expectAccessible(coordinator, 'group program with its group');

  // Before the first session, nothing is held yet.
  await openPeerGroups(facilitator);
  await facilitator.getByRole('link', { name: `Facilitate: ${GROUP}` }).click();
  await expect(facilitator.getByRole('heading', { level: 1, name: `Facilitate: ${GROUP}` })).toBeVisible();
  await expect(facilitator.getByText('No session has taken place in the last 90 days.')).toBeVisible();
  await expectAccessible(facilitator, 'facilitation page before any session');

  // Six members join, one after another, until the group is full.
  for (const [i, member] of members.slice(0, 6).entries()) {
    await openPeerGroups(member, base);
    const card = member.getByRole('listitem').filter({ has: member.getByRole('heading', { name: GROUP }) });
    await expect(card).toContainText(i === 5 ? '1 place left' : `${6 - i} places left`);
    if (i === 0) await expectAccessible(member, 'peer groups (new member)');
    await card.getByRole('button', { name: `Join this group: ${GROUP}` }).click();
    await expect(member.getByRole('heading', { level: 1, name: GROUP })).toBeVisible();
    await expect(member.getByText('You are in. Welcome!')).toBeVisible();
    if (i === 0) await expectAccessible(member, 'group page (member)');
  }
  // The sixth will not come to the session.
  await members[5]!.context().close();

  // The seventh finds it full, joins the wait-list and sees their place in line.
  const seventh = members[6]!;
  await openPeerGroups(seventh, base);
  const full = seventh.getByRole('listitem').filter({ has: seventh.getByRole('heading', { name: GROUP }) });
  await expect(full).toContainText('Full — join the wait-list (nobody waiting yet)');
  await full.getByRole('button', { name: `Join the wait-list: ${GROUP}` }).click();
  await expect(seventh.getByText('You are on the wait-list')).toBeVisible();
  await expect(seventh.getByText('You are first in line.')).toBeVisible();
  await expectAccessible(seventh, 'group page (wait-list)');
  await seventh.context().close();
  await coordinator.reload();
  await expect(row).toContainText('6 of 6');
  await expect(row.getByRole('cell').nth(1)).toHaveText('1');

  // The session: five of the six came. The facilitator records who came, then the log, with no names.
  await firstSessionTookPlace(GROUP);
  await facilitator.reload();
  await expect(facilitator.getByText('One session still needs a log')).toBeVisible();
  const held = facilitator.getByRole('region', { name: 'Sessions held' }).getByRole('listitem').first();
  await expect(held).toContainText('Log needed');
  await held.getByRole('button', { name: /^Who came:/ }).click();
  const register = facilitator.getByRole('dialog', { name: /^Who came on/ });
  for (const person of MEMBERS.slice(0, 5)) await register.getByRole('checkbox', { name: person.name }).check();
  await expectAccessible(facilitator, 'who came dialog');
  await register.getByRole('button', { name: 'Save who came' }).click();
  await expect(register).toBeHidden();
  await expect(held).toContainText('5 marked present');

  await held.getByRole('button', { name: /^Log this session:/ }).click();
  const log = facilitator.getByRole('dialog', { name: /^Log the session of/ });
  await expect(log.getByText('No names and no free text')).toBeVisible();
  await expect(log.getByRole('textbox')).toHaveCount(1);
  await expect(log.getByRole('textbox', { name: 'How many came' })).toHaveValue('5');
  await log.getByRole('checkbox', { name: 'Returning after a break' }).check();
  await log.getByRole('checkbox', { name: 'Workload and rostering' }).check();
  await log
    .getByRole('radiogroup', { name: 'Did you signpost anyone to further help?' })
    .getByRole('radio', { name: 'Yes' })
    .check();
  await log.getByRole('radiogroup', { name: 'Was an escalation needed?' }).getByRole('radio', { name: 'No' }).check();
  await expectAccessible(facilitator, 'session log dialog');
  await log.getByRole('button', { name: 'Save the log' }).click();
  await expect(log).toBeHidden();
  await expect(held).toContainText('Logged');
  await expect(held).toContainText('5 came · signposting given · escalation not needed');
  await expect(facilitator.getByText('One session still needs a log')).toBeHidden();
  await facilitator.context().close();

  // The first attendee answers; the same survey, still open in a second tab, is refused as already answered.
  const firstAttendee = members[0]!;
  await openSurvey(firstAttendee);
  await expect(firstAttendee.getByText('Your answers are anonymous')).toBeVisible();
  await expectAccessible(firstAttendee, 'survey');
  const secondTab = await firstAttendee.context().newPage();
  await secondTab.goto(firstAttendee.url());
  await expect(secondTab.getByRole('button', { name: 'Send my answers' })).toBeVisible();
  await answerSurvey(firstAttendee, ANSWERS[0]!);
  await expect(firstAttendee.getByRole('status').filter({ hasText: 'Thank you' })).toBeVisible();
  await expectAccessible(firstAttendee, 'survey answered');
  await answerSurvey(secondTab, ANSWERS[0]!);
  await expect(secondTab.getByText('You have already answered this survey')).toBeVisible();
  await firstAttendee.context().close();

  const attendeeAnswers = async (i: number) => {
    await openSurvey(members[i]!);
    await answerSurvey(members[i]!, ANSWERS[i]!);
    await expect(members[i]!.getByRole('status').filter({ hasText: 'Thank you' })).toBeVisible();
    await members[i]!.context().close();
  };
  await attendeeAnswers(1);
  await attendeeAnswers(2);

  // With three answers the group's results are hidden, in every figure.
  await coordinator.getByRole('tab', { name: 'Report' }).click();
  const survey = coordinator.getByRole('region', { name: 'Survey results by group, as a table' });
  const results = survey.getByRole('row', { name: new RegExp(`^${GROUP}`) }).getByRole('cell');
  await expect(results).toHaveText(Array(4).fill('fewer than 5 responses'));
  await expect(coordinator.getByText('Comments are shown once at least five people have answered.')).toBeVisible();
  await expectAccessible(coordinator, 'group program report, fewer than 5 answers');

  await attendeeAnswers(3);
  await attendeeAnswers(4);

  // The fifth answer releases the batch: the report shows the group's results as numbers, and the comment.
  await expect(async () => {
    await coordinator.reload();
    await expect(results).toHaveText(['5', '4.4', '4', '4'], { timeout: 1000 });
  }).toPass({ timeout: 15_000 });
  await expect(survey.getByRole('row', { name: /^All groups/ }).getByRole('cell')).toHaveText(['5', '4.4', '4', '4']);
  await expect(coordinator.getByText(ANSWERS[0]!.change)).toBeVisible();

  expect(errors, 'browser console errors in the other browsers').toEqual([]);
});
