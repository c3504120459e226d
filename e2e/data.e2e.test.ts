// "Your data": a backup file moves every case to another browser unchanged; files the app
// cannot read are refused with a clear message and change nothing.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { expect, test } from 'vitest';
import { useBrowser, useServer, useTempDir } from './setup.js';
import {
  BROWSER_LOCALE,
  localDay,
  newPage,
  objectOnce,
  openPage,
  POLL,
  readCaseCards,
  readDatabase,
  type StoredData,
  TEXT,
} from './support.js';

const text = TEXT.de;
const browser = useBrowser();
const server = useServer();
const tmp = useTempDir('widerspruch-e2e-');

const byId = (a: Record<string, unknown>, b: Record<string, unknown>) =>
  String(a.id).localeCompare(String(b.id));
const sorted = (data: StoredData): StoredData => ({
  profiles: [...data.profiles].sort(byId),
  cases: [...data.cases].sort(byId),
});

/** Chooses a file in the import field; returns the message the data page shows. */
async function importFile(
  page: Page,
  file: string | { name: string; mimeType: string; buffer: Buffer },
): Promise<{ text: string; kind: string | null }> {
  const status = page.locator('main').getByRole('status');
  expect(await status.textContent()).toBe('');
  await page.getByLabel(text.import, { exact: true }).setInputFiles(file);
  await expect.poll(() => status.textContent(), POLL).not.toBe('');
  return { text: (await status.textContent()) ?? '', kind: await status.getAttribute('class') };
}

test('export, then import into a fresh profile: the cases arrive identically; bad files change nothing', async () => {
  // Two profiles: each has its own storage, as two devices would.
  const source = await browser.profile({ locale: BROWSER_LOCALE.de });
  const target = await browser.profile({ locale: BROWSER_LOCALE.de });
  try {
    // Two cases in the first browser: one confirmed with a note, one only sent.
    const page = await newPage(source.context);
    await objectOnce(page, server.url, 'de', { name: 'Facebook', account: 'fb@example.org' });
    const card = page.locator('article.case').first();
    await card.getByRole('button', { name: text.markConfirmed, exact: true }).click();
    await card.getByLabel(text.confirmDate, { exact: true }).fill(localDay());
    await card.getByRole('button', { name: text.save, exact: true }).click();
    await card.locator('.badge', { hasText: text.statusConfirmed }).waitFor();
    await card.getByRole('button', { name: text.addNote, exact: true }).click();
    await card.getByLabel(text.noteLabel, { exact: true }).fill('Bestätigung kam per E-Mail.');
    await card.getByRole('button', { name: text.save, exact: true }).click();
    await card.locator('.note-text').waitFor();
    await objectOnce(page, server.url, 'de', { name: 'Instagram', account: 'ig@example.org' });
    const cards = await readCaseCards(page);
    expect(cards).toHaveLength(2);
    expect(cards.map((c) => c.status).sort()).toEqual(
      [text.statusSubmitted, text.statusConfirmed].sort(),
    );
    const stored = sorted(await readDatabase(page));
    expect(stored.cases).toHaveLength(2);
    expect(stored.profiles).toHaveLength(1);

    // Export.
    await openPage(page, server.url, 'data', text.dataTitle);
    const [download] = await Promise.all([
      page.waitForEvent('download'),
      page.getByRole('button', { name: text.export, exact: true }).click(),
    ]);
    expect(download.suggestedFilename()).toMatch(/^widerspruch-\d{4}-\d{2}-\d{2}\.json$/);
    const file = join(tmp.path, download.suggestedFilename());
    await download.saveAs(file);
    const exported = JSON.parse(readFileSync(file, 'utf8'));
    expect(exported.format).toBe('widerspruch');
    expect(Number.isInteger(exported.version)).toBe(true);
    expect(sorted(exported)).toEqual(stored);

    // Import into another, empty browser profile.
    const other = await newPage(target.context);
    await openPage(other, server.url, 'cases', text.casesTitle);
    expect(await readCaseCards(other)).toEqual([]);
    await openPage(other, server.url, 'data', text.dataTitle);
    expect(await importFile(other, file)).toEqual({
      text: text.imported(2, 1),
      kind: 'success',
    });
    // The same backup again adds nothing, and says so instead of "read in".
    await openPage(other, server.url, 'cases', text.casesTitle);
    await openPage(other, server.url, 'data', text.dataTitle);
    expect(await importFile(other, file)).toEqual({ text: text.importedNothing, kind: 'success' });
    await openPage(other, server.url, 'cases', text.casesTitle);
    await other.locator('article.case').nth(1).waitFor();
    expect(await readCaseCards(other)).toEqual(cards);
    expect(sorted(await readDatabase(other))).toEqual(stored);

    // A file from a newer version of the app is refused; nothing changes.
    await openPage(other, server.url, 'data', text.dataTitle);
    const version = exported.version + 1;
    const newer = {
      ...exported,
      version,
      cases: [
        ...exported.cases,
        { ...exported.cases[0], id: 'from-the-future', account: 'future@example.org' },
      ],
    };
    const refusedNewer = await importFile(other, {
      name: 'widerspruch-neuer.json',
      mimeType: 'application/json',
      buffer: Buffer.from(JSON.stringify(newer)),
    });
    expect(refusedNewer.kind).toBe('error');
    expect(refusedNewer.text).toContain(text.newerVersion(version));
    expect(refusedNewer.text).toContain(text.nothingChanged);
    expect(sorted(await readDatabase(other))).toEqual(stored);

    // A backup that would change a stored case (another account under a known id) is refused
    // and the conflict named: nothing is overwritten, as the page promises.
    await other.reload();
    await other.getByRole('heading', { level: 1, name: text.dataTitle }).waitFor();
    const changed = {
      ...exported,
      cases: exported.cases.map((c: { account: string }, i: number) =>
        i === 0 ? { ...c, account: 'jemand-anders@example.org' } : c,
      ),
    };
    const refusedConflict = await importFile(other, {
      name: 'widerspruch-geaendert.json',
      mimeType: 'application/json',
      buffer: Buffer.from(JSON.stringify(changed)),
    });
    expect(refusedConflict.kind).toBe('error');
    expect(refusedConflict.text).toContain('(Konto)');
    expect(refusedConflict.text).toContain('nichts eingelesen und nichts geändert');
    expect(sorted(await readDatabase(other))).toEqual(stored);

    // So is a file that is not JSON at all.
    await other.reload();
    await other.getByRole('heading', { level: 1, name: text.dataTitle }).waitFor();
    const refusedText = await importFile(other, {
      name: 'notizen.json',
      mimeType: 'application/json',
      buffer: Buffer.from('Das ist keine Sicherung, nur Text.'),
    });
    expect(refusedText.kind).toBe('error');
    expect(refusedText.text).toContain(text.notJson);
    expect(sorted(await readDatabase(other))).toEqual(stored);

    await openPage(other, server.url, 'cases', text.casesTitle);
    await other.locator('article.case').nth(1).waitFor();
    expect(await readCaseCards(other)).toEqual(cards);
  } finally {
    await Promise.all([source.close(), target.close()]);
  }
});

test('a backup protected by a passphrase opens only with it, in another browser', async () => {
  const source = await browser.profile({ locale: BROWSER_LOCALE.de });
  const target = await browser.profile({ locale: BROWSER_LOCALE.de });
  try {
    const page = await newPage(source.context);
    await objectOnce(page, server.url, 'de', { name: 'Facebook', account: 'geheim@example.org' });
    const stored = sorted(await readDatabase(page));
    await openPage(page, server.url, 'data', text.dataTitle);
    await page.getByLabel('Sicherung mit einem Passwort schützen').check();
    await page.getByLabel('Passwort', { exact: true }).fill('Kaffee und Kuchen');
    await page.getByLabel('Passwort wiederholen').fill('Kaffee und Kuchn');
    const save = page.getByRole('button', { name: 'Verschlüsselte Sicherung speichern (JSON)' });
    await save.click();
    const status = page.locator('main').getByRole('status');
    await expect
      .poll(() => status.textContent(), POLL)
      .toBe('Die beiden Passwörter stimmen nicht überein.');
    await page.getByLabel('Passwort wiederholen').fill('Kaffee und Kuchen');
    const [download] = await Promise.all([page.waitForEvent('download'), save.click()]);
    expect(download.suggestedFilename()).toMatch(
      /^widerspruch-\d{4}-\d{2}-\d{2}-verschluesselt\.json$/,
    );
    const file = join(tmp.path, download.suggestedFilename());
    await download.saveAs(file);
    const content = readFileSync(file, 'utf8');
    expect(JSON.parse(content).format).toBe('widerspruch-encrypted');
    expect(content).not.toContain('geheim@example.org');

    const other = await newPage(target.context);
    await openPage(other, server.url, 'data', text.dataTitle);
    // The request for the passphrase stands above its field, and the status line stays empty
    // (it reports what was done, not what is asked).
    await other.getByLabel(text.import, { exact: true }).setInputFiles(file);
    const field = other.getByLabel('Passwort der Sicherung');
    await field.waitFor();
    expect(await other.locator('#unlock-hint').textContent()).toContain(
      'mit einem Passwort geschützt',
    );
    expect(await field.getAttribute('aria-describedby')).toBe('unlock-hint');
    expect(await other.locator('main').getByRole('status').textContent()).toBe('');
    await field.fill('Kaffee und Kekse');
    await other.getByRole('button', { name: 'Entschlüsseln und einlesen' }).click();
    const otherStatus = other.locator('main').getByRole('status');
    await expect.poll(() => otherStatus.textContent(), POLL).toContain('Das Passwort passt nicht');
    expect((await readDatabase(other)).cases).toHaveLength(0);
    await other.getByLabel('Passwort der Sicherung').fill('Kaffee und Kuchen');
    await other.getByRole('button', { name: 'Entschlüsseln und einlesen' }).click();
    await expect.poll(() => otherStatus.textContent(), POLL).toBe(text.imported(1, 1));
    expect(sorted(await readDatabase(other))).toEqual(stored);
  } finally {
    await Promise.all([source.close(), target.close()]);
  }
});
