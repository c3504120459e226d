// Letters from a case: the complaint goes to the authority where the person lives, and the
// same letter downloads as PDF, e-mail and text.
import { readFileSync } from 'node:fs';
import { expect, test } from 'vitest';
import { useBrowser, useServer } from './setup.js';
import { BROWSER_LOCALE, newPage, objectOnce, POLL } from './support.js';

const browser = useBrowser();
const server = useServer();

test('a complaint to the Land authority, as PDF, .eml and text', async () => {
  const profile = await browser.profile({ locale: BROWSER_LOCALE.de });
  const page = await newPage(profile.context);
  await objectOnce(page, server.url, 'de', { name: 'Facebook', account: 'anna@example.org' });
  await page.getByRole('link', { name: /^Details, Nachweise und Verlauf/ }).click();
  await page.getByRole('heading', { level: 2, name: 'Was Sie jetzt tun können' }).waitFor();
  // The complaint is offered in the "rejected" situation; record a rejection first.
  await page.getByLabel('Was ist passiert?').selectOption('reply-received');
  await page.getByLabel('Was steht in der Antwort?').selectOption('rejected');
  await page.getByRole('button', { name: 'Eintragen', exact: true }).click();
  await page.locator('.badge', { hasText: 'Abgelehnt' }).waitFor();
  await page
    .getByRole('button', { name: /Beschwerde bei der Datenschutzaufsicht/ })
    .first()
    .click();
  await page.getByLabel('Ihr Name').fill('Anna Muster');
  await page
    .getByLabel(/^Ihre Anschrift \(wie auf einem Briefumschlag/)
    .fill('Musterstraße 1\n20095 Hamburg');
  await page.getByLabel('Land', { exact: true }).selectOption('DE');
  await page.getByLabel('Bundesland').selectOption('BY');
  const preview = page.getByLabel('Vorschau');
  await expect
    .poll(async () => preview.inputValue(), POLL)
    .toContain('Bayerisches Landesamt für Datenschutzaufsicht');
  const text = await preview.inputValue();
  expect(text).toContain('Beschwerde gemäß Art. 77 DSGVO gegen Meta Platforms Ireland Limited');
  expect(text).toContain('Anna Muster');

  const [pdf] = await Promise.all([
    page.waitForEvent('download'),
    page.getByRole('button', { name: 'Als PDF herunterladen (zum Ausdrucken)' }).click(),
  ]);
  const pdfBytes = readFileSync((await pdf.path()) as string);
  expect(pdfBytes.subarray(0, 5).toString()).toBe('%PDF-');
  expect(pdfBytes.length).toBeGreaterThan(5000);
  // The panel's status reads "loading" while the PDF is made; after it, empty: no character
  // is missing (and nothing failed). Waited for, as the status changes after the download.
  const panelStatus = page.locator('.letter-panel').getByRole('status');
  await expect.poll(() => panelStatus.textContent(), POLL).toBe('');

  // A character the PDF's font lacks is named after the download.
  await page.getByLabel('Ihr Name').fill('Anna 山田');
  await Promise.all([
    page.waitForEvent('download'),
    page.getByRole('button', { name: 'Als PDF herunterladen (zum Ausdrucken)' }).click(),
  ]);
  await page
    .getByRole('status')
    .filter({ hasText: 'Einige Zeichen kann die Schrift des PDFs nicht darstellen' })
    .filter({ hasText: '山 田' })
    .waitFor();
  await page.getByLabel('Ihr Name').fill('Anna Muster');

  const [eml] = await Promise.all([
    page.waitForEvent('download'),
    page.getByRole('button', { name: 'Als E-Mail-Datei (.eml) herunterladen' }).click(),
  ]);
  const emlText = readFileSync((await eml.path()) as string, 'utf8');
  expect(emlText).toMatch(/^Subject: =\?utf-8\?B\?/m);
  expect(emlText).toContain('poststelle@lda.bayern.de');
  await profile.close();
});
