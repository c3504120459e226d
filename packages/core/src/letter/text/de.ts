import type { LetterText } from './model.js';

/** German letters (the app's default language). */
export const letterTextDe: LetterText = {
  common: {
    salutation: 'Sehr geehrte Damen und Herren,',
    closing: 'Mit freundlichen Grüßen',
    forTheAttentionOfDpo: 'z. Hd. Datenschutzbeauftragte/r',
    accountNotGiven: '(nicht angegeben)',
    enclosures: 'Anlagen',
    colon: ':',
    date: 'Datum',
    page: (n, of) => `Seite ${n} von ${of}`,
    labels: {
      account: 'Konto',
      controller: 'Verantwortlicher',
      date: 'Datum',
      file: 'Datei',
      whatHappened: 'Was geschah',
    },
  },
  objection: {
    subject: ({ account }) =>
      `Widerspruch gemäß Art. 21 Abs. 1 DSGVO gegen die Nutzung meiner Daten für KI – Konto ${account}`,
    opening: ({ controller, company, platform, account }) =>
      `hiermit widerspreche ich gemäß Art. 21 Abs. 1 DSGVO der Verarbeitung meiner personenbezogenen Daten durch ${controller} für die Entwicklung, das Training, die Feinabstimmung und die Bewertung von KI-Modellen (KI bei ${company}). Das betrifft mein Konto bei ${platform} (${account}) und alle Dienste, für die ${controller} verantwortlich ist.`,
    identity: ({ requestDate, platform, account }) =>
      `Mit Ihrer Antwort vom ${requestDate} haben Sie einen Nachweis meiner Identität verlangt. Zu meiner Identifizierung verweise ich auf die Angaben, die Ihnen bereits vorliegen: mein Konto bei ${platform} (${account}). Zusätzliche Informationen dürfen Sie nur anfordern, wenn Sie begründete Zweifel an meiner Identität haben (Art. 12 Abs. 6 DSGVO); falls Sie solche Zweifel haben, nennen Sie sie mir bitte. Die Bearbeitung meines Widerspruchs dürfen Sie nur verweigern, wenn Sie glaubhaft machen, dass Sie mich nicht identifizieren können (Art. 12 Abs. 2 DSGVO).`,
    demandsIntro: 'Ich fordere Sie auf,',
    demands: [
      'meine Daten nicht mehr für diese Zwecke zu verarbeiten und sie von künftigen Trainingsdatensätzen auszuschließen,',
      'die Verarbeitung einzuschränken, solange Sie prüfen, ob Ihre Gründe überwiegen (Art. 18 Abs. 1 lit. d DSGVO),',
      'Kopien meiner Daten in Trainingsdatensätzen zu löschen (Art. 17 Abs. 1 lit. c DSGVO) und',
      'alle Empfänger zu unterrichten, denen Sie meine Daten für diese Zwecke offengelegt haben (Art. 19 DSGVO).',
    ],
    deadline: ({ due }) =>
      `Bitte bestätigen Sie mir unverzüglich, spätestens innerhalb eines Monats nach Eingang (Art. 12 Abs. 3 DSGVO), also bis zum ${due}, dass Sie meinem Widerspruch nachkommen. Andernfalls behalte ich mir eine Beschwerde bei der zuständigen Datenschutzaufsichtsbehörde (Art. 77 DSGVO) und weitere rechtliche Schritte vor.`,
  },
  reminder: {
    subject: ({ sent, account }) =>
      `Erinnerung: Mein Widerspruch gemäß Art. 21 Abs. 1 DSGVO vom ${sent} – Konto ${account}`,
    objectionOf: 'Widerspruch vom',
    opening: ({ sent, platform, account }) =>
      `am ${sent} habe ich der Verarbeitung meiner personenbezogenen Daten für die Entwicklung und das Training von KI-Modellen gemäß Art. 21 Abs. 1 DSGVO widersprochen (Konto bei ${platform}: ${account}).`,
    expiredExtended: ({ due }) =>
      `Die von Ihnen nach Art. 12 Abs. 3 DSGVO verlängerte Frist ist am ${due} abgelaufen, ohne dass ich eine ausreichende Antwort erhalten habe.`,
    expired: ({ due }) =>
      `Die Frist von einem Monat nach Art. 12 Abs. 3 DSGVO ist am ${due} abgelaufen, ohne dass ich eine ausreichende Antwort erhalten habe.`,
    expiredUndated:
      'Die Frist von einem Monat nach Art. 12 Abs. 3 DSGVO ist abgelaufen, ohne dass ich eine ausreichende Antwort erhalten habe.',
    deadline: ({ due }) =>
      `Ich bitte Sie, mir innerhalb von zwei Wochen nach Eingang dieses Schreibens, also bis zum ${due}, zu bestätigen, dass Sie meinem Widerspruch nachkommen, oder mir die Gründe mitzuteilen, aus denen Sie nicht tätig werden (Art. 12 Abs. 4 DSGVO). Andernfalls werde ich mich bei der zuständigen Datenschutzaufsichtsbehörde beschweren (Art. 77 DSGVO).`,
    enclosedObjection: ({ sent }) => `Mein Widerspruch vom ${sent}`,
  },
  complaint: {
    subject: ({ controller }) =>
      `Beschwerde gemäß Art. 77 DSGVO gegen ${controller} – Widerspruch gegen KI-Training`,
    opening: ({ controller }) =>
      `hiermit beschwere ich mich gemäß Art. 77 DSGVO über ${controller}.`,
    objected: ({ sent, platform, account, infringement }) =>
      `Am ${sent} habe ich der Verarbeitung meiner personenbezogenen Daten für die Entwicklung und das Training von KI-Modellen gemäß Art. 21 Abs. 1 DSGVO widersprochen (Konto bei ${platform}: ${account}). ${infringement}`,
    rejected: {
      text: 'Der Verantwortliche hat meinen Widerspruch abgelehnt, ohne zwingende schutzwürdige Gründe für die Verarbeitung nachzuweisen, die meine Interessen, Rechte und Freiheiten überwiegen.',
      articles: 'Art. 21 Abs. 1 DSGVO, Art. 12 Abs. 4 DSGVO',
    },
    asksForId: {
      text: 'Der Verantwortliche macht die Bearbeitung meines Widerspruchs von einem Identitätsnachweis abhängig, obwohl ihm mein Konto bekannt ist. Zusätzliche Informationen darf er nur bei begründeten Zweifeln an meiner Identität anfordern.',
      articles: 'Art. 12 Abs. 2 und 6 sowie Art. 21 Abs. 1 DSGVO',
    },
    inadequate: {
      text: 'Der Verantwortliche hat auf meinen Widerspruch nicht ausreichend reagiert.',
      articles: 'Art. 12 Abs. 3 und 4 DSGVO, Art. 21 Abs. 1 DSGVO',
    },
    noAnswer: {
      text: 'Der Verantwortliche hat bis heute nicht geantwortet.',
      textDue: ({ due }) =>
        `Der Verantwortliche hat bis heute nicht geantwortet, obwohl die Frist nach Art. 12 Abs. 3 DSGVO am ${due} abgelaufen ist.`,
      articles: 'Art. 12 Abs. 3 und 4 DSGVO, Art. 21 Abs. 1 DSGVO',
    },
    infringementOf: ({ articles }) => `Ich sehe darin einen Verstoß gegen ${articles}.`,
    correspondence: 'Verlauf',
    evidenceEnclosed: 'Nachweise (Anlagen)',
    crossBorder: ({ lead, regulation2025 }) =>
      regulation2025
        ? `Die Verarbeitung ist grenzüberschreitend; federführend ist voraussichtlich die Aufsichtsbehörde ${lead} (Art. 56 DSGVO). Ich bitte Sie, meine Beschwerde nach der Verordnung (EU) 2025/2518 an sie weiterzuleiten und mich über den Fortgang zu unterrichten (Art. 77 Abs. 2 DSGVO).`
        : `Die Verarbeitung ist grenzüberschreitend; federführend ist voraussichtlich die Aufsichtsbehörde ${lead} (Art. 56 DSGVO). Ich bitte Sie, meine Beschwerde entsprechend weiterzuleiten und mich über den Fortgang zu unterrichten (Art. 77 Abs. 2 DSGVO).`,
    examine:
      'Ich bitte Sie, den Sachverhalt zu prüfen und den Verantwortlichen anzuweisen, meinem Widerspruch nachzukommen (Art. 58 Abs. 2 lit. c DSGVO).',
    priorRequest: ({ sent, company, proof }) =>
      `Bevor ich mich beschwere, habe ich mein Recht beim Verantwortlichen geltend gemacht (Verordnung (EU) 2025/2518): Mein Widerspruch ging am ${sent} an ${company}. ${proof}`,
    proofEnclosed: 'Als Nachweis liegen die unten aufgeführten Unterlagen bei.',
    proofNone:
      'Ein Nachweis des Unternehmens liegt mir nicht vor; das Datum habe ich selbst festgehalten.',
  },
  erasure: {
    subject: ({ account }) =>
      `Antrag auf Löschung gemäß Art. 17 Abs. 1 lit. c DSGVO – Konto ${account}`,
    opening: ({ sent }) =>
      `am ${sent} habe ich der Verarbeitung meiner personenbezogenen Daten für die Entwicklung und das Training von KI-Modellen gemäß Art. 21 Abs. 1 DSGVO widersprochen. Zwingende schutzwürdige Gründe, die meine Interessen überwiegen, haben Sie nicht nachgewiesen.`,
    demandsIntro: 'Ich verlange daher,',
    demands: [
      'die Löschung meiner personenbezogenen Daten, die Sie für diese Zwecke verarbeiten, insbesondere in Trainingsdatensätzen (Art. 17 Abs. 1 lit. c DSGVO),',
      'bis dahin die Einschränkung der Verarbeitung (Art. 18 Abs. 1 lit. d DSGVO),',
      'soweit Sie die Daten öffentlich gemacht haben, die Unterrichtung anderer Verantwortlicher (Art. 17 Abs. 2 DSGVO), und',
      'die Unterrichtung aller Empfänger sowie eine Liste dieser Empfänger (Art. 19 DSGVO).',
    ],
    deadline: ({ due }) =>
      `Sollten Sie einzelne Daten aufgrund gesetzlicher Aufbewahrungspflichten nicht löschen können, schränken Sie bitte deren Verarbeitung ein und löschen Sie sie nach Ablauf der Frist. Eine Ablehnung begründen Sie bitte. Bitte bestätigen Sie mir die Löschung innerhalb eines Monats nach Eingang (Art. 12 Abs. 3 DSGVO), also bis zum ${due}. Andernfalls behalte ich mir eine Beschwerde bei der zuständigen Aufsichtsbehörde (Art. 77 DSGVO) und weitere rechtliche Schritte vor.`,
  },
  access: {
    subject: ({ account }) =>
      `Auskunftsersuchen gemäß Art. 15 DSGVO zur Nutzung meiner Daten für KI – Konto ${account}`,
    opening: ({ platform, account }) =>
      `bitte teilen Sie mir gemäß Art. 15 DSGVO mit, ob und welche meiner personenbezogenen Daten (Konto bei ${platform}: ${account}) Sie für die Entwicklung, das Training oder die Bewertung von KI-Modellen verarbeitet haben oder verarbeiten. Insbesondere bitte ich um Auskunft über:`,
    questions: [
      'welche Kategorien meiner Daten in welche Trainingsdatensätze eingeflossen sind und seit wann,',
      'für welche Modelle und Zwecke sie verwendet wurden (Art. 15 Abs. 1 lit. a und b DSGVO),',
      'an welche Empfänger sie offengelegt wurden (Art. 15 Abs. 1 lit. c DSGVO),',
      'wie lange sie gespeichert werden (Art. 15 Abs. 1 lit. d DSGVO),',
      'woher die Daten stammen, soweit nicht von mir (Art. 15 Abs. 1 lit. g DSGVO), und',
      'eine Kopie der verarbeiteten Daten (Art. 15 Abs. 3 DSGVO).',
    ],
    purpose:
      'Ich frage, weil ich wissen möchte, ob und welche meiner Daten in das Training Ihrer KI-Modelle eingeflossen sind, damit ich über meine weiteren Schritte zum Schutz meiner Daten entscheiden kann, etwa einen Widerspruch oder einen Antrag auf Löschung.',
    deadline: ({ due }) =>
      `Die Auskunft ist unentgeltlich (Art. 12 Abs. 5 DSGVO). Bitte antworten Sie innerhalb eines Monats nach Eingang (Art. 12 Abs. 3 DSGVO), also bis zum ${due}.`,
  },
  dossier: {
    subject: ({ platform, controller }) =>
      `Dossier: Widerspruch gegen KI-Training bei ${platform} (${controller})`,
    recipient: 'Unterlagen für eine Beratung',
    facts: 'Sachverhalt',
    item: 'Punkt',
    detail: 'Angabe',
    dataSubject: 'Betroffene Person',
    platformAndAccount: 'Plattform und Konto',
    objectionOn: 'Widerspruch (Art. 21 Abs. 1 DSGVO) am',
    notSentYet: 'noch nicht abgeschickt',
    answerDueOn: 'Antwort fällig am',
    nextStep: 'Nächster Schritt',
    timeline: 'Verlauf',
    evidence: 'Nachweise',
    checksums:
      'Jede Datei ist an ihrer SHA-256-Prüfsumme erkennbar; so lässt sich zeigen, dass sie seit dem Speichern unverändert ist.',
    whoCanHelp: 'Wer helfen kann (Information, keine Rechtsberatung)',
    help: [
      'Verbraucherzentralen beraten (oft gegen Entgelt), sammeln Beschwerden und führen Verbandsklagen; die Verbraucherzentrale NRW ist gegen Metas KI-Training vorgegangen. Quelle: https://www.verbraucherzentrale.de/aktuelle-meldungen/digitale-welt/meta-ai-bei-facebook-instagram-und-whatsapp-so-widersprechen-sie-95646',
      'Eine Rechtsschutzversicherung übernimmt Anwalts- und Gerichtskosten, wenn der Vertrag den Fall abdeckt; fragen Sie vor dem Auftrag an einen Anwalt nach einer Deckungszusage. Quelle: https://rechtsanwalt-krau.de/ich-moechte-schadensersatz-nach-der-datenschutz-grundverordnung-verlangen-bekomme-ich-dafuer-von-meiner-rechtsschutzversicherung-deckung/',
      'Beratungshilfe: Bei geringem Einkommen gibt es beim Amtsgericht einen Berechtigungsschein für anwaltliche Beratung; der Eigenanteil beträgt 15 Euro. Quelle: https://fp-anwaelte.de/gebuehren/46-beratungshilfe-und-prozesskostenhilfe.html',
      'noyb ist eine gemeinnützige Organisation nach Art. 80 DSGVO, die Beschwerden und Klagen im Auftrag Betroffener führen kann. Quelle: https://noyb.eu/en/verbraucherzentrale-nrw-requests-meta-cease-and-desist-ai-training-eu',
    ],
  },
  events: {
    kinds: {
      drafted: 'Entwurf angelegt',
      'setting-changed': 'Einstellung geändert',
      'confirmation-received': 'Bestätigung erhalten',
      'reply-received': 'Antwort erhalten',
      'deadline-extended': 'Frist vom Unternehmen verlängert',
      'reminder-sent': 'Erinnerung geschickt',
      'evidence-added': 'Nachweis gespeichert',
      'complaint-filed': 'Beschwerde bei der Aufsichtsbehörde eingereicht',
      'erasure-requested': 'Löschung verlangt',
      'access-requested': 'Auskunft verlangt',
      note: 'Notiz',
      closed: 'abgeschlossen',
    },
    submitted: ({ company }) => `Widerspruch an ${company} geschickt`,
    extendedUntil: ({ what, date }) => `${what} bis zum ${date}`,
    replies: {
      accepted: 'Widerspruch angenommen',
      'asks-for-reason': 'fragt nach Gründen',
      'asks-for-id': 'verlangt einen Identitätsnachweis',
      rejected: 'Widerspruch abgelehnt',
      other: 'sonstige Antwort',
    },
  },
};
