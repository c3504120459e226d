import type { GuideText } from './guide-text.js';

/** The guide wording in Dutch. */
export const nl: GuideText = {
  device: { desktop: 'computer', mobile: 'smartphone' },
  openForm: {
    title: 'Het officiële formulier openen',
    body: (p) => `Open het bezwaarformulier van ${p}.`,
  },
  loginRequired: (p) =>
    `Het formulier opent alleen als u in dezelfde browser bij ${p} bent ingelogd.`,
  alternates: 'Voor hetzelfde formulier circuleren ook andere adressen:',
  inApp: {
    title: 'Als het formulier niet laadt: de weg via de menu’s',
    titleNoForm: 'De weg via de menu’s',
    body: (d) => `Zo komt u op uw ${d} via de menu’s bij het formulier:`,
  },
  noRouteForDevice: (d, hasForm) =>
    hasForm
      ? `Voor de ${d} is geen weg via de menu’s vastgelegd; gebruik daar de directe link hierboven. Op andere apparaten gaat het zo:`
      : `Voor de ${d} is geen weg via de menu’s vastgelegd. Op andere apparaten gaat het zo:`,
  otherForm: {
    'ai-objection': 'Nog een formulier om bezwaar te maken tegen AI-training.',
    'general-objection': 'Een algemeen bezwaarformulier.',
    'data-rights':
      'Een algemeen formulier voor privacyverzoeken. Of het helpt tegen AI-training, is niet vastgelegd.',
    'third-party-data': 'Een formulier voor informatie uit andere bronnen.',
    'dpo-contact': 'Het contactformulier van de functionaris voor gegevensbescherming.',
  },
  otherLocale: {
    de: 'Een weg is alleen met Duitse menunamen vastgelegd; zo heten de menu-items als uw app op Duits staat. De Nederlandse namen kunnen afwijken.',
    en: 'Een weg is alleen met Engelse menunamen vastgelegd; zo heten de menu-items als uw app op Engels staat. De Nederlandse namen kunnen afwijken.',
  },
  enter: { title: 'Het formulier invullen en versturen' },
  enterEmail: 'Vul uw e-mailadres in. Daar komt de bevestiging naartoe; bewaar die e-mail.',
  enterCountry: 'Kies het land waar u woont, als het formulier daarnaar vraagt.',
  reasonOptional:
    'Een motivering is niet verplicht: u kunt het veld leeg laten of de voorbereide tekst plakken, desgewenst met redenen die verband houden met uw specifieke situatie (artikel 21, lid 1, AVG).',
  reasonRequired: 'Een motivering is verplicht. Plak de voorbereide tekst.',
  codeVaries:
    'Soms wordt een bevestigingscode per e-mail gestuurd of wordt gevraagd opnieuw in te loggen.',
  codeYes: 'Daarna ontvangt u per e-mail een bevestigingscode, die u in het formulier invult.',
  requirementsUnknown:
    'Geen enkele bron zegt precies wat dit formulier vraagt. Vul in wat gevraagd wordt en plak de voorbereide tekst.',
  after: {
    title: 'Na het versturen',
    body: 'Bewaar de bevestiging: die bewijst dat en wanneer u bezwaar hebt gemaakt.',
  },
  coverage: {
    title: 'Wat het bezwaar wel en niet doet',
    covers: 'Het bezwaar geldt voor:',
    doesNot: 'Het geldt niet voor:',
  },
  linkedAccounts: {
    title: 'Meerdere accounts',
    uncertain:
      'Maak bij twijfel voor elk account apart bezwaar. Of één bezwaar voor alle gekoppelde accounts geldt, staat niet vast.',
  },
  thirdParty: {
    title: 'Inhoud die anderen over u plaatsen',
    form: 'Formulier voor informatie uit andere bronnen:',
  },
  statusPosts: { title: 'Een bericht “Ik maak bezwaar” helpt niet' },
  goodToKnow: { title: 'Goed om te weten' },
  routeVia: {
    title: 'Welk bezwaar hier geldt',
    body: (n) => `Deze dienst heeft geen eigen weg om bezwaar te maken. Bepalend is: ${n}.`,
  },
  letter: {
    title: 'Als dit allemaal niet lukt: bezwaar per brief',
    body: (c) => `U kunt uw bezwaar ook schriftelijk naar ${c} sturen:`,
    onlyTitle: 'Bezwaar per brief',
    onlyBody: (c) =>
      `Er is geen formulier of instelling bekend. Stuur uw bezwaar schriftelijk naar ${c}; Widerspruch schrijft de brief voor u:`,
    noAddress:
      'In de bronnen is geen postadres vastgelegd. Het staat meestal in de privacyverklaring van het bedrijf; vul het vandaar aan.',
  },
  noRoute: {
    title: 'Geen weg voor bezwaar bekend',
    body: 'Voor deze dienst is op dit moment geen manier bekend om bezwaar te maken tegen gebruik voor AI.',
  },
  toggle: {
    title: 'De instelling uitzetten',
    titleOn: 'De beschermende instelling aanzetten',
    bodyOn: (s, on) =>
      on
        ? `Controleer of de instelling ‘${s}’ aanstaat; die beschermt uw inhoud.`
        : `Zet de instelling ‘${s}’ aan; die beschermt uw inhoud en staat standaard uit.`,
    body: (s, on) =>
      on
        ? `Zet de instelling ‘${s}’ uit. Die staat standaard aan.`
        : `Controleer of de instelling ‘${s}’ uitstaat.`,
    otherPath:
      'Voor uw apparaat of uw taal is geen eigen weg vastgelegd; hieronder staat de bekende.',
  },
  email: {
    title: 'Bezwaar maken per e-mail',
    body: 'Stuur uw bezwaar naar dit adres. Widerspruch schrijft de tekst (in de app onder ‘Uw bezwaartekst’, in een terminal met ‘widerspruch text’).',
  },
  notTraining: {
    title: 'Volgens de bronnen geen AI-training met uw inhoud',
    body: (p) =>
      `Volgens de onderzochte bronnen traint ${p} geen AI met de inhoud van zijn gebruikers. Bezwaar is op dit moment niet nodig; Widerspruch laat het weten als dat verandert.`,
  },
};
