import type { GuideText } from './guide-text.js';

/** The guide wording in English. */
export const en: GuideText = {
  device: { desktop: 'computer', mobile: 'phone' },
  openForm: {
    title: 'Open the official form',
    body: (p) => `Open ${p}'s objection form.`,
  },
  loginRequired: (p) => `The form only opens when you are logged in to ${p} in the same browser.`,
  alternates: 'Other addresses circulate for the same form:',
  inApp: {
    title: 'If the form does not load: the route through the menus',
    titleNoForm: 'The route through the menus',
    body: (d) => `How to reach the form through the menus on your ${d}:`,
  },
  noRouteForDevice: (d, hasForm) =>
    hasForm
      ? `No route through the menus is documented for a ${d}; use the direct link above there. On other devices:`
      : `No route through the menus is documented for a ${d}. On other devices:`,
  otherForm: {
    'ai-objection': 'Another form for objecting to AI training.',
    'general-objection': 'A general objection form.',
    'data-rights':
      'A general form for data protection requests. Whether it helps against AI training is not documented.',
    'third-party-data': 'A form for information from other sources.',
    'dpo-contact': "The data protection officer's contact form.",
  },
  otherLocale: {
    de: 'One route is documented only with German menu labels; your app shows them when set to German. The English labels may differ.',
    en: 'One route is documented only with English menu labels; your app shows them when set to English.',
  },
  enter: { title: 'Fill in and send the form' },
  enterEmail: 'Enter your e-mail address. The confirmation is sent there; keep that e-mail.',
  enterCountry: 'Choose the country you live in if the form asks for it.',
  reasonOptional:
    'A reason is optional: leave the field empty or paste the prepared text, with grounds from your particular situation if you wish (Art. 21(1) GDPR).',
  reasonRequired: 'A reason is required. Paste the prepared text.',
  codeVaries: 'Sometimes a confirmation code is e-mailed or you are asked to log in again.',
  codeYes: 'A confirmation code is then e-mailed to you; enter it in the form.',
  requirementsUnknown:
    'No source says exactly what this form asks for. Fill in what it asks and paste the prepared text.',
  after: {
    title: 'After you send it',
    body: 'Keep the confirmation: it is your proof that and when you objected.',
  },
  coverage: {
    title: 'What the objection does and does not do',
    covers: 'The objection applies to:',
    doesNot: 'It does not apply to:',
  },
  linkedAccounts: {
    title: 'Several accounts',
    uncertain:
      'When in doubt, object for each account separately. Whether one objection covers all linked accounts is not firmly established.',
  },
  thirdParty: {
    title: 'Content that others post about you',
    form: 'Form for information from other sources:',
  },
  statusPosts: { title: 'An "I object" post does not help' },
  goodToKnow: { title: 'Good to know' },
  routeVia: {
    title: 'Which objection applies here',
    body: (n) => `This service has no objection route of its own. What counts is: ${n}.`,
  },
  letter: {
    title: 'If none of this works: object by letter',
    body: (c) => `You can also send your objection in writing to ${c}:`,
    onlyTitle: 'Object by letter',
    onlyBody: (c) =>
      `No form or setting is known. Send your objection in writing to ${c}; Widerspruch writes the letter for you:`,
    noAddress:
      "No postal address is documented in the sources. It is usually in the company's privacy policy; add it from there.",
  },
  noRoute: {
    title: 'No objection route known',
    body: 'No way to object to AI use is currently known for this service.',
  },
  toggle: {
    title: 'Switch the setting off',
    titleOn: 'Switch the protective setting on',
    bodyOn: (s, on) =>
      on
        ? `Check that the setting "${s}" is on; it protects your content.`
        : `Switch on the setting "${s}"; it protects your content and is off by default.`,
    body: (s, on) =>
      on
        ? `Switch off the setting "${s}". It is on by default.`
        : `Check that the setting "${s}" is off.`,
    otherPath: 'No path is documented for your device or language; the known one is below.',
  },
  email: {
    title: 'Object by e-mail',
    body: 'Send your objection to this address. Widerspruch writes the text (in the app under "Your objection text", in a terminal with "widerspruch text").',
  },
  notTraining: {
    title: 'According to the sources, no AI training on your content',
    body: (p) =>
      `According to the sources reviewed, ${p} does not train AI on its users' content. No objection is needed for now; Widerspruch will show it if this changes.`,
  },
};
