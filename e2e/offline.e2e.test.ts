// Offline: after the first visit the service worker serves the app; without a network the
// start page shows the catalog, and the wizard records a case.
import type { Page } from 'playwright-core';
import { expect, test } from 'vitest';
import { freshProfile } from './browser.js';
import { useServer } from './setup.js';
import {
  BROWSER_LOCALE,
  longDate,
  newPage,
  objectOnce,
  openPage,
  POLL,
  readCaseCards,
  TEXT,
  todayUtc,
} from './support.js';

const text = TEXT.en;
const server = useServer();

/** Whether the network answers a request the service worker has not cached. */
function networkAnswers(page: Page): Promise<boolean> {
  return page.evaluate(() =>
    fetch(`./not-cached-${Date.now()}`, { cache: 'no-store' }).then(
      () => true,
      () => false,
    ),
  );
}

test('after the first visit the app works offline', async () => {
  const profile = await freshProfile({ locale: BROWSER_LOCALE.en });
  try {
    const page = await newPage(profile.context);
    await openPage(page, server.url, 'start', text.startTitle);
    await page.evaluate(async () => {
      await navigator.serviceWorker.ready;
    });
    // The worker claims open pages when it activates; a reload covers a late claim.
    const controlled = () => page.evaluate(() => navigator.serviceWorker.controller !== null);
    if (!(await controlled())) {
      await page.reload();
      await expect.poll(controlled, POLL).toBe(true);
    }
    expect(await networkAnswers(page)).toBe(true);

    await profile.context.setOffline(true);
    expect(await networkAnswers(page)).toBe(false);
    await page.reload();
    await page.getByRole('heading', { level: 1, name: text.startTitle }).waitFor();
    const summaries = page.locator('.platform-summaries > li');
    await summaries.first().waitFor();
    expect(await summaries.locator('h3').allInnerTexts()).toEqual([
      expect.stringMatching(/^Facebook: /),
      expect.stringMatching(/^Instagram: /),
    ]);
    const facts = await summaries.locator('.fact > p:first-child').allInnerTexts();
    expect(facts).toHaveLength(2);
    for (const fact of facts) expect(fact).toMatch(/Meta .{40,}/);

    await objectOnce(page, server.url, 'en', { name: 'Instagram', account: 'offline@example.org' });
    expect(await readCaseCards(page)).toEqual([
      {
        heading: 'Instagram · offline@example.org',
        status: text.statusSubmitted,
        dates: [text.submittedOn(longDate('en', todayUtc()))],
        notes: [],
      },
    ]);
    expect(await networkAnswers(page)).toBe(false);
  } finally {
    await profile.close();
  }
});
