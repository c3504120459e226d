import type { GuideText } from './guide-text.js';

/** The guide wording in Italian. */
export const it: GuideText = {
  device: { desktop: 'computer', mobile: 'smartphone' },
  openForm: {
    title: 'Aprire il modulo ufficiale',
    body: (p) => `Apra il modulo di opposizione di ${p}.`,
  },
  loginRequired: (p) =>
    `Il modulo si apre solo se ha effettuato l’accesso a ${p} nello stesso browser.`,
  alternates: 'Per lo stesso modulo circolano anche altri indirizzi:',
  inApp: {
    title: 'Se il modulo non si carica: il percorso tramite i menu',
    titleNoForm: 'Il percorso tramite i menu',
    body: (d) => `Come arrivare al modulo tramite i menu (dispositivo: ${d}):`,
  },
  noRouteForDevice: (d, hasForm) =>
    hasForm
      ? `Per il dispositivo (${d}) non è documentato alcun percorso tramite i menu; lì utilizzi il link diretto qui sopra. Su altri dispositivi:`
      : `Per il dispositivo (${d}) non è documentato alcun percorso tramite i menu. Su altri dispositivi:`,
  otherForm: {
    'ai-objection': 'Un altro modulo per opporsi all’addestramento dell’IA.',
    'general-objection': 'Un modulo di opposizione generale.',
    'data-rights':
      'Un modulo generale per le richieste in materia di protezione dei dati. Non è documentato che serva contro l’addestramento dell’IA.',
    'third-party-data': 'Un modulo per le informazioni provenienti da altre fonti.',
    'dpo-contact': 'Il modulo di contatto del responsabile della protezione dei dati.',
  },
  otherLocale: {
    de: 'Un percorso è documentato solo con le voci di menu in tedesco; l’app le mostra così quando è impostata in tedesco. Le voci in italiano possono essere diverse.',
    en: 'Un percorso è documentato solo con le voci di menu in inglese; l’app le mostra così quando è impostata in inglese. Le voci in italiano possono essere diverse.',
  },
  enter: { title: 'Compilare e inviare il modulo' },
  enterEmail: 'Indichi il Suo indirizzo e-mail. La conferma arriverà lì; conservi quell’e-mail.',
  enterCountry: 'Se il modulo lo chiede, scelga il Paese in cui risiede.',
  reasonOptional:
    'La motivazione è facoltativa: può lasciare il campo vuoto o incollare il testo preparato, se lo desidera con motivi connessi alla Sua situazione particolare (articolo 21, paragrafo 1, del RGPD).',
  reasonRequired: 'La motivazione è obbligatoria. Incolli il testo preparato.',
  codeVaries:
    'A volte viene inviato un codice di conferma per e-mail o viene chiesto di accedere di nuovo.',
  codeYes: 'Riceverà poi per e-mail un codice di conferma da inserire nel modulo.',
  requirementsUnknown:
    'Nessuna fonte indica con precisione quali dati chieda il modulo. Compili ciò che viene chiesto e incolli il testo preparato.',
  after: {
    title: 'Dopo l’invio',
    body: 'Conservi la conferma: è la prova che si è opposto/a e di quando lo ha fatto.',
  },
  coverage: {
    title: 'Che cosa copre l’opposizione e che cosa no',
    covers: 'L’opposizione vale per:',
    doesNot: 'Non vale per:',
  },
  linkedAccounts: {
    title: 'Più account',
    uncertain:
      'Nel dubbio, si opponga separatamente per ciascun account. Non è accertato che una sola opposizione valga per tutti gli account collegati.',
  },
  thirdParty: {
    title: 'Contenuti che altre persone pubblicano su di Lei',
    form: 'Modulo per le informazioni provenienti da altre fonti:',
  },
  statusPosts: { title: 'Un post «Mi oppongo» non serve' },
  goodToKnow: { title: 'Da sapere' },
  routeVia: {
    title: 'Quale opposizione vale qui',
    body: (n) => `Questo servizio non ha una propria via di opposizione. Vale: ${n}.`,
  },
  letter: {
    title: 'Se nulla di tutto ciò funziona: opposizione per lettera',
    body: (c) => `Può anche inviare la Sua opposizione per iscritto a ${c}:`,
    onlyTitle: 'Opposizione per lettera',
    onlyBody: (c) =>
      `Non è noto alcun modulo né impostazione. Invii la Sua opposizione per iscritto a ${c}; Widerspruch scrive la lettera per Lei:`,
    noAddress:
      'Nelle fonti non è documentato alcun indirizzo postale. Di solito si trova nell’informativa sulla privacy della società; lo riprenda da lì.',
  },
  noRoute: {
    title: 'Nessuna via di opposizione nota',
    body: 'Per questo servizio non è attualmente nota alcuna via per opporsi all’uso da parte dell’IA.',
  },
  toggle: {
    title: 'Disattivare l’impostazione',
    titleOn: 'Attivare l’impostazione di protezione',
    bodyOn: (s, on) =>
      on
        ? `Verifichi che l’impostazione «${s}» sia attiva; protegge i Suoi contenuti.`
        : `Attivi l’impostazione «${s}»; protegge i Suoi contenuti ed è disattivata per impostazione predefinita.`,
    body: (s, on) =>
      on
        ? `Disattivi l’impostazione «${s}». È attiva per impostazione predefinita.`
        : `Verifichi che l’impostazione «${s}» sia disattivata.`,
    otherPath:
      'Per il Suo dispositivo o la Sua lingua non è documentato un percorso proprio; qui sotto trova quello noto.',
  },
  email: {
    title: 'Opporsi per e-mail',
    body: 'Invii la Sua opposizione a questo indirizzo. Il testo lo scrive Widerspruch (nell’app alla voce «Il Suo testo di opposizione», nel terminale con «widerspruch text»).',
  },
  notTraining: {
    title: 'Secondo le fonti, nessun addestramento dell’IA con i Suoi contenuti',
    body: (p) =>
      `Secondo le fonti esaminate, ${p} non addestra alcuna IA con i contenuti dei propri utenti. Per ora non è necessario opporsi; Widerspruch lo segnalerà se la situazione cambia.`,
  },
};
