// "My objections": a case survives a reload and a browser restart; the confirmation date
// and notes are recorded, and notes are shown as text, never as HTML.
import { expect, test } from 'vitest';
import { freshProfile } from './browser.js';
import { useServer } from './setup.js';
import {
  BROWSER_LOCALE,
  type CaseCardView,
  expectHeading,
  localDay,
  longDate,
  newPage,
  objectOnce,
  openPage,
  POLL,
  readCaseCards,
  readDatabase,
  recordSent,
  setUpWizard,
  TEXT,
  todayUtc,
} from './support.js';

const server = useServer();

test('a case survives reload and restart; confirmation date and a note are recorded', async () => {
  const text = TEXT.de;
  const profile = await freshProfile({ locale: BROWSER_LOCALE.de });
  try {
    let page = await newPage(profile.context);
    await objectOnce(page, server.url, 'de', { name: 'Facebook', account: 'ich@example.org' });
    const recorded: CaseCardView = {
      heading: 'Facebook · ich@example.org',
      status: text.statusSubmitted,
      dates: [text.submittedOn(longDate('de', todayUtc()))],
      notes: [],
    };
    expect(await readCaseCards(page)).toEqual([recorded]);

    await page.reload();
    await page.locator('article.case').first().waitFor();
    expect(await readCaseCards(page)).toEqual([recorded]);

    // A new browser process with the same profile directory.
    await profile.restart();
    page = await newPage(profile.context);
    await openPage(page, server.url, 'cases', text.casesTitle);
    await page.locator('article.case').first().waitFor();
    expect(await readCaseCards(page)).toEqual([recorded]);

    // The confirmation: a date in the future is refused, today's date is kept. (The case was
    // sent today, and a confirmation cannot come before the objection.)
    const card = page.locator('article.case').first();
    await card.getByRole('button', { name: text.markConfirmed, exact: true }).click();
    const date = card.getByLabel(text.confirmDate, { exact: true });
    await date.fill(localDay(2));
    await card.getByRole('alert').filter({ hasText: 'Das Datum liegt in der Zukunft' }).waitFor();
    await card.getByRole('button', { name: text.save, exact: true }).click();
    // Right after the click this cannot tell yet (a save shows only once it is stored); the
    // stored events below do.
    expect((await readCaseCards(page))[0]?.status).toBe(text.statusSubmitted);
    const confirmedDay = localDay(0);
    await date.fill(confirmedDay);
    await card.getByRole('alert').waitFor({ state: 'detached' });
    await card.getByRole('button', { name: text.save, exact: true }).click();
    await card.locator('.badge', { hasText: text.statusConfirmed }).waitFor();
    // The form closes only after the badge changes, and while it is open the card has none of
    // its buttons: once they are back, the one to mark the confirmation must be missing.
    await card.getByRole('button', { name: text.addNote, exact: true }).waitFor();
    expect(await card.getByRole('button', { name: text.markConfirmed }).count()).toBe(0);
    // Stored: today's confirmation only, nothing from the refused future date.
    const stored = (await readDatabase(page)).cases[0]?.events as { kind: string; date?: string }[];
    expect(stored.filter((e) => e.kind === 'confirmation-received').map((e) => e.date)).toEqual([
      confirmedDay,
    ]);

    // A note with markup is shown as the characters typed.
    const markup = '<b>not bold</b>';
    await card.getByRole('button', { name: text.addNote, exact: true }).click();
    await card.getByLabel(text.noteLabel, { exact: true }).fill(markup);
    await card.getByRole('button', { name: text.save, exact: true }).click();
    const note = card.locator('.note-text');
    await note.waitFor();
    expect(await note.textContent()).toBe(markup);
    expect(await note.innerHTML()).toBe('&lt;b&gt;not bold&lt;/b&gt;');
    expect(await card.locator('.notes b').count()).toBe(0);

    const updated = await readCaseCards(page);
    expect(updated).toEqual([
      {
        ...recorded,
        status: text.statusConfirmed,
        dates: [...recorded.dates, text.confirmedOn(longDate('de', confirmedDay))],
        notes: [expect.stringMatching(/: <b>not bold<\/b>$/)],
      },
    ]);

    // Both are stored, not only shown.
    await page.reload();
    await page.locator('article.case').first().waitFor();
    expect(await readCaseCards(page)).toEqual(updated);
  } finally {
    await profile.close();
  }
});

test('a service kept for later is a draft, and objecting from it records on that case', async () => {
  const text = TEXT.de;
  const profile = await freshProfile({ locale: BROWSER_LOCALE.de });
  try {
    const page = await newPage(profile.context);
    await setUpWizard(page, server.url, 'de', [
      { name: 'Facebook', account: 'later@example.org' },
      { name: 'Instagram', account: 'now@example.org' },
    ]);
    await page.getByRole('button', { name: 'Später erledigen (als Entwurf merken)' }).click();
    await expectHeading(page, 'Instagram');
    await recordSent(page, 'de');
    await page.getByRole('button', { name: text.finish, exact: true }).click();
    await expectHeading(page, text.doneTitle);
    await page.getByText('Sie haben einen Dienst für später vorgemerkt').waitFor();
    await page.getByRole('link', { name: text.finish, exact: true }).click();
    await expectHeading(page, text.casesTitle);
    await page.locator('article.case').nth(1).waitFor();
    // The draft comes first: something to do, while the other case only waits.
    const cards = await readCaseCards(page);
    expect(cards.map((c) => [c.heading, c.status])).toEqual([
      ['Facebook · later@example.org', 'Entwurf'],
      ['Instagram · now@example.org', text.statusSubmitted],
    ]);
    const draft = page.locator('article.case').first();
    await draft.getByRole('link', { name: /^Jetzt widersprechen/ }).click();
    await expectHeading(page, 'Facebook');
    await recordSent(page, 'de');
    await page.getByRole('button', { name: text.finish, exact: true }).click();
    await page.getByRole('link', { name: text.finish, exact: true }).click();
    await expectHeading(page, text.casesTitle);
    await expect
      .poll(async () => (await readCaseCards(page)).map((c) => [c.heading, c.status]).sort(), POLL)
      .toEqual([
        ['Facebook · later@example.org', text.statusSubmitted],
        ['Instagram · now@example.org', text.statusSubmitted],
      ]);
    // Recorded on the draft: still two cases, the draft's events kept.
    const stored = await readDatabase(page);
    expect(stored.cases).toHaveLength(2);
    const facebook = stored.cases.find((c) => c.platform === 'facebook') as
      | { events: { kind: string }[] }
      | undefined;
    expect(facebook?.events.map((e) => e.kind)).toEqual(['drafted', 'submitted']);
  } finally {
    await profile.close();
  }
});

test('a draft continued mid-run joins the run; a draft is used again, not doubled', async () => {
  const text = TEXT.de;
  const profile = await freshProfile({ locale: BROWSER_LOCALE.de });
  try {
    const page = await newPage(profile.context);
    const later = () =>
      page.getByRole('button', { name: 'Später erledigen (als Entwurf merken)' }).click();
    await setUpWizard(page, server.url, 'de', [
      { name: 'Facebook', account: 'f@example.org' },
      { name: 'Instagram', account: 'i@example.org' },
    ]);
    await later();
    await expectHeading(page, 'Instagram');
    // Away to "My objections" mid-run, and on from the Facebook draft: it joins the run.
    await openPage(page, server.url, 'cases', text.casesTitle);
    await page
      .locator('article.case', { hasText: 'f@example.org' })
      .getByRole('link', { name: /^Jetzt widersprechen/ })
      .click();
    await expectHeading(page, 'Facebook');
    await page.getByText('Schritt 2 von 3').waitFor();
    await recordSent(page, 'de');
    await page.getByRole('button', { name: text.next, exact: true }).click();
    await expectHeading(page, 'Instagram');
    await later();
    await expectHeading(page, text.doneTitle);
    // Facebook, kept and then sent in the same run, is not counted as kept.
    await page.getByText('Sie haben einen Dienst für später vorgemerkt').waitFor();
    await page.getByRole('link', { name: text.finish, exact: true }).click();
    await expectHeading(page, text.casesTitle);
    // A new run for a service and account kept as a draft records on that draft.
    await setUpWizard(page, server.url, 'de', [{ name: 'Instagram', account: 'i@example.org' }]);
    await later(); // kept again: still the one draft
    await expectHeading(page, 'Für später vorgemerkt');
    await page.getByRole('link', { name: text.finish, exact: true }).click();
    await expectHeading(page, text.casesTitle);
    await setUpWizard(page, server.url, 'de', [{ name: 'Instagram', account: 'i@example.org' }]);
    await recordSent(page, 'de');
    const stored = (await readDatabase(page)).cases as unknown as {
      platform: string;
      events: { kind: string }[];
    }[];
    expect(stored.map((c) => [c.platform, c.events.map((e) => e.kind).join(',')]).sort()).toEqual([
      ['facebook', 'drafted,submitted'],
      ['instagram', 'drafted,submitted'],
    ]);
  } finally {
    await profile.close();
  }
});
