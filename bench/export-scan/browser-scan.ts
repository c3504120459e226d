// Scans one export in the built web app in Chromium, `runs` times (default 1) in one
// browser, and prints the seconds from choosing the file to the rendered result, one line
// per run (used by bench/export-scan-browser.mjs).
import { freshProfile } from '../../e2e/browser.js';
import { startServer } from '../../e2e/server.js';

const zip = process.argv[2];
const runs = Number(process.argv[3] ?? 1);
if (zip === undefined) throw new Error('usage: browser-scan.ts <export.zip> [runs]');
const server = await startServer();
const profile = await freshProfile({ locale: 'de-DE' });
try {
  const page = await profile.context.newPage();
  for (let run = 0; run < runs; run++) {
    await page.goto(`${server.url}#/`);
    await page.goto(`${server.url}#/export`);
    const input = page.locator('input[type=file][multiple]');
    await input.waitFor();
    const start = performance.now();
    await input.setInputFiles(zip);
    await page.locator('article.inventory').waitFor({ timeout: 600_000 });
    process.stdout.write(`${((performance.now() - start) / 1000).toFixed(3)}\n`);
  }
} finally {
  await profile.close();
  await server.close();
}
