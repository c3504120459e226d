// Letters from a case: the complaint goes to the authority where the person lives, and the
// same letter downloads as PDF, e-mail and text.
import { readFileSync } from 'node:fs';
import { expect, test } from 'vitest';
import { useBrowser, useServer } from './setup.js';
import { BROWSER_LOCALE, longDate, newPage, objectOnce, POLL, todayUtc } from './support.js';

const browser = useBrowser();
const server = useServer();

test('a complaint to the Land authority, as PDF, .eml and text', async () => {
  const profile = await browser.profile({ locale: BROWSER_LOCALE.de });
  const page = await newPage(profile.context);
  // Core's wording per language is a chunk of its own (core-text.<lang>-<hash>.js): the
  // letter panel loads the languages its letter needs, not every language.
  const coreLanguages = new Set<string>();
  page.on('request', (request) => {
    const lang = /\/core-text\.([a-z]{2})-[\w-]+\.js$/.exec(request.url())?.[1];
    if (lang) coreLanguages.add(lang);
  });
  const coreLoaded = () => [...coreLanguages].sort();
  await objectOnce(page, server.url, 'de', { name: 'Facebook', account: 'anna@example.org' });
  await page.getByRole('link', { name: /^Details, Nachweise und Verlauf/ }).click();
  await page.getByRole('heading', { level: 2, name: 'Was Sie jetzt tun können' }).waitFor();
  // Sent through Meta's form: the confirmation e-mail is expected, no month runs and no
  // reminder is offered; what to do if none comes is shown ahead, without a letter button.
  await page
    .locator('.badge', { hasText: 'Bestätigung erwartet (meist binnen 24 Stunden)' })
    .waitFor();
  expect(await page.getByText(/^Antwort fällig am /).count()).toBe(0);
  const ahead = page.locator('details', {
    hasText: 'Falls nach zwei Tagen keine Bestätigung da ist',
  });
  await ahead.locator('summary').click();
  await ahead.getByText(/erneut über das Formular widersprechen/).waitFor();
  expect(await ahead.getByRole('button').count()).toBe(0);
  expect(await page.getByRole('button', { name: /Erinnerung/ }).count()).toBe(0);
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
  // The authority's online form is offered; a German letter suits it, no e-mail is missing.
  const panel = page.locator('.letter-panel');
  await panel.getByRole('link', { name: 'Beschwerdeformular (BayLDA)' }).waitFor();
  expect(
    await panel.getByRole('link', { name: 'Beschwerdeformular (BayLDA)' }).getAttribute('href'),
  ).toBe('https://www.lda.bayern.de/de/beschwerde.html');
  // The letter's language, and why: German, which the Land authority takes.
  await panel.getByText('Das Schreiben ist auf Deutsch, in Ihrer Sprache').waitFor();
  expect(await panel.getByText('keine E-Mail-Adresse hinterlegt').count()).toBe(0);
  expect(coreLoaded()).toEqual(['de']);
  // Living in France: the CNIL takes complaints in French and has no e-mail on record. The
  // complaint is written in French, with the same complaint in German below, for reading.
  await page.getByLabel('Land', { exact: true }).selectOption('FR');
  await panel.getByText('Das Schreiben ist auf Französisch').waitFor();
  await panel.getByText('keine E-Mail-Adresse hinterlegt').waitFor();
  await expect.poll(async () => preview.inputValue(), POLL).toContain('article 77 du RGPD');
  expect(await preview.getAttribute('lang')).toBe('fr');
  const translation = panel.getByLabel(/^Nur zum Lesen: dieselbe Beschwerde auf Deutsch/);
  expect(await translation.inputValue()).toContain('Beschwerde gemäß Art. 77 DSGVO');
  expect(coreLoaded()).toEqual(['de', 'fr']);
  // Belgium takes French, Dutch and German: German, the interface language, with the others
  // to choose from.
  await page.getByLabel('Land', { exact: true }).selectOption('BE');
  await expect.poll(async () => preview.inputValue(), POLL).toContain('Art. 77 DSGVO');
  await panel.getByLabel('Sprache:').selectOption('nl');
  await expect.poll(async () => preview.inputValue(), POLL).toContain('artikel 77 AVG');
  await panel.getByText('Das Schreiben ist auf Niederländisch, wie gewählt').waitFor();
  expect(coreLoaded()).toEqual(['de', 'fr', 'nl']);
  await page.getByLabel('Land', { exact: true }).selectOption('DE');
  await page.getByLabel('Bundesland').selectOption('BY');
  await expect
    .poll(async () => preview.inputValue(), POLL)
    .toContain('Bayerisches Landesamt für Datenschutzaufsicht');
  expect(await translation.count()).toBe(0);
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

  // Living in Ireland: the DPC takes complaints in English, so the complaint is written in
  // English while the app stays German.
  // (English loads now: until it is there, the panel still shows the German letter, which
  // names the DPC too, as Meta's lead authority.)
  await page.getByLabel('Land', { exact: true }).selectOption('IE');
  await expect.poll(() => preview.inputValue(), POLL).toContain('Complaint under Art. 77 GDPR');
  expect(await preview.inputValue()).toContain('Data Protection Commission');
  await panel.getByText('Das Schreiben ist auf Englisch').waitFor();
  expect(await page.locator('.letter-panel h3').textContent()).toBe(
    'Beschwerde bei der Datenschutzaufsicht',
  );
  await profile.close();
});

test('an access request recorded as sent gets its own due date, also in the calendar files', async () => {
  const profile = await browser.profile({ locale: BROWSER_LOCALE.de });
  const page = await newPage(profile.context);
  await objectOnce(page, server.url, 'de', { name: 'Instagram', account: 'anna@example.org' });
  await page.getByRole('link', { name: /^Details, Nachweise und Verlauf/ }).click();
  await page.getByText('Schon trainiert oder von anderen gepostet').click();
  await page.getByRole('button', { name: /Auskunftsersuchen/ }).click();
  await page.getByLabel('Ihr Name').fill('Anna Muster');
  await page.getByRole('button', { name: 'Als verschickt eintragen' }).click();
  // As on the command line, the letter that left is kept as evidence with the case.
  await page
    .locator('strong.url', { hasText: `access-${todayUtc()}.txt` })
    .first()
    .waitFor();
  const due = longDate('de', isoDayAfterMonth());
  await page
    .locator('ul.requests li')
    .filter({ hasText: `Auskunftsersuchen vom ${longDate('de', todayUtc())}` })
    .filter({ hasText: `Antwort fällig am ${due}` })
    .waitFor();
  const [ics] = await Promise.all([
    page.waitForEvent('download'),
    page.getByRole('button', { name: 'Erinnerung für den Kalender (.ics)' }).click(),
  ]);
  const text = readFileSync((await ics.path()) as string, 'utf8');
  // The objection went through the form: it waits for a confirmation, not for a deadline.
  expect(text.match(/BEGIN:VEVENT/g)).toHaveLength(1);
  expect(text).not.toContain('SUMMARY:Widerspruch Instagram');
  expect(text).toContain('SUMMARY:Auskunftsersuchen Instagram: Antwort fällig');
  // "My objections" puts every running due date of every case in one file.
  await objectOnce(page, server.url, 'de', { name: 'Facebook', account: 'anna@example.org' });
  const [all] = await Promise.all([
    page.waitForEvent('download'),
    page.getByRole('button', { name: 'Alle Fristen für den Kalender (.ics)' }).click(),
  ]);
  const allText = readFileSync((await all.path()) as string, 'utf8');
  expect(allText.match(/BEGIN:VEVENT/g)).toHaveLength(1);
  expect(allText).toContain('SUMMARY:Auskunftsersuchen Instagram: Antwort fällig');
  await profile.close();
});

/**
 * One month after today, counted like the app (Art. 3 of Regulation 1182/71): the same day
 * number next month, else the month's last day; a Saturday or Sunday moves to Monday.
 */
function isoDayAfterMonth(): string {
  const [y, m, d] = todayUtc().split('-').map(Number) as [number, number, number];
  const last = new Date(Date.UTC(y, m + 1, 0)).getUTCDate();
  const date = new Date(Date.UTC(y, m, Math.min(d, last), 12));
  while (date.getUTCDay() === 0 || date.getUTCDay() === 6) date.setUTCDate(date.getUTCDate() + 1);
  return date.toISOString().slice(0, 10);
}

test('a request for proof of identity is answered with the objection and the account details', async () => {
  const profile = await browser.profile({ locale: BROWSER_LOCALE.de });
  const page = await newPage(profile.context);
  await objectOnce(page, server.url, 'de', { name: 'Facebook', account: 'anna@example.org' });
  await page.getByRole('link', { name: /^Details, Nachweise und Verlauf/ }).click();
  await page.getByLabel('Was ist passiert?').selectOption('reply-received');
  await page.getByLabel('Was steht in der Antwort?').selectOption('asks-for-id');
  await page.getByRole('button', { name: 'Eintragen', exact: true }).click();
  await page.locator('.badge', { hasText: 'Identitätsnachweis verlangt' }).waitFor();
  const situation = page.locator('details[open]', {
    hasText: 'Das Unternehmen verlangt einen Identitätsnachweis',
  });
  await situation.getByRole('button', { name: /Widerspruch als Brief oder E-Mail/ }).click();
  await page.getByLabel('Ihr Name').fill('Anna Muster');
  await page
    .getByText(
      `Dieses Schreiben antwortet auf die Bitte um einen Identitätsnachweis vom ${longDate('de', todayUtc())}`,
    )
    .waitFor();
  const preview = page.getByLabel('Vorschau');
  await expect.poll(() => preview.inputValue(), POLL).toContain('Anna Muster');
  const text = await preview.inputValue();
  expect(text).toContain(
    `Mit Ihrer Antwort vom ${longDate('de', todayUtc())} haben Sie einen Nachweis meiner Identität verlangt.`,
  );
  expect(text).toContain('mein Konto bei Facebook (anna@example.org)');
  await profile.close();
});
