import type { LetterText } from './model.js';

/** Italian letters (terms and citations as in the Italian text of the GDPR, "RGPD"). */
export const letterTextIt: LetterText = {
  common: {
    salutation: 'Gentili Signore e Signori,',
    closing: 'Distinti saluti',
    forTheAttentionOfDpo: 'Alla c.a. del Responsabile della protezione dei dati',
    accountNotGiven: '(non indicato)',
    enclosures: 'Allegati',
    colon: ':',
    date: 'Data',
    page: (n, of) => `Pagina ${n} di ${of}`,
    labels: {
      account: 'Account',
      controller: 'Titolare del trattamento',
      date: 'Data',
      file: 'File',
      whatHappened: 'Evento',
    },
  },
  objection: {
    subject: ({ account }) =>
      `Opposizione ai sensi dell’articolo 21, paragrafo 1, del RGPD all’uso dei miei dati per l’IA – account ${account}`,
    opening: ({ controller, company, platform, account }) =>
      `Con la presente mi oppongo, ai sensi dell’articolo 21, paragrafo 1, del RGPD, al trattamento dei miei dati personali da parte di ${controller} per lo sviluppo, l’addestramento, il perfezionamento e la valutazione di modelli di IA (IA di ${company}). L’opposizione riguarda il mio account ${platform} (${account}) e tutti i servizi per i quali ${controller} è titolare del trattamento.`,
    identity: ({ requestDate, platform, account }) =>
      `Nella Vostra risposta del ${requestDate} avete chiesto una prova della mia identità. Per identificarmi rinvio ai dati di cui già disponete: il mio account ${platform} (${account}). Potete richiedere ulteriori informazioni solo se avete ragionevoli dubbi circa la mia identità (articolo 12, paragrafo 6, del RGPD); in tal caso, Vi prego di indicarmeli. Potete rifiutare di dare seguito alla mia opposizione solo se dimostrate di non essere in grado di identificarmi (articolo 12, paragrafo 2, del RGPD).`,
    demandsIntro: 'Vi chiedo di:',
    demands: [
      'non trattare più i miei dati per queste finalità ed escluderli dai futuri set di dati di addestramento;',
      'limitare il trattamento mentre verificate se i Vostri motivi prevalgono sui miei (articolo 18, paragrafo 1, lettera d), del RGPD);',
      'cancellare le copie dei miei dati contenute in set di dati di addestramento (articolo 17, paragrafo 1, lettera c), del RGPD); e',
      'informare ogni destinatario a cui avete comunicato i miei dati per queste finalità (articolo 19 del RGPD).',
    ],
    deadline: ({ due }) =>
      `Vi prego di confermarmi senza ingiustificato ritardo, e comunque entro un mese dal ricevimento (articolo 12, paragrafo 3, del RGPD), vale a dire entro il ${due}, che date seguito alla mia opposizione. In caso contrario, mi riservo di proporre reclamo all’autorità di controllo competente (articolo 77 del RGPD) e di intraprendere ulteriori azioni legali.`,
  },
  reminder: {
    subject: ({ sent, account }) =>
      `Sollecito: la mia opposizione del ${sent} ai sensi dell’articolo 21, paragrafo 1, del RGPD – account ${account}`,
    objectionOf: 'Opposizione del',
    opening: ({ sent, platform, account }) =>
      `In data ${sent} ho esercitato il diritto di opposizione (articolo 21, paragrafo 1, del RGPD) al trattamento dei miei dati personali per lo sviluppo e l’addestramento di modelli di IA (account ${platform}: ${account}).`,
    expiredExtended: ({ due }) =>
      `Il termine di cui all’articolo 12, paragrafo 3, del RGPD, da Voi prorogato, è scaduto il ${due} senza che io abbia ricevuto una risposta adeguata.`,
    expired: ({ due }) =>
      `Il termine di un mese di cui all’articolo 12, paragrafo 3, del RGPD è scaduto il ${due} senza che io abbia ricevuto una risposta adeguata.`,
    expiredUndated:
      'Il termine di un mese di cui all’articolo 12, paragrafo 3, del RGPD è scaduto senza che io abbia ricevuto una risposta adeguata.',
    deadline: ({ due }) =>
      `Vi prego di confermarmi entro due settimane dal ricevimento della presente, vale a dire entro il ${due}, che date seguito alla mia opposizione, oppure di comunicarmi i motivi della Vostra inottemperanza (articolo 12, paragrafo 4, del RGPD). In caso contrario, proporrò reclamo all’autorità di controllo competente (articolo 77 del RGPD).`,
    enclosedObjection: ({ sent }) => `La mia opposizione del ${sent}`,
  },
  complaint: {
    subject: ({ controller }) =>
      `Reclamo ai sensi dell’articolo 77 del RGPD nei confronti di ${controller} – opposizione all’addestramento dell’IA`,
    opening: ({ controller }) =>
      `Con la presente propongo reclamo ai sensi dell’articolo 77 del RGPD nei confronti di ${controller}.`,
    objected: ({ sent, platform, account, infringement }) =>
      `In data ${sent} ho esercitato il diritto di opposizione (articolo 21, paragrafo 1, del RGPD) al trattamento dei miei dati personali per lo sviluppo e l’addestramento di modelli di IA (account ${platform}: ${account}). ${infringement}`,
    rejected: {
      text: 'Il titolare del trattamento ha respinto la mia opposizione senza dimostrare l’esistenza di motivi legittimi cogenti per procedere al trattamento che prevalgono sui miei interessi, diritti e libertà.',
      articles: 'dell’articolo 21, paragrafo 1, e dell’articolo 12, paragrafo 4, del RGPD',
    },
    asksForId: {
      text: 'Il titolare del trattamento subordina il seguito da dare alla mia opposizione a una prova d’identità, benché conosca il mio account. Può richiedere ulteriori informazioni solo in caso di ragionevoli dubbi circa la mia identità.',
      articles: 'dell’articolo 12, paragrafi 2 e 6, e dell’articolo 21, paragrafo 1, del RGPD',
    },
    inadequate: {
      text: 'Il titolare del trattamento non ha dato un riscontro adeguato alla mia opposizione.',
      articles: 'dell’articolo 12, paragrafi 3 e 4, e dell’articolo 21, paragrafo 1, del RGPD',
    },
    noAnswer: {
      text: 'Il titolare del trattamento non ha ancora risposto.',
      textDue: ({ due }) =>
        `Il titolare del trattamento non ha ancora risposto, benché il termine di cui all’articolo 12, paragrafo 3, del RGPD sia scaduto il ${due}.`,
      articles: 'dell’articolo 12, paragrafi 3 e 4, e dell’articolo 21, paragrafo 1, del RGPD',
    },
    infringementOf: ({ articles }) => `Ritengo che ciò costituisca una violazione ${articles}.`,
    correspondence: 'Cronologia',
    evidenceEnclosed: 'Prove (allegati)',
    crossBorder: ({ lead, regulation2025 }) =>
      regulation2025
        ? `Il trattamento è transfrontaliero; l’autorità di controllo capofila è presumibilmente ${lead} (articolo 56 del RGPD). Vi prego di trasmetterle il mio reclamo ai sensi del regolamento (UE) 2025/2518 e di informarmi sullo stato del procedimento (articolo 77, paragrafo 2, del RGPD).`
        : `Il trattamento è transfrontaliero; l’autorità di controllo capofila è presumibilmente ${lead} (articolo 56 del RGPD). Vi prego di inoltrarle di conseguenza il mio reclamo e di informarmi sullo stato del procedimento (articolo 77, paragrafo 2, del RGPD).`,
    examine:
      'Vi prego di esaminare la questione e di ingiungere al titolare del trattamento di dare seguito alla mia opposizione (articolo 58, paragrafo 2, lettera c), del RGPD).',
    priorRequest: ({ sent, company, proof }) =>
      `Prima di proporre reclamo ho esercitato il mio diritto presso il titolare del trattamento (regolamento (UE) 2025/2518): ho inviato la mia opposizione a ${company} in data ${sent}. ${proof}`,
    proofEnclosed: 'A titolo di prova allego i documenti elencati di seguito.',
    proofNone:
      'Non dispongo di prove provenienti dalla società; ho annotato personalmente la data.',
  },
  erasure: {
    subject: ({ account }) =>
      `Richiesta di cancellazione ai sensi dell’articolo 17, paragrafo 1, lettera c), del RGPD – account ${account}`,
    opening: ({ sent }) =>
      `In data ${sent} ho esercitato il diritto di opposizione (articolo 21, paragrafo 1, del RGPD) al trattamento dei miei dati personali per lo sviluppo e l’addestramento di modelli di IA. Non avete dimostrato l’esistenza di motivi legittimi cogenti che prevalgano sui miei interessi.`,
    demandsIntro: 'Vi chiedo pertanto:',
    demands: [
      'la cancellazione dei miei dati personali che trattate per queste finalità, in particolare nei set di dati di addestramento (articolo 17, paragrafo 1, lettera c), del RGPD);',
      'nel frattempo, la limitazione del trattamento (articolo 18, paragrafo 1, lettera d), del RGPD);',
      'se avete reso pubblici i dati, di informarne gli altri titolari del trattamento (articolo 17, paragrafo 2, del RGPD); e',
      'di informare tutti i destinatari e di fornirmi l’elenco di tali destinatari (articolo 19 del RGPD).',
    ],
    deadline: ({ due }) =>
      `Qualora obblighi legali di conservazione Vi impediscano di cancellare alcuni dati, Vi prego di limitarne il trattamento e di cancellarli alla scadenza del periodo di conservazione. Vi prego di motivare un eventuale rifiuto. Vi prego di confermarmi la cancellazione entro un mese dal ricevimento (articolo 12, paragrafo 3, del RGPD), vale a dire entro il ${due}. In caso contrario, mi riservo di proporre reclamo all’autorità di controllo competente (articolo 77 del RGPD) e di intraprendere ulteriori azioni legali.`,
  },
  access: {
    subject: ({ account }) =>
      `Richiesta di accesso ai sensi dell’articolo 15 del RGPD sull’uso dei miei dati per l’IA – account ${account}`,
    opening: ({ platform, account }) =>
      `Ai sensi dell’articolo 15 del RGPD, Vi chiedo di comunicarmi se avete trattato o trattate miei dati personali (account ${platform}: ${account}) per lo sviluppo, l’addestramento o la valutazione di modelli di IA e, in caso affermativo, quali. In particolare, Vi chiedo di comunicarmi:`,
    questions: [
      'quali categorie dei miei dati sono confluite in quali set di dati di addestramento e da quando;',
      'per quali modelli e finalità sono stati utilizzati (articolo 15, paragrafo 1, lettere a) e b), del RGPD);',
      'a quali destinatari sono stati comunicati (articolo 15, paragrafo 1, lettera c), del RGPD);',
      'per quanto tempo saranno conservati (articolo 15, paragrafo 1, lettera d), del RGPD);',
      'da dove provengono i dati, se non sono stati raccolti presso di me (articolo 15, paragrafo 1, lettera g), del RGPD); e',
      'una copia dei dati trattati (articolo 15, paragrafo 3, del RGPD).',
    ],
    purpose:
      'Pongo questa domanda perché desidero sapere se e quali miei dati siano confluiti nell’addestramento dei Vostri modelli di IA, per poter decidere quali ulteriori passi intraprendere a tutela dei miei dati, ad esempio un’opposizione o una richiesta di cancellazione.',
    deadline: ({ due }) =>
      `Le informazioni sono fornite gratuitamente (articolo 12, paragrafo 5, del RGPD). Vi prego di rispondere entro un mese dal ricevimento (articolo 12, paragrafo 3, del RGPD), vale a dire entro il ${due}.`,
  },
  dossier: {
    subject: ({ platform, controller }) =>
      `Dossier: opposizione all’addestramento dell’IA su ${platform} (${controller})`,
    recipient: 'Documentazione per una consulenza',
    facts: 'Fatti',
    item: 'Voce',
    detail: 'Dettaglio',
    dataSubject: 'Interessato',
    platformAndAccount: 'Piattaforma e account',
    objectionOn: 'Opposizione (articolo 21, paragrafo 1, del RGPD) del',
    notSentYet: 'non ancora inviata',
    answerDueOn: 'Risposta dovuta entro il',
    nextStep: 'Prossimo passo',
    timeline: 'Cronologia',
    evidence: 'Prove',
    checksums:
      'Ogni file è identificato dalla sua somma di controllo SHA-256, che permette di dimostrare che non è stato modificato da quando è stato salvato.',
    whoCanHelp: 'Chi può aiutare (informazione, non consulenza legale)',
    help: [
      'Le centrali dei consumatori tedesche (Verbraucherzentralen) offrono consulenza (spesso a pagamento), raccolgono reclami e promuovono azioni collettive; la Verbraucherzentrale NRW ha agito contro l’addestramento dell’IA di Meta. Fonte: https://www.verbraucherzentrale.de/aktuelle-meldungen/digitale-welt/meta-ai-bei-facebook-instagram-und-whatsapp-so-widersprechen-sie-95646',
      'Un’assicurazione di tutela legale copre le spese legali e giudiziarie se la polizza copre il caso; prima di incaricare un avvocato conviene chiedere una conferma di copertura. Fonte: https://rechtsanwalt-krau.de/ich-moechte-schadensersatz-nach-der-datenschutz-grundverordnung-verlangen-bekomme-ich-dafuer-von-meiner-rechtsschutzversicherung-deckung/',
      'Beratungshilfe (aiuto pubblico per la consulenza legale in Germania): chi ha un reddito basso può ottenere presso il tribunale locale (Amtsgericht) un buono per la consulenza di un avvocato; la quota a proprio carico è di 15 euro. Fonte: https://fp-anwaelte.de/gebuehren/46-beratungshilfe-und-prozesskostenhilfe.html',
      'noyb è un’organizzazione senza scopo di lucro ai sensi dell’articolo 80 del RGPD, che può proporre reclami e azioni per conto degli interessati. Fonte: https://noyb.eu/en/verbraucherzentrale-nrw-requests-meta-cease-and-desist-ai-training-eu',
    ],
  },
  events: {
    kinds: {
      drafted: 'bozza creata',
      'setting-changed': 'impostazione modificata',
      'confirmation-received': 'conferma ricevuta',
      'reply-received': 'risposta ricevuta',
      'deadline-extended': 'termine prorogato dalla società',
      'reminder-sent': 'sollecito inviato',
      'evidence-added': 'prova salvata',
      'complaint-filed': 'reclamo proposto all’autorità di controllo',
      'erasure-requested': 'cancellazione richiesta',
      'access-requested': 'accesso richiesto',
      note: 'nota',
      closed: 'chiuso',
    },
    submitted: ({ company }) => `opposizione inviata a ${company}`,
    extendedUntil: ({ what, date }) => `${what} fino al ${date}`,
    replies: {
      accepted: 'opposizione accolta',
      'asks-for-reason': 'chiede i motivi',
      'asks-for-id': 'chiede una prova d’identità',
      rejected: 'opposizione respinta',
      other: 'altra risposta',
    },
  },
};
