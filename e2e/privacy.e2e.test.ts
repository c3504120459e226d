// Privacy: a whole visit talks only to the app's own server, under a strict
// Content-Security-Policy, and leaves no cookies.
import type { Request } from 'playwright-core';
import { expect, test } from 'vitest';
import { freshProfile } from './browser.js';
import { useServer } from './setup.js';
import {
  BROWSER_LOCALE,
  expectHeading,
  newPage,
  openGrounds,
  openPage,
  POLL,
  recordSent,
  setUpWizard,
  TEXT,
} from './support.js';

const text = TEXT.de;
const server = useServer();

test('a whole visit requests nothing but the own origin, under a strict CSP, without cookies', async () => {
  const profile = await freshProfile({ locale: BROWSER_LOCALE.de });
  try {
    const { context } = profile;
    const origin = new URL(server.url).origin;
    const requests: string[] = [];
    // Requests in flight, and when the last one started or ended: for the wait at the end.
    const inFlight = new Set<Request>();
    let lastActivity = Date.now();
    context.on('request', (request) => {
      requests.push(request.url());
      inFlight.add(request);
      lastActivity = Date.now();
    });
    const settled = (request: Request) => {
      inFlight.delete(request);
      lastActivity = Date.now();
    };
    context.on('requestfinished', settled);
    context.on('requestfailed', settled);
    const page = await newPage(context);

    const response = await page.goto(server.url);
    const csp = response?.headers()['content-security-policy'] ?? '';
    const directives = csp.split(';').map((d) => d.trim());
    expect(directives).toContain("script-src 'self'");
    expect(directives).toContain("default-src 'self'");
    expect(directives).toContain("connect-src 'self'");
    await expectHeading(page, text.startTitle);
    await page.locator('.platform-summaries').waitFor();

    // The whole wizard: a service with a form, and one that only informs.
    await setUpWizard(page, server.url, 'de', [
      { name: 'Facebook', account: 'privat@example.org' },
      { name: 'Threads' },
    ]);
    // The form link is there, but only the person opens it; the test does not.
    const form = page.getByRole('link', { name: text.openForm('Facebook'), exact: true });
    expect(new URL((await form.getAttribute('href')) ?? '').origin).toBe(
      'https://www.facebook.com',
    );
    await openGrounds(page, 'de');
    await page.getByRole('group', { name: text.grounds }).getByRole('checkbox').nth(1).check();
    await page.getByLabel(text.note, { exact: true }).fill('Bitte nicht.');
    await recordSent(page, 'de');
    await page.getByRole('button', { name: text.next, exact: true }).click();
    await expectHeading(page, 'Threads');
    await page.getByRole('button', { name: text.understood, exact: true }).click();
    await expectHeading(page, text.doneTitle);
    await page.getByRole('link', { name: text.finish, exact: true }).click();
    await expectHeading(page, text.casesTitle);
    await page.locator('article.case').waitFor();
    await openPage(page, server.url, 'data', text.dataTitle);
    await page.evaluate(async () => {
      await navigator.serviceWorker.ready;
    });
    // Until nothing has been in flight for half a second, so that late requests (of the page
    // or of the service worker) are seen. (waitForLoadState('networkidle') would not wait:
    // its state was reached at the first load, and hash navigations do not reset it.)
    await expect
      .poll(() => inFlight.size === 0 && Date.now() - lastActivity >= 500, POLL)
      .toBe(true);

    // The app's files were requested (so requests are recorded), and nothing elsewhere.
    expect(requests).toContain(server.url);
    expect(requests.some((url) => /\/assets\/catalog-[\w-]+\.js$/.test(url))).toBe(true);
    expect(requests.filter((url) => new URL(url).origin !== origin)).toEqual([]);
    expect(await context.cookies()).toEqual([]);
    expect(await page.evaluate(() => document.cookie)).toBe('');
  } finally {
    await profile.close();
  }
});
