// The page on what to do when Meta does not comply, or when it is too late (#/abhilfe/…):
// every route with its sources, the collective action and how to join it, the data-leak
// action kept apart; axe WCAG 2.2 AA and no sideways scrolling at 320 px, in both languages.
import { describe, expect, test } from 'vitest';
import { useBrowser, useServer } from './setup.js';
import {
  axeViolations,
  BROWSER_LOCALE,
  expectHeading,
  horizontalScroll,
  newPage,
  openAllDetails,
} from './support.js';

const browser = useBrowser();
const server = useServer();

const PHONE = { width: 375, height: 812 };
const NARROW = { width: 320, height: 640 };

const TEXT = {
  de: {
    title: 'Wenn Meta nicht reagiert – oder es zu spät ist',
    routes: [
      'Nicht mehr öffentlich posten',
      'Inhalte löschen',
      'Beschwerde bei der Datenschutzaufsicht',
      'Verbraucherzentrale oder Anwalt',
      'Gerichtliches Verbot (einstweilige Verfügung)',
      'Einer Sammelklage anschließen',
    ],
    collective: 'Sammelklage in Deutschland wegen Metas KI-Training',
    free: 'kostenlos:',
    price: '7,50',
    notAdvice: 'Keine Rechtsberatung',
    export: 'Export prüfen',
    leak: 'Diese Klage betrifft das Datenleck von 2021, nicht das KI-Training.',
    guideBox: 'Wenn Meta nicht reagiert',
    guideLink: 'Alle Wege ansehen',
    flux: 'Recht im Wandel',
    onThisPage: 'Auf dieser Seite',
  },
  en: {
    title: 'If Meta does not respond – or it is too late',
    routes: [
      'Stop posting publicly',
      'Delete content',
      'Complain to the data protection authority',
      'Consumer centre or lawyer',
      'A court injunction',
      'Join a collective action',
    ],
    collective: "Collective action in Germany over Meta's AI training",
    free: 'free of charge:',
    price: '7.50',
    notAdvice: 'Not legal advice',
    export: 'Check export',
    leak: 'This action concerns the 2021 data leak, not AI training.',
    guideBox: 'If Meta does not respond',
    guideLink: 'See all routes',
    flux: 'Law in flux',
    onThisPage: 'On this page',
  },
} as const;

describe.each(['de', 'en'] as const)('the remedies page (%s)', (lang) => {
  const x = TEXT[lang];

  test('every route, the ways to join, one "not legal advice"; axe; no sideways scroll', async () => {
    const profile = await browser.profile({ locale: BROWSER_LOCALE[lang], viewport: PHONE });
    try {
      const page = await newPage(profile.context);
      await page.goto(`${server.url}#/abhilfe/facebook`);
      await expectHeading(page, x.title);
      const headings = await page.locator('main h2').allTextContents();
      expect(headings).toEqual(x.routes);
      // The list at the top jumps to a route and moves the focus there.
      await page
        .getByRole('navigation', { name: x.onThisPage })
        .getByRole('button', { name: x.routes[5] })
        .click();
      await expect
        .poll(() => page.evaluate(() => document.activeElement?.textContent))
        .toBe(x.routes[5]);
      const main = page.locator('main');
      const text = (await main.textContent()) ?? '';
      // Said once on the page: in the footer that every page has.
      const body = (await page.locator('body').textContent()) ?? '';
      expect(body.split(x.notAdvice)).toHaveLength(2);
      expect(text).toContain('ECLI:NL:RBAMS:2025:3381');
      // The collective action names both ways to join, the free one first.
      const card = page.locator('.remedy', { hasText: x.collective });
      const ways = await card.locator('ul.links > li').allTextContents();
      expect(ways[0]).toContain(x.free);
      expect(ways[1]).toContain(x.price);
      const links = card.locator('ul.links a');
      expect(await links.evaluateAll((as) => as.map((a) => a.getAttribute('rel')))).toEqual([
        'noopener noreferrer',
        'noopener noreferrer',
      ]);
      // The export check is one tap away; the data-leak action is there, said to be another matter.
      expect(await main.getByRole('link', { name: x.export }).getAttribute('href')).toBe(
        '#/export',
      );
      await openAllDetails(page);
      await expect.poll(() => main.textContent()).toContain(x.leak);
      expect(await axeViolations(page)).toEqual([]);
      await page.setViewportSize(NARROW);
      expect(await horizontalScroll(page)).toEqual([]);
    } finally {
      await profile.close();
    }
  });

  test('the guide shows the remedies briefly, the law-in-flux note, and links to the page', async () => {
    const profile = await browser.profile({ locale: BROWSER_LOCALE[lang], viewport: PHONE });
    try {
      const page = await newPage(profile.context);
      await page.goto(`${server.url}#/anleitung/instagram`);
      const box = page.locator('section.remedies-summary');
      await box.waitFor();
      expect(await box.locator('h2').textContent()).toBe(x.guideBox);
      expect(await box.textContent()).toContain(x.price);
      expect(await page.locator('.law-in-flux').textContent()).toContain(x.flux);
      await box.getByRole('link', { name: x.guideLink }).click();
      await expectHeading(page, x.title);
      expect(await page.evaluate(() => location.hash)).toBe('#/abhilfe/instagram');
      expect(await axeViolations(page)).toEqual([]);
    } finally {
      await profile.close();
    }
  });
});

describe('the remedies page for other platforms', () => {
  test('is generic without remedy records, and says so for an unknown platform', async () => {
    const profile = await browser.profile({ locale: BROWSER_LOCALE.de, viewport: PHONE });
    try {
      const page = await newPage(profile.context);
      await page.goto(`${server.url}#/abhilfe/linkedin`);
      await expectHeading(page, 'Wenn LinkedIn nicht reagiert – oder es zu spät ist');
      await expect
        .poll(() => page.locator('main').textContent())
        .toContain('Zu LinkedIn kennen wir keine Sammelklage zum KI-Training.');
      expect(await page.locator('main .remedy').count()).toBe(0);
      await page.goto(`${server.url}#/abhilfe/nirgendwo`);
      await expectHeading(page, 'Für „nirgendwo“ gibt es diese Seite nicht.');
    } finally {
      await profile.close();
    }
  });
});
