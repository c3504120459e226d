// The tracker follows Meta's real process for a form objection: a confirmation is expected
// within about a day; after two days without one, check spam and object again (one tap to
// the form, recorded as a second submission); once confirmed, no help for a failing form.
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { expect, test } from 'vitest';
import { useBrowser, useServer, useTempDir } from './setup.js';
import {
  BROWSER_LOCALE,
  expectHeading,
  localDay,
  newPage,
  openPage,
  POLL,
  TEXT,
} from './support.js';

const text = TEXT.de;
const browser = useBrowser();
const server = useServer();
const tmp = useTempDir('widerspruch-tracker-');

test('no confirmation after three days: check spam, object again, then confirmed', async () => {
  const profile = await browser.profile({ locale: BROWSER_LOCALE.de });
  const page = await newPage(profile.context);
  const sent = localDay(-3);
  const backup = join(tmp.path, 'form.json');
  writeFileSync(
    backup,
    JSON.stringify({
      format: 'widerspruch',
      version: 1,
      exportedAt: `${sent}T10:00:00.000Z`,
      profiles: [{ id: 'p', name: 'Ich', createdAt: `${sent}T10:00:00.000Z` }],
      cases: [
        {
          id: 'form-case',
          platform: 'facebook',
          account: 'ich@example.org',
          profile: 'p',
          createdAt: `${sent}T10:00:00.000Z`,
          events: [
            {
              id: 'e',
              kind: 'submitted',
              at: `${sent}T10:00:00.000Z`,
              date: sent,
              via: 'web-form',
            },
          ],
        },
      ],
    }),
  );
  await openPage(page, server.url, 'data', text.dataTitle);
  await page.getByLabel(text.import, { exact: true }).setInputFiles(backup);
  await page.getByText(text.imported(1, 1)).waitFor();

  await page.goto(`${server.url}#/fall/form-case`);
  await expectHeading(page, 'Facebook · ich@example.org');
  await page.locator('.badge', { hasText: 'Keine Bestätigung gekommen' }).waitFor();
  await page
    .getByText(/Sehen Sie im Spam-Ordner nach/)
    .first()
    .waitFor();
  // No month of Art. 12(3) and no reminder for a form that confirms by e-mail.
  expect(await page.getByText(/^Antwort fällig am /).count()).toBe(0);
  const again = page.getByRole('link', { name: /^Formular erneut öffnen/ });
  expect(await again.getAttribute('target')).toBe('_blank');
  expect(await again.getAttribute('rel')).toMatch(/\bnoopener\b/);
  expect(await again.getAttribute('href')).toMatch(/^https:\/\/www\.facebook\.com\//);
  expect(
    await page
      .getByRole('link', { name: 'Wenn Meta nicht reagiert – oder es zu spät ist' })
      .getAttribute('href'),
  ).toBe('#/abhilfe/facebook');

  // Sent again: a second submission, and the confirmation is expected afresh.
  await page.getByRole('button', { name: 'Ich habe erneut abgeschickt', exact: true }).click();
  await page
    .locator('.badge', { hasText: 'Bestätigung erwartet (meist binnen 24 Stunden)' })
    .waitFor();
  await expect
    .poll(
      () => page.locator('ol.timeline li', { hasText: 'Widerspruch abgeschickt' }).count(),
      POLL,
    )
    .toBe(2);
  expect(await page.getByText('Das Formular lädt nicht oder zeigt einen Fehler').count()).toBe(1);

  // Confirmed: the help for a form that does not load is gone.
  await page.getByLabel('Was ist passiert?').selectOption('confirmation-received');
  await page.getByRole('button', { name: 'Eintragen', exact: true }).click();
  await page.locator('.badge', { hasText: text.statusConfirmed }).waitFor();
  expect(await page.getByText('Das Formular lädt nicht oder zeigt einen Fehler').count()).toBe(0);
  await profile.close();
});
