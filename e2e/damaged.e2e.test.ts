// A damaged record (written by an older version or edited by hand) never takes the others
// down: "Meine Widersprüche" lists the rest and says that one was not shown; a malformed
// address does not blank the app.
import { expect, test } from 'vitest';
import { freshProfile } from './browser.js';
import { useServer } from './setup.js';
import { BROWSER_LOCALE, newPage, objectOnce, openPage, POLL, TEXT } from './support.js';

const server = useServer();

test('a case with an impossible date is set aside; the others are listed', async () => {
  const text = TEXT.de;
  const profile = await freshProfile({ locale: BROWSER_LOCALE.de });
  try {
    const page = await newPage(profile.context);
    await objectOnce(page, server.url, 'de', { name: 'Facebook', account: 'ich@example.org' });
    // Written straight into IndexedDB, as an older version or a hand edit could have.
    await page.evaluate(
      () =>
        new Promise<void>((resolve, reject) => {
          const open = indexedDB.open('widerspruch');
          open.onerror = () => reject(open.error);
          open.onsuccess = () => {
            const tx = open.result.transaction('cases', 'readwrite');
            tx.objectStore('cases').put({
              id: 'damaged',
              platform: 'instagram',
              account: 'kaputt@example.org',
              profile: 'nobody',
              createdAt: '2026-02-30T09:00:00.000Z',
              events: [
                { id: 'x', kind: 'submitted', at: '2026-02-30T09:00:00.000Z', date: '2026-02-30' },
              ],
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
    await openPage(page, server.url, 'cases', text.casesTitle);
    await page.locator('article.case').first().waitFor();
    const notice = page.getByText('Ein gespeicherter Eintrag ist beschädigt');
    await expect.poll(() => notice.count(), POLL).toBe(1);
    expect(await page.locator('article.case').count()).toBe(1);
    // A backup cannot hold it: saved all the same, with a notice that it is left out.
    await openPage(page, server.url, 'data', text.dataTitle);
    await Promise.all([
      page.waitForEvent('download'),
      page.getByRole('button', { name: text.export, exact: true }).click(),
    ]);
    await page.getByText('aber ohne einen beschädigten Eintrag').waitFor();
    await page.goto(`${server.url}#/fall/damaged`);
    await page.getByRole('heading', { level: 1 }).filter({ hasNotText: 'Wird geladen' }).waitFor();
    expect(await page.getByText('Wird geladen').count()).toBe(0);
    // A stray % in the address is an unknown page, not a blank app.
    await page.goto(`${server.url}#/fall/%E0%A4%A`);
    await page.getByRole('heading', { level: 1, name: text.notFoundTitle }).waitFor();
  } finally {
    await profile.close();
  }
});
