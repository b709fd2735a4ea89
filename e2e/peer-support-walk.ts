import type { Browser, Page } from '@playwright/test';
import { callApi, expect, mainNav, orgApi, signInAs } from './fixtures.ts';

/** Issue 13's walk is on a phone. */
export const PHONE_390 = { width: 390, height: 844 };

/** Each person in a browser of their own, signed in, on a phone. */
export async function personPage(browser: Browser, email: string): Promise<Page> {
  const page = await (await browser.newContext({ viewport: PHONE_390, reducedMotion: 'reduce' })).newPage();
  await signInAs(page, email);
  return page;
}

/** Opens an item of the main navigation, from the drawer a phone keeps it in. */
export async function openFromNav(page: Page, name: string, heading: string | RegExp) {
  await page.getByRole('button', { name: 'Open navigation' }).click();
  await mainNav(page).getByRole('link', { name, exact: true }).click();
  await expect(page.getByRole('heading', { level: 1, name: heading })).toBeVisible();
}

/** Who is signed in on the page. */
export async function whoIs(page: Page): Promise<{ id: string; name: string }> {
  const { json } = await callApi<{ person: { id: string; name: string } }>(page, 'GET', '/api/auth/session');
  return json.person;
}

/** The organisation's clock: its zone, and a calendar day (YYYY-MM-DD) some days from today in that zone. */
export async function orgClock(page: Page) {
  const { json } = await callApi<{ timeZone: string }>(page, 'GET', orgApi(page));
  const { timeZone } = json;
  const parts = (offsetDays = 0) =>
    Object.fromEntries(
      new Intl.DateTimeFormat('en-GB', {
        year: 'numeric',
        month: '2-digit',
        day: '2-digit',
        weekday: 'long',
        hour: '2-digit',
        hourCycle: 'h23',
        timeZone,
      })
        .formatToParts(new Date(Date.now() + offsetDays * 86_400_000))
        .map((p) => [p.type, p.value]),
    );
  const day = (offsetDays = 0) => {
    const p = parts(offsetDays);
    return `${p.year}-${p.month}-${p.day}`;
  };
  return { timeZone, day, weekdayName: parts().weekday!, hour: Number(parts().hour) };
}

/** "9 Dec 2026", as the app writes a calendar date in the browser's (English) locale. */
export const calendarDate = (page: Page, isoDate: string) =>
  page.evaluate(
    (d) =>
      new Intl.DateTimeFormat(undefined, { dateStyle: 'medium', timeZone: 'UTC' }).format(new Date(`${d}T00:00:00Z`)),
    isoDate,
  );
