import type { Page } from '@playwright/test';
import { callApi, DEMO, expect, expectAccessible, orgApi, orgBase, runSuffix, signInAs, test } from './fixtures.ts';
import { openFromNav, orgClock, PHONE_390, personPage, whoIs } from './peer-support-walk.ts';

// Issue 13, steps 1, 2, 3 and 6 of the walk: asking, routing and supporting, withdrawing, "I'm worried about someone".
const suffix = runSuffix();
const MEMBER_NAME = 'Sam Taylor';
const WEEKDAYS = ['Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday', 'Sunday'];

type Overview = { requests: { id: string; topic: string; stage: string }[] };

/** "Talk to a peer" in the header: one tap from every page (on a phone, "Talk" or an icon with that name). */
async function openTalk(page: Page) {
  await page.getByRole('banner').getByRole('link', { name: 'Talk to a peer' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Talk to a peer' })).toBeVisible();
}

/**
 * Whatever the time of day, the demo supporter is on call now: the coordinator adds a slot of today's weekday from
 * this hour for four hours with them standing in it (its shift running now is made with it), and makes room under
 * their weekly cap for the requests of this walk.
 */
async function putSupporterOnCallNow(coordinator: Page, supporter: { id: string }) {
  const api = `${orgApi(coordinator)}/peer-support`;
  const clock = await orgClock(coordinator);
  const hh = (h: number) => `${String(h % 24).padStart(2, '0')}:00`;
  const slot = await callApi(coordinator, 'POST', `${api}/roster/slots`, {
    weekday: WEEKDAYS.indexOf(clock.weekdayName),
    startTime: hh(clock.hour),
    endTime: hh(clock.hour + 4),
    personId: supporter.id,
  });
  expect(slot.status).toBe(201);
  const { json: roster } = await callApi<{ shifts: { startsAt: string; endsAt: string; supporter: { id: string } }[] }>(
    coordinator,
    'GET',
    `${api}/roster`,
  );
  const now = Date.now();
  expect(
    roster.shifts.some(
      (s) => s.supporter?.id === supporter.id && Date.parse(s.startsAt) <= now && Date.parse(s.endsAt) > now,
    ),
    'a shift running now with the demo supporter on it',
  ).toBe(true);
  const { json } = await callApi<{
    supporters: {
      supporter: { id: string };
      loadThisWeek: number;
      weeklyCap: number;
      supervisor: { id: string } | null;
    }[];
  }>(coordinator, 'GET', `${api}/supporters`);
  const self = json.supporters.find((s) => s.supporter.id === supporter.id)!;
  if (self.loadThisWeek + 3 > self.weeklyCap) {
    const raised = await callApi(coordinator, 'PUT', `${api}/supporters/${supporter.id}`, {
      weeklyCap: self.loadThisWeek + 5,
      supervisorId: self.supervisor?.id ?? null,
    });
    expect(raised.status).toBe(200);
  }
}

test('a member asks for a peer; the supporter on call takes it, they chat, it is closed, and the member asks for a follow-up', async ({
  page,
  browser,
}) => {
  test.setTimeout(120_000);
  const supporter = await personPage(browser, DEMO.supporter);
  const supporterPerson = await whoIs(supporter);
  const coordinator = await personPage(browser, DEMO.coordinator);
  await putSupporterOnCallNow(coordinator, supporterPerson);
  await coordinator.context().close();

  // 1. Asking, from the header of any page.
  await page.setViewportSize(PHONE_390);
  await signInAs(page, DEMO.member);
  await openTalk(page);
  await expectAccessible(page, 'talk to a peer (phone)');
  const danger = page.getByRole('button', { name: 'In danger now?' });
  await expect(danger).toHaveAttribute('aria-expanded', 'false');
  await danger.click();
  await expect(danger).toHaveAttribute('aria-expanded', 'true');
  await expect(page.getByText('In immediate danger?')).toBeVisible();
  await expect(page.getByText(/Call your local emergency number now \(000/)).toBeVisible();
  await page.screenshot({ path: 'test-results/peer-talk-390.png', fullPage: true });
  await expectAccessible(page, 'talk to a peer with the emergency numbers open (phone)');
  await danger.click();

  // Who sees a request, in plain words, before sending.
  const about = page.getByRole('region', { name: 'What this is' });
  await expect(about).toContainText('It is not counselling or therapy');
  await expect(about).toContainText(/only the one who takes it learns your name/i);
  await expect(about).toContainText('The program lead sees counts and times, never names.');
  await expect(about).toContainText('confidential, unless someone is at risk of harm');

  // A tired tap on send with nothing chosen: the form says what is missing.
  await page.getByRole('button', { name: 'Send my request' }).click();
  await expect(page.getByText('Choose what it is about')).toBeVisible();
  await page.getByRole('radio', { name: 'Training and exams' }).check();
  await page.getByRole('radio', { name: 'Now' }).check();
  await page.getByRole('radio', { name: 'Chat in Kindred' }).check();
  await page.getByRole('checkbox', { name: 'Stay anonymous to the supporter' }).check();
  await expect(page.getByText('The supporter sees a made-up name instead of yours')).toBeVisible();
  await expectAccessible(page, 'the ask form filled in (phone)');
  // A double tap sends one request.
  await page.getByRole('button', { name: 'Send my request' }).dblclick();
  await page.waitForURL(/\/talk\/requests\/[0-9a-f-]{36}$/);
  const requestUrl = page.url();
  await expect(page.getByRole('heading', { level: 1, name: 'Your request' })).toBeVisible();
  await expect(page.getByRole('status').filter({ hasText: 'We are finding someone' })).toBeVisible();
  await expect(page.getByText('The chat opens here as soon as a supporter takes your request.')).toBeVisible();
  const alias = (await page.getByText(/^The supporter sees you as “/).textContent())!.match(/“(.+)”/)![1]!;
  await page.screenshot({ path: 'test-results/peer-request-finding-390.png', fullPage: true });
  await expectAccessible(page, 'my request, finding someone (phone)');
  const { json: overview } = await callApi<Overview>(page, 'GET', `${orgApi(page)}/talk`);
  expect(overview.requests.filter((r) => r.topic === 'training_exams')).toHaveLength(1);

  // The back button after sending: the form is fresh, and the request is listed, not sent again.
  await page.goBack();
  const mine = page.getByRole('region', { name: 'Your requests' });
  await expect(mine.getByRole('listitem').filter({ hasText: 'Training and exams' })).toContainText(
    'We are finding someone',
  );
  await page.goForward();
  await page.reload();
  await expect(page.getByRole('status').filter({ hasText: 'We are finding someone' })).toBeVisible();

  // 2. The supporter on call is offered it, with no name, and takes it.
  await openFromNav(supporter, 'Peer support', 'Peer support');
  const offered = supporter.getByRole('region', { name: 'Requests waiting for someone' });
  const card = offered.locator('.mantine-Card-root').filter({ hasText: 'Training and exams' });
  await expect(card).toContainText('Now · Chat in Kindred · anonymous');
  // (The member may be named on this page only among those invited to a debrief this supporter runs.)
  await expect(offered).not.toContainText(MEMBER_NAME);
  await expect(supporter.getByRole('region', { name: 'Requests you took' })).not.toContainText(MEMBER_NAME);
  await supporter.screenshot({ path: 'test-results/peer-supporter-offered-390.png', fullPage: true });
  await expectAccessible(supporter, 'peer support, a request offered (phone)');
  await card.getByRole('button', { name: 'Take “Training and exams”: within 15 minutes' }).click();
  await supporter.waitForURL(/\/peer-support\/requests\/[0-9a-f-]{36}$/);
  await expect(supporter.getByRole('heading', { level: 1, name: 'Training and exams' })).toBeVisible();
  await expect(supporter.getByText(`${alias} asked to stay anonymous`)).toBeVisible();
  await expect(supporter.getByRole('main')).not.toContainText(MEMBER_NAME);
  await expect(supporter.getByRole('main')).not.toContainText(DEMO.member);

  // The member sees who will write, and by when.
  await page.reload();
  const claimed = page.getByRole('status').filter({ hasText: `${supporterPerson.name} has your request` });
  await expect(claimed).toContainText(
    new RegExp(`${supporterPerson.name} will write to you in the chat below by \\d{1,2}:\\d{2}`),
  );

  // A message each way.
  await supporter.getByRole('textbox', { name: 'Your message' }).fill(`Hello, I am here. ${suffix}`);
  await supporter.getByRole('button', { name: 'Send', exact: true }).click();
  await expect(supporter.getByRole('log', { name: `Chat with ${alias}` })).toContainText(`Hello, I am here. ${suffix}`);
  await page.reload();
  const memberChat = page.getByRole('log', { name: `Chat with ${supporterPerson.name}` });
  await expect(memberChat).toContainText(`Hello, I am here. ${suffix}`);
  await page.getByRole('textbox', { name: 'Your message' }).fill(`Thank you. The exam is on Friday. ${suffix}`);
  await page.getByRole('button', { name: 'Send', exact: true }).click();
  await expect(memberChat).toContainText(`Thank you. The exam is on Friday. ${suffix}`);
  await page.screenshot({ path: 'test-results/peer-request-chat-390.png', fullPage: true });
  await expectAccessible(page, 'my request with the chat (phone)');
  await supporter.reload();
  await expect(supporter.getByRole('log', { name: `Chat with ${alias}` })).toContainText(
    `Thank you. The exam is on Friday. ${suffix}`,
  );

  // First contact, then closing with an outcome and a length (a tired tap first, with nothing chosen).
  await supporter.getByRole('button', { name: 'I have reached them' }).click();
  await expect(supporter.getByText(/^In touch since/)).toBeVisible();
  await supporter.getByRole('button', { name: 'Close the request' }).click();
  await expect(supporter.getByText('Choose how it ended')).toBeVisible();
  await supporter.getByRole('radio', { name: 'Supported' }).check();
  await supporter.getByRole('radio', { name: '15 to 30 minutes' }).check();
  await supporter.screenshot({ path: 'test-results/peer-supporter-request-390.png', fullPage: true });
  await expectAccessible(supporter, 'a taken request, closing (phone)');
  await supporter.getByRole('button', { name: 'Close the request' }).click();
  await expect(supporter.getByText('Recorded: Supported, 15 to 30 minutes')).toBeVisible();
  await expect(supporter.getByRole('textbox', { name: 'Your message' })).toBeHidden();

  // The member sees it closed, and asks for a follow-up.
  await page.reload();
  await expect(page.getByRole('heading', { name: 'This conversation is closed' })).toBeVisible();
  await expect(page.getByText(`You can ask ${supporterPerson.name} for a follow-up until`)).toBeVisible();
  await expectAccessible(page, 'my request, closed (phone)');
  // What was said stays readable; nothing more can be written until a follow-up is asked for.
  await expect(memberChat).toContainText(`Hello, I am here. ${suffix}`);
  await expect(page.getByRole('textbox', { name: 'Your message' })).toBeHidden();
  await page.getByRole('button', { name: 'Ask for a follow-up' }).click();
  await expect(
    page.getByText(new RegExp(`You asked for a follow-up .*: ${supporterPerson.name} will be in touch`)),
  ).toBeVisible();
  await page.screenshot({ path: 'test-results/peer-request-closed-390.png', fullPage: true });

  // The follow-up, the same way as before: for an anonymous person, the chat.
  await supporter.reload();
  await expect(supporter.getByText('They asked for a follow-up. Get in touch the same way as before.')).toBeVisible();
  await supporter.getByRole('textbox', { name: 'Your message' }).fill(`Checking in as you asked. ${suffix}`);
  await supporter.getByRole('button', { name: 'Send', exact: true }).click();
  await expect(supporter.getByRole('log', { name: `Chat with ${alias}` })).toContainText(
    `Checking in as you asked. ${suffix}`,
  );
  await page.reload();
  await expect(memberChat).toContainText(`Checking in as you asked. ${suffix}`);
  await supporter.getByRole('button', { name: 'Follow-up done' }).click();
  await expect(supporter.getByText('Closed; follow-up done')).toBeVisible();
  await expect(supporter.getByRole('textbox', { name: 'Your message' })).toBeHidden();
  await supporter.context().close();

  // Someone else opening the member's request (a shared link, a wrong tab) is told there is nothing here.
  const facilitator = await personPage(browser, DEMO.facilitator);
  const requestId = requestUrl.split('/').pop()!;
  await facilitator.goto(`${orgBase(facilitator)}/talk/requests/${requestId}`);
  await expect(facilitator.getByText('Nothing to show here')).toBeVisible();
  await expect(facilitator.getByRole('main')).not.toContainText('Training and exams');
  await expectAccessible(facilitator, "someone else's request (phone)");
  await facilitator.goto(`${orgBase(facilitator)}/peer-support/requests/${requestId}`);
  await expect(facilitator.getByText('Nothing to show here')).toBeVisible();
  await expect(facilitator.getByRole('main')).not.toContainText(alias);
  await facilitator.context().close();
});

test('a member asks again and withdraws the request', async ({ page }) => {
  await page.setViewportSize(PHONE_390);
  await signInAs(page, DEMO.member);
  await openTalk(page);
  await page.getByRole('radio', { name: 'Something else' }).check();
  await page.getByRole('radio', { name: 'Today' }).check();
  await page.getByRole('radio', { name: 'Chat in Kindred' }).check();
  await page.getByRole('button', { name: 'Send my request' }).click();
  await expect(page.getByRole('status').filter({ hasText: 'We are finding someone' })).toBeVisible();
  await page.getByRole('button', { name: 'Withdraw this request' }).click();
  const confirm = page.getByRole('dialog', { name: 'Withdraw this request?' });
  await expect(confirm).toContainText('Nobody will contact you about it.');
  await expectAccessible(page, 'withdraw dialog (phone)');
  await confirm.getByRole('button', { name: 'Yes, withdraw it' }).click();
  await expect(confirm).toBeHidden();
  await expect(page.getByRole('status').filter({ hasText: 'You withdrew this request' })).toBeVisible();
  await expect(page.getByRole('button', { name: 'Withdraw this request' })).toBeHidden();
  await page.reload();
  await expect(page.getByRole('status').filter({ hasText: 'You withdrew this request' })).toBeVisible();
  await page.screenshot({ path: 'test-results/peer-request-withdrawn-390.png', fullPage: true });
  await expectAccessible(page, 'my request, withdrawn (phone)');
});

test('"I\'m worried about someone": the guide, then advice for oneself without naming the colleague', async ({
  page,
  browser,
}) => {
  await page.setViewportSize(PHONE_390);
  await signInAs(page, DEMO.member);
  await openTalk(page);
  await page.getByRole('link', { name: 'Read the short guide, “I’m worried about someone”' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'I’m worried about someone' })).toBeVisible();
  for (const part of ['How to start', 'How to listen', 'What not to do', 'When it is serious', 'Who to call'])
    await expect(page.getByRole('heading', { name: part })).toBeVisible();
  await expect(page.getByText('In immediate danger?')).toBeVisible();
  await page.screenshot({ path: 'test-results/peer-worried-390.png', fullPage: true });
  await expectAccessible(page, 'the guide (phone)');

  // Nowhere to name the colleague: the only things asked are how soon and how to be reached.
  const ask = page.getByRole('region', { name: 'Ask a trained supporter for advice' });
  await expect(ask.getByRole('radio', { name: 'Training and exams' })).toHaveCount(0);
  // A phone call without a number: the form asks for one.
  await ask.getByRole('button', { name: 'Ask for advice' }).click();
  await expect(ask.getByRole('textbox', { name: 'Number to call' })).toBeFocused();
  await ask.getByRole('radio', { name: 'Chat in Kindred' }).check();
  await expect(ask.getByRole('textbox')).toHaveCount(0);
  await ask.getByRole('button', { name: 'Ask for advice' }).click();
  await page.waitForURL(/\/talk\/requests\/[0-9a-f-]{36}$/);
  await expect(page.getByText("Advice: I'm worried about someone")).toBeVisible();
  await expect(page.getByRole('status').filter({ hasText: 'We are finding someone' })).toBeVisible();
  await expectAccessible(page, 'my request for advice (phone)');

  // The supporter on call sees the topic, and no one named.
  const supporter = await personPage(browser, DEMO.supporter);
  await openFromNav(supporter, 'Peer support', 'Peer support');
  const offered = supporter.getByRole('region', { name: 'Requests waiting for someone' });
  await expect(
    offered.locator('.mantine-Card-root').filter({ hasText: "Advice: I'm worried about someone" }),
  ).toContainText('Now · Chat in Kindred');
  await expect(offered).not.toContainText(MEMBER_NAME);
  await supporter.context().close();
});
