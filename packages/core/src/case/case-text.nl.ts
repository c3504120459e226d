import type { CaseText } from './case-text.js';

/** The case wording in Dutch. */
export const nl: CaseText = {
  state: {
    draft: 'Concept',
    'awaiting-confirmation': 'Bevestiging verwacht (meestal binnen 24 uur)',
    'no-confirmation': 'Geen bevestiging ontvangen',
    'awaiting-answer': 'Verstuurd, antwoord volgt nog',
    overdue: 'Termijn verstreken',
    reminded: 'Herinnering verstuurd, termijn loopt',
    'reminder-overdue': 'Ook de termijn van de herinnering is verstreken',
    confirmed: 'Bevestigd',
    'asks-for-reason': 'Redenen gevraagd',
    'asks-for-id': 'Identiteitsbewijs gevraagd',
    rejected: 'Afgewezen',
    answered: 'Antwoord ontvangen',
    complained: 'Klacht ingediend',
    'setting-off': 'Instelling gewijzigd',
    closed: 'Afgesloten',
  },
  event: {
    drafted: 'Aangemaakt',
    submitted: 'Bezwaar verstuurd',
    'setting-changed': 'Instelling gewijzigd',
    'confirmation-received': 'Bevestiging ontvangen',
    'reply-received': 'Antwoord ontvangen',
    'deadline-extended': 'Termijn verlengd',
    'reminder-sent': 'Herinnering verstuurd',
    'evidence-added': 'Bewijs bewaard',
    'complaint-filed': 'Klacht ingediend',
    'erasure-requested': 'Verwijdering gevraagd',
    'access-requested': 'Inzage gevraagd',
    note: 'Notitie',
    closed: 'Afgesloten',
  },
  reply: {
    accepted: 'Bezwaar aanvaard',
    'asks-for-reason': 'Vraagt om redenen',
    'asks-for-id': 'Vraagt om een identiteitsbewijs',
    rejected: 'Bezwaar afgewezen',
    other: 'Iets anders',
  },
  request: { 'access-requested': 'Inzageverzoek', 'erasure-requested': 'Verwijderingsverzoek' },
  situation: {
    'no-answer': 'Geen antwoord binnen de termijn',
    'reminder-unanswered': 'Ook geen antwoord op de herinnering',
    'asks-for-reason': 'Het bedrijf vraagt om redenen',
    'asks-for-id': 'Het bedrijf vraagt om een identiteitsbewijs',
    rejected: 'Bezwaar afgewezen',
    'authority-silent': 'De toezichthouder laat niets van zich horen',
    'no-confirmation': 'Geen bevestiging na twee dagen',
    'form-fails': 'Het formulier laadt niet of geeft een foutmelding',
    'already-trained': 'Al gebruikt voor training, of door anderen geplaatst',
    'legal-action': 'Juridische stappen',
  },
  ahead: {
    'no-confirmation': 'Als er na twee dagen geen bevestiging is',
    'no-answer': 'Als er voor het einde van de termijn geen antwoord komt',
    'reminder-unanswered': 'Als ook de herinnering onbeantwoord blijft',
  },
  step: {
    'resubmit-form':
      'In de spammap naar de bevestiging kijken; staat die er niet, dan gewoon opnieuw bezwaar maken via het formulier',
    reminder: 'Een herinnering sturen met een termijn van twee weken',
    complaint: 'Een klacht indienen bij de toezichthouder (artikel 77 AVG)',
    'resubmit-with-grounds':
      'Opnieuw bezwaar maken, met redenen die verband houden met uw specifieke situatie',
    erasure:
      'Verwijdering vragen (artikel 17, lid 1, onder c), AVG) en tot die tijd beperking van de verwerking (artikel 18, lid 1, onder d), AVG)',
    'in-app-route': 'De weg via de menu’s van de app nemen (zie de handleiding)',
    'objection-letter':
      'Per brief of e-mail bezwaar maken bij het bedrijf en de brief als bewijs bewaren',
    'hide-or-delete':
      'Oudere berichten verbergen of verwijderen, zodat ze niet langer openbaar zijn',
    'ask-others': 'Mensen die over u berichten plaatsen vragen zelf bezwaar te maken',
    access: 'Vragen of en welke van uw gegevens voor training zijn gebruikt (artikel 15 AVG)',
    dossier: 'Een dossier maken voor een advocaat of een consumentenorganisatie',
    'answer-id-request':
      'Het bezwaar opnieuw sturen, met de gegevens over uw account die het bedrijf al heeft',
    'ask-authority':
      'De toezichthouder vragen hoe het ervoor staat; beroep op grond van artikel 78, lid 2, AVG is mogelijk',
  },
  next: {
    submit: 'Verstuur het bezwaar en leg het hier vast.',
    'expect-confirmation': 'Wacht op de bevestigingsmail en leg die vast zodra hij binnen is.',
    'check-spam-resubmit':
      'Nog geen bevestiging: kijk in uw spammap. Staat er niets, maak dan gewoon opnieuw bezwaar via het formulier.',
    wait: 'Afwachten. Leg de bevestiging vast zodra die komt.',
    'send-reminder':
      'De termijn is verstreken. Stuur een herinnering met een termijn van twee weken.',
    complain:
      'Ook de termijn uit uw herinnering is verstreken. U kunt een klacht indienen bij een toezichthoudende autoriteit (artikel 77 AVG).',
    'resubmit-with-grounds':
      'Het bedrijf vraagt om redenen. Dien het bezwaar opnieuw in, met redenen die verband houden met uw specifieke situatie.',
    'answer-id-request':
      'Het bedrijf vraagt om een identiteitsbewijs. Antwoord met de gegevens die het al heeft (account, e-mailadres); meer informatie mag het alleen vragen bij redelijke twijfel over uw identiteit (artikel 12, lid 6, AVG).',
    'review-answer': 'Lees het antwoord en leg vast of het bezwaar wordt aanvaard of afgewezen.',
    'escalate-rejection':
      'Het bezwaar is afgewezen. U kunt een klacht indienen bij een toezichthoudende autoriteit (artikel 77 AVG) en verwijdering van uw gegevens vragen (artikel 17 AVG).',
    'keep-proof': 'Klaar. Bewaar de bevestiging als bewijs.',
    'wait-for-authority':
      'Uw klacht ligt bij de toezichthoudende autoriteit. Die moet u binnen drie maanden laten weten hoe het ervoor staat.',
    'authority-silent':
      'De autoriteit heeft in drie maanden niets laten horen. Vraag hoe het ervoor staat; u kunt ook in beroep gaan bij de rechter tegen de autoriteit (artikel 78, lid 2, AVG) – laat u daarvoor adviseren.',
    none: 'Niets meer te doen.',
  },
};
