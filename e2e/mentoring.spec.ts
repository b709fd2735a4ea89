import type { Browser, Page } from '@playwright/test';
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

const suffix = runSuffix();
const PROGRAM = `Intern peer mentoring ${suffix}`;
const MODULE = `Boundaries and confidentiality ${suffix}`;
const MENTOR = {
  email: `jordan.${suffix}@riverside.example`,
  name: `Jordan Avery-${suffix}`,
  password: 'jordan chooses a long password',
};
const MENTEE = 'Sam Taylor';

/** Another person's browser; like the fixture's page, a console error there fails the test. */
async function personPage(
  browser: Browser,
  viewport: { width: number; height: number },
  errors: string[],
): Promise<Page> {
  const context = await browser.newContext({ viewport, reducedMotion: 'reduce' });
  const page = await context.newPage();
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

async function today(page: Page): Promise<string> {
  return page.evaluate(async (api) => {
    const org = (await (await fetch(api)).json()) as { timeZone: string };
    return new Intl.DateTimeFormat('en-CA', {
      year: 'numeric',
      month: '2-digit',
      day: '2-digit',
      timeZone: org.timeZone,
    }).format(new Date());
  }, orgApi(page));
}

async function inviteMentor(browser: Browser, errors: string[]) {
  const admin = await personPage(browser, DESKTOP, errors);
  await signInAs(admin, DEMO.admin);
  await mainNav(admin).getByRole('link', { name: 'People', exact: true }).click();
  await admin.getByRole('button', { name: 'Invite someone' }).click();
  const dialog = admin.getByRole('dialog', { name: 'Invite someone' });
  await dialog.getByLabel(/^E-mail/).fill(MENTOR.email);
  await dialog.getByLabel(/^Name/).fill(MENTOR.name);
  await dialog.getByRole('textbox', { name: 'Cohort' }).click();
  await admin.getByRole('option', { name: 'PGY2 2027' }).click();
  await dialog.getByRole('button', { name: 'Send invitation' }).click();
  await expect(dialog).toBeHidden();
  await admin.context().close();
}

/** The new mentor accepts the invitation from the caught e-mail and says they are in their second year. */
async function mentorJoins(mentor: Page) {
  await expect(async () => {
    await mentor.goto('/dev/mail');
    await expect(mentor.getByText(`To: ${MENTOR.email}`)).toBeVisible({ timeout: 1000 });
  }).toPass({ timeout: 20_000 });
  await mentor
    .getByRole('listitem')
    .filter({ hasText: MENTOR.email })
    .first()
    .getByRole('link', { name: /\/invitation\?token=/ })
    .click();
  await mentor.getByLabel(/^Choose a password/).fill(MENTOR.password);
  await mentor.getByLabel(/^Type it again/).fill(MENTOR.password);
  await mentor.getByRole('button', { name: /join|accept/i }).click();
  await expect(mainNav(mentor)).toBeVisible();

  await mainNav(mentor).getByRole('link', { name: 'My profile' }).click();
  await mentor.getByRole('textbox', { name: 'Career stage' }).click();
  await mentor.getByRole('option', { name: 'PGY2', exact: true }).click();
  await mentor.getByRole('button', { name: 'Save profile' }).click();
  await expect(mentor.getByText('Profile saved')).toBeVisible();
}

test('a mentoring program runs from a template to a logged meeting and a no-fault rematch', async ({
  page: coordinator,
  browser,
}) => {
  test.setTimeout(240_000);
  const errors: string[] = [];
  await inviteMentor(browser, errors);

  // The coordinator starts a program from the intern template and opens applications today.
  await coordinator.setViewportSize(DESKTOP);
  await signInAs(coordinator, DEMO.coordinator);
  const base = orgBase(coordinator);
  await mainNav(coordinator).getByRole('link', { name: 'Mentoring' }).click();
  await expect(coordinator.getByRole('heading', { level: 1, name: 'Mentoring' })).toBeVisible();
  await expect(coordinator.getByRole('heading', { name: 'Programs you run' })).toBeVisible();
  await expectAccessible(coordinator, 'mentoring (coordinator)');
  await coordinator.getByRole('button', { name: 'New program' }).click();
  const newProgram = coordinator.getByRole('dialog', { name: 'New program' });
  await newProgram.getByRole('radio', { name: 'Intern peer mentoring' }).click();
  await newProgram.getByLabel(/^Name/).fill(PROGRAM);
  await expectAccessible(coordinator, 'new program dialog');
  await newProgram.getByRole('button', { name: 'Create program' }).click();
  await expect(coordinator.getByRole('heading', { level: 1, name: PROGRAM })).toBeVisible();
  await expect(coordinator.getByText('PGY2 2027', { exact: true }).first()).toBeVisible();
  await expectAccessible(coordinator, 'program settings');

  // Dates out of order are refused on the field, before anything is sent.
  const openOn = await today(coordinator);
  await coordinator.getByLabel(/^Applications open on/).fill(openOn);
  await coordinator.getByLabel(/^Applications close on/).fill('2000-01-01');
  await coordinator.getByRole('button', { name: 'Save settings' }).click();
  await expect(coordinator.getByText('Applications must close after they open')).toBeVisible();
  await expect(coordinator.getByLabel(/^Applications close on/)).toHaveAttribute('aria-invalid', 'true');
  await expectAccessible(coordinator, 'program settings with an error');
  const closeOn = new Date(Date.parse(`${openOn}T00:00:00Z`) + 14 * 86_400_000).toISOString().slice(0, 10);
  await coordinator.getByLabel(/^Applications close on/).fill(closeOn);

  // A question of its own, and a training module mentors complete before they are matched.
  await coordinator.getByRole('button', { name: 'Add a question' }).click();
  await coordinator
    .getByRole('textbox', { name: 'Question 4', exact: true })
    .fill('Which rotations are you most looking forward to?');
  await coordinator.getByRole('textbox', { name: 'Question 4: kind of answer' }).click();
  await coordinator.getByRole('option', { name: 'Several choices' }).click();
  const options = coordinator.getByRole('textbox', { name: 'Question 4: options' });
  for (const option of ['Emergency', 'Surgery', 'General medicine']) {
    await options.fill(option);
    await options.press('Enter');
  }
  await coordinator.getByRole('button', { name: 'Move question 4 up' }).click();
  await expect(coordinator.getByRole('textbox', { name: 'Question 3', exact: true })).toHaveValue(
    'Which rotations are you most looking forward to?',
  );
  await coordinator.getByRole('button', { name: 'Add a training module' }).click();
  const moduleDialog = coordinator.getByRole('dialog', { name: 'New training module' });
  await moduleDialog.getByLabel(/^Title/).fill(MODULE);
  await moduleDialog
    .getByLabel(/^Text/)
    .fill(
      'Mentoring here is peer support.\n\nWhat your mentee tells you stays between you, unless someone is at risk of harm.',
    );
  await expectAccessible(coordinator, 'new training module dialog');
  await moduleDialog.getByRole('button', { name: 'Add module' }).click();
  await expect(moduleDialog).toBeHidden();
  await expect(coordinator.getByRole('checkbox', { name: new RegExp(MODULE) })).toBeChecked();
  await coordinator.getByRole('button', { name: 'Save settings' }).click();
  await expect(coordinator.getByText('Settings saved')).toBeVisible();
  await expect(coordinator.getByText('Applications open', { exact: true })).toBeVisible();

  // The mentee applies on a phone: what they want help with, and a scale.
  const mentee = await personPage(browser, PHONE, errors);
  await signInAs(mentee, DEMO.member);
  await mentee.goto(`${base}/mentoring`);
  await expect(mentee.getByRole('heading', { level: 1, name: 'Mentoring' })).toBeVisible();
  await expectAccessible(mentee, 'mentoring (mentee, phone)');
  await mentee.getByRole('link', { name: `See program and apply: ${PROGRAM}` }).click();
  await expect(mentee.getByRole('heading', { level: 1, name: PROGRAM })).toBeVisible();
  await expect(mentee.getByText(/not supervision, assessment, counselling or therapy/)).toBeVisible();
  await expectAccessible(mentee, 'program (mentee, phone)');
  await mentee.getByRole('link', { name: 'Apply as a mentee' }).click();
  await mentee.getByRole('button', { name: 'Send application' }).click();
  await expect(mentee.getByText('Please answer this question')).toBeVisible();
  await expectAccessible(mentee, 'application with a missing answer (phone)');
  await mentee.getByRole('radio', { name: 'Video call' }).check();
  await mentee.getByRole('checkbox', { name: 'Emergency' }).check();
  await mentee.getByRole('radio', { name: '2', exact: true }).check();
  const help = mentee.getByRole('textbox', { name: 'What would you like help with?' });
  await help.fill('Night shifts');
  await help.press('Enter');
  await mentee.getByRole('button', { name: 'Send application' }).click();
  await expect(mentee.getByText('Application sent')).toBeVisible();
  await expectAccessible(mentee, 'application sent (phone)');

  // The mentor joins, completes the training, and applies.
  const mentor = await personPage(browser, DESKTOP, errors);
  await mentorJoins(mentor);
  await mentor.goto(`${base}/mentoring`);
  await mentor.getByRole('link', { name: `See program and apply: ${PROGRAM}` }).click();
  await mentor.getByRole('link', { name: MODULE }).click();
  await expect(mentor.getByRole('heading', { level: 1, name: MODULE })).toBeVisible();
  await expectAccessible(mentor, 'training module');
  await mentor.getByRole('button', { name: 'Mark as done' }).click();
  await expect(mentor.getByText(/You completed this module on/)).toBeVisible();
  await mentor.goBack();
  await expect(mentor.getByRole('heading', { name: 'Training before you mentor' })).toBeHidden();
  await mentor.getByRole('link', { name: 'Apply as a mentor' }).click();
  await mentor.getByRole('radio', { name: 'In person' }).check();
  await expectAccessible(mentor, 'mentor application');
  await mentor.getByRole('button', { name: 'Send application' }).click();
  await expect(mentor.getByText('Application sent')).toBeVisible();

  // The mentee comes back and names the mentor they would like. Changing the application again starts
  // from what was saved: saving it unchanged keeps the choice (it used to clear it).
  const changeApplication = async () => {
    await mentee.getByRole('link', { name: 'Change my mentee application' }).click();
    await expect(mentee.getByRole('heading', { level: 1, name: 'Change your application as a mentee' })).toBeVisible();
  };
  await mentee.reload(); // the names of possible mentors were read before the mentor joined
  await changeApplication();
  await mentee.getByRole('textbox', { name: 'Mentors you would like (optional)' }).fill(MENTOR.name);
  await mentee.getByRole('option', { name: MENTOR.name }).click();
  await mentee.keyboard.press('Escape');
  await mentee.getByRole('button', { name: 'Save changes' }).click();
  await expect(mentee.getByText('Application sent')).toBeVisible();
  await changeApplication();
  await expect(mentee.getByText(MENTOR.name)).toBeVisible();
  await mentee.getByRole('button', { name: 'Save changes' }).click();
  await expect(mentee.getByText('Application sent')).toBeVisible();
  await changeApplication();
  await expect(mentee.getByText(MENTOR.name)).toBeVisible();
  await expect(mentee.getByRole('textbox', { name: 'What would you like help with?' }).locator('..')).toContainText(
    'Night shifts',
  );
  await mentee.goBack();

  // The coordinator sees both applications, runs the engine, reads a pair's explanation, pins it, re-runs and publishes.
  await coordinator.getByRole('tab', { name: 'Applications' }).click();
  await expect(coordinator.getByRole('cell', { name: MENTOR.name })).toBeVisible();
  await expect(coordinator.getByRole('cell', { name: MENTEE })).toBeVisible();
  await expectAccessible(coordinator, 'applications');
  // Before the first run the tab shows its empty state, and the browser logs nothing: no 404 for "no run yet".
  const noise: string[] = [];
  const listen = (message: { type: () => string; text: () => string }) => {
    if (message.type() === 'error') noise.push(message.text());
  };
  coordinator.on('console', listen);
  await coordinator.getByRole('tab', { name: 'Matching' }).click();
  await expect(
    coordinator.getByText('No matching has been run yet. Nothing is shown to anyone until you publish.'),
  ).toBeVisible();
  coordinator.off('console', listen);
  expect(noise, 'console errors on the Matching tab before any run').toEqual([]);
  await coordinator.getByRole('radio', { name: 'Fairest' }).check();
  await coordinator.getByRole('button', { name: 'Run matching' }).click();
  const pairNames = `${MENTOR.name} and ${MENTEE}`;
  await coordinator.getByRole('button', { name: `Why ${pairNames}` }).click();
  const why = coordinator.getByRole('region', { name: 'Proposed pairs' });
  await expect(why.getByText('Mentor offers what the mentee wants help with')).toBeVisible();
  // In words, not "0.0 of 1"; and the language criterion says that English is not what it looks for.
  await expect(why.getByText('A language besides English in common')).toBeVisible();
  await expect(why.getByText(/^Yes, \d+(\.\d)? points?$/).first()).toBeVisible();
  await expect(why).not.toContainText(/\d\.0\b/);
  await expect(coordinator.getByRole('group', { name: 'Mentees matched' })).toContainText('1 of 1');
  await expectAccessible(coordinator, 'matching proposal with an explanation');
  await coordinator.getByRole('button', { name: `Pin ${pairNames}` }).click();
  await expect(coordinator.getByRole('button', { name: 'Publish 1 pair' })).toBeDisabled();
  await coordinator.getByRole('button', { name: 'Run again with these changes' }).click();
  await expect(coordinator.getByRole('button', { name: `Unpin ${pairNames}` })).toBeVisible();
  await expect(coordinator.getByText('Nobody sees these pairs until you publish.')).toBeVisible();
  // Applications are still open: publishing is allowed, with a word about who applies later.
  const stillOpen = /Applications are open until .+; people who apply later can be matched by a later run\./;
  await expect(coordinator.getByRole('region', { name: 'Publish' }).getByText(stillOpen)).toBeVisible();
  await coordinator.getByRole('button', { name: 'Publish 1 pair' }).click();
  const publish = coordinator.getByRole('dialog', { name: 'Publish these pairs?' });
  await expect(publish.getByText(stillOpen)).toBeVisible();
  await expectAccessible(coordinator, 'publish dialog');
  await publish.getByRole('button', { name: 'Publish' }).click();
  await expect(coordinator.getByText(/1 new pair\. 2 people were told/)).toBeVisible();
  // Published, the tab says so (also after a reload), and offers nothing to publish again.
  const publishedState = async () => {
    await expect(
      coordinator.getByText(/^Fairest, run on .+\. 1 pair was published on .+\. Everyone in it was told\.$/),
    ).toBeVisible();
    await expect(
      coordinator.getByText(
        /^1 pair is running, first published on .+\. Every mentee who applied has a mentor, so a run has no one to match now\./,
      ),
    ).toBeVisible();
    await expect(coordinator.getByText('Nobody sees these pairs until you publish.')).toBeHidden();
    await expect(coordinator.getByRole('button', { name: /^Publish/ })).toHaveCount(0);
    await expect(coordinator.getByText(/^Nothing new to publish/)).toBeVisible();
    await expect(
      coordinator.getByRole('region', { name: 'Proposed pairs' }).getByText('Published', { exact: true }),
    ).toBeVisible();
  };
  await publishedState();
  await coordinator.reload();
  await publishedState();
  await expectAccessible(coordinator, 'matching tab after publishing');

  // The mentee is told in the app, opens the pair space from the notification, and accepts the agreement.
  await mentee.goto(base);
  const notice = mentee.getByRole('listitem').filter({ hasText: `You have been matched in ${PROGRAM}` });
  await expect(notice).toContainText(`Your mentor is ${MENTOR.name}`);
  await expect(mentee.getByText(/\d+ unread/)).toBeVisible();
  await expectAccessible(mentee, 'home with notifications (phone)');
  await notice.getByRole('link', { name: /^Open:/ }).click();
  await expect(mentee.getByRole('heading', { level: 1, name: `Mentored by ${MENTOR.name}` })).toBeVisible();
  await expectAccessible(mentee, 'pair space (mentee, phone)');
  await mentee.getByRole('button', { name: 'I accept this agreement' }).click();
  await expect(mentee.getByText(/^Accepted on/)).toBeVisible();

  // Matched, the mentee's application is settled: the program page points to the pair space instead.
  await mentee.goto(`${base}/mentoring`);
  await mentee.getByRole('link', { name: `See program and apply: ${PROGRAM}` }).click();
  await expect(mentee.getByText('You have a mentor.')).toBeVisible();
  await expect(mentee.getByRole('link', { name: 'Change my mentee application' })).toBeHidden();
  await expect(mentee.getByRole('button', { name: 'Withdraw my mentee application' })).toBeHidden();
  await expectAccessible(mentee, 'program page once matched (phone)');
  await mentee.getByRole('link', { name: 'Go to your pair space' }).click();
  await expect(mentee.getByRole('heading', { level: 1, name: 'Mentoring' })).toBeVisible();

  // The mentor accepts too.
  await mentor.goto(`${base}/mentoring`);
  await mentor.getByRole('link', { name: `Open pair space with ${MENTEE}` }).click();
  await expect(mentor.getByRole('heading', { level: 1, name: `Mentoring ${MENTEE}` })).toBeVisible();
  await mentor.getByRole('button', { name: 'I accept this agreement' }).click();
  await expect(mentor.getByText(/^Accepted on/)).toHaveCount(2);
  await expectAccessible(mentor, 'pair space (mentor)');

  // Neither has said how to reach them. The mentor chooses what to share in their profile, from the pair space.
  await expect(mentor.getByRole('region', { name: `How to reach ${MENTEE}` })).toContainText(
    `${MENTEE} has not shared contact details yet`,
  );
  await mentor.getByRole('link', { name: 'Choose what to share' }).click();
  const sharing = mentor.getByRole('region', { name: 'How a mentoring partner can reach you' });
  await sharing.getByRole('checkbox', { name: 'Share an e-mail address' }).check();
  await expect(sharing.getByLabel(/^E-mail to share/)).toHaveValue(MENTOR.email);
  await sharing.getByLabel(/^Phone number/).fill('call me');
  await sharing.getByRole('button', { name: 'Save how to reach me' }).click();
  await expect(sharing.getByText(/^Enter a phone number/)).toBeVisible();
  await sharing.getByLabel(/^Phone number/).fill('0400 555 123');
  await sharing.getByLabel(/^A short note/).fill("Text first; I'm on nights this week");
  await sharing.getByRole('button', { name: 'Save how to reach me' }).click();
  await expect(sharing.getByRole('status')).toHaveText('Saved');
  await expectAccessible(mentor, 'how a mentoring partner can reach you');
  // The back button returns to the pair space, which now has the mentor's side to show.
  await mentor.goBack();
  await expect(mentor.getByRole('heading', { level: 1, name: `Mentoring ${MENTEE}` })).toBeVisible();
  await expect(mentor.getByRole('region', { name: `How to reach ${MENTEE}` })).not.toContainText(
    'sees nothing yet from you',
  );

  // The mentee, on a phone, finds how to reach the mentor in the pair space.
  await mentee.goto(`${base}/mentoring`);
  await mentee.getByRole('link', { name: `Open pair space with ${MENTOR.name}` }).click();
  const reach = mentee.getByRole('region', { name: `How to reach ${MENTOR.name}` });
  await expect(reach.getByRole('link', { name: MENTOR.email })).toHaveAttribute('href', `mailto:${MENTOR.email}`);
  await expect(reach.getByRole('link', { name: '0400 555 123' })).toHaveAttribute('href', 'tel:0400555123');
  await expect(reach).toContainText(`${MENTOR.name} says: “Text first; I'm on nights this week”`);
  await expect(reach).toContainText(`${MENTOR.name} sees nothing yet from you.`);
  await expectAccessible(mentee, 'how to reach your mentor (phone)');

  // The mentee sets a goal, logs the first meeting (topics only, no clinical detail) and keeps a private note.
  await mentee.goto(`${base}/mentoring`);
  await mentee.getByRole('link', { name: `Open pair space with ${MENTOR.name}` }).click();
  await mentee.getByRole('textbox', { name: 'A new goal' }).fill('A roster I can live with');
  await mentee.getByRole('button', { name: 'Add goal' }).click();
  await expect(mentee.getByRole('slider', { name: 'Progress on A roster I can live with' })).toBeVisible();
  await mentee
    .getByRole('button', { name: /^Log this meeting:/ })
    .first()
    .click();
  const log = mentee.getByRole('dialog', { name: /^Log the meeting/ });
  await expect(log).toContainText('No clinical detail is needed or wanted');
  // The picker offers the days since the pair was made (today) up to today, no later.
  const day = await today(mentee);
  await expect(log.getByLabel(/^Date you met/)).toHaveAttribute('max', day);
  await expect(log.getByLabel(/^Date you met/)).toHaveAttribute('min', day);
  await log.getByRole('button', { name: 'Save meeting' }).click();
  await expect(log.getByText('Choose at least one topic')).toBeVisible();
  await log.getByRole('radio', { name: 'Video call' }).check();
  await log.getByRole('checkbox', { name: 'Night shifts' }).check();
  await log.getByRole('checkbox', { name: 'Rostering and leave' }).check();
  await expectAccessible(mentee, 'log a meeting (phone)');
  await log.getByRole('button', { name: 'Save meeting' }).click();
  await expect(log).toBeHidden();
  await expect(mentee.getByText(/^Met on .* · Video call$/)).toBeVisible();
  await mentee.getByRole('textbox', { name: 'New note' }).fill('Felt better after talking about the roster.');
  await mentee.getByRole('button', { name: 'Save note' }).click();
  await expect(mentee.getByRole('list', { name: 'Your notes' })).toContainText(
    'Felt better after talking about the roster.',
  );

  // The mentor sees the meeting, but not the mentee's note.
  await mentor.reload();
  await expect(mentor.getByText(/^Met on .* · Video call$/)).toBeVisible();
  await expect(mentor.getByText('Felt better after talking about the roster.')).toHaveCount(0);

  // The mentee asks for a new match, without a reason.
  await mentee.getByRole('button', { name: 'Ask for a new match' }).click();
  const rematch = mentee.getByRole('dialog', { name: 'Ask for a new match?' });
  await expectAccessible(mentee, 'ask for a new match (phone)');
  await rematch.getByRole('button', { name: 'Ask for a new match' }).click();
  await expect(mentee.getByText('A new match has been asked for.', { exact: false })).toBeVisible();

  // The coordinator is told, and sees the request, the meeting and its topics, but no note.
  await coordinator.goto(base);
  await coordinator
    .getByRole('listitem')
    .filter({ hasText: `A rematch was requested in ${PROGRAM}` })
    .getByRole('link', { name: /^Open:/ })
    .click();
  await coordinator.getByRole('tab', { name: 'Pairs' }).click();
  const row = coordinator.getByRole('row').filter({ hasText: MENTEE });
  await expect(row).toContainText('New match asked for');
  await expect(row).toContainText('Night shifts');
  await expect(coordinator.getByText('Felt better after talking about the roster.')).toHaveCount(0);
  await expectAccessible(coordinator, 'pairs with a rematch request');
  await row.getByRole('button', { name: `End the pair ${MENTOR.name} and ${MENTEE}` }).click();
  await coordinator
    .getByRole('dialog', { name: 'End this pair?' })
    .getByRole('button', { name: 'End the pair' })
    .click();
  await expect(coordinator.getByText(`Run matching to offer ${MENTEE} a new mentor.`)).toBeVisible();
  await expect(row).toContainText('Ended');
  // The mentee is waiting again: a run would match only them, and publishing the old run again cannot remake the pair.
  await coordinator.getByRole('tab', { name: 'Matching' }).click();
  await expect(coordinator.getByText(/A run matches only the 1 mentee without a mentor/)).toBeVisible();
  await expect(coordinator.getByRole('button', { name: /^Publish/ })).toHaveCount(0);

  expect(errors, 'browser console errors in the mentor and mentee browsers').toEqual([]);
});

test('the coordinator pages fit a phone and pass axe', async ({ page }) => {
  await page.setViewportSize(PHONE);
  await signInAs(page, DEMO.coordinator);
  await page.getByRole('button', { name: 'Open navigation' }).click();
  await mainNav(page).getByRole('link', { name: 'Mentoring' }).click();
  await page.getByRole('button', { name: 'New program' }).click();
  await page.getByRole('radio', { name: 'Student peer mentoring' }).click();
  await expectAccessible(page, 'new program dialog (phone)');
  await page.getByRole('button', { name: 'Create program' }).click();
  await expect(page.getByRole('heading', { level: 1, name: /^Student peer mentoring/ })).toBeVisible();
  await expectAccessible(page, 'program settings (phone)');
  const manage = page.url();
  // A student program speaks of students, not doctors.
  await page.goto(manage.replace(/\/manage$/, ''));
  await expect(page.getByText('This is peer support between medical students.', { exact: false })).toBeVisible();
  await page.goto(manage);
  for (const tab of ['Applications', 'Matching', 'Pairs']) {
    await page.getByRole('tab', { name: tab }).click();
    await expect(
      page.getByRole('heading', { level: 2, name: tab === 'Matching' ? 'Run matching' : tab }),
    ).toBeVisible();
    await expectAccessible(page, `${tab} (phone)`);
  }
  const overflow = await page.evaluate(
    () => document.documentElement.scrollWidth - document.documentElement.clientWidth,
  );
  expect(overflow).toBeLessThanOrEqual(0);
});

test('after the closing day a member can still apply late, and the coordinator is told and sees the application marked late', async ({
  page: coordinator,
  browser,
}) => {
  const errors: string[] = [];
  const LATE = `Late intake ${suffix}`;
  await coordinator.setViewportSize(DESKTOP);
  await signInAs(coordinator, DEMO.coordinator);
  const base = orgBase(coordinator);
  const api = orgApi(coordinator);
  // Set up what the story needs: an intern program whose applications closed a week ago.
  const day = (offset: number, from: string) =>
    new Date(Date.parse(`${from}T00:00:00Z`) + offset * 86_400_000).toISOString().slice(0, 10);
  const now = await today(coordinator);
  const created = await callApi<{ id: string } & Record<string, unknown>>(
    coordinator,
    'POST',
    `${api}/mentoring/programs`,
    { template: 'intern_peer_mentoring' },
  );
  const { id: programId, template: _t, phase: _p, publishedAt: _pub, ...settings } = created.json;
  const dates = {
    applicationsOpenOn: day(-30, now),
    applicationsCloseOn: day(-7, now),
    matchPublishOn: day(-5, now),
    endsOn: day(200, now),
  };
  expect(
    (await callApi(coordinator, 'PUT', `${api}/mentoring/programs/${programId}`, { ...settings, name: LATE, ...dates }))
      .status,
  ).toBe(200);

  // The member, an intern, finds it and is told applications closed but a late one is welcome.
  const member = await personPage(browser, PHONE, errors);
  await signInAs(member, DEMO.member);
  await member.goto(`${base}/mentoring`);
  await member.getByRole('link', { name: `See program and apply: ${LATE}` }).click();
  await expect(member.getByRole('heading', { level: 1, name: LATE })).toBeVisible();
  await expect(
    member.getByText(
      /Applications closed on .*, but you can still apply\. Late applicants are matched as places allow/,
    ),
  ).toBeVisible();
  await expect(member.getByText(/; late applications are welcome until /)).toBeVisible();
  await expectAccessible(member, 'program taking late applications (phone)');
  await member.screenshot({ path: 'test-results/late-application-program.png', fullPage: true });
  await member.getByRole('link', { name: 'Apply as a mentee' }).click();
  await member.getByRole('radio', { name: 'Phone' }).check();
  await member.getByRole('button', { name: 'Send application' }).click();
  await expect(member.getByText('Application sent')).toBeVisible();
  await expect(member.getByText(/Your coordinator matches late applications as places allow/)).toBeVisible();
  await expectAccessible(member, 'late application sent (phone)');

  // The coordinator is told, and the application shows as late.
  await coordinator.goto(base);
  const notice = coordinator.getByRole('listitem').filter({ hasText: `A late application to ${LATE}` });
  await expect(notice).toBeVisible();
  await notice.getByRole('link', { name: /^Open:/ }).click();
  await expect(coordinator.getByRole('heading', { level: 1, name: LATE })).toBeVisible();
  await expect(coordinator.getByRole('tab', { name: 'Matching', selected: true })).toBeVisible();
  await coordinator.getByRole('tab', { name: 'Applications' }).click();
  const row = coordinator.getByRole('row', { name: /Sam Taylor/ });
  await expect(row.getByText('Late', { exact: true })).toBeVisible();
  await expectAccessible(coordinator, 'applications with a late one');
  await coordinator.screenshot({ path: 'test-results/late-application-coordinator.png', fullPage: true });

  // Tidy up for other stories that read the member's programs: the application is withdrawn, the program ended.
  await member.getByRole('button', { name: 'Withdraw my mentee application' }).click();
  await member
    .getByRole('dialog', { name: 'Withdraw your application?' })
    .getByRole('button', { name: 'Withdraw' })
    .click();
  await expect(member.getByRole('heading', { name: 'Your applications' })).toBeHidden();
  expect(
    (
      await callApi(coordinator, 'PUT', `${api}/mentoring/programs/${programId}`, {
        ...settings,
        name: LATE,
        ...dates,
        endsOn: day(-1, now),
      })
    ).status,
  ).toBe(200);
  expect(errors).toEqual([]);
});
