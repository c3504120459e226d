import type { LetterText } from './model.js';

/** Dutch letters (terms and citations as in the Dutch text of the GDPR, "AVG"). */
export const letterTextNl: LetterText = {
  common: {
    salutation: 'Geachte heer, mevrouw,',
    closing: 'Met vriendelijke groet,',
    forTheAttentionOfDpo: 'T.a.v. de functionaris voor gegevensbescherming',
    accountNotGiven: '(niet opgegeven)',
    enclosures: 'Bijlagen',
    colon: ':',
    date: 'Datum',
    page: (n, of) => `Pagina ${n} van ${of}`,
    labels: {
      account: 'Account',
      controller: 'Verwerkingsverantwoordelijke',
      date: 'Datum',
      file: 'Bestand',
      whatHappened: 'Wat er gebeurde',
    },
  },
  objection: {
    subject: ({ account }) =>
      `Bezwaar op grond van artikel 21, lid 1, AVG tegen het gebruik van mijn gegevens voor AI – account ${account}`,
    opening: ({ controller, company, platform, account }) =>
      `Hierbij maak ik op grond van artikel 21, lid 1, AVG bezwaar tegen de verwerking van mijn persoonsgegevens door ${controller} voor het ontwikkelen, trainen, verfijnen en evalueren van AI-modellen (AI bij ${company}). Dit betreft mijn ${platform}-account (${account}) en alle diensten waarvoor ${controller} verantwoordelijk is.`,
    identity: ({ requestDate, platform, account }) =>
      `In uw antwoord van ${requestDate} heeft u om een bewijs van mijn identiteit gevraagd. Om mij te identificeren verwijs ik naar de gegevens waarover u al beschikt: mijn ${platform}-account (${account}). U mag alleen om aanvullende informatie vragen als u redelijke twijfel heeft over mijn identiteit (artikel 12, lid 6, AVG); laat u mij in dat geval weten welke twijfel dat is. U mag alleen weigeren gevolg te geven aan mijn bezwaar als u aantoont dat u niet in staat bent mij te identificeren (artikel 12, lid 2, AVG).`,
    demandsIntro: 'Ik verzoek u:',
    demands: [
      'mijn gegevens niet langer voor deze doeleinden te verwerken en ze uit te sluiten van toekomstige trainingsdatasets;',
      'de verwerking te beperken zolang u beoordeelt of uw gronden zwaarder wegen dan de mijne (artikel 18, lid 1, onder d, AVG);',
      'kopieën van mijn gegevens in trainingsdatasets te wissen (artikel 17, lid 1, onder c, AVG); en',
      'alle ontvangers aan wie u mijn gegevens voor deze doeleinden heeft verstrekt, daarvan in kennis te stellen (artikel 19 AVG).',
    ],
    deadline: ({ due }) =>
      `Ik verzoek u mij zonder onnodige vertraging, en uiterlijk binnen een maand na ontvangst (artikel 12, lid 3, AVG), dus uiterlijk op ${due}, te bevestigen dat u gevolg geeft aan mijn bezwaar. Anders behoud ik mij het recht voor een klacht in te dienen bij de bevoegde toezichthoudende autoriteit (artikel 77 AVG) en verdere juridische stappen te zetten.`,
  },
  reminder: {
    subject: ({ sent, account }) =>
      `Herinnering: mijn bezwaar van ${sent} op grond van artikel 21, lid 1, AVG – account ${account}`,
    objectionOf: 'Bezwaar van',
    opening: ({ sent, platform, account }) =>
      `Op ${sent} heb ik op grond van artikel 21, lid 1, AVG bezwaar gemaakt tegen de verwerking van mijn persoonsgegevens voor het ontwikkelen en trainen van AI-modellen (${platform}-account: ${account}).`,
    expiredExtended: ({ due }) =>
      `De door u verlengde termijn van artikel 12, lid 3, AVG is op ${due} verstreken zonder dat ik een toereikend antwoord heb ontvangen.`,
    expired: ({ due }) =>
      `De termijn van een maand van artikel 12, lid 3, AVG is op ${due} verstreken zonder dat ik een toereikend antwoord heb ontvangen.`,
    expiredUndated:
      'De termijn van een maand van artikel 12, lid 3, AVG is verstreken zonder dat ik een toereikend antwoord heb ontvangen.',
    deadline: ({ due }) =>
      `Ik verzoek u mij binnen twee weken na ontvangst van deze brief, dus uiterlijk op ${due}, te bevestigen dat u gevolg geeft aan mijn bezwaar, of mij mee te delen waarom u geen gevolg geeft aan mijn verzoek (artikel 12, lid 4, AVG). Anders dien ik een klacht in bij de bevoegde toezichthoudende autoriteit (artikel 77 AVG).`,
    enclosedObjection: ({ sent }) => `Mijn bezwaar van ${sent}`,
  },
  complaint: {
    subject: ({ controller }) =>
      `Klacht op grond van artikel 77 AVG tegen ${controller} – bezwaar tegen AI-training`,
    opening: ({ controller }) =>
      `Hierbij dien ik op grond van artikel 77 AVG een klacht in over ${controller}.`,
    objected: ({ sent, platform, account, infringement }) =>
      `Op ${sent} heb ik op grond van artikel 21, lid 1, AVG bezwaar gemaakt tegen de verwerking van mijn persoonsgegevens voor het ontwikkelen en trainen van AI-modellen (${platform}-account: ${account}). ${infringement}`,
    rejected: {
      text: 'De verwerkingsverantwoordelijke heeft mijn bezwaar afgewezen zonder dwingende gerechtvaardigde gronden voor de verwerking aan te tonen die zwaarder wegen dan mijn belangen, rechten en vrijheden.',
      articles: 'artikel 21, lid 1, AVG en artikel 12, lid 4, AVG',
    },
    asksForId: {
      text: 'De verwerkingsverantwoordelijke maakt de behandeling van mijn bezwaar afhankelijk van een identiteitsbewijs, hoewel mijn account bij hem bekend is. Hij mag alleen om aanvullende informatie vragen bij redelijke twijfel over mijn identiteit.',
      articles: 'artikel 12, leden 2 en 6, en artikel 21, lid 1, AVG',
    },
    inadequate: {
      text: 'De verwerkingsverantwoordelijke heeft niet toereikend op mijn bezwaar gereageerd.',
      articles: 'artikel 12, leden 3 en 4, AVG en artikel 21, lid 1, AVG',
    },
    noAnswer: {
      text: 'De verwerkingsverantwoordelijke heeft tot op heden niet geantwoord.',
      textDue: ({ due }) =>
        `De verwerkingsverantwoordelijke heeft tot op heden niet geantwoord, hoewel de termijn van artikel 12, lid 3, AVG op ${due} is verstreken.`,
      articles: 'artikel 12, leden 3 en 4, AVG en artikel 21, lid 1, AVG',
    },
    infringementOf: ({ articles }) => `Ik zie hierin een schending van ${articles}.`,
    correspondence: 'Verloop',
    evidenceEnclosed: 'Bewijsstukken (bijlagen)',
    crossBorder: ({ lead, regulation2025 }) =>
      regulation2025
        ? `De verwerking is grensoverschrijdend; de leidende toezichthoudende autoriteit is vermoedelijk ${lead} (artikel 56 AVG). Ik verzoek u mijn klacht op grond van Verordening (EU) 2025/2518 aan haar door te zenden en mij op de hoogte te houden van de voortgang (artikel 77, lid 2, AVG).`
        : `De verwerking is grensoverschrijdend; de leidende toezichthoudende autoriteit is vermoedelijk ${lead} (artikel 56 AVG). Ik verzoek u mijn klacht dienovereenkomstig aan haar door te zenden en mij op de hoogte te houden van de voortgang (artikel 77, lid 2, AVG).`,
    examine:
      'Ik verzoek u de zaak te onderzoeken en de verwerkingsverantwoordelijke te gelasten gevolg te geven aan mijn bezwaar (artikel 58, lid 2, onder c, AVG).',
    priorRequest: ({ sent, company, proof }) =>
      `Voordat ik deze klacht indien, heb ik mijn recht bij de verwerkingsverantwoordelijke uitgeoefend (Verordening (EU) 2025/2518): mijn bezwaar is op ${sent} naar ${company} gestuurd. ${proof}`,
    proofEnclosed: 'Als bewijs zijn de hieronder vermelde stukken bijgevoegd.',
    proofNone: 'Ik heb geen bewijs van het bedrijf; de datum heb ik zelf vastgelegd.',
  },
  erasure: {
    subject: ({ account }) =>
      `Verzoek om wissing op grond van artikel 17, lid 1, onder c, AVG – account ${account}`,
    opening: ({ sent }) =>
      `Op ${sent} heb ik op grond van artikel 21, lid 1, AVG bezwaar gemaakt tegen de verwerking van mijn persoonsgegevens voor het ontwikkelen en trainen van AI-modellen. U heeft geen dwingende gerechtvaardigde gronden aangetoond die zwaarder wegen dan mijn belangen.`,
    demandsIntro: 'Ik verzoek u daarom om:',
    demands: [
      'wissing van mijn persoonsgegevens die u voor deze doeleinden verwerkt, in het bijzonder in trainingsdatasets (artikel 17, lid 1, onder c, AVG);',
      'tot die tijd beperking van de verwerking (artikel 18, lid 1, onder d, AVG);',
      'voor zover u de gegevens openbaar heeft gemaakt, het informeren van andere verwerkingsverantwoordelijken (artikel 17, lid 2, AVG); en',
      'het informeren van alle ontvangers en een lijst van deze ontvangers (artikel 19 AVG).',
    ],
    deadline: ({ due }) =>
      `Als wettelijke bewaarplichten u beletten bepaalde gegevens te wissen, beperk dan de verwerking ervan en wis ze na afloop van de bewaartermijn. Een weigering verzoek ik u te motiveren. Ik verzoek u mij de wissing binnen een maand na ontvangst (artikel 12, lid 3, AVG), dus uiterlijk op ${due}, te bevestigen. Anders behoud ik mij het recht voor een klacht in te dienen bij de bevoegde toezichthoudende autoriteit (artikel 77 AVG) en verdere juridische stappen te zetten.`,
  },
  access: {
    subject: ({ account }) =>
      `Verzoek om inzage op grond van artikel 15 AVG over het gebruik van mijn gegevens voor AI – account ${account}`,
    opening: ({ platform, account }) =>
      `Op grond van artikel 15 AVG verzoek ik u mij mee te delen of u persoonsgegevens van mij (${platform}-account: ${account}) heeft verwerkt of verwerkt voor het ontwikkelen, trainen of evalueren van AI-modellen, en zo ja, welke. In het bijzonder verzoek ik u om informatie over:`,
    questions: [
      'welke categorieën van mijn gegevens in welke trainingsdatasets zijn opgenomen, en sinds wanneer;',
      'voor welke modellen en doeleinden ze zijn gebruikt (artikel 15, lid 1, onder a en b, AVG);',
      'aan welke ontvangers ze zijn verstrekt (artikel 15, lid 1, onder c, AVG);',
      'hoe lang ze worden opgeslagen (artikel 15, lid 1, onder d, AVG);',
      'waar de gegevens vandaan komen, als ze niet van mij afkomstig zijn (artikel 15, lid 1, onder g, AVG); en',
      'een kopie van de verwerkte gegevens (artikel 15, lid 3, AVG).',
    ],
    purpose:
      'Ik vraag dit omdat ik wil weten of en welke gegevens van mij zijn gebruikt voor het trainen van uw AI-modellen, zodat ik kan beslissen over verdere stappen om mijn gegevens te beschermen, zoals een bezwaar of een verzoek om wissing.',
    deadline: ({ due }) =>
      `De informatie wordt kosteloos verstrekt (artikel 12, lid 5, AVG). Ik verzoek u binnen een maand na ontvangst te antwoorden (artikel 12, lid 3, AVG), dus uiterlijk op ${due}.`,
  },
  dossier: {
    subject: ({ platform, controller }) =>
      `Dossier: bezwaar tegen AI-training bij ${platform} (${controller})`,
    recipient: 'Stukken voor een adviesgesprek',
    facts: 'Feiten',
    item: 'Onderdeel',
    detail: 'Gegeven',
    dataSubject: 'Betrokkene',
    platformAndAccount: 'Platform en account',
    objectionOn: 'Bezwaar (artikel 21, lid 1, AVG) op',
    notSentYet: 'nog niet verstuurd',
    answerDueOn: 'Antwoord uiterlijk op',
    nextStep: 'Volgende stap',
    timeline: 'Verloop',
    evidence: 'Bewijsstukken',
    checksums:
      'Elk bestand is herkenbaar aan zijn SHA-256-controlegetal; daarmee is aan te tonen dat het sinds het bewaren niet is gewijzigd.',
    whoCanHelp: 'Wie kan helpen (informatie, geen juridisch advies)',
    help: [
      'De Duitse consumentenorganisaties (Verbraucherzentralen) geven advies (vaak tegen betaling), verzamelen klachten en voeren collectieve acties; de Verbraucherzentrale NRW is opgetreden tegen de AI-training van Meta. Bron: https://www.verbraucherzentrale.de/aktuelle-meldungen/digitale-welt/meta-ai-bei-facebook-instagram-und-whatsapp-so-widersprechen-sie-95646',
      'Een rechtsbijstandverzekering betaalt advocaat- en proceskosten als de polis de zaak dekt; vraag om een dekkingsbevestiging voordat u een advocaat inschakelt. Bron: https://rechtsanwalt-krau.de/ich-moechte-schadensersatz-nach-der-datenschutz-grundverordnung-verlangen-bekomme-ich-dafuer-von-meiner-rechtsschutzversicherung-deckung/',
      'Beratungshilfe (overheidssteun voor juridisch advies in Duitsland): wie een laag inkomen heeft, kan bij de lokale rechtbank (Amtsgericht) een bewijs krijgen voor advies van een advocaat; de eigen bijdrage is 15 euro. Bron: https://fp-anwaelte.de/gebuehren/46-beratungshilfe-und-prozesskostenhilfe.html',
      'noyb is een organisatie zonder winstoogmerk in de zin van artikel 80 AVG die namens betrokkenen klachten kan indienen en procedures kan voeren. Bron: https://noyb.eu/en/verbraucherzentrale-nrw-requests-meta-cease-and-desist-ai-training-eu',
    ],
  },
  events: {
    kinds: {
      drafted: 'concept aangemaakt',
      'setting-changed': 'instelling gewijzigd',
      'confirmation-received': 'bevestiging ontvangen',
      'reply-received': 'antwoord ontvangen',
      'deadline-extended': 'termijn door het bedrijf verlengd',
      'reminder-sent': 'herinnering verstuurd',
      'evidence-added': 'bewijsstuk bewaard',
      'complaint-filed': 'klacht ingediend bij de toezichthoudende autoriteit',
      'erasure-requested': 'wissing gevraagd',
      'access-requested': 'inzage gevraagd',
      note: 'notitie',
      closed: 'afgesloten',
    },
    submitted: ({ company }) => `bezwaar naar ${company} gestuurd`,
    extendedUntil: ({ what, date }) => `${what} tot ${date}`,
    replies: {
      accepted: 'bezwaar aanvaard',
      'asks-for-reason': 'vraagt om redenen',
      'asks-for-id': 'vraagt om een identiteitsbewijs',
      rejected: 'bezwaar afgewezen',
      other: 'ander antwoord',
    },
  },
};
