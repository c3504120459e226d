import type { GuideText } from './guide-text.js';

/** The guide wording in German. */
export const de: GuideText = {
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
  otherLocale: {
    de: 'Ein Weg ist nur mit deutschen Menünamen belegt; so heißen die Menüpunkte, wenn Ihre App auf Deutsch eingestellt ist.',
    en: 'Ein Weg ist nur mit englischen Menünamen belegt; so heißen die Menüpunkte, wenn Ihre App auf Englisch eingestellt ist.',
  },
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
