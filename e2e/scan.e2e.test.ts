// The export scan in the browser: a Facebook export is read in a Web Worker, on the device;
// counts, decoded umlauts and emoji, the clean-up plan, and no request leaves the origin.
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { constants, deflateRawSync } from 'node:zlib';
import type { Page } from 'playwright-core';
import { expect, test } from 'vitest';
// @ts-expect-error: the benchmark's generator is plain JavaScript without types.
import { writeSyntheticExport } from '../bench/export-scan/synthetic.mjs';
import {
  everyLayout,
  facebook2022,
  facebook2024,
  TEXTS,
  zipBytes,
} from '../packages/export-reader/test/index.js';
import { useBrowser, useServer, useTempDir } from './setup.js';
import {
  axeViolations,
  BROWSER_LOCALE,
  expectHeading,
  newPage,
  openPage,
  POLL,
  TEXT,
} from './support.js';

const browser = useBrowser();
const server = useServer();
const tmp = useTempDir('widerspruch-scan-');

/** The rows of the counts table: [kind label, number]. */
function countRows(page: Page): Promise<string[][]> {
  return page
    .locator('table.counts tbody tr')
    .evaluateAll((trs) =>
      trs.map((tr) => [
        tr.querySelector('th')?.textContent ?? '',
        tr.querySelector('td')?.textContent ?? '',
      ]),
    );
}

test('a Facebook export is scanned on the device, with correct text and counts', async () => {
  const synthetic = facebook2024();
  const zip = join(tmp.path, 'facebook-export.zip');
  writeFileSync(
    zip,
    zipBytes(Object.entries(synthetic.files).map(([name, data]) => ({ name, data }))),
  );
  const profile = await browser.profile({ locale: BROWSER_LOCALE.de });
  const origins = new Set<string>();
  profile.context.on('request', (r) => origins.add(new URL(r.url()).origin));
  const page = await newPage(profile.context);
  await page.goto(`${server.url}#/export`);
  await expectHeading(page, 'Welche Ihrer Inhalte für KI-Training genutzt werden können');
  await page.getByLabel('Export auswählen (ZIP, auch mehrere Teile)').first().setInputFiles(zip);
  const heading = page.getByRole('heading', { level: 2, name: /^Facebook: \d+ Einträge$/ });
  await heading.waitFor();
  const total = Object.values(synthetic.counts).reduce((a, b) => a + (b ?? 0), 0);
  expect(await heading.textContent()).toBe(`Facebook: ${total} Einträge`);
  const rows = await countRows(page);
  expect(rows).toContainEqual(['Beitrag', String(synthetic.counts.post)]);
  // The chart by year adds up to the total: the undated profile has a row of its own.
  const years = await page
    .locator('table.year-chart tr')
    .evaluateAll((trs) => trs.map((tr) => [tr.querySelector('th')?.textContent, tr.textContent]));
  expect(years.map(([label]) => label)).toEqual(['2023', 'ohne Datum']);
  const yearSum = years.reduce(
    (sum, [, text]) => sum + Number(/(\d+)\s*$/.exec(text ?? '')?.[1]),
    0,
  );
  expect(yearSum).toBe(total);
  const list = (await page.locator('ul.items').textContent()) ?? '';
  expect(list).toContain(TEXTS.greeting);
  expect(list).toContain(TEXTS.lake);
  await page
    .getByRole('heading', { level: 3, name: 'So verringern Sie, was trainiert werden kann' })
    .waitFor();
  // The platform's own facts from the catalog, each with its sources.
  await page
    .getByRole('heading', { level: 4, name: 'Was Facebook laut den Quellen verwendet' })
    .waitFor();
  expect(await page.locator('section.cleanup details.sources').count()).toBeGreaterThan(3);
  expect(await page.locator('#ask-others').inputValue()).toContain('Meta nutzt öffentliche');
  expect([...origins]).toEqual([new URL(server.url).origin]);
  expect(await axeViolations(page)).toEqual([]);
  await profile.close();
});

test('a file that is not an export is refused with a clear message', async () => {
  const bogus = join(tmp.path, 'not-an-export.zip');
  writeFileSync(bogus, zipBytes([{ name: 'hello.txt', data: 'hallo' }]));
  const profile = await browser.profile({ locale: BROWSER_LOCALE.de });
  const page = await newPage(profile.context);
  await page.goto(`${server.url}#/export`);
  await expectHeading(page, 'Welche Ihrer Inhalte für KI-Training genutzt werden können');
  await page.getByLabel('Export auswählen (ZIP, auch mehrere Teile)').first().setInputFiles(bogus);
  const alert = page.getByRole('alert').filter({ hasText: 'not-an-export.zip' });
  await alert.waitFor();
  expect(((await alert.textContent()) ?? '').length).toBeGreaterThan(30);
  await profile.close();
});

test('export files dropped anywhere on the page are scanned', async () => {
  const synthetic = facebook2024();
  const bytes = zipBytes(Object.entries(synthetic.files).map(([name, data]) => ({ name, data })));
  const profile = await browser.profile({ locale: BROWSER_LOCALE.en });
  const page = await newPage(profile.context);
  await page.goto(`${server.url}#/export`);
  await expectHeading(page, 'What of yours can be trained on');
  // Not on the field: the page takes the drop (and keeps the browser from opening the file).
  const prevented = await page.evaluate((data) => {
    const transfer = new DataTransfer();
    transfer.items.add(
      new File([new Uint8Array(data)], 'facebook-export.zip', { type: 'application/zip' }),
    );
    const heading = document.querySelector('h1') as HTMLElement;
    const event = (type: string) =>
      new DragEvent(type, { dataTransfer: transfer, bubbles: true, cancelable: true });
    heading.dispatchEvent(event('dragover'));
    const drop = event('drop');
    heading.dispatchEvent(drop);
    return drop.defaultPrevented;
  }, Array.from(bytes));
  expect(prevented).toBe(true);
  const total = Object.values(synthetic.counts).reduce((a, b) => a + (b ?? 0), 0);
  await page.getByRole('heading', { level: 2, name: `Facebook: ${total} items` }).waitFor();
  await profile.close();
});

test('every supported layout is read in the browser, with its counts and decoded text', async () => {
  const messages = (file: string): Record<string, string> =>
    JSON.parse(readFileSync(join(import.meta.dirname, '../apps/web/src/i18n', file), 'utf8'));
  const de = { ...messages('de.json'), ...messages('scan.de.json') };
  const profile = await browser.profile({ locale: BROWSER_LOCALE.de });
  const page = await newPage(profile.context);
  for (const synthetic of everyLayout()) {
    const zip = join(tmp.path, `${synthetic.layout}.zip`);
    writeFileSync(
      zip,
      zipBytes(Object.entries(synthetic.files).map(([name, data]) => ({ name, data }))),
    );
    // Away and back, each page shown before going on: only then is the last layout's result
    // gone. (The app follows a hash change in a later event; without the wait the export
    // heading, and result, of the last round would be found at once.)
    await openPage(page, server.url, 'start', TEXT.de.startTitle);
    await page.goto(`${server.url}#/export`);
    await expectHeading(page, 'Welche Ihrer Inhalte für KI-Training genutzt werden können');
    expect(await page.locator('article.inventory').count()).toBe(0);
    await page.getByLabel('Export auswählen (ZIP, auch mehrere Teile)').first().setInputFiles(zip);
    await page.locator('article.inventory').waitFor();
    // The layout is a technical detail, behind "Technische Angaben".
    expect(
      await page.locator('article.inventory > details.technical p').first().textContent(),
    ).toBe(`Aufbau des Exports: ${synthetic.layout}`);
    expect(await page.getByRole('alert').count(), synthetic.layout).toBe(0);
    const rows = await countRows(page);
    const expected = Object.entries(synthetic.counts)
      .filter(([, n]) => (n ?? 0) > 0)
      .map(([kind, n]) => [de[`kind.${kind}`], String(n)]);
    expect(rows.sort()).toEqual(expected.sort());
    const list = (await page.locator('ul.items').textContent()) ?? '';
    expect(list, synthetic.layout).toMatch(/Grüße|Köln|😀|Jürgen/);
    expect(list, synthetic.layout).not.toMatch(/Ã|Â|ð/);
  }
  await profile.close();
});

test('a ZIP bomb with a lying size is refused at once, without inflating it in memory', async () => {
  // 16 MB of zeros, deflated without a final block, repeated: 16 GB from about 16 MB; the
  // entry says 1000 bytes. A reader that inflated whole chunks before checking would hold
  // gigabytes and take many seconds (or crash the tab): Chromium inflates about 0.5 GB a
  // second, so 16 GB take well over the 10 s allowed below, even on a fast machine. This one
  // stops after one slice, in about 0.1 s: room for a slow, busy machine.
  const copies = 1024;
  const block = deflateRawSync(new Uint8Array(16_000_000), { finishFlush: constants.Z_SYNC_FLUSH });
  const raw = new Uint8Array(block.length * copies + 2);
  for (let i = 0; i < copies; i++) raw.set(block, i * block.length);
  raw.set([0x03, 0x00], block.length * copies);
  const zip = join(tmp.path, 'facebook-bomb.zip');
  writeFileSync(
    zip,
    zipBytes([
      {
        name: 'personal_information/profile_information/profile_information.json',
        data: '{"profile_v2":{}}',
      },
      {
        name: 'your_facebook_activity/posts/your_posts__check_ins__photos_and_videos_1.json',
        raw,
        declaredSize: 1000,
      },
    ]),
  );
  const profile = await browser.profile({ locale: BROWSER_LOCALE.de });
  const page = await newPage(profile.context);
  await page.goto(`${server.url}#/export`);
  await expectHeading(page, 'Welche Ihrer Inhalte für KI-Training genutzt werden können');
  await page.getByLabel('Export auswählen (ZIP, auch mehrere Teile)').first().setInputFiles(zip);
  await page
    .getByRole('alert')
    .filter({ hasText: 'facebook-bomb.zip' })
    .filter({ hasText: 'ZIP-Bombe' })
    .waitFor({ timeout: 10_000 });
  await profile.close();
});

test('an export with content files the scan cannot read is said to be incomplete', async () => {
  const files = {
    ...facebook2022('').files,
    'your_activity_across_facebook/events/your_events.json':
      '{"your_events_v2": [{"name": "Sommerfest", "description": "Alle sind eingeladen"}]}',
  };
  const zip = join(tmp.path, 'facebook-incomplete.zip');
  writeFileSync(zip, zipBytes(Object.entries(files).map(([name, data]) => ({ name, data }))));
  const profile = await browser.profile({ locale: BROWSER_LOCALE.de });
  const page = await newPage(profile.context);
  await page.goto(`${server.url}#/export`);
  await expectHeading(page, 'Welche Ihrer Inhalte für KI-Training genutzt werden können');
  await page.getByLabel('Export auswählen (ZIP, auch mehrere Teile)').first().setInputFiles(zip);
  await page
    .getByRole('alert')
    .filter({ hasText: '1 Datei konnte nicht gelesen werden – das Ergebnis ist unvollständig' })
    .waitFor();
  const technical = page.locator('article.inventory > details.technical');
  await technical.locator('summary').click();
  expect(await technical.textContent()).toContain(
    'your_activity_across_facebook/events/your_events.json',
  );
  // Meta's training start from the catalog: 5 own items before 27 May 2025, 1 after.
  expect(await page.locator('section.training-split').textContent()).toContain(
    'Vor dem Trainingsstart am 27. Mai 2025 entstanden: 5',
  );
  await profile.close();
});

test('an unpacked export folder is scanned too', async () => {
  const synthetic = facebook2024('');
  const root = join(tmp.path, 'facebook-robin-2026-01-02-AbCd1234');
  for (const [path, data] of Object.entries(synthetic.files)) {
    mkdirSync(dirname(join(root, path)), { recursive: true });
    writeFileSync(join(root, path), data);
  }
  const profile = await browser.profile({ locale: BROWSER_LOCALE.de });
  const page = await newPage(profile.context);
  await page.goto(`${server.url}#/export`);
  await expectHeading(page, 'Welche Ihrer Inhalte für KI-Training genutzt werden können');
  await page.getByLabel('Oder einen entpackten Export-Ordner auswählen').setInputFiles(root);
  const total = Object.values(synthetic.counts).reduce((a, b) => a + (b ?? 0), 0);
  await page.getByRole('heading', { level: 2, name: `Facebook: ${total} Einträge` }).waitFor();
  expect(await countRows(page)).toContainEqual(['Beitrag', String(synthetic.counts.post)]);
  expect((await page.locator('ul.items').textContent()) ?? '').toContain(TEXTS.greeting);
  // A folder that holds the export's ZIP file (not unpacked) is read as that ZIP file.
  const zips = join(tmp.path, 'downloads');
  mkdirSync(zips, { recursive: true });
  writeFileSync(
    join(zips, 'facebook-robin-2026-01-02-AbCd1234.zip'),
    zipBytes(Object.entries(synthetic.files).map(([name, data]) => ({ name, data }))),
  );
  await page.goto(`${server.url}#/`);
  await page.locator('article.inventory').waitFor({ state: 'detached' });
  await page.goto(`${server.url}#/export`);
  await page.getByLabel('Oder einen entpackten Export-Ordner auswählen').setInputFiles(zips);
  await page.getByRole('heading', { level: 2, name: `Facebook: ${total} Einträge` }).waitFor();
  expect(
    await page.locator('article.inventory > details.technical p').first().textContent(),
  ).toContain('facebook-2024');
  await profile.close();
});

test('a running scan can be cancelled; the focus returns to the file field', async () => {
  // The scan worker's code is held back until Cancel is clicked, so the scan cannot end
  // before the click (a race a fast machine lost); the worker then gets the scan and the
  // cancel in that order, as it would mid-scan.
  const big = join(tmp.path, 'facebook-big-2026-01-01-Big1.zip');
  writeSyntheticExport(big, 50_000_000);
  // Without the service worker, which could otherwise answer the request from its cache.
  const profile = await browser.profile({ locale: BROWSER_LOCALE.de, serviceWorkers: 'block' });
  let release = () => {};
  const held = new Promise<void>((resolve) => {
    release = resolve;
  });
  let workerRequests = 0;
  await profile.context.route(/\/scan-worker-[^/]*\.js$/, async (route) => {
    workerRequests++;
    await held;
    await route.continue();
  });
  const page = await newPage(profile.context);
  await page.goto(`${server.url}#/export`);
  await expectHeading(page, 'Welche Ihrer Inhalte für KI-Training genutzt werden können');
  const field = page.getByLabel('Export auswählen (ZIP, auch mehrere Teile)').first();
  await field.setInputFiles(big);
  await page.locator('progress').waitFor();
  // The worker's code is requested when the page opens, and held: the report of that
  // request can come late, so it is waited for (and before the click, which it makes safe).
  await expect.poll(() => workerRequests, POLL).toBe(1);
  await page.getByRole('button', { name: 'Abbrechen' }).click();
  expect(workerRequests).toBe(1);
  release();
  await page.locator('progress').waitFor({ state: 'detached' });
  expect(await page.locator('article.inventory').count()).toBe(0);
  // The app moves the focus in an effect that runs after the next frame, not with the render.
  await expect.poll(() => field.evaluate((el) => el === document.activeElement), POLL).toBe(true);
  // The page still scans afterwards.
  const small = join(tmp.path, 'facebook-small.zip');
  writeFileSync(
    small,
    zipBytes(Object.entries(facebook2024().files).map(([name, data]) => ({ name, data }))),
  );
  await field.setInputFiles(small);
  await page.locator('article.inventory').waitFor();
  await profile.close();
});
