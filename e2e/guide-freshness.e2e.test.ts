// The guide page of a platform: the date its facts were last checked ("Stand der Angaben")
// under the summary, a "not training" record that offers no objection, and WhatsApp's
// reported AI-messages route and Advanced Chat Privacy.
import { bundledCatalog } from '@widerspruch/catalog/bundled';
import { expect, test } from 'vitest';
import { useBrowser, useServer } from './setup.js';
import { BROWSER_LOCALE, expectHeading, longDate, newPage } from './support.js';

const browser = useBrowser();
const server = useServer();
const catalog = bundledCatalog();

function verifiedOf(id: string): string {
  const p = catalog.platforms.find((x) => x.id === id);
  if (p === undefined) throw new Error(`catalog lacks ${id}`);
  return p.verified;
}

test('the guide shows "Stand der Angaben" and says Gmail needs no objection', async () => {
  const profile = await browser.profile({ locale: BROWSER_LOCALE.de });
  const page = await newPage(profile.context);
  await page.goto(`${server.url}#/anleitung/gmail-smart-features`);
  // Nothing to object to: the heading does not say how to object, and no remedies box.
  await expectHeading(page, 'Gmail und KI-Training');
  await page
    .locator('.as-of')
    .filter({ hasText: `Stand der Angaben: ${longDate('de', verifiedOf('gmail-smart-features'))}` })
    .waitFor();
  await page
    .getByRole('heading', { name: 'Nach den Quellen kein KI-Training mit Ihren Inhalten' })
    .waitFor();
  // No form, no letter, no empty coverage heading: nothing to send.
  expect(
    await page.getByRole('heading', { name: /Brief|Formular|bewirkt|widersprechen/ }).count(),
  ).toBe(0);
  expect(await page.locator('section.remedies-summary').count()).toBe(0);
});

test('the WhatsApp guide shows the reported AI-messages route and Advanced Chat Privacy (en)', async () => {
  const profile = await browser.profile({ locale: BROWSER_LOCALE.en });
  const page = await newPage(profile.context);
  await page.goto(`${server.url}#/anleitung/whatsapp`);
  await expectHeading(page, 'How to object on WhatsApp');
  await page.locator('.as-of').filter({ hasText: 'Facts as of' }).waitFor();
  // A step made only of uncertain facts shows them as its text, not just a closed disclosure.
  await page
    .locator('section.step-route-via p', { hasText: 'there is no way to object for Meta AI' })
    .waitFor();
  // What is only reported sits in the steps' "How certain is this?" disclosures and behind
  // "More routes": open them all.
  for (const details of await page.locator('details').all()) {
    await details.evaluate((d) => {
      (d as HTMLDetailsElement).open = true;
    });
  }
  await page.getByText('"Your messages with AIs on WhatsApp"', { exact: false }).waitFor();
  await page.getByText('Reported only:', { exact: false }).first().waitFor();
  await page.getByText('"Advanced Chat Privacy" is a per-chat setting', { exact: false }).waitFor();
});

test("a guide's sources load when a disclosure that lists them opens", async () => {
  const profile = await browser.profile({ locale: BROWSER_LOCALE.de });
  const page = await newPage(profile.context);
  const asked: string[] = [];
  page.on('request', (r) => {
    if (/catalog-sources-/.test(r.url())) asked.push(r.url());
  });
  await page.goto(`${server.url}#/anleitung/facebook`);
  await expectHeading(page, 'So widersprechen Sie bei Facebook');
  // The disclosure counts the sources before their titles and addresses are there.
  const disclosure = page.locator('main details.certainty').first();
  expect(await disclosure.locator('summary').textContent()).toMatch(/\d+ Quellen?\b/);
  expect(asked).toEqual([]);
  await disclosure.locator('summary').click();
  const first = disclosure.locator('.source-list a').first();
  await first.waitFor();
  expect(await first.getAttribute('href')).toMatch(/^https:\/\//);
  expect(asked).toHaveLength(1);
  expect(asked[0]).toMatch(/catalog-sources-facebook-/);
  // Every other disclosure of the page now lists its sources at once.
  for (const details of await page.locator('main details.certainty').all()) {
    await details.evaluate((d) => {
      (d as HTMLDetailsElement).open = true;
    });
  }
  expect(await page.locator('main details.certainty .sources-loading').count()).toBe(0);
  expect(await page.locator('main details.certainty .source-list').count()).toBeGreaterThan(1);
  expect(asked).toHaveLength(1);
});
