// Shared steps of the end-to-end tests: the texts a person sees, the wizard, the cases page,
// the stored data, axe and reflow checks.
import { AxeBuilder } from '@axe-core/playwright';
import { LOCALE_INFO, LOCALES, type Locale } from '@widerspruch/catalog';
import type { BrowserContext, Page } from 'playwright-core';
import { type TextLocale, UI_TEXT } from './ui-text.js';

/** The browser locale that makes the app start in a language. */
export const BROWSER_LOCALE: Record<Locale, string> = Object.fromEntries(
  LOCALES.map((l) => [l, LOCALE_INFO[l].intl]),
) as Record<Locale, string>;

/**
 * The texts the tests look for, as a person sees them, in every language and the pseudo-locale
 * (from the app's message files), plus German texts of core that have no message key.
 */
export const TEXT = {
  ...UI_TEXT,
  de: {
    ...UI_TEXT.de,
    newerVersion: (version: number) =>
      `Die Datei stammt aus einer neueren Version von Widerspruch (Format ${version}).`,
    notJson: 'Diese Datei lässt sich nicht als Sicherung lesen (kein gültiges JSON).',
    nothingChanged: 'Es wurde nichts geändert.',
  },
};

/** Options for `expect.poll`: as patient as Playwright's waits (its default is 1 s). */
export const POLL = { timeout: 10_000, interval: 50 };

/** Hash routes of the app. */
export const ROUTES = {
  start: '#/',
  wizard: '#/widersprechen',
  cases: '#/meine-widersprueche',
  data: '#/daten',
  notFound: '#/gibt-es-nicht',
} as const;

/** A calendar date (YYYY-MM-DD, or an instant) as the app writes it: "29. November 2026". */
export function longDate(lang: Locale, value: Date | string): string {
  const date = typeof value === 'string' ? new Date(`${value}T12:00:00Z`) : value;
  return new Intl.DateTimeFormat(BROWSER_LOCALE[lang], {
    day: 'numeric',
    month: 'long',
    year: 'numeric',
    timeZone: 'UTC',
  }).format(date);
}

/** A day `days` from today in the local time zone (YYYY-MM-DD), as the app's forms use. */
export function localDay(days = 0): string {
  const d = new Date();
  d.setDate(d.getDate() + days);
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${d.getFullYear()}-${pad(d.getMonth() + 1)}-${pad(d.getDate())}`;
}

/** Today as the app records a submission (the UTC day of the timestamp). */
export function todayUtc(): string {
  return new Date().toISOString().slice(0, 10);
}

/** Waits until the page's h1 reads `text`. */
export async function expectHeading(page: Page, text: string): Promise<void> {
  await page.getByRole('heading', { level: 1, name: text, exact: true }).waitFor();
}

/** Opens a page of the app and waits until it has rendered its heading. */
export async function openPage(
  page: Page,
  base: string,
  route: keyof typeof ROUTES,
  heading: string,
): Promise<void> {
  await page.goto(`${base}${ROUTES[route]}`);
  await expectHeading(page, heading);
}

/** A service and the account label to enter for it. */
export interface Choice {
  readonly name: 'Facebook' | 'Instagram' | 'Messenger' | 'Threads' | 'WhatsApp';
  readonly account?: string;
}

/** The service checkbox on the setup step (its name starts with the service's name). */
export function serviceCheckbox(page: Page, name: string) {
  return page.getByRole('checkbox', { name: new RegExp(`^${name}\\b`) });
}

/** Setup step: chooses services, enters account labels, continues to the first task. */
export async function setUpWizard(
  page: Page,
  base: string,
  lang: TextLocale,
  choices: readonly Choice[],
): Promise<void> {
  const text = TEXT[lang];
  await openPage(page, base, 'wizard', text.wizardTitle);
  for (const choice of choices) {
    await serviceCheckbox(page, choice.name).check();
    if (choice.account !== undefined) {
      await page.getByLabel(text.account(choice.name), { exact: true }).fill(choice.account);
    }
  }
  await page.getByRole('button', { name: text.continue, exact: true }).click();
  await expectHeading(page, choices[0]?.name ?? '');
}

/** On a task: opens the optional grounds and note below the text to copy. */
export async function openGrounds(page: Page, lang: TextLocale): Promise<void> {
  await page.locator('summary', { hasText: TEXT[lang].addGrounds }).click();
  await page.getByRole('group', { name: TEXT[lang].grounds }).waitFor();
}

/** On a task: records that the objection was sent; returns the confirmation message. */
export async function recordSent(page: Page, lang: TextLocale): Promise<string> {
  await page.getByRole('button', { name: TEXT[lang].sent, exact: true }).click();
  const message = page.getByRole('status').filter({ hasText: TEXT[lang].recorded });
  await message.waitFor();
  return (await message.textContent()) ?? '';
}

/** The whole wizard for one service and account, ending on "My objections". */
export async function objectOnce(
  page: Page,
  base: string,
  lang: TextLocale,
  choice: Choice,
): Promise<void> {
  const text = TEXT[lang];
  await setUpWizard(page, base, lang, [choice]);
  await recordSent(page, lang);
  await page.getByRole('button', { name: text.finish, exact: true }).click();
  await expectHeading(page, text.doneTitle);
  await page.getByRole('link', { name: text.finish, exact: true }).click();
  await expectHeading(page, text.casesTitle);
  await page.locator('article.case').first().waitFor();
}

/** What "My objections" shows of one case. */
export interface CaseCardView {
  readonly heading: string;
  readonly status: string;
  readonly dates: readonly string[];
  readonly notes: readonly string[];
}

/** Every case card on "My objections", in page order. */
export function readCaseCards(page: Page): Promise<CaseCardView[]> {
  return page.locator('article.case').evaluateAll((articles) =>
    articles.map((a) => ({
      heading: a.querySelector('h2, h3')?.textContent ?? '',
      status: a.querySelector('.badge')?.textContent ?? '',
      dates: [...a.querySelectorAll('.dates li')].map((li) => li.textContent ?? ''),
      notes: [...a.querySelectorAll('.notes li')].map((li) => li.textContent ?? ''),
    })),
  );
}

/** What the app stored in IndexedDB (call only after the app has opened its database). */
export interface StoredData {
  readonly profiles: readonly Record<string, unknown>[];
  readonly cases: readonly Record<string, unknown>[];
}

/** Reads the app's IndexedDB database. */
export function readDatabase(page: Page): Promise<StoredData> {
  // No named helpers inside: the function runs in the page, without the test's transpiler.
  return page.evaluate(async () => {
    const db = await new Promise<IDBDatabase>((resolve, reject) => {
      const request = indexedDB.open('widerspruch');
      request.onsuccess = () => resolve(request.result);
      request.onerror = () => reject(request.error);
    });
    const [profiles, cases] = await Promise.all(
      ['profiles', 'cases'].map(
        (store) =>
          new Promise<Record<string, unknown>[]>((resolve, reject) => {
            const request = db.transaction(store).objectStore(store).getAll();
            request.onsuccess = () => resolve(request.result);
            request.onerror = () => reject(request.error);
          }),
      ),
    );
    db.close();
    return { profiles: profiles ?? [], cases: cases ?? [] };
  });
}

/** Reads one of the app's settings from IndexedDB (undefined while it is not stored). */
export function readSetting(page: Page, key: string): Promise<unknown> {
  return page.evaluate(async (key) => {
    const db = await new Promise<IDBDatabase>((resolve, reject) => {
      const request = indexedDB.open('widerspruch');
      request.onsuccess = () => resolve(request.result);
      request.onerror = () => reject(request.error);
    });
    try {
      const record = await new Promise<{ value?: unknown } | undefined>((resolve, reject) => {
        const request = db.transaction('settings').objectStore('settings').get(key);
        request.onsuccess = () => resolve(request.result);
        request.onerror = () => reject(request.error);
      });
      return record?.value;
    } finally {
      db.close();
    }
  }, key);
}

/**
 * Walks through every page and wizard step in one language and calls `visit` in each state:
 * start, not found, the empty lists, the setup (with an error, with two accounts), a task
 * before and after recording, an info-only task (Threads), done, the cases with the confirm
 * and note forms open, a case's own page (also with its situations and a letter open), and
 * the data page (also with the passphrase fields). Returns the states in order.
 */
export async function walkEveryState(
  page: Page,
  base: string,
  lang: TextLocale,
  visit: (state: string) => Promise<void>,
): Promise<string[]> {
  const text = TEXT[lang];
  const states: string[] = [];
  const at = async (state: string) => {
    states.push(state);
    await visit(state);
  };
  const button = (name: string) => page.getByRole('button', { name, exact: true });

  await openPage(page, base, 'start', text.startTitle);
  await page.locator('.platform-summaries').waitFor();
  await at('start');
  await openPage(page, base, 'notFound', text.notFoundTitle);
  await at('not found');
  await openPage(page, base, 'cases', text.casesTitle);
  await at('cases, empty');
  await openPage(page, base, 'data', text.dataTitle);
  await at('data, empty');

  await openPage(page, base, 'wizard', text.wizardTitle);
  await button(text.continue).click();
  await page.getByRole('alert').filter({ hasText: text.noneChosen }).waitFor();
  await at('setup, nothing chosen');
  for (const name of ['Facebook', 'Instagram', 'Threads']) {
    await serviceCheckbox(page, name).check();
  }
  await page.getByLabel(text.account('Facebook'), { exact: true }).fill('ich@example.org');
  await page.getByLabel(text.account('Instagram'), { exact: true }).fill('@ich');
  await button(text.addAccount('Facebook')).click();
  await page.getByLabel(text.account('Facebook', 2), { exact: true }).fill('zweites@example.org');
  await at('setup, two accounts');
  await button(text.removeAccount(2)).click();
  await button(text.continue).click();

  await expectHeading(page, 'Facebook');
  await openGrounds(page, lang);
  await page.getByRole('group', { name: text.grounds }).getByRole('checkbox').first().check();
  await page.getByLabel(text.note, { exact: true }).fill('Meine Fotos. My photos.');
  await at('task');
  await recordSent(page, lang);
  await at('task, recorded');
  await button(text.next).click();
  await expectHeading(page, 'Instagram');
  await recordSent(page, lang);
  await button(text.next).click();
  await expectHeading(page, 'Threads');
  await at('task, info only (Threads)');
  await button(text.understood).click();
  await expectHeading(page, text.doneTitle);
  await page.getByText(text.doneTwo).waitFor();
  await at('done');

  await page.getByRole('link', { name: text.finish, exact: true }).click();
  await expectHeading(page, text.casesTitle);
  const cards = page.locator('article.case');
  await cards.nth(1).waitFor();
  const heading = (await cards.nth(0).locator('h2, h3').textContent()) ?? '';
  await cards
    .nth(0)
    .getByRole('link', { name: new RegExp(`^${text.caseDetails}`) })
    .click();
  await expectHeading(page, heading);
  await at('case page');
  // Every situation open (the one ahead with its day), and a letter panel.
  await openAllDetails(page);
  await page.locator('.letter-panel, details button.button-small').first().waitFor();
  await page.locator('details button.button-small').first().click();
  await page.locator('.letter-panel h3').waitFor();
  await at('case page, situations and a letter open');
  // The route through the app's menus links to the platform's guide, to read again.
  await page.getByRole('link', { name: text.openGuide, exact: true }).click();
  await expectHeading(page, text.guideTitle(heading.split(' · ')[0] ?? heading));
  // The routes through the menus are a fallback, collapsed below the primary route.
  await page.locator('details.more-routes').waitFor();
  await openAllDetails(page);
  await page.locator('section.step-in-app ol.menu-path').first().waitFor();
  await at('guide');

  await openPage(page, base, 'cases', text.casesTitle);
  await cards.nth(1).waitFor();
  await cards.nth(0).getByRole('button', { name: text.markConfirmed, exact: true }).click();
  await cards.nth(1).getByRole('button', { name: text.addNote, exact: true }).click();
  await cards.nth(0).getByLabel(text.confirmDate, { exact: true }).waitFor();
  await cards.nth(1).getByLabel(text.noteLabel, { exact: true }).fill('Notiz');
  await at('cases, confirm and note forms open');
  await openPage(page, base, 'data', text.dataTitle);
  await at('data');
  await page.getByRole('checkbox').first().check();
  await page.locator('#secret-again').waitFor();
  await at('data, passphrase fields');
  return states;
}

/**
 * On a case's page: records that the company rejected the objection and opens the complaint
 * letter for a person living in `country` (and German `region`); returns the letter panel.
 */
export async function openComplaint(
  page: Page,
  lang: TextLocale,
  residence: { readonly country: string; readonly region?: string },
) {
  const text = TEXT[lang];
  await page.getByLabel(text.recordWhat, { exact: true }).selectOption('reply-received');
  await page.getByLabel(text.replyKind, { exact: true }).selectOption('rejected');
  await page.getByRole('button', { name: text.record, exact: true }).click();
  await page.locator('.badge', { hasText: text.rejected }).waitFor();
  await page
    .getByRole('button', {
      name: new RegExp(text.letterComplaint.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')),
    })
    .first()
    .click();
  const panel = page.locator('.letter-panel');
  await panel.getByRole('heading', { name: text.letterComplaint }).waitFor();
  await panel.getByLabel(text.letterName, { exact: true }).fill('Anna Muster');
  await panel.getByLabel(text.letterAddress, { exact: true }).fill('Musterstraße 1\n20095 Hamburg');
  await panel.getByLabel(text.letterCountry, { exact: true }).selectOption(residence.country);
  if (residence.region) {
    await panel.getByLabel(text.letterRegion, { exact: true }).selectOption(residence.region);
  }
  return panel;
}

/** Opens every <details> element, so that checks see the collapsed content too. */
export async function openAllDetails(page: Page): Promise<void> {
  await page.evaluate(() => {
    for (const details of document.querySelectorAll('details')) details.open = true;
  });
}

const AXE_TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'];

/** Runs axe-core on the page; the result lists the violations, readably. */
export async function axeViolations(page: Page): Promise<string[]> {
  // Legacy mode runs axe.run() in the page instead of finishing in an extra blank page: the
  // app has no frames, and it halves the time of a check.
  const result = await new AxeBuilder({ page }).withTags(AXE_TAGS).setLegacyMode(true).analyze();
  return result.violations.flatMap((v) =>
    v.nodes.map((n) => `${v.id} (${v.impact}): ${n.target.join(' ')} – ${n.failureSummary}`),
  );
}

/**
 * Whether the page scrolls sideways: empty if `scrollWidth <= clientWidth`, else the overflow
 * and the innermost elements that stick out on the right.
 */
export function horizontalScroll(page: Page): Promise<string[]> {
  return page.evaluate(() => {
    const root = document.documentElement;
    if (root.scrollWidth <= root.clientWidth) return [];
    const outside = [...document.body.querySelectorAll('*')].filter(
      (el) => el.getBoundingClientRect().right > root.clientWidth + 0.5,
    );
    return [
      `scrollWidth ${root.scrollWidth} > clientWidth ${root.clientWidth}`,
      ...outside
        .filter((el) => !outside.some((o) => o !== el && el.contains(o)))
        .slice(0, 5)
        .map((el) => `<${el.tagName.toLowerCase()} class="${el.className}">${el.textContent}`),
    ];
  });
}

/** A new tab whose actions and waits give up after 10 s, well within the test's timeout. */
export async function newPage(context: BrowserContext): Promise<Page> {
  const page = await context.newPage();
  page.setDefaultTimeout(10_000);
  return page;
}
