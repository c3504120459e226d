// The combined plan: several services of different kinds worked through one by one, and the
// "object again" flag for a case older than the platform's newest policy event.
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { expect, test } from 'vitest';
import { useBrowser, useServer, useTempDir } from './setup.js';
import {
  BROWSER_LOCALE,
  expectHeading,
  newPage,
  openPage,
  readCaseCards,
  recordSent,
  serviceCheckbox,
  TEXT,
} from './support.js';

const text = TEXT.de;
const browser = useBrowser();
const server = useServer();
const tmp = useTempDir('widerspruch-plan-');

test('one plan for a setting, a form and an information-only service', async () => {
  const profile = await browser.profile({ locale: BROWSER_LOCALE.de });
  const page = await newPage(profile.context);
  await openPage(page, server.url, 'wizard', text.wizardTitle);
  await serviceCheckbox(page, 'Claude').check();
  await serviceCheckbox(page, 'Instagram').check();
  await page.getByLabel(text.account('Instagram'), { exact: true }).fill('ich@example.org');
  await serviceCheckbox(page, 'Threads').check();
  await page.getByRole('button', { name: text.continue, exact: true }).click();

  await expectHeading(page, 'Claude');
  await page.getByText('Schritt 1 von 3').waitFor();
  await page
    .getByRole('button', { name: 'Ich habe die Einstellung wie beschrieben geändert', exact: true })
    .click();
  await page
    .getByRole('status')
    .filter({ hasText: 'Festgehalten: Einstellung geändert' })
    .waitFor();
  await page.getByRole('button', { name: text.next, exact: true }).click();

  await expectHeading(page, 'Instagram');
  await page.getByText('Schritt 2 von 3').waitFor();
  await recordSent(page, 'de');
  await page.getByRole('button', { name: text.next, exact: true }).click();

  await expectHeading(page, 'Threads');
  await page.getByRole('button', { name: text.understood, exact: true }).click();
  await expectHeading(page, text.doneTitle);
  await page.getByText(text.doneTwo).waitFor();
  await page.getByRole('link', { name: text.finish, exact: true }).click();
  await expectHeading(page, text.casesTitle);
  await page.locator('article.case').nth(1).waitFor();
  const cards = await readCaseCards(page);
  expect(cards.map((c) => [c.heading.split(' · ')[0], c.status]).sort()).toEqual([
    ['Claude', 'Einstellung geändert'],
    ['Instagram', text.statusSubmitted],
  ]);
  await profile.close();
});

test('a case older than the platform’s newest policy event is flagged "object again"', async () => {
  const profile = await browser.profile({ locale: BROWSER_LOCALE.de });
  const page = await newPage(profile.context);
  const backup = join(tmp.path, 'old.json');
  writeFileSync(
    backup,
    JSON.stringify({
      format: 'widerspruch',
      version: 1,
      exportedAt: '2024-06-02T10:00:00.000Z',
      profiles: [{ id: 'p', name: 'Ich', createdAt: '2024-06-01T10:00:00.000Z' }],
      cases: [
        {
          id: 'old-case',
          platform: 'facebook',
          account: 'alt@example.org',
          profile: 'p',
          createdAt: '2024-06-01T10:00:00.000Z',
          events: [
            { id: 'e', kind: 'submitted', at: '2024-06-01T10:00:00.000Z', date: '2024-06-01' },
          ],
        },
      ],
    }),
  );
  await openPage(page, server.url, 'data', text.dataTitle);
  await page.getByLabel(text.import, { exact: true }).setInputFiles(backup);
  await page.getByText(text.imported(1, 1)).waitFor();
  await openPage(page, server.url, 'cases', text.casesTitle);
  const flag = page.locator('article.case .warning');
  await flag.waitFor();
  const flagText = (await flag.textContent()) ?? '';
  expect(flagText).toContain('Erneut prüfen');
  expect(flagText).toContain('nach Ihrem Widerspruch vom 1. Juni 2024');
  await profile.close();
});
