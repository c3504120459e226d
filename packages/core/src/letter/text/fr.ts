import type { LetterText } from './model.js';

/** French letters (terms and citations as in the French text of the GDPR, "RGPD"). */
export const letterTextFr: LetterText = {
  common: {
    salutation: 'Madame, Monsieur,',
    closing: 'Veuillez agréer, Madame, Monsieur, l’expression de mes salutations distinguées.',
    forTheAttentionOfDpo: 'À l’attention du délégué à la protection des données',
    accountNotGiven: '(non indiqué)',
    enclosures: 'Pièces jointes',
    colon: '\u00a0:',
    date: 'Date',
    page: (n, of) => `Page ${n} sur ${of}`,
    labels: {
      account: 'Compte',
      controller: 'Responsable du traitement',
      date: 'Date',
      file: 'Fichier',
      whatHappened: 'Événement',
    },
  },
  objection: {
    subject: ({ account }) =>
      `Opposition au titre de l’article 21, paragraphe 1, du RGPD à l’utilisation de mes données pour l’IA – compte ${account}`,
    opening: ({ controller, company, platform, account }) =>
      `Par la présente, je m’oppose, en vertu de l’article 21, paragraphe 1, du RGPD, au traitement de mes données à caractère personnel par ${controller} à des fins de développement, d’entraînement, d’ajustement et d’évaluation de modèles d’IA (IA chez ${company}). Cette opposition concerne mon compte ${platform} (${account}) ainsi que tous les services dont ${controller} est responsable.`,
    identity: ({ requestDate, platform, account }) =>
      `Dans votre réponse du ${requestDate}, vous m’avez demandé une preuve de mon identité. Pour m’identifier, je vous renvoie aux informations dont vous disposez déjà : mon compte ${platform} (${account}). Vous ne pouvez demander des informations supplémentaires que si vous avez des doutes raisonnables quant à mon identité (article 12, paragraphe 6, du RGPD) ; le cas échéant, je vous prie de me les indiquer. Vous ne pouvez refuser de donner suite à mon opposition que si vous démontrez que vous n’êtes pas en mesure de m’identifier (article 12, paragraphe 2, du RGPD).`,
    demandsIntro: 'Je vous demande :',
    demands: [
      'de cesser de traiter mes données à ces fins et de les exclure des futurs jeux de données d’entraînement ;',
      'de limiter le traitement pendant que vous vérifiez si vos motifs prévalent sur les miens (article 18, paragraphe 1, point d), du RGPD) ;',
      'd’effacer les copies de mes données figurant dans des jeux de données d’entraînement (article 17, paragraphe 1, point c), du RGPD) ; et',
      'd’informer chaque destinataire auquel vous avez communiqué mes données à ces fins (article 19 du RGPD).',
    ],
    deadline: ({ due }) =>
      `Je vous prie de me confirmer dans les meilleurs délais, et au plus tard dans un délai d’un mois à compter de la réception (article 12, paragraphe 3, du RGPD), soit d’ici le ${due}, que vous donnez suite à mon opposition. À défaut, je me réserve le droit d’introduire une réclamation auprès de l’autorité de contrôle compétente (article 77 du RGPD) et d’engager d’autres démarches juridiques.`,
  },
  reminder: {
    subject: ({ sent, account }) =>
      `Relance : mon opposition du ${sent} au titre de l’article 21, paragraphe 1, du RGPD – compte ${account}`,
    objectionOf: 'Opposition du',
    opening: ({ sent, platform, account }) =>
      `Le ${sent}, j’ai exercé mon droit d’opposition (article 21, paragraphe 1, du RGPD) au traitement de mes données à caractère personnel à des fins de développement et d’entraînement de modèles d’IA (compte ${platform} : ${account}).`,
    expiredExtended: ({ due }) =>
      `Le délai prévu à l’article 12, paragraphe 3, du RGPD, tel que vous l’avez prolongé, a expiré le ${due} sans que j’aie reçu de réponse satisfaisante.`,
    expired: ({ due }) =>
      `Le délai d’un mois prévu à l’article 12, paragraphe 3, du RGPD a expiré le ${due} sans que j’aie reçu de réponse satisfaisante.`,
    expiredUndated:
      'Le délai d’un mois prévu à l’article 12, paragraphe 3, du RGPD a expiré sans que j’aie reçu de réponse satisfaisante.',
    deadline: ({ due }) =>
      `Je vous prie de me confirmer dans un délai de deux semaines à compter de la réception de la présente, soit au plus tard le ${due}, que vous donnez suite à mon opposition, ou de m’indiquer les motifs pour lesquels vous n’y donnez pas suite (article 12, paragraphe 4, du RGPD). À défaut, j’introduirai une réclamation auprès de l’autorité de contrôle compétente (article 77 du RGPD).`,
    enclosedObjection: ({ sent }) => `Mon opposition du ${sent}`,
  },
  complaint: {
    subject: ({ controller }) =>
      `Réclamation au titre de l’article 77 du RGPD contre ${controller} – opposition à l’entraînement de l’IA`,
    opening: ({ controller }) =>
      `Par la présente, j’introduis une réclamation au titre de l’article 77 du RGPD à l’encontre de ${controller}.`,
    objected: ({ sent, platform, account, infringement }) =>
      `Le ${sent}, j’ai exercé mon droit d’opposition (article 21, paragraphe 1, du RGPD) au traitement de mes données à caractère personnel à des fins de développement et d’entraînement de modèles d’IA (compte ${platform} : ${account}). ${infringement}`,
    rejected: {
      text: 'Le responsable du traitement a rejeté mon opposition sans démontrer l’existence de motifs légitimes et impérieux pour le traitement qui prévalent sur mes intérêts, droits et libertés.',
      articles: 'l’article 21, paragraphe 1, et de l’article 12, paragraphe 4, du RGPD',
    },
    asksForId: {
      text: 'Le responsable du traitement subordonne la suite donnée à mon opposition à une preuve d’identité, alors qu’il connaît mon compte. Il ne peut demander des informations supplémentaires qu’en cas de doutes raisonnables quant à mon identité.',
      articles: 'l’article 12, paragraphes 2 et 6, et de l’article 21, paragraphe 1, du RGPD',
    },
    inadequate: {
      text: 'Le responsable du traitement n’a pas donné de suite satisfaisante à mon opposition.',
      articles: 'l’article 12, paragraphes 3 et 4, et de l’article 21, paragraphe 1, du RGPD',
    },
    noAnswer: {
      text: 'Le responsable du traitement n’a toujours pas répondu.',
      textDue: ({ due }) =>
        `Le responsable du traitement n’a toujours pas répondu, alors que le délai prévu à l’article 12, paragraphe 3, du RGPD a expiré le ${due}.`,
      articles: 'l’article 12, paragraphes 3 et 4, et de l’article 21, paragraphe 1, du RGPD',
    },
    infringementOf: ({ articles }) => `J’y vois une violation de ${articles}.`,
    correspondence: 'Historique',
    evidenceEnclosed: 'Preuves (pièces jointes)',
    crossBorder: ({ lead, regulation2025 }) =>
      regulation2025
        ? `Le traitement est transfrontalier ; l’autorité de contrôle chef de file est vraisemblablement ${lead} (article 56 du RGPD). Je vous prie de lui transmettre ma réclamation conformément au règlement (UE) 2025/2518 et de m’informer de l’état d’avancement (article 77, paragraphe 2, du RGPD).`
        : `Le traitement est transfrontalier ; l’autorité de contrôle chef de file est vraisemblablement ${lead} (article 56 du RGPD). Je vous prie de lui transmettre ma réclamation en conséquence et de m’informer de l’état d’avancement (article 77, paragraphe 2, du RGPD).`,
    examine:
      'Je vous prie d’examiner cette affaire et d’ordonner au responsable du traitement de donner suite à mon opposition (article 58, paragraphe 2, point c), du RGPD).',
    priorRequest: ({ sent, company, proof }) =>
      `Avant d’introduire cette réclamation, j’ai exercé mon droit auprès du responsable du traitement (règlement (UE) 2025/2518) : j’ai adressé mon opposition à ${company} le ${sent}. ${proof}`,
    proofEnclosed: 'Les documents énumérés ci-dessous sont joints à titre de preuve.',
    proofNone:
      'Je ne dispose d’aucune preuve émanant de l’entreprise ; la date provient de mes propres notes.',
  },
  erasure: {
    subject: ({ account }) =>
      `Demande d’effacement au titre de l’article 17, paragraphe 1, point c), du RGPD – compte ${account}`,
    opening: ({ sent }) =>
      `Le ${sent}, j’ai exercé mon droit d’opposition (article 21, paragraphe 1, du RGPD) au traitement de mes données à caractère personnel à des fins de développement et d’entraînement de modèles d’IA. Vous n’avez pas démontré l’existence de motifs légitimes et impérieux qui prévalent sur mes intérêts.`,
    demandsIntro: 'Je vous demande donc :',
    demands: [
      'l’effacement des données à caractère personnel me concernant que vous traitez à ces fins, notamment dans des jeux de données d’entraînement (article 17, paragraphe 1, point c), du RGPD) ;',
      'd’ici là, la limitation du traitement (article 18, paragraphe 1, point d), du RGPD) ;',
      'si vous avez rendu ces données publiques, l’information des autres responsables du traitement (article 17, paragraphe 2, du RGPD) ; et',
      'l’information de tous les destinataires ainsi que la liste de ces destinataires (article 19 du RGPD).',
    ],
    deadline: ({ due }) =>
      `Si des obligations légales de conservation vous empêchent d’effacer certaines données, veuillez en limiter le traitement et les effacer à l’expiration de la durée de conservation. Veuillez motiver tout refus. Je vous prie de me confirmer l’effacement dans un délai d’un mois à compter de la réception (article 12, paragraphe 3, du RGPD), soit au plus tard le ${due}. À défaut, je me réserve le droit d’introduire une réclamation auprès de l’autorité de contrôle compétente (article 77 du RGPD) et d’engager d’autres démarches juridiques.`,
  },
  access: {
    subject: ({ account }) =>
      `Demande d’accès au titre de l’article 15 du RGPD concernant l’utilisation de mes données pour l’IA – compte ${account}`,
    opening: ({ platform, account }) =>
      `En vertu de l’article 15 du RGPD, je vous prie de m’indiquer si vous avez traité ou traitez des données à caractère personnel me concernant (compte ${platform} : ${account}) à des fins de développement, d’entraînement ou d’évaluation de modèles d’IA et, le cas échéant, lesquelles. Je vous demande en particulier :`,
    questions: [
      'quelles catégories de mes données ont été intégrées dans quels jeux de données d’entraînement, et depuis quand ;',
      'pour quels modèles et à quelles fins elles ont été utilisées (article 15, paragraphe 1, points a) et b), du RGPD) ;',
      'à quels destinataires elles ont été communiquées (article 15, paragraphe 1, point c), du RGPD) ;',
      'pendant combien de temps elles seront conservées (article 15, paragraphe 1, point d), du RGPD) ;',
      'd’où proviennent ces données, si elles n’ont pas été collectées auprès de moi (article 15, paragraphe 1, point g), du RGPD) ; et',
      'une copie des données traitées (article 15, paragraphe 3, du RGPD).',
    ],
    purpose:
      'Je pose cette question parce que je souhaite savoir si mes données ont servi à l’entraînement de vos modèles d’IA, et lesquelles, afin de pouvoir décider des démarches à entreprendre pour protéger mes données, par exemple une opposition ou une demande d’effacement.',
    deadline: ({ due }) =>
      `Ces informations sont fournies gratuitement (article 12, paragraphe 5, du RGPD). Je vous prie de répondre dans un délai d’un mois à compter de la réception (article 12, paragraphe 3, du RGPD), soit au plus tard le ${due}.`,
  },
  dossier: {
    subject: ({ platform, controller }) =>
      `Dossier : opposition à l’entraînement de l’IA sur ${platform} (${controller})`,
    recipient: 'Documents pour un conseil',
    facts: 'Faits',
    item: 'Élément',
    detail: 'Détail',
    dataSubject: 'Personne concernée',
    platformAndAccount: 'Plateforme et compte',
    objectionOn: 'Opposition (article 21, paragraphe 1, du RGPD) le',
    notSentYet: 'pas encore envoyée',
    answerDueOn: 'Réponse attendue le',
    nextStep: 'Prochaine étape',
    timeline: 'Historique',
    evidence: 'Preuves',
    checksums:
      'Chaque fichier est identifié par sa somme de contrôle SHA-256, qui permet de montrer qu’il n’a pas été modifié depuis son enregistrement.',
    whoCanHelp: 'Qui peut aider (information, pas un conseil juridique)',
    help: [
      'Les centrales de consommateurs allemandes (Verbraucherzentralen) conseillent (souvent contre rémunération), recueillent des plaintes et mènent des actions collectives ; la Verbraucherzentrale NRW a agi contre l’entraînement de l’IA de Meta. Source : https://www.verbraucherzentrale.de/aktuelle-meldungen/digitale-welt/meta-ai-bei-facebook-instagram-und-whatsapp-so-widersprechen-sie-95646',
      'Une assurance de protection juridique prend en charge les frais d’avocat et de justice si le contrat couvre le litige ; demandez une confirmation de prise en charge avant de mandater un avocat. Source : https://rechtsanwalt-krau.de/ich-moechte-schadensersatz-nach-der-datenschutz-grundverordnung-verlangen-bekomme-ich-dafuer-von-meiner-rechtsschutzversicherung-deckung/',
      'Beratungshilfe (aide publique au conseil juridique en Allemagne) : les personnes à faibles revenus peuvent obtenir auprès du tribunal local (Amtsgericht) un bon pour une consultation d’avocat ; elles paient 15 euros. Source : https://fp-anwaelte.de/gebuehren/46-beratungshilfe-und-prozesskostenhilfe.html',
      'noyb est une organisation à but non lucratif au sens de l’article 80 du RGPD, qui peut introduire des réclamations et des actions au nom des personnes concernées. Source : https://noyb.eu/en/verbraucherzentrale-nrw-requests-meta-cease-and-desist-ai-training-eu',
    ],
  },
  events: {
    kinds: {
      drafted: 'brouillon créé',
      'setting-changed': 'paramètre modifié',
      'confirmation-received': 'confirmation reçue',
      'reply-received': 'réponse reçue',
      'deadline-extended': 'délai prolongé par l’entreprise',
      'reminder-sent': 'relance envoyée',
      'evidence-added': 'preuve conservée',
      'complaint-filed': 'réclamation introduite auprès de l’autorité de contrôle',
      'erasure-requested': 'effacement demandé',
      'access-requested': 'accès demandé',
      note: 'note',
      closed: 'clos',
    },
    submitted: ({ company }) => `opposition envoyée à ${company}`,
    extendedUntil: ({ what, date }) => `${what} jusqu’au ${date}`,
    replies: {
      accepted: 'opposition acceptée',
      'asks-for-reason': 'demande des motifs',
      'asks-for-id': 'demande une preuve d’identité',
      rejected: 'opposition rejetée',
      other: 'autre réponse',
    },
  },
};
