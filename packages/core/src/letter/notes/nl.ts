import type { LetterNotes } from './model.js';

/** Dutch notes about letters. */
export const letterNotesNl: LetterNotes = {
  'not-sent': () =>
    'Het bezwaar is nog niet als verstuurd vastgelegd; de brief zou een verkeerde datum noemen. Leg eerst vast wanneer u het hebt verstuurd.',
  'no-prior-request': () =>
    'Sinds 2 april 2027 moet aan een klacht over een bezwaar dat bezwaar bij het bedrijf voorafgaan (Verordening (EU) 2025/2518), en de klacht noemt de datum en het bewijs daarvan. In deze zaak is geen verstuurd bezwaar vastgelegd. Maak eerst bezwaar bij het bedrijf en leg vast wanneer u dat hebt gedaan.',
  'not-due-reminder': (n, w) =>
    `De termijn voor het antwoord loopt nog tot ${w.date(n.due ?? '')}; een herinnering zou beweren dat die is verstreken. Verstuur de herinnering pas daarna.`,
  'not-due-reminded': (n, w) =>
    `U hebt al een herinnering gestuurd; de termijn daarin loopt nog tot ${w.date(n.due ?? '')}. Komt er tot dan geen antwoord, dan is een klacht de volgende stap.`,
  'not-due-complaint': (n, w) =>
    `De termijn voor het antwoord loopt nog tot ${w.date(n.due ?? '')}; de klachtbrief zou beweren dat die is verstreken. U kunt hem opstellen zodra de termijn is verstreken of u een antwoord hebt vastgelegd waar u niet tevreden mee bent.`,
  answered: () =>
    'Het bedrijf heeft geantwoord; een herinnering is bedoeld voor als er geen antwoord komt. Is het antwoord onvoldoende, dan kunt u een klacht indienen bij de toezichthoudende autoriteit.',
  'confirmed-reminder': () =>
    'Het bedrijf heeft uw bezwaar bevestigd; een herinnering is niet nodig. Bewaar de bevestiging als bewijs.',
  'confirmed-complaint': () =>
    'Het bedrijf heeft uw bezwaar bevestigd; de klachtbrief zou beweren dat het is afgewezen of niet beantwoord. Wijst het bedrijf het later toch af, leg dat antwoord dan vast in de zaak.',
  'asks-for-reason': () =>
    'Het bedrijf heeft om redenen gevraagd. In plaats van een herinnering past nu een nieuw bezwaar met redenen die verband houden met uw specifieke situatie (artikel 21, lid 1, AVG). U kunt ook een klacht indienen bij de toezichthoudende autoriteit.',
  'asks-for-id': () =>
    'Het bedrijf heeft om een identiteitsbewijs gevraagd. Stuur in plaats van een herinnering het bezwaar opnieuw, met de gegevens over uw account die het bedrijf al heeft. U kunt ook een klacht indienen bij de toezichthoudende autoriteit.',
  'web-form': () =>
    'U hebt via het formulier bezwaar gemaakt; daarop volgt geen antwoord binnen een termijn, maar een bevestigingsmail, meestal binnen 24 uur. Komt die niet, kijk dan in uw spammap en maak gewoon opnieuw bezwaar via het formulier. Lukt dat niet, maak dan per brief bezwaar; voor de brief loopt dan de termijn van een maand.',
  closed: () =>
    'De zaak is als afgesloten vastgelegd; er zijn geen verdere brieven voor bedoeld. Gaat het verder, maak dan een nieuwe zaak aan.',
  complained: () =>
    'U hebt al een klacht ingediend bij de toezichthoudende autoriteit; een herinnering aan het bedrijf is niet meer de volgende stap.',
  'prior-request': () =>
    'Sinds 2 april 2027 moet aan een klacht uw bezwaar bij het bedrijf voorafgaan (Verordening (EU) 2025/2518). De brief vermeldt wanneer u bezwaar hebt gemaakt; stuur uw bewijsstukken mee (bevestiging, schermafbeelding, brief).',
  'language-interface': (n, w) =>
    `De brief is in het ${w.language(n.language)}, uw taal; de autoriteit neemt klachten in het ${w.language(n.language)} aan.`,
  'language-chosen': (n, w) =>
    `De brief is in het ${w.language(n.language)}, zoals gekozen; de autoriteit neemt klachten in het ${w.language(n.language)} aan.`,
  'language-authority': (n, w) =>
    `De brief is in het ${w.language(n.language)}: de autoriteit neemt klachten aan in het ${w.languages(n.accepted)}, niet in het ${w.language(n.interfaceLocale)}.`,
  'language-fallback': (n, w) =>
    `De autoriteit neemt klachten aan in het ${w.languages(n.accepted)}; in die taal kan Widerspruch de brief niet opstellen. Hij is daarom in het ${w.language(n.language)}; laat hem vertalen voordat u hem verstuurt.`,
  translation: (n, w) =>
    `Alleen om te lezen: dezelfde klacht in het ${w.self}. Verstuur deze niet; verstuur de brief in het ${w.language(n.language)}.`,
};
