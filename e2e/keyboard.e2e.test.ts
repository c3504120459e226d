// Keyboard only: the whole wizard for Instagram with Tab, Space, Enter and typing; after
// each step change the focus is on the new step's heading (WCAG 2.4.3).
import type { Page } from 'playwright-core';
import { expect, test } from 'vitest';
import { useBrowser, useServer } from './setup.js';
import {
  BROWSER_LOCALE,
  expectHeading,
  newPage,
  openPage,
  POLL,
  readCaseCards,
  TEXT,
} from './support.js';

const browser = useBrowser();
const server = useServer();

/** What has the keyboard focus: tag, role-ish type and its visible name. */
function focused(page: Page): Promise<string> {
  return page.evaluate(() => {
    const el = document.activeElement;
    if (el === null) return '';
    const input = el as HTMLInputElement;
    const label = input.labels?.[0]?.textContent ?? '';
    const name = el.getAttribute('aria-label') ?? (label || el.textContent || '');
    const type = el.tagName === 'INPUT' ? `[${input.type}]` : '';
    return `${el.tagName.toLowerCase()}${type} ${name.replace(/\s+/g, ' ').trim()}`;
  });
}

const escapeRegExp = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/** Matches the focused element `kind` (e.g. `button`, `input[text]`) named exactly `name`. */
const element = (kind: string, name: string) =>
  new RegExp(`^${escapeRegExp(kind)} ${escapeRegExp(name)}$`);

/** Presses Tab until the focused element matches; fails after 200 presses. */
async function tabTo(page: Page, target: RegExp): Promise<void> {
  const seen: string[] = [];
  for (let i = 0; i < 200; i++) {
    await page.keyboard.press('Tab');
    const now = await focused(page);
    if (target.test(now)) return;
    seen.push(now);
  }
  throw new Error(`Tab never reached ${target}; focus went through:\n${seen.join('\n')}`);
}

async function expectFocusOnHeading(page: Page, heading: string): Promise<void> {
  await expectHeading(page, heading);
  await expect.poll(() => focused(page), POLL).toBe(`h1 ${heading}`);
}

test('the whole wizard for Instagram with the keyboard alone', async () => {
  const text = TEXT.de;
  const profile = await browser.profile({ locale: BROWSER_LOCALE.de });
  try {
    const page = await newPage(profile.context);
    await openPage(page, server.url, 'start', text.startTitle);
    await page.locator('.platform-summaries').waitFor();

    await tabTo(page, element('a', text.begin));
    await page.keyboard.press('Enter');
    await expectFocusOnHeading(page, text.wizardTitle);

    await tabTo(page, /^input\[checkbox\] Instagram\b/);
    await page.keyboard.press('Space');
    expect(await page.evaluate(() => (document.activeElement as HTMLInputElement).checked)).toBe(
      true,
    );
    await tabTo(page, element('input[text]', text.account('Instagram')));
    await page.keyboard.type('@tastatur');
    await tabTo(page, element('button', text.continue));
    await page.keyboard.press('Enter');
    await expectFocusOnHeading(page, 'Instagram');

    await tabTo(page, element('summary', text.addGrounds));
    await page.keyboard.press('Enter');
    await tabTo(page, /^input\[checkbox\] /);
    await page.keyboard.press('Space');
    await tabTo(page, element('textarea', text.note));
    await page.keyboard.type('Nur mit der Tastatur.');
    await expect
      .poll(() => page.getByLabel(text.text, { exact: true }).inputValue(), POLL)
      .toContain('Nur mit der Tastatur.');
    await tabTo(page, element('button', text.sent));
    await page.keyboard.press('Enter');
    await page.getByRole('status').filter({ hasText: text.recorded }).waitFor();
    await expectFocusOnHeading(page, 'Instagram');

    await tabTo(page, element('button', text.finish));
    await page.keyboard.press('Enter');
    await expectFocusOnHeading(page, text.doneTitle);
    await tabTo(page, element('a', text.finish));
    await page.keyboard.press('Enter');
    await expectFocusOnHeading(page, text.casesTitle);
    expect(await readCaseCards(page)).toEqual([
      expect.objectContaining({ heading: 'Instagram · @tastatur', status: text.statusSubmitted }),
    ]);
  } finally {
    await profile.close();
  }
});
