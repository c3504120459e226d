// The whole wizard for Facebook and Instagram, in German and in English, and the language
// switch in the header.
import type { AuthoredLocale } from '@widerspruch/catalog';
import { bundledCatalog } from '@widerspruch/catalog/bundled';
import { buildGuide, GROUND_IDS, type GroundId, objectionTextFor } from '@widerspruch/core';
import type { Page } from 'playwright-core';
import { describe, expect, test } from 'vitest';
import { useBrowser, useServer } from './setup.js';
import {
  BROWSER_LOCALE,
  expectHeading,
  longDate,
  newPage,
  openGrounds,
  openPage,
  POLL,
  ROUTES,
  readCaseCards,
  readSetting,
  serviceCheckbox,
  TEXT,
  todayUtc,
} from './support.js';

const browser = useBrowser();
const server = useServer();

const catalog = bundledCatalog();

/** The objection text the app must show, as the core library writes it. */
function expectedText(
  platform: string,
  lang: AuthoredLocale,
  grounds: GroundId[],
  note: string,
): string {
  const result = objectionTextFor(catalog, { platform, locale: lang, grounds, note });
  if (!result.ok) throw new Error(`no objection text for ${platform}`);
  return result.value.text;
}

const NOTE = {
  de: 'Ich zeige dort meine eigenen Illustrationen.',
  en: 'I show my own illustrations there.',
};

async function clipboardText(page: Page): Promise<string> {
  return page.evaluate(() => navigator.clipboard.readText());
}

describe.each(['de', 'en'] as const)('wizard (%s)', (lang) => {
  const text = TEXT[lang];

  test.each(['Facebook', 'Instagram'] as const)(
    '%s from start to "My objections"',
    async (name) => {
      const id = name.toLowerCase();
      const account = `${id}-user@example.org`;
      const profile = await browser.profile({ locale: BROWSER_LOCALE[lang] });
      try {
        await profile.context.grantPermissions(['clipboard-read', 'clipboard-write'], {
          origin: new URL(server.url).origin,
        });
        const page = await newPage(profile.context);
        await openPage(page, server.url, 'start', text.startTitle);
        expect(await page.locator('html').getAttribute('lang')).toBe(lang);

        // Setup: the service and an account label.
        await page.getByRole('link', { name: text.begin, exact: true }).click();
        await expectHeading(page, text.wizardTitle);
        await serviceCheckbox(page, name).check();
        await page.getByLabel(text.account(name), { exact: true }).fill(account);
        await page.getByRole('button', { name: text.continue, exact: true }).click();

        // The task: the official form in a new tab, without opener or referrer.
        await expectHeading(page, name);
        await page.locator('p.account', { hasText: account }).waitFor();
        const form = page.getByRole('link', { name: text.openForm(name), exact: true });
        expect(await form.getAttribute('target')).toBe('_blank');
        expect((await form.getAttribute('rel'))?.split(/\s+/)).toEqual(
          expect.arrayContaining(['noopener', 'noreferrer']),
        );
        expect(await form.getAttribute('href')).toMatch(
          new RegExp(`^https://[a-z.]*\\b${id}\\.com/`),
        );

        // The routes in the app, for when the form does not load, as the guide gives them.
        const device = (await page
          .getByRole('radio', { name: 'Computer', exact: true })
          .isChecked())
          ? 'desktop'
          : 'mobile';
        const guide = buildGuide(catalog, { platform: id, locale: lang, device });
        const inAppStep = guide.ok ? guide.value.steps.find((s) => s.id === 'in-app') : undefined;
        expect(inAppStep?.routes.length).toBeGreaterThan(0);
        const inApp = page.locator('section.step-in-app');
        expect(await inApp.getByRole('heading', { level: 2 }).textContent()).toBe(inAppStep?.title);
        // A fallback to the form: collapsed until opened, so the text follows the form button.
        // The list is in the page (else "not visible" would hold trivially), only hidden.
        await inApp.locator('ol.menu-path').first().waitFor({ state: 'attached' });
        expect(await inApp.locator('ol.menu-path').first().isVisible()).toBe(false);
        await inApp.getByRole('heading', { level: 2 }).click();
        await inApp.locator('ol.menu-path').first().waitFor();
        const routes = await inApp
          .locator('ol.menu-path')
          .evaluateAll((lists) =>
            lists.map((ol) => [...ol.querySelectorAll('li')].map((li) => li.textContent)),
          );
        expect(routes).toEqual(inAppStep?.routes.map((r) => [...r.steps]));
        for (const steps of routes) expect(steps.length).toBeGreaterThanOrEqual(2);

        // The objection text follows the grounds and the note.
        const output = page.getByLabel(text.text, { exact: true });
        const plain = expectedText(id, lang, [], '');
        expect(await output.inputValue()).toBe(plain);
        await openGrounds(page, lang);
        await page.getByRole('group', { name: text.grounds }).getByRole('checkbox').first().check();
        await page.getByLabel(text.note, { exact: true }).fill(NOTE[lang]);
        const full = expectedText(id, lang, [GROUND_IDS[0]], NOTE[lang]);
        expect(full).not.toBe(plain);
        expect(full).toContain(NOTE[lang]);
        await expect.poll(() => output.inputValue(), POLL).toBe(full);

        // Copy: the clipboard then holds exactly the text.
        await page.evaluate(() => navigator.clipboard.writeText('(vorher / before)'));
        expect(await clipboardText(page)).toBe('(vorher / before)');
        await page.getByRole('button', { name: text.copy, exact: true }).click();
        await page.getByRole('status').filter({ hasText: text.copied }).waitFor();
        expect(await clipboardText(page)).toBe(await output.inputValue());

        // Record the submission.
        await page.getByRole('button', { name: text.sent, exact: true }).click();
        const recorded = page.getByRole('status').filter({ hasText: text.recorded });
        await recorded.waitFor();
        const today = new Intl.DateTimeFormat(BROWSER_LOCALE[lang], { dateStyle: 'long' }).format(
          new Date(),
        );
        expect(await recorded.textContent()).toContain(today);

        // Finish.
        await page.getByRole('button', { name: text.finish, exact: true }).click();
        await expectHeading(page, text.doneTitle);
        await page.getByText(text.doneOne).waitFor();
        await page.getByRole('link', { name: text.finish, exact: true }).click();
        await expectHeading(page, text.casesTitle);
        expect(new URL(page.url()).hash).toBe(ROUTES.cases);
        expect(await readCaseCards(page)).toEqual([
          {
            heading: `${name} · ${account}`,
            status: text.statusSubmitted,
            dates: [text.submittedOn(longDate(lang, todayUtc()))],
            notes: [],
          },
        ]);
      } finally {
        await profile.close();
      }
    },
  );
});

test('the language menu in the header changes the language, also mid-wizard, and is kept', async () => {
  const profile = await browser.profile({ locale: BROWSER_LOCALE.de });
  try {
    const page = await newPage(profile.context);
    await openPage(page, server.url, 'start', TEXT.de.startTitle);
    const lang = () => page.locator('html').getAttribute('lang');
    expect(await lang()).toBe('de');

    await page.getByRole('combobox', { name: TEXT.de.language, exact: true }).selectOption('en');
    await expectHeading(page, TEXT.en.startTitle);
    expect(await lang()).toBe('en');
    await page.getByRole('navigation').getByRole('link', { name: 'My objections' }).waitFor();
    await page.getByRole('heading', { name: TEXT.en.startWhatHappens }).waitFor();

    // The choice is stored: after a reload the app is still in English. The app does not
    // wait for the write, so the test does, before reloading (a reload would abort it).
    await expect.poll(() => readSetting(page, 'locale'), POLL).toBe('en');
    await page.reload();
    await expectHeading(page, TEXT.en.startTitle);
    expect(await lang()).toBe('en');

    // Mid-wizard: the task stays, its texts change language.
    await page.goto(`${server.url}${ROUTES.wizard}`);
    await expectHeading(page, TEXT.en.wizardTitle);
    await serviceCheckbox(page, 'Instagram').check();
    await page.getByRole('button', { name: TEXT.en.continue, exact: true }).click();
    await expectHeading(page, 'Instagram');
    await page.getByRole('button', { name: TEXT.en.sent, exact: true }).waitFor();
    await page.getByRole('combobox', { name: TEXT.en.language, exact: true }).selectOption('de');
    await page.getByRole('button', { name: TEXT.de.sent, exact: true }).waitFor();
    await expectHeading(page, 'Instagram');
    expect(await lang()).toBe('de');
    expect(await page.getByRole('button', { name: TEXT.en.sent }).count()).toBe(0);
  } finally {
    await profile.close();
  }
});

test('the service list can be narrowed by typing; chosen services stay in it', async () => {
  const profile = await browser.profile({ locale: BROWSER_LOCALE.de });
  try {
    const page = await newPage(profile.context);
    await openPage(page, server.url, 'wizard', TEXT.de.wizardTitle);
    const all = await page.getByRole('checkbox').count();
    expect(all).toBe(catalog.platforms.length);
    await serviceCheckbox(page, 'LinkedIn').check();
    await page.getByRole('searchbox', { name: 'Dienst suchen' }).fill('insta');
    const names = () => page.locator('.service > label.check strong').allTextContents();
    await expect.poll(names, POLL).toEqual(['Instagram', 'LinkedIn']);
    await page.getByRole('searchbox', { name: 'Dienst suchen' }).fill('');
    await expect.poll(() => page.getByRole('checkbox').count(), POLL).toBe(all);
  } finally {
    await profile.close();
  }
});

test('the start page links to each Meta platform guide, which shows its routes', async () => {
  const profile = await browser.profile({ locale: BROWSER_LOCALE.de });
  try {
    const page = await newPage(profile.context);
    await openPage(page, server.url, 'start', TEXT.de.startTitle);
    await page
      .getByRole('link', { name: 'So widersprechen Sie bei Instagram: alle Wege', exact: true })
      .click();
    await expectHeading(page, 'So widersprechen Sie bei Instagram');
    await page.getByRole('heading', { level: 2 }).first().waitFor();
    expect(await page.locator('section.step').count()).toBeGreaterThan(2);
    // The guide belongs to "Object" in the navigation.
    expect(
      await page
        .getByRole('navigation')
        .getByRole('link', { name: 'Widersprechen' })
        .getAttribute('aria-current'),
    ).toBe('page');
  } finally {
    await profile.close();
  }
});
