// Accessibility: axe-core (WCAG 2.2 AA) and reflow at 320 px (WCAG 1.4.10) on every page
// and wizard step in both languages.
import { describe, expect, test } from 'vitest';
import { useBrowser, useServer } from './setup.js';
import {
  axeViolations,
  BROWSER_LOCALE,
  horizontalScroll,
  newPage,
  openAllDetails,
  walkEveryState,
} from './support.js';

const browser = useBrowser();
const server = useServer();

const WIDE = { width: 1280, height: 900 };
/** 1280 px at 400 % zoom: WCAG 1.4.10 asks for no horizontal scrolling at this width. */
const NARROW = { width: 320, height: 640 };

describe.each(['de', 'en'] as const)('every page and wizard step (%s)', (lang) => {
  // One walk through the app per language, checked at both widths. The German walk loads
  // the app wide (device: computer), the English one narrow (device: phone), so that both
  // variants of the guide are checked.
  test('axe finds no WCAG 2.2 A/AA violation; nothing scrolls sideways at 320 px', async () => {
    const profile = await browser.profile({
      locale: BROWSER_LOCALE[lang],
      viewport: lang === 'de' ? WIDE : NARROW,
    });
    try {
      const page = await newPage(profile.context);
      const violations: Record<string, string[]> = {};
      const scrolling: Record<string, string[]> = {};
      const states = await walkEveryState(page, server.url, lang, async (state) => {
        await openAllDetails(page);
        await page.setViewportSize(WIDE);
        violations[state] = await axeViolations(page);
        await page.setViewportSize(NARROW);
        expect(await page.evaluate(() => document.documentElement.clientWidth)).toBe(320);
        scrolling[state] = await horizontalScroll(page);
      });
      expect(states).toHaveLength(16);
      const none = Object.fromEntries(states.map((s) => [s, []]));
      expect.soft(violations, 'axe violations').toEqual(none);
      expect.soft(scrolling, 'horizontal scrolling at 320 px').toEqual(none);

      // Both checks do find problems, so that the empty lists above mean something.
      await page.evaluate(() => {
        const button = document.createElement('button');
        button.className = 'planted';
        button.style.width = '400px';
        document.querySelector('main')?.append(button);
      });
      await page.setViewportSize(WIDE);
      expect(await axeViolations(page)).toEqual([
        expect.stringMatching(/^button-name .*\.planted/),
      ]);
      await page.setViewportSize(NARROW);
      expect(await horizontalScroll(page)).toEqual([
        expect.stringMatching(/^scrollWidth \d+ > clientWidth 320$/),
        expect.stringMatching(/^<button class="planted">/),
      ]);
    } finally {
      await profile.close();
    }
  }, 150_000); // 16 states, each checked at two widths with every disclosure open
});
