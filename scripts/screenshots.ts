// Takes screenshots of every page at 375 px and 1280 px, in German and English, into
// .tmp/screenshots/. Run after `npm run build`: npx tsx scripts/screenshots.ts
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { freshProfile } from '../e2e/browser.js';
import { startServer } from '../e2e/server.js';

const out = join(import.meta.dirname, '..', '.tmp', 'screenshots');
mkdirSync(out, { recursive: true });
const server = await startServer();

async function shoot(page: Page, name: string): Promise<void> {
  await page.screenshot({ path: join(out, `${name}.png`), fullPage: true });
}

for (const locale of ['de', 'en'] as const) {
  for (const width of [375, 1280]) {
    const profile = await freshProfile({
      locale: locale === 'de' ? 'de-DE' : 'en-GB',
      viewport: { width, height: 800 },
    });
    const page = await profile.context.newPage();
    const tag = `${locale}-${width}`;
    await page.goto(server.url);
    await page.locator('.platform-summaries').waitFor();
    await shoot(page, `${tag}-1-start`);
    await page.goto(`${server.url}#/widersprechen`);
    await page.locator('form.wizard-setup').waitFor();
    await page.getByRole('checkbox', { name: /Instagram/ }).check();
    await page.getByRole('checkbox', { name: /Threads/ }).check();
    await shoot(page, `${tag}-2-setup`);
    await page
      .getByRole('button', { name: locale === 'de' ? 'Weiter' : 'Continue', exact: true })
      .click();
    await page.locator('article.task').waitFor();
    await shoot(page, `${tag}-3-task`);
    await page.locator('.text-builder summary').click();
    await page.locator('.text-builder input[type=checkbox]').first().check();
    await page
      .getByRole('button', {
        name:
          locale === 'de' ? 'Ich habe den Widerspruch abgeschickt' : 'I have sent the objection',
      })
      .click();
    await page.locator('.success').waitFor();
    await shoot(page, `${tag}-4-recorded`);
    await page
      .getByRole('button', {
        name: locale === 'de' ? 'Weiter zum nächsten Dienst' : 'On to the next service',
      })
      .click();
    await shoot(page, `${tag}-5-threads`);
    await page.goto(`${server.url}#/meine-widersprueche`);
    await page.locator('article.case').first().waitFor();
    await shoot(page, `${tag}-6-cases`);
    await page.goto(`${server.url}#/daten`);
    await shoot(page, `${tag}-7-data`);
    await profile.close();
  }
}
await server.close();
process.stdout.write(`screenshots in ${out}\n`);
