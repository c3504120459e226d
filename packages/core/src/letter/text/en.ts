import type { LetterText } from './model.js';

/** English letters. */
export const letterTextEn: LetterText = {
  common: {
    salutation: 'Dear Sir or Madam,',
    closing: 'Yours faithfully',
    forTheAttentionOfDpo: 'FAO the Data Protection Officer',
    accountNotGiven: '(not given)',
    enclosures: 'Enclosures',
    colon: ':',
    date: 'Date',
    page: (n, of) => `Page ${n} of ${of}`,
    labels: {
      account: 'Account',
      controller: 'Controller',
      date: 'Date',
      file: 'File',
      whatHappened: 'What happened',
    },
  },
  objection: {
    subject: ({ account }) =>
      `Objection under Art. 21(1) GDPR to the use of my data for AI – account ${account}`,
    opening: ({ controller, company, platform, account }) =>
      `I hereby object under Art. 21(1) GDPR to the processing of my personal data by ${controller} for developing, training, fine-tuning and evaluating AI models (AI at ${company}). This concerns my ${platform} account (${account}) and all services for which ${controller} is responsible.`,
    identity: ({ requestDate, platform, account }) =>
      `In your answer of ${requestDate} you asked for proof of my identity. To identify me, I refer to the details you already hold: my ${platform} account (${account}). You may request additional information only where you have reasonable doubts about my identity (Art. 12(6) GDPR); if so, please tell me what they are. You may refuse to act on my objection only if you demonstrate that you are not in a position to identify me (Art. 12(2) GDPR).`,
    demandsIntro: 'I ask you to',
    demands: [
      'stop processing my data for these purposes and exclude it from future training datasets,',
      'restrict the processing while you assess whether your grounds override mine (Art. 18(1)(d) GDPR),',
      'erase copies of my data held in training datasets (Art. 17(1)(c) GDPR), and',
      'inform every recipient to whom you disclosed my data for these purposes (Art. 19 GDPR).',
    ],
    deadline: ({ due }) =>
      `Please confirm without undue delay, and at the latest within one month of receipt (Art. 12(3) GDPR), that is by ${due}, that you comply with my objection. Otherwise I reserve the right to complain to the competent data protection authority (Art. 77 GDPR) and to take further legal steps.`,
  },
  reminder: {
    subject: ({ sent, account }) =>
      `Reminder: my objection under Art. 21(1) GDPR of ${sent} – account ${account}`,
    objectionOf: 'Objection of',
    opening: ({ sent, platform, account }) =>
      `On ${sent} I objected under Art. 21(1) GDPR to the processing of my personal data for developing and training AI models (${platform} account: ${account}).`,
    expiredExtended: ({ due }) =>
      `The period under Art. 12(3) GDPR, as extended by you, expired on ${due} without my receiving an adequate answer.`,
    expired: ({ due }) =>
      `The one-month period under Art. 12(3) GDPR expired on ${due} without my receiving an adequate answer.`,
    expiredUndated:
      'The one-month period under Art. 12(3) GDPR has expired without my receiving an adequate answer.',
    deadline: ({ due }) =>
      `Please confirm within two weeks of receiving this letter, that is by ${due}, that you comply with my objection, or tell me the reasons for not taking action (Art. 12(4) GDPR). Otherwise I will complain to the competent data protection authority (Art. 77 GDPR).`,
    enclosedObjection: ({ sent }) => `My objection of ${sent}`,
  },
  complaint: {
    subject: ({ controller }) =>
      `Complaint under Art. 77 GDPR against ${controller} – objection to AI training`,
    opening: ({ controller }) =>
      `I hereby lodge a complaint under Art. 77 GDPR about ${controller}.`,
    objected: ({ sent, platform, account, infringement }) =>
      `On ${sent} I objected under Art. 21(1) GDPR to the processing of my personal data for developing and training AI models (${platform} account: ${account}). ${infringement}`,
    rejected: {
      text: 'The controller rejected my objection without demonstrating compelling legitimate grounds for the processing that override my interests, rights and freedoms.',
      articles: 'Art. 21(1) GDPR, Art. 12(4) GDPR',
    },
    asksForId: {
      text: 'The controller makes acting on my objection conditional on proof of identity, although it knows my account. It may request additional information only where it has reasonable doubts about my identity.',
      articles: 'Art. 12(2) and (6) and Art. 21(1) GDPR',
    },
    inadequate: {
      text: 'The controller has not responded adequately to my objection.',
      articles: 'Art. 12(3) and (4) GDPR, Art. 21(1) GDPR',
    },
    noAnswer: {
      text: 'The controller has not answered to this day.',
      textDue: ({ due }) =>
        `The controller has not answered to this day, although the period under Art. 12(3) GDPR expired on ${due}.`,
      articles: 'Art. 12(3) and (4) GDPR, Art. 21(1) GDPR',
    },
    infringementOf: ({ articles }) => `I consider this an infringement of ${articles}.`,
    correspondence: 'Correspondence',
    evidenceEnclosed: 'Evidence (enclosed)',
    crossBorder: ({ lead, regulation2025 }) =>
      regulation2025
        ? `The processing is cross-border; the lead supervisory authority is presumably ${lead} (Art. 56 GDPR). Please transmit my complaint to it under Regulation (EU) 2025/2518 and keep me informed of its progress (Art. 77(2) GDPR).`
        : `The processing is cross-border; the lead supervisory authority is presumably ${lead} (Art. 56 GDPR). Please forward my complaint accordingly and keep me informed of its progress (Art. 77(2) GDPR).`,
    examine:
      'Please examine the matter and order the controller to comply with my objection (Art. 58(2)(c) GDPR).',
    priorRequest: ({ sent, company, proof }) =>
      `Before complaining, I exercised my right with the controller (Regulation (EU) 2025/2518): I sent my objection to ${company} on ${sent}. ${proof}`,
    proofEnclosed: 'The documents listed below are enclosed as evidence.',
    proofNone: 'I hold no evidence from the company; I recorded the date myself.',
  },
  erasure: {
    subject: ({ account }) => `Request for erasure under Art. 17(1)(c) GDPR – account ${account}`,
    opening: ({ sent }) =>
      `On ${sent} I objected under Art. 21(1) GDPR to the processing of my personal data for developing and training AI models. You have not demonstrated compelling legitimate grounds that override my interests.`,
    demandsIntro: 'I therefore request that you',
    demands: [
      'erase my personal data that you process for these purposes, in particular in training datasets (Art. 17(1)(c) GDPR),',
      'restrict the processing until then (Art. 18(1)(d) GDPR),',
      'where you made the data public, inform other controllers (Art. 17(2) GDPR), and',
      'inform every recipient and give me a list of these recipients (Art. 19 GDPR).',
    ],
    deadline: ({ due }) =>
      `If statutory retention duties prevent you from erasing some data, please restrict its processing and erase it when the period ends. Please give reasons for any refusal. Please confirm the erasure within one month of receipt (Art. 12(3) GDPR), that is by ${due}. Otherwise I reserve the right to complain to the competent authority (Art. 77 GDPR) and to take further legal steps.`,
  },
  access: {
    subject: ({ account }) =>
      `Access request under Art. 15 GDPR on the use of my data for AI – account ${account}`,
    opening: ({ platform, account }) =>
      `Under Art. 15 GDPR please tell me whether and which of my personal data (${platform} account: ${account}) you have processed or process for developing, training or evaluating AI models. In particular, please tell me:`,
    questions: [
      'which categories of my data went into which training datasets, and since when,',
      'for which models and purposes they were used (Art. 15(1)(a) and (b) GDPR),',
      'to which recipients they were disclosed (Art. 15(1)(c) GDPR),',
      'how long they will be stored (Art. 15(1)(d) GDPR),',
      'where the data came from, if not from me (Art. 15(1)(g) GDPR), and',
      'a copy of the data processed (Art. 15(3) GDPR).',
    ],
    purpose:
      'I am asking because I want to know whether and which of my data went into the training of your AI models, so that I can decide on further steps to protect my data, such as an objection or a request for erasure.',
    deadline: ({ due }) =>
      `The information is free of charge (Art. 12(5) GDPR). Please answer within one month of receipt (Art. 12(3) GDPR), that is by ${due}.`,
  },
  dossier: {
    subject: ({ platform, controller }) =>
      `Dossier: objection to AI training at ${platform} (${controller})`,
    recipient: 'Documents for advice',
    facts: 'Facts',
    item: 'Item',
    detail: 'Detail',
    dataSubject: 'Data subject',
    platformAndAccount: 'Platform and account',
    objectionOn: 'Objection (Art. 21(1) GDPR) on',
    notSentYet: 'not sent yet',
    answerDueOn: 'Answer due on',
    nextStep: 'Next step',
    timeline: 'Timeline',
    evidence: 'Evidence',
    checksums:
      'Each file is identified by its SHA-256 checksum, which shows it is unchanged since it was kept.',
    whoCanHelp: 'Who can help (information, not legal advice)',
    help: [
      'Consumer centres (Verbraucherzentralen) give advice (often for a fee), collect complaints and bring collective actions; the NRW consumer centre took action against Meta’s AI training. Source: https://www.verbraucherzentrale.de/aktuelle-meldungen/digitale-welt/meta-ai-bei-facebook-instagram-und-whatsapp-so-widersprechen-sie-95646',
      'Legal expenses insurance pays lawyer and court costs if the policy covers the matter; ask for a cover confirmation before instructing a lawyer. Source: https://rechtsanwalt-krau.de/ich-moechte-schadensersatz-nach-der-datenschutz-grundverordnung-verlangen-bekomme-ich-dafuer-von-meiner-rechtsschutzversicherung-deckung/',
      'Beratungshilfe (state legal-advice aid in Germany): people on a low income can get a certificate from the local court (Amtsgericht) for a lawyer’s advice; they pay 15 euros. Source: https://fp-anwaelte.de/gebuehren/46-beratungshilfe-und-prozesskostenhilfe.html',
      'noyb is a non-profit under Art. 80 GDPR that can bring complaints and actions on behalf of data subjects. Source: https://noyb.eu/en/verbraucherzentrale-nrw-requests-meta-cease-and-desist-ai-training-eu',
    ],
  },
  events: {
    kinds: {
      drafted: 'draft created',
      'setting-changed': 'setting changed',
      'confirmation-received': 'confirmation received',
      'reply-received': 'answer received',
      'deadline-extended': 'deadline extended by the company',
      'reminder-sent': 'reminder sent',
      'evidence-added': 'evidence kept',
      'complaint-filed': 'complaint filed with the supervisory authority',
      'erasure-requested': 'erasure requested',
      'access-requested': 'access requested',
      note: 'note',
      closed: 'closed',
    },
    submitted: ({ company }) => `objection sent to ${company}`,
    extendedUntil: ({ what, date }) => `${what} until ${date}`,
    replies: {
      accepted: 'objection accepted',
      'asks-for-reason': 'asks for reasons',
      'asks-for-id': 'asks for proof of identity',
      rejected: 'objection rejected',
      other: 'other answer',
    },
  },
};
