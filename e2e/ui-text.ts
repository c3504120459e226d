// The texts the end-to-end tests look for, taken from the web app's message files, so that
// a test walks the app in any language (and in the pseudo-locale) without its own copy of
// the wording.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { LOCALE_INFO, LOCALES, type Locale, pluralCategory } from '@widerspruch/catalog';
import { type CaseState, caseText } from '@widerspruch/core';
import { pseudoText } from '../apps/web/src/i18n/pseudo.js';

/** A language of a test run: one of the app's, or the test pseudo-locale (English, accented). */
export type TextLocale = Locale | 'pseudo';

const DIR = join(import.meta.dirname, '..', 'apps', 'web', 'src', 'i18n');
const FILES = ['', 'scan.', 'data.', 'remedies.', 'letters.', 'meta.'];

function messagesOf(locale: Locale): Record<string, string> {
  return Object.assign(
    {},
    ...FILES.map((f) => JSON.parse(readFileSync(join(DIR, `${f}${locale}.json`), 'utf8'))),
  );
}

/** A message as the app shows it in a language, with `{name}` placeholders filled. */
export type Message = (key: string, params?: Record<string, string | number>) => string;

/** The app's messages of a language, formatted as `t()` and `tPlural()` do. */
export function messages(locale: TextLocale): {
  t: Message;
  plural: (key: string, n: number) => string;
} {
  const base: Locale = locale === 'pseudo' ? 'en' : locale;
  const all = messagesOf(base);
  const intl = LOCALE_INFO[base].intl;
  const t: Message = (key, params = {}) => {
    const raw = all[key];
    if (raw === undefined) throw new Error(`no message ${key} in ${base}`);
    const text = locale === 'pseudo' ? pseudoText(raw) : raw;
    return text.replace(/\{(\w+)\}/g, (_, name: string) => String(params[name] ?? `{${name}}`));
  };
  const plural = (key: string, n: number) =>
    t(`${key}.${n === 0 ? 'zero' : pluralCategory(base, n)}`, {
      count: new Intl.NumberFormat(intl).format(n),
    });
  return { t, plural };
}

/** Where a case stands, as the app shows it: worded by core, like the app does. */
function caseState(locale: TextLocale, state: CaseState): string {
  const text = caseText(locale === 'pseudo' ? 'en' : locale).state[state];
  return locale === 'pseudo' ? pseudoText(text) : text;
}

/** What the tests look for, in one language. */
export function uiText(locale: TextLocale) {
  const { t, plural } = messages(locale);
  const before = (key: string, placeholder: string) =>
    t(key).split(`{${placeholder}}`)[0]?.trim() ?? '';
  return {
    startTitle: t('start.title'),
    startWhatHappens: t('start.whatHappens'),
    begin: t('start.begin'),
    wizardTitle: t('wizard.title'),
    continue: t('wizard.start'),
    account: (platform: string, n = 1) => t('wizard.accountLabel', { n, platform }),
    addAccount: (platform: string) => `+ ${t('wizard.addAccount', { platform })}`,
    removeAccount: (n: number) => t('wizard.removeAccount', { n }),
    noneChosen: t('wizard.noneChosen'),
    openForm: (platform: string) => `${t('wizard.openForm', { platform })} ${t('wizard.newTab')}`,
    grounds: t('wizard.grounds'),
    addGrounds: t('wizard.addGrounds'),
    note: t('wizard.note'),
    text: t('wizard.text'),
    copy: t('wizard.copy'),
    copied: t('wizard.copied'),
    sent: t('wizard.sent'),
    recorded: before('wizard.recorded', 'date'),
    next: t('wizard.next'),
    finish: t('wizard.finish'),
    understood: t('wizard.understood'),
    doneTitle: t('wizard.doneTitle'),
    doneOne: plural('wizard.doneText', 1),
    doneTwo: plural('wizard.doneText', 2),
    casesTitle: t('cases.title'),
    statusSubmitted: caseState(locale, 'awaiting-confirmation'),
    statusConfirmed: caseState(locale, 'confirmed'),
    submittedOn: (date: string) => t('cases.submitted', { date }),
    confirmedOn: (date: string) => t('cases.confirmed', { date }),
    markConfirmed: t('cases.markConfirmed'),
    confirmDate: t('cases.confirmDate'),
    addNote: t('cases.addNote'),
    noteLabel: t('cases.noteLabel'),
    save: t('cases.save'),
    dataTitle: t('data.title'),
    export: t('data.export'),
    import: t('data.import'),
    importedNothing: t('data.importedNothing'),
    imported: (cases: number, profiles: number) =>
      t('data.imported', {
        cases: plural('data.importedCases', cases),
        profiles: plural('data.importedProfiles', profiles),
      }),
    notFoundTitle: t('notFound.title'),
    caseDetails: t('case.details'),
    openGuide: t('next.openGuide'),
    guideTitle: (platform: string) => t('guide.title', { platform }),
    language: t('lang.label'),
    metaLink: t('start.meta'),
    metaTitle: t('meta.title'),
    metaSent: (platform: string) => `${t('meta.sent')} (${platform})`,
    metaToCase: (platform: string) => t('meta.toCase', { platform }),
    recordWhat: t('case.recordWhat'),
    replyKind: t('case.replyKind'),
    record: t('case.record'),
    rejected: caseState(locale, 'rejected'),
    makeComplaint: `${t('next.makeLetter')}: ${t('letter.title.complaint')}`,
    letterComplaint: t('letter.title.complaint'),
    letterName: t('letter.name'),
    letterAddress: t('letter.address'),
    letterCountry: t('letter.country'),
    letterRegion: t('letter.region'),
    letterPreview: t('letter.preview'),
    title: t('app.title'),
    fallbackNote: t('fallback.note'),
  };
}

/** The texts of one language. */
export type UiText = ReturnType<typeof uiText>;

/** Every language's texts, and the pseudo-locale's. */
export const UI_TEXT = Object.fromEntries(
  [...LOCALES, 'pseudo' as const].map((l) => [l, uiText(l)]),
) as Record<TextLocale, UiText>;
