import type { AuthoredLocale, Device, WebFormChannel } from '@widerspruch/catalog';

type FormPurpose = WebFormChannel['purpose'];

/** The wording of guide steps in one language. */
export interface GuideText {
  readonly device: Readonly<Record<Device, string>>;
  readonly openForm: { readonly title: string; readonly body: (platform: string) => string };
  readonly loginRequired: (platform: string) => string;
  readonly alternates: string;
  readonly inApp: {
    readonly title: string;
    readonly titleNoForm: string;
    readonly body: (device: string) => string;
  };
  readonly noRouteForDevice: (device: string, hasForm: boolean) => string;
  readonly otherForm: Readonly<Record<FormPurpose, string>>;
  readonly otherLocale: string;
  readonly enter: { readonly title: string };
  readonly enterEmail: string;
  readonly enterCountry: string;
  readonly reasonOptional: string;
  readonly reasonRequired: string;
  readonly codeVaries: string;
  readonly codeYes: string;
  readonly requirementsUnknown: string;
  readonly after: { readonly title: string; readonly body: string };
  readonly coverage: { readonly title: string; readonly covers: string; readonly doesNot: string };
  /** `uncertain`: the plain advice when it is not known what one objection covers. */
  readonly linkedAccounts: { readonly title: string; readonly uncertain: string };
  readonly thirdParty: { readonly title: string; readonly form: string };
  readonly statusPosts: { readonly title: string };
  readonly goodToKnow: { readonly title: string };
  readonly routeVia: { readonly title: string; readonly body: (names: string) => string };
  readonly letter: {
    readonly title: string;
    readonly body: (company: string) => string;
    readonly onlyTitle: string;
    readonly onlyBody: (company: string) => string;
    readonly noAddress: string;
  };
  readonly noRoute: { readonly title: string; readonly body: string };
  readonly toggle: {
    readonly title: string;
    readonly titleOn: string;
    readonly body: (setting: string, defaultOn: boolean) => string;
    readonly bodyOn: (setting: string, defaultOn: boolean) => string;
    readonly otherPath: string;
  };
  readonly email: { readonly title: string; readonly body: string };
  readonly notTraining: { readonly title: string; readonly body: (platform: string) => string };
}

const de: GuideText = {
  device: { desktop: 'Computer', mobile: 'Smartphone' },
  openForm: {
    title: 'Offizielles Formular öffnen',
    body: (p) => `Öffnen Sie das Widerspruchsformular von ${p}.`,
  },
  loginRequired: (p) =>
    `Das Formular öffnet sich nur, wenn Sie im selben Browser bei ${p} angemeldet sind.`,
  alternates: 'Für dasselbe Formular kursieren auch andere Adressen:',
  inApp: {
    title: 'Falls das Formular nicht lädt: der Weg über die Menüs',
    titleNoForm: 'Der Weg über die Menüs',
    body: (d) => `So kommen Sie auf dem ${d} über die Menüs zum Formular:`,
  },
  noRouteForDevice: (d, hasForm) =>
    hasForm
      ? `Für den ${d} ist kein Weg über die Menüs belegt; nutzen Sie dort den direkten Link oben. Auf anderen Geräten geht es so:`
      : `Für den ${d} ist kein Weg über die Menüs belegt. Auf anderen Geräten geht es so:`,
  otherForm: {
    'ai-objection': 'Ein weiteres Formular für den Widerspruch gegen KI-Training.',
    'general-objection': 'Ein allgemeines Widerspruchsformular.',
    'data-rights':
      'Ein allgemeines Formular für Datenschutzanfragen. Ob es gegen das KI-Training hilft, ist nicht belegt.',
    'third-party-data': 'Ein Formular für Informationen aus anderen Quellen.',
    'dpo-contact': 'Das Kontaktformular des Datenschutzbeauftragten.',
  },
  otherLocale:
    'Ein Weg ist nur mit englischen Menünamen belegt; so heißen die Menüpunkte, wenn Ihre App auf Englisch eingestellt ist.',
  enter: { title: 'Formular ausfüllen und absenden' },
  enterEmail:
    'Geben Sie Ihre E-Mail-Adresse an. Dorthin kommt die Bestätigung; bewahren Sie diese E-Mail auf.',
  enterCountry: 'Wählen Sie das Land, in dem Sie wohnen, falls danach gefragt wird.',
  reasonOptional:
    'Eine Begründung ist freiwillig: Sie können das Feld leer lassen oder den vorbereiteten Text einfügen, auf Wunsch mit Gründen aus Ihrer besonderen Situation (Art. 21 Abs. 1 DSGVO).',
  reasonRequired: 'Eine Begründung ist Pflicht. Fügen Sie den vorbereiteten Text ein.',
  codeVaries:
    'Manchmal wird ein Bestätigungscode per E-Mail geschickt oder eine erneute Anmeldung verlangt.',
  codeYes: 'Danach kommt ein Bestätigungscode per E-Mail, den Sie im Formular eingeben.',
  requirementsUnknown:
    'Welche Angaben das Formular im Einzelnen verlangt, ist nicht belegt. Füllen Sie aus, was gefragt wird, und fügen Sie den vorbereiteten Text ein.',
  after: {
    title: 'Was danach passiert',
    body: 'Bewahren Sie die Bestätigung auf: Sie ist Ihr Nachweis, dass und wann Sie widersprochen haben.',
  },
  coverage: {
    title: 'Was der Widerspruch bewirkt und was nicht',
    covers: 'Der Widerspruch wirkt für:',
    doesNot: 'Er wirkt nicht für:',
  },
  linkedAccounts: {
    title: 'Mehrere Konten',
    uncertain:
      'Widersprechen Sie im Zweifel für jedes Konto einzeln. Ob ein Widerspruch für alle verbundenen Konten gilt, ist nicht sicher belegt.',
  },
  thirdParty: {
    title: 'Inhalte, die andere über Sie veröffentlichen',
    form: 'Formular für Informationen aus anderen Quellen:',
  },
  statusPosts: { title: 'Ein „Ich widerspreche“-Beitrag hilft nicht' },
  goodToKnow: { title: 'Gut zu wissen' },
  routeVia: {
    title: 'Welcher Widerspruch hier gilt',
    body: (n) => `Für diesen Dienst gibt es keinen eigenen Widerspruchsweg. Maßgeblich ist: ${n}.`,
  },
  letter: {
    title: 'Wenn nichts davon klappt: Widerspruch per Brief',
    body: (c) => `Sie können Ihren Widerspruch auch schriftlich an ${c} schicken:`,
    onlyTitle: 'Widerspruch per Brief',
    onlyBody: (c) =>
      `Ein Formular oder eine Einstellung ist nicht bekannt. Schicken Sie Ihren Widerspruch schriftlich an ${c}; Widerspruch schreibt den Brief für Sie:`,
    noAddress:
      'Eine Postanschrift ist in den Quellen nicht belegt. Sie steht meist in der Datenschutzerklärung des Unternehmens; tragen Sie sie dort nach.',
  },
  noRoute: {
    title: 'Kein Widerspruchsweg bekannt',
    body: 'Für diesen Dienst ist derzeit kein Weg bekannt, der KI-Nutzung zu widersprechen.',
  },
  toggle: {
    title: 'Einstellung ausschalten',
    titleOn: 'Schutz-Einstellung einschalten',
    bodyOn: (s, on) =>
      on
        ? `Prüfen Sie, dass die Einstellung „${s}“ eingeschaltet ist; sie schützt Ihre Inhalte.`
        : `Schalten Sie die Einstellung „${s}“ ein; sie schützt Ihre Inhalte und ist von Haus aus ausgeschaltet.`,
    body: (s, on) =>
      on
        ? `Schalten Sie die Einstellung „${s}“ aus. Sie ist von Haus aus eingeschaltet.`
        : `Prüfen Sie, dass die Einstellung „${s}“ ausgeschaltet ist.`,
    otherPath:
      'Für Ihr Gerät oder Ihre Sprache ist kein eigener Weg belegt; unten steht der bekannte.',
  },
  email: {
    title: 'Per E-Mail widersprechen',
    body: 'Schicken Sie Ihren Widerspruch an diese Adresse. Den Text dafür schreibt Widerspruch (in der App unter „Ihr Widerspruchstext“, im Terminal mit „widerspruch text“).',
  },
  notTraining: {
    title: 'Nach den Quellen kein KI-Training mit Ihren Inhalten',
    body: (p) =>
      `Nach den ausgewerteten Quellen trainiert ${p} keine KI mit den Inhalten seiner Nutzerinnen und Nutzer. Ein Widerspruch ist derzeit nicht nötig; Widerspruch meldet sich, wenn sich das ändert.`,
  },
};

const en: GuideText = {
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
  otherLocale:
    'One route is documented only with German menu labels; your app shows them when set to German. The English labels may differ.',
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

/** The guide wording for a language. */
export function guideText(locale: AuthoredLocale): GuideText {
  return locale === 'de' ? de : en;
}
