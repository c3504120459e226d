// Every language of the app: the first visit follows the browser's language (title, lang,
// manifest, menu), the Meta screen records an objection, and its case writes a complaint to
// the authority where the person lives; axe finds nothing on either page. One browser; a
// fresh profile per language, so that each starts as a first visit.
import { LOCALES, type Locale } from '@widerspruch/catalog';
import { describe, expect, test } from 'vitest';
import { useBrowser, useServer } from './setup.js';
import {
  axeViolations,
  BROWSER_LOCALE,
  expectHeading,
  newPage,
  openComplaint,
  POLL,
  TEXT,
} from './support.js';

const browser = useBrowser();
const server = useServer();

/** Where the person lives in each language's walk: a country whose authority has a record. */
const RESIDENCE: Record<Locale, { country: string; region?: string }> = {
  de: { country: 'DE', region: 'BY' },
  en: { country: 'IE' },
  fr: { country: 'FR' },
  es: { country: 'ES' },
  it: { country: 'IT' },
  nl: { country: 'NL' },
  pl: { country: 'PL' },
};

describe.each(LOCALES)('the app in %s', (lang) => {
  test('first visit, Meta screen and a complaint letter; axe clean', async () => {
    const text = TEXT[lang];
    // No service worker: its precache of every file is not what this test is about.
    const profile = await browser.profile({
      locale: BROWSER_LOCALE[lang],
      serviceWorkers: 'block',
    });
    try {
      const page = await newPage(profile.context);
      await page.goto(server.url);
      await expectHeading(page, text.startTitle);
      expect(await page.locator('html').getAttribute('lang')).toBe(lang);
      expect(await page.title()).toBe(text.title);
      expect(await page.locator('link[rel="manifest"]').getAttribute('href')).toBe(
        `./manifest.${lang}.webmanifest`,
      );
      const menu = page.getByRole('combobox', { name: text.language, exact: true });
      expect(await menu.inputValue()).toBe(lang);

      await page.getByRole('link', { name: text.metaLink, exact: true }).click();
      await expectHeading(page, text.metaTitle);
      expect(await axeViolations(page), 'axe on the Meta screen').toEqual([]);
      await page.getByRole('button', { name: text.metaSent('Facebook'), exact: true }).click();
      await page.getByRole('link', { name: text.metaToCase('Facebook'), exact: true }).click();
      await page.locator('.badge').first().waitFor();

      const panel = await openComplaint(page, lang, RESIDENCE[lang]);
      const preview = panel.getByLabel(text.letterPreview, { exact: true });
      await expect.poll(() => preview.inputValue(), POLL).toContain('Anna Muster');
      expect(await axeViolations(page), 'axe on the case with its complaint letter').toEqual([]);
    } finally {
      await profile.close();
    }
  }, 30_000);
});
