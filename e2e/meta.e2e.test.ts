// Facebook and Instagram in one minute, on a 375 x 812 phone: one tap from the start page,
// both forms and copy buttons within two screen heights, both objections recorded with six
// taps, the keyboard path short, the screen's state kept over a reload, and axe and reflow.
import type { Locale } from '@widerspruch/catalog';
import type { BrowserContext, Page } from 'playwright-core';
import { describe, expect, test } from 'vitest';
import { useBrowser, useServer } from './setup.js';
import {
  axeViolations,
  BROWSER_LOCALE,
  expectHeading,
  horizontalScroll,
  newPage,
  openAllDetails,
  openPage,
  POLL,
  readDatabase,
  TEXT,
} from './support.js';
import { messages } from './ui-text.js';

const browser = useBrowser();
const server = useServer();

const PHONE = { width: 375, height: 812 };

/** The Meta page's texts in a language, from the app's messages. */
function metaText(lang: Locale) {
  const { t } = messages(lang);
  return {
    link: t('start.meta'),
    title: t('meta.title'),
    openForm: (p: string) =>
      `${t('meta.openForm')} ${t('meta.formOf', { platform: p })} ${t('wizard.newTab')}`,
    copy: (p: string) => `${t('wizard.copy')} ${t('meta.forPlatform', { platform: p })}`,
    sent: (p: string) => `${t('meta.sent')} (${p})`,
    recorded: (p: string) => t('meta.recorded', { platform: p }).split('{date}')[0]?.trim() ?? '',
    screenshot: t('proof.screenshot'),
  };
}

/** The forms open in new tabs; they are answered here, so that no request leaves the machine. */
async function answerForms(context: BrowserContext): Promise<void> {
  await context.route(/^https:\/\/([a-z]+\.)?(facebook|instagram)\.com\//, (route) =>
    route.fulfill({ contentType: 'text/html', body: '<title>form</title>' }),
  );
}

/** Where an element ends, from the top of the page (not of the viewport). */
function bottomOf(page: Page, selector: string, name: string): Promise<number> {
  return page
    .getByRole(selector as 'link' | 'button', { name, exact: true })
    .evaluate((el) => el.getBoundingClientRect().bottom + window.scrollY);
}

describe.each(['de', 'en'] as const)(
  'Facebook and Instagram in one minute (%s)',
  (lang: Locale) => {
    const m = metaText(lang);

    test('one tap to the screen; both objections with six taps; kept over a reload', async () => {
      const profile = await browser.profile({ locale: BROWSER_LOCALE[lang], viewport: PHONE });
      try {
        await profile.context.grantPermissions(['clipboard-read', 'clipboard-write'], {
          origin: new URL(server.url).origin,
        });
        await answerForms(profile.context);
        const page = await newPage(profile.context);
        await openPage(page, server.url, 'start', TEXT[lang].startTitle);
        let taps = 0;
        const tap = async (role: 'link' | 'button', name: string) => {
          taps += 1;
          const popup = role === 'link' && taps > 1 ? page.waitForEvent('popup') : undefined;
          await page.getByRole(role, { name, exact: true }).click();
          if (popup) await (await popup).close();
        };

        await tap('link', m.link);
        await expectHeading(page, m.title);
        expect(taps).toBe(1);
        // Both forms and both copy buttons within the first two screen heights.
        for (const name of ['Facebook', 'Instagram']) {
          const link = page.getByRole('link', { name: m.openForm(name), exact: true });
          expect(await link.getAttribute('target')).toBe('_blank');
          expect(await link.getAttribute('rel')).toMatch(/\bnoopener\b/);
          expect(await link.getAttribute('href')).toMatch(
            /^https:\/\/([a-z]+\.)?(facebook|instagram)\.com\//,
          );
          expect(await bottomOf(page, 'link', m.openForm(name))).toBeLessThanOrEqual(
            2 * PHONE.height,
          );
          expect(await bottomOf(page, 'button', m.copy(name))).toBeLessThanOrEqual(
            2 * PHONE.height,
          );
        }

        await tap('link', m.openForm('Facebook'));
        await tap('button', m.copy('Facebook'));
        await tap('button', m.sent('Facebook'));
        await page
          .getByRole('status')
          .filter({ hasText: m.recorded('Facebook') })
          .waitFor();
        await page.getByText(m.screenshot).waitFor();
        // Instagram takes the same text: it is still on the clipboard.
        await tap('link', m.openForm('Instagram'));
        await tap('button', m.sent('Instagram'));
        await page
          .getByRole('status')
          .filter({ hasText: m.recorded('Instagram') })
          .waitFor();
        expect(taps).toBeLessThanOrEqual(6);
        expect(await page.evaluate(() => navigator.clipboard.readText())).toMatch(
          lang === 'de' ? /^Hiermit widerspreche ich .* durch Meta\.$/ : /^I hereby object .*Meta/,
        );

        const stored = await readDatabase(page);
        expect(stored.cases.map((c) => c.platform).sort()).toEqual(['facebook', 'instagram']);
        for (const c of stored.cases) {
          expect((c.events as { kind: string; via?: string }[])[0]).toMatchObject({
            kind: 'submitted',
            via: 'web-form',
          });
        }

        // A reload, and a new page in the same browser, keep which of the two is done.
        await page.reload();
        await expectHeading(page, m.title);
        for (const name of ['Facebook', 'Instagram']) {
          await page
            .getByRole('status')
            .filter({ hasText: m.recorded(name) })
            .waitFor();
        }
        const other = await newPage(profile.context);
        await other.goto(`${server.url}#/meta`);
        await expectHeading(other, m.title);
        await other
          .getByRole('status')
          .filter({ hasText: m.recorded('Instagram') })
          .waitFor();
        await expect
          .poll(() => other.getByRole('button', { name: m.sent('Facebook') }).count(), POLL)
          .toBe(0);
      } finally {
        await profile.close();
      }
    });

    test('axe finds no WCAG 2.2 A/AA violation; nothing scrolls sideways at 320 px', async () => {
      const profile = await browser.profile({ locale: BROWSER_LOCALE[lang], viewport: PHONE });
      try {
        await answerForms(profile.context);
        const page = await newPage(profile.context);
        await page.goto(`${server.url}#/meta`);
        await expectHeading(page, m.title);
        const check = async () => {
          await openAllDetails(page);
          await page.setViewportSize({ width: 1280, height: 900 });
          expect(await axeViolations(page)).toEqual([]);
          await page.setViewportSize({ width: 320, height: 640 });
          expect(await horizontalScroll(page)).toEqual([]);
          await page.setViewportSize(PHONE);
        };
        await check();
        await page.getByRole('button', { name: m.sent('Facebook'), exact: true }).click();
        await page.getByText(m.screenshot).waitFor();
        await check();
      } finally {
        await profile.close();
      }
    });
  },
);

/** What has the keyboard focus: tag and visible (or accessible) name. */
function focused(page: Page): Promise<string> {
  return page.evaluate(() => {
    const el = document.activeElement;
    if (el === null) return '';
    const label = (el as HTMLInputElement).labels?.[0]?.textContent ?? '';
    const name = el.getAttribute('aria-label') ?? (label || el.textContent || '');
    return `${el.tagName.toLowerCase()} ${name.replace(/\s+/g, ' ').trim()}`;
  });
}

test('keyboard only: at most 25 Tab presses from the start page to the Facebook case', async () => {
  const m = metaText('de');
  const profile = await browser.profile({ locale: BROWSER_LOCALE.de, viewport: PHONE });
  try {
    const page = await newPage(profile.context);
    await openPage(page, server.url, 'start', TEXT.de.startTitle);
    let presses = 0;
    const tabTo = async (target: string) => {
      for (let i = 0; i < 60; i++) {
        await page.keyboard.press('Tab');
        presses += 1;
        if ((await focused(page)) === target) return;
      }
      throw new Error(`Tab never reached ${target}`);
    };
    await tabTo(`a ${m.link}`);
    await page.keyboard.press('Enter');
    await expectHeading(page, m.title);
    await tabTo(`a ${m.openForm('Facebook')} ↗`);
    await tabTo(`button ${m.copy('Facebook')}`);
    await tabTo(`button ${m.sent('Facebook')}`);
    await page.keyboard.press('Enter');
    await page
      .getByRole('status')
      .filter({ hasText: m.recorded('Facebook') })
      .waitFor();
    expect(presses).toBeLessThanOrEqual(25);
    console.info(`Tab presses from the start page to the Facebook case recorded: ${presses}`);
  } finally {
    await profile.close();
  }
});
