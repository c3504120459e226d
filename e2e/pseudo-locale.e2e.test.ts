// The pseudo-locale walk: every page and state of the app (a complaint letter included) in accented, lengthened English.
// A visible text that did not pass through the messages (or the catalog text helper) shows
// up unchanged and fails the test; the longer texts must not make a phone screen scroll
// sideways.
import { bundledCatalog } from '@widerspruch/catalog/bundled';
import type { Page } from 'playwright-core';
import { expect, test } from 'vitest';
import { PSEUDO_CLOSE, PSEUDO_OPEN } from '../apps/web/src/i18n/pseudo.js';
import { useBrowser, useServer } from './setup.js';
import {
  expectHeading,
  horizontalScroll,
  newPage,
  openAllDetails,
  openComplaint,
  ROUTES,
  walkEveryState,
} from './support.js';
import { UI_TEXT } from './ui-text.js';

const browser = useBrowser();
const server = useServer();

const PHONE = { width: 375, height: 812 };
const text = UI_TEXT.pseudo;

/** The switch the app reads (tests only) to show the pseudo-locale. */
const SWITCH = 'widerspruch.test.pseudo-locale';

const catalog = bundledCatalog();

/**
 * What may show without passing through the messages: names of platforms, companies and
 * authorities (proper names), what the walk typed in (user data), and the app's own name.
 * Numbers, dates, e-mail addresses and URLs are recognised by their form; titles of cited
 * sources (`cite`) and text marked `translate="no"` (menu labels quoted as the platform's app
 * shows them, publishers' names) are skipped.
 */
const PROPER_NAMES = [
  'Widerspruch',
  ...catalog.platforms.map((p) => p.name),
  ...catalog.controllers.flatMap((c) => [c.name, c.shortName ?? '']),
  ...catalog.authorities.map((a) => a.shortName),
].filter((n) => n !== '');
const TYPED = ['Meine Fotos. My photos.', 'Notiz', '@ich'];

function escapeRegExp(value: string): string {
  return value.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

/** Visible text nodes and labelling attributes that are not in the pseudo-locale. */
function untranslated(page: Page): Promise<string[]> {
  return page
    .evaluate(
      ({ open, close }) => {
        const found: string[] = [];
        const pseudo = (s: string) => s.includes(open) || s.includes(close);
        const months = Array.from({ length: 12 }, (_, m) =>
          new Intl.DateTimeFormat('en-GB', { month: 'long', timeZone: 'UTC' }).format(
            new Date(Date.UTC(2026, m, 15)),
          ),
        );
        const visible = (el: Element) => {
          if (el.closest('[hidden], [aria-hidden="true"]:not(svg)')) return false;
          const style = getComputedStyle(el);
          if (style.visibility === 'hidden' || style.display === 'none') return false;
          // Screen-reader-only text counts: it is read out.
          return el.getClientRects().length > 0 || el.closest('.visually-hidden') !== null;
        };
        const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
        for (let node = walker.nextNode(); node; node = walker.nextNode()) {
          const value = node.nodeValue ?? '';
          const parent = node.parentElement;
          if (!parent || !value.trim() || pseudo(value)) continue;
          if (parent.closest('script, style, noscript, option')) continue;
          // Titles of cited sources as published, and what is marked not to be translated:
          // proper names and menu labels quoted as the platform's app shows them.
          if (parent.closest('cite, [translate="no"]')) continue;
          if (!visible(parent)) continue;
          found.push(value.trim());
        }
        for (const el of document.body.querySelectorAll('[aria-label], [placeholder], [title]')) {
          for (const name of ['aria-label', 'placeholder', 'title']) {
            const value = el.getAttribute(name);
            if (value?.trim() && !pseudo(value)) found.push(`@${name}=${value}`);
          }
        }
        // The selected option of each select shows (except languages' own names).
        for (const select of document.querySelectorAll(
          'select:not(.lang-menu-select):not([translate="no"])',
        )) {
          const option = (select as HTMLSelectElement).selectedOptions[0];
          const value = option?.textContent?.trim();
          if (value && !pseudo(value) && visible(select)) found.push(`option ${value}`);
        }
        return [...found].map((s) => {
          let rest = s.replace(/^@[\w-]+=|^option /, '');
          for (const month of months) rest = rest.replaceAll(month, '');
          return `${s}\u0000${rest}`;
        });
      },
      { open: PSEUDO_OPEN, close: PSEUDO_CLOSE },
    )
    .then((all) =>
      all
        .filter((entry) => {
          let rest = entry.split('\u0000')[1] ?? '';
          for (const name of [...PROPER_NAMES, ...TYPED].sort((a, b) => b.length - a.length)) {
            rest = rest.replaceAll(name, '');
          }
          rest = rest
            .replace(/https?:\/\/\S+/g, '')
            .replace(/[\w.+-]+@[\w-]+(\.[\w-]+)+/g, '')
            .replace(
              /\b[a-z0-9-]+(\.[a-z0-9-]+)*\.(com|org|net|eu|de|at|be|nl|fr|es|it|pl|ie)\b/g,
              '',
            )
            .replace(/\b(at|am|pm)\b/g, '');
          // Only letters of words make a text: digits, dates, punctuation and symbols do not.
          return /\p{L}{2,}/u.test(rest);
        })
        .map((entry) => entry.split('\u0000')[0] ?? ''),
    );
}

test('every page in the pseudo-locale: no untranslated text, no sideways scrolling at 375 px', async () => {
  const profile = await browser.profile({ locale: 'en-GB', viewport: PHONE });
  try {
    await profile.context.addInitScript((key) => localStorage.setItem(key, 'on'), SWITCH);
    const page = await newPage(profile.context);
    const untranslatedBy: Record<string, string[]> = {};
    const scrolling: Record<string, string[]> = {};
    const visit = async (state: string) => {
      await openAllDetails(page);
      untranslatedBy[state] = [...new Set(await untranslated(page))];
      scrolling[state] = await horizontalScroll(page);
    };
    const states = await walkEveryState(page, server.url, 'pseudo', visit);
    // A case's complaint letter, with the country list and the authority's details.
    await page.goto(`${server.url}${ROUTES.cases}`);
    await page
      .getByRole('link', { name: new RegExp(`^${escapeRegExp(text.caseDetails)}`) })
      .first()
      .click();
    await page.locator('.badge').first().waitFor();
    await openComplaint(page, 'pseudo', { country: 'FR' });
    await page.locator('.letter-panel textarea').first().waitFor();
    states.push('case page, complaint letter');
    await visit('case page, complaint letter');
    // The pages the walk above does not reach.
    for (const [state, hash, heading] of [
      ['meta', '#/meta', text.metaTitle],
      ['scan', '#/export', undefined],
      ['remedies', '#/abhilfe/facebook', undefined],
    ] as const) {
      await page.goto(`${server.url}${hash}`);
      if (heading) await expectHeading(page, heading);
      else await page.locator('h1').first().waitFor();
      await page.waitForLoadState('networkidle');
      states.push(state);
      await visit(state);
    }
    expect(states).toHaveLength(20);
    const none = Object.fromEntries(states.map((s) => [s, []]));
    if (process.env.PSEUDO_REPORT) {
      const { writeFileSync } = await import('node:fs');
      writeFileSync(
        process.env.PSEUDO_REPORT,
        JSON.stringify({ untranslatedBy, scrolling }, null, 1),
      );
    }
    expect.soft(untranslatedBy, 'texts not in the pseudo-locale').toEqual(none);
    expect.soft(scrolling, 'horizontal scrolling at 375 px').toEqual(none);

    // The check does find a text that bypasses the messages.
    await page.evaluate(() => {
      const p = document.createElement('p');
      p.textContent = 'Planted text';
      document.querySelector('main')?.append(p);
    });
    expect(await untranslated(page)).toEqual(['Planted text']);
  } finally {
    await profile.close();
  }
}, 120_000);
