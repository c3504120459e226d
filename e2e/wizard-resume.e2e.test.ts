// A wizard run survives a reload and a new tab at every step: the services chosen, the
// accounts typed, the step, and whether the step's objection was recorded.
import { describe, expect, test } from 'vitest';
import { useBrowser, useServer } from './setup.js';
import {
  BROWSER_LOCALE,
  expectHeading,
  newPage,
  openGrounds,
  openPage,
  POLL,
  readSetting,
  recordSent,
  serviceCheckbox,
  TEXT,
} from './support.js';

const browser = useBrowser();
const server = useServer();

describe.each(['de', 'en'] as const)('wizard run kept in IndexedDB (%s)', (lang) => {
  const text = TEXT[lang];

  test('a reload and a new page resume the run at every step', async () => {
    const profile = await browser.profile({
      locale: BROWSER_LOCALE[lang],
      viewport: { width: 375, height: 812 },
    });
    try {
      const page = await newPage(profile.context);
      await openPage(page, server.url, 'wizard', text.wizardTitle);
      // The search comes first; "Meta" finds the seven Meta services.
      await page.getByRole('searchbox').fill('Meta');
      await expect.poll(() => page.locator('.service input[type=checkbox]').count(), POLL).toBe(7);
      await serviceCheckbox(page, 'Facebook').check();
      await serviceCheckbox(page, 'Instagram').check();
      await page.getByLabel(text.account('Facebook'), { exact: true }).fill('ich@example.org');
      // Setup: chosen services and the account survive a reload (once written to IndexedDB).
      await expect
        .poll(() => readSetting(page, 'wizard-run').then((r) => JSON.stringify(r)), POLL)
        .toContain('ich@example.org');
      await page.reload();
      await expectHeading(page, text.wizardTitle);
      await expect.poll(() => serviceCheckbox(page, 'Instagram').isChecked(), POLL).toBe(true);
      expect(await serviceCheckbox(page, 'Facebook').isChecked()).toBe(true);
      expect(await page.getByLabel(text.account('Facebook'), { exact: true }).inputValue()).toBe(
        'ich@example.org',
      );
      await page.getByRole('button', { name: text.continue, exact: true }).click();
      await expectHeading(page, 'Facebook');

      // The first task, before and after recording: a reload shows the same step, with the
      // grounds and the note chosen for the text.
      await openGrounds(page, lang);
      await page.getByRole('group', { name: text.grounds }).getByRole('checkbox').first().check();
      await page.getByLabel(text.note, { exact: true }).fill('Meine eigenen Fotos.');
      await expect
        .poll(() => readSetting(page, 'wizard-run').then((r) => JSON.stringify(r)), POLL)
        .toContain('Meine eigenen Fotos.');
      await page.reload();
      await expectHeading(page, 'Facebook');
      await page
        .getByText(/ich@example\.org/)
        .first()
        .waitFor();
      expect(await page.getByLabel(text.note, { exact: true }).inputValue()).toBe(
        'Meine eigenen Fotos.',
      );
      const firstGround = page.getByRole('group', { name: text.grounds }).getByRole('checkbox');
      expect(await firstGround.first().isChecked()).toBe(true);
      await recordSent(page, lang);
      await page.reload();
      await expectHeading(page, 'Facebook');
      await page.getByRole('status').filter({ hasText: text.recorded }).waitFor();
      await page.getByRole('button', { name: text.next, exact: true }).click();
      await expectHeading(page, 'Instagram');

      // A new page in the same browser continues with the second service.
      const other = await newPage(profile.context);
      await other.goto(`${server.url}#/widersprechen`);
      await expectHeading(other, 'Instagram');
      await recordSent(other, lang);
      await other.getByRole('button', { name: text.finish, exact: true }).click();
      await expectHeading(other, text.doneTitle);
      // The end of the run, too, survives a reload.
      await other.reload();
      await expectHeading(other, text.doneTitle);
      await other.getByText(text.doneTwo).waitFor();
    } finally {
      await profile.close();
    }
  });
});

test('a kept run that names a service the catalog no longer has goes on with the next', async () => {
  const text = TEXT.de;
  const profile = await browser.profile({ locale: BROWSER_LOCALE.de });
  try {
    const page = await newPage(profile.context);
    await openPage(page, server.url, 'wizard', text.wizardTitle);
    // Written as an earlier version could have kept it: its first service is gone since.
    await page.evaluate(
      () =>
        new Promise<void>((resolve, reject) => {
          const open = indexedDB.open('widerspruch');
          open.onerror = () => reject(open.error);
          open.onsuccess = () => {
            const tx = open.result.transaction(['profiles', 'settings'], 'readwrite');
            tx.objectStore('profiles').put({
              id: 'p1',
              name: 'Ich',
              createdAt: '2026-12-01T09:00:00.000Z',
            });
            tx.objectStore('settings').put({
              key: 'wizard-run',
              value: {
                phase: { phase: 'task', index: 0 },
                tasks: [
                  { platform: 'no-longer-listed', account: '' },
                  { platform: 'instagram', account: 'ich@example.org' },
                ],
                profile: 'p1',
                recorded: 0,
                choices: {},
              },
            });
            tx.oncomplete = () => {
              open.result.close();
              resolve();
            };
            tx.onerror = () => reject(tx.error);
          };
        }),
    );
    await page.reload();
    await expectHeading(page, 'Instagram');
    await page
      .getByText(/ich@example\.org/)
      .first()
      .waitFor();
  } finally {
    await profile.close();
  }
});
