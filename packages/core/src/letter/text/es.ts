import type { LetterText } from './model.js';

/** Spanish letters (terms and citations as in the Spanish text of the GDPR, "RGPD"). */
export const letterTextEs: LetterText = {
  common: {
    salutation: 'Estimados señores:',
    closing: 'Atentamente,',
    forTheAttentionOfDpo: 'A la atención del delegado de protección de datos',
    accountNotGiven: '(no indicada)',
    enclosures: 'Anexos',
    colon: ':',
    date: 'Fecha',
    page: (n, of) => `Página ${n} de ${of}`,
    labels: {
      account: 'Cuenta',
      controller: 'Responsable del tratamiento',
      date: 'Fecha',
      file: 'Archivo',
      whatHappened: 'Qué ocurrió',
    },
  },
  objection: {
    subject: ({ account }) =>
      `Oposición conforme al artículo 21, apartado 1, del RGPD al uso de mis datos para IA – cuenta ${account}`,
    opening: ({ controller, company, platform, account }) =>
      `Por medio de la presente, me opongo, conforme al artículo 21, apartado 1, del RGPD, al tratamiento de mis datos personales por parte de ${controller} para el desarrollo, el entrenamiento, el ajuste y la evaluación de modelos de IA (IA de ${company}). Esto afecta a mi cuenta de ${platform} (${account}) y a todos los servicios de los que ${controller} es responsable.`,
    identity: ({ requestDate, platform, account }) =>
      `En su respuesta del ${requestDate} me pidieron una prueba de mi identidad. Para identificarme, me remito a los datos de los que ya disponen: mi cuenta de ${platform} (${account}). Solo pueden solicitar información adicional si tienen dudas razonables sobre mi identidad (artículo 12, apartado 6, del RGPD); en tal caso, les ruego que me las indiquen. Solo pueden negarse a dar curso a mi oposición si demuestran que no están en condiciones de identificarme (artículo 12, apartado 2, del RGPD).`,
    demandsIntro: 'Les solicito que:',
    demands: [
      'dejen de tratar mis datos para estos fines y los excluyan de futuros conjuntos de datos de entrenamiento;',
      'limiten el tratamiento mientras verifican si sus motivos prevalecen sobre los míos (artículo 18, apartado 1, letra d), del RGPD);',
      'supriman las copias de mis datos que figuren en conjuntos de datos de entrenamiento (artículo 17, apartado 1, letra c), del RGPD), y',
      'informen a todos los destinatarios a los que hayan comunicado mis datos para estos fines (artículo 19 del RGPD).',
    ],
    deadline: ({ due }) =>
      `Les ruego que me confirmen sin dilación indebida, y a más tardar en el plazo de un mes a partir de la recepción (artículo 12, apartado 3, del RGPD), es decir, hasta el ${due}, que atienden mi oposición. De lo contrario, me reservo el derecho de presentar una reclamación ante la autoridad de control competente (artículo 77 del RGPD) y de emprender otras acciones legales.`,
  },
  reminder: {
    subject: ({ sent, account }) =>
      `Recordatorio: mi oposición del ${sent} conforme al artículo 21, apartado 1, del RGPD – cuenta ${account}`,
    objectionOf: 'Oposición del',
    opening: ({ sent, platform, account }) =>
      `El ${sent} ejercí mi derecho de oposición (artículo 21, apartado 1, del RGPD) al tratamiento de mis datos personales para el desarrollo y el entrenamiento de modelos de IA (cuenta de ${platform}: ${account}).`,
    expiredExtended: ({ due }) =>
      `El plazo del artículo 12, apartado 3, del RGPD, prorrogado por ustedes, venció el ${due} sin que haya recibido una respuesta adecuada.`,
    expired: ({ due }) =>
      `El plazo de un mes del artículo 12, apartado 3, del RGPD venció el ${due} sin que haya recibido una respuesta adecuada.`,
    expiredUndated:
      'El plazo de un mes del artículo 12, apartado 3, del RGPD ha vencido sin que haya recibido una respuesta adecuada.',
    deadline: ({ due }) =>
      `Les ruego que, en el plazo de dos semanas a partir de la recepción de este escrito, es decir, a más tardar el ${due}, me confirmen que atienden mi oposición o me comuniquen las razones por las que no toman medidas (artículo 12, apartado 4, del RGPD). De lo contrario, presentaré una reclamación ante la autoridad de control competente (artículo 77 del RGPD).`,
    enclosedObjection: ({ sent }) => `Mi oposición del ${sent}`,
  },
  complaint: {
    subject: ({ controller }) =>
      `Reclamación conforme al artículo 77 del RGPD contra ${controller} – oposición al entrenamiento de IA`,
    opening: ({ controller }) =>
      `Por medio de la presente, presento una reclamación conforme al artículo 77 del RGPD contra ${controller}.`,
    objected: ({ sent, platform, account, infringement }) =>
      `El ${sent} ejercí mi derecho de oposición (artículo 21, apartado 1, del RGPD) al tratamiento de mis datos personales para el desarrollo y el entrenamiento de modelos de IA (cuenta de ${platform}: ${account}). ${infringement}`,
    rejected: {
      text: 'El responsable del tratamiento rechazó mi oposición sin acreditar motivos legítimos imperiosos para el tratamiento que prevalezcan sobre mis intereses, derechos y libertades.',
      articles: 'del artículo 21, apartado 1, y del artículo 12, apartado 4, del RGPD',
    },
    asksForId: {
      text: 'El responsable del tratamiento condiciona la tramitación de mi oposición a una prueba de identidad, aunque conoce mi cuenta. Solo puede solicitar información adicional si tiene dudas razonables sobre mi identidad.',
      articles: 'del artículo 12, apartados 2 y 6, y del artículo 21, apartado 1, del RGPD',
    },
    inadequate: {
      text: 'El responsable del tratamiento no ha respondido adecuadamente a mi oposición.',
      articles: 'del artículo 12, apartados 3 y 4, y del artículo 21, apartado 1, del RGPD',
    },
    noAnswer: {
      text: 'El responsable del tratamiento no ha respondido hasta la fecha.',
      textDue: ({ due }) =>
        `El responsable del tratamiento no ha respondido hasta la fecha, aunque el plazo del artículo 12, apartado 3, del RGPD venció el ${due}.`,
      articles: 'del artículo 12, apartados 3 y 4, y del artículo 21, apartado 1, del RGPD',
    },
    infringementOf: ({ articles }) => `Considero que ello constituye una infracción ${articles}.`,
    correspondence: 'Historial',
    evidenceEnclosed: 'Pruebas (anexos)',
    crossBorder: ({ lead, regulation2025 }) =>
      regulation2025
        ? `El tratamiento es transfronterizo; la autoridad de control principal es previsiblemente ${lead} (artículo 56 del RGPD). Les ruego que le trasladen mi reclamación conforme al Reglamento (UE) 2025/2518 y me informen de su curso (artículo 77, apartado 2, del RGPD).`
        : `El tratamiento es transfronterizo; la autoridad de control principal es previsiblemente ${lead} (artículo 56 del RGPD). Les ruego que le trasladen mi reclamación en consecuencia y me informen de su curso (artículo 77, apartado 2, del RGPD).`,
    examine:
      'Les ruego que examinen el asunto y ordenen al responsable del tratamiento que atienda mi oposición (artículo 58, apartado 2, letra c), del RGPD).',
    priorRequest: ({ sent, company, proof }) =>
      `Antes de presentar esta reclamación, ejercí mi derecho ante el responsable del tratamiento (Reglamento (UE) 2025/2518): envié mi oposición a ${company} el ${sent}. ${proof}`,
    proofEnclosed: 'Como prueba, adjunto los documentos que se enumeran a continuación.',
    proofNone: 'No dispongo de ninguna prueba de la empresa; la fecha consta en mis propias notas.',
  },
  erasure: {
    subject: ({ account }) =>
      `Solicitud de supresión conforme al artículo 17, apartado 1, letra c), del RGPD – cuenta ${account}`,
    opening: ({ sent }) =>
      `El ${sent} ejercí mi derecho de oposición (artículo 21, apartado 1, del RGPD) al tratamiento de mis datos personales para el desarrollo y el entrenamiento de modelos de IA. Ustedes no han acreditado motivos legítimos imperiosos que prevalezcan sobre mis intereses.`,
    demandsIntro: 'Por ello, solicito:',
    demands: [
      'la supresión de los datos personales míos que tratan para estos fines, en particular en conjuntos de datos de entrenamiento (artículo 17, apartado 1, letra c), del RGPD);',
      'hasta entonces, la limitación del tratamiento (artículo 18, apartado 1, letra d), del RGPD);',
      'en la medida en que hayan hecho públicos los datos, que informen a los demás responsables del tratamiento (artículo 17, apartado 2, del RGPD), y',
      'que informen a todos los destinatarios y me faciliten una lista de ellos (artículo 19 del RGPD).',
    ],
    deadline: ({ due }) =>
      `Si obligaciones legales de conservación les impiden suprimir determinados datos, les ruego que limiten su tratamiento y los supriman al término del plazo de conservación. Les ruego que motiven cualquier denegación. Les ruego que me confirmen la supresión en el plazo de un mes a partir de la recepción (artículo 12, apartado 3, del RGPD), es decir, a más tardar el ${due}. De lo contrario, me reservo el derecho de presentar una reclamación ante la autoridad de control competente (artículo 77 del RGPD) y de emprender otras acciones legales.`,
  },
  access: {
    subject: ({ account }) =>
      `Solicitud de acceso conforme al artículo 15 del RGPD sobre el uso de mis datos para IA – cuenta ${account}`,
    opening: ({ platform, account }) =>
      `Conforme al artículo 15 del RGPD, les ruego que me indiquen si han tratado o tratan datos personales míos (cuenta de ${platform}: ${account}) para el desarrollo, el entrenamiento o la evaluación de modelos de IA y, en su caso, cuáles. En particular, les ruego que me informen de:`,
    questions: [
      'qué categorías de mis datos se han incorporado a qué conjuntos de datos de entrenamiento y desde cuándo;',
      'para qué modelos y fines se han utilizado (artículo 15, apartado 1, letras a) y b), del RGPD);',
      'a qué destinatarios se han comunicado (artículo 15, apartado 1, letra c), del RGPD);',
      'durante cuánto tiempo se conservarán (artículo 15, apartado 1, letra d), del RGPD);',
      'de dónde proceden los datos, si no los he facilitado yo (artículo 15, apartado 1, letra g), del RGPD), y',
      'una copia de los datos tratados (artículo 15, apartado 3, del RGPD).',
    ],
    purpose:
      'Lo pregunto porque quiero saber si mis datos se han utilizado para entrenar sus modelos de IA, y cuáles, a fin de poder decidir qué otras medidas tomar para proteger mis datos, como una oposición o una solicitud de supresión.',
    deadline: ({ due }) =>
      `La información es gratuita (artículo 12, apartado 5, del RGPD). Les ruego que respondan en el plazo de un mes a partir de la recepción (artículo 12, apartado 3, del RGPD), es decir, a más tardar el ${due}.`,
  },
  dossier: {
    subject: ({ platform, controller }) =>
      `Dosier: oposición al entrenamiento de IA en ${platform} (${controller})`,
    recipient: 'Documentación para asesoramiento',
    facts: 'Hechos',
    item: 'Punto',
    detail: 'Dato',
    dataSubject: 'Interesado',
    platformAndAccount: 'Plataforma y cuenta',
    objectionOn: 'Oposición (artículo 21, apartado 1, del RGPD) el',
    notSentYet: 'aún no enviada',
    answerDueOn: 'Respuesta debida el',
    nextStep: 'Siguiente paso',
    timeline: 'Historial',
    evidence: 'Pruebas',
    checksums:
      'Cada archivo se identifica por su suma de verificación SHA-256, que permite demostrar que no ha cambiado desde que se guardó.',
    whoCanHelp: 'Quién puede ayudar (información, no asesoramiento jurídico)',
    help: [
      'Las centrales de consumidores alemanas (Verbraucherzentralen) asesoran (a menudo a cambio de una tarifa), recogen reclamaciones y ejercen acciones colectivas; la Verbraucherzentrale NRW actuó contra el entrenamiento de IA de Meta. Fuente: https://www.verbraucherzentrale.de/aktuelle-meldungen/digitale-welt/meta-ai-bei-facebook-instagram-und-whatsapp-so-widersprechen-sie-95646',
      'Un seguro de defensa jurídica paga los honorarios de abogado y las costas judiciales si la póliza cubre el asunto; pida una confirmación de cobertura antes de encargar el asunto a un abogado. Fuente: https://rechtsanwalt-krau.de/ich-moechte-schadensersatz-nach-der-datenschutz-grundverordnung-verlangen-bekomme-ich-dafuer-von-meiner-rechtsschutzversicherung-deckung/',
      'Beratungshilfe (ayuda pública para asesoramiento jurídico en Alemania): las personas con ingresos bajos pueden obtener en el juzgado local (Amtsgericht) un certificado para el asesoramiento de un abogado; pagan 15 euros. Fuente: https://fp-anwaelte.de/gebuehren/46-beratungshilfe-und-prozesskostenhilfe.html',
      'noyb es una organización sin ánimo de lucro conforme al artículo 80 del RGPD que puede presentar reclamaciones y ejercer acciones en nombre de los interesados. Fuente: https://noyb.eu/en/verbraucherzentrale-nrw-requests-meta-cease-and-desist-ai-training-eu',
    ],
  },
  events: {
    kinds: {
      drafted: 'borrador creado',
      'setting-changed': 'ajuste cambiado',
      'confirmation-received': 'confirmación recibida',
      'reply-received': 'respuesta recibida',
      'deadline-extended': 'plazo prorrogado por la empresa',
      'reminder-sent': 'recordatorio enviado',
      'evidence-added': 'prueba guardada',
      'complaint-filed': 'reclamación presentada ante la autoridad de control',
      'erasure-requested': 'supresión solicitada',
      'access-requested': 'acceso solicitado',
      note: 'nota',
      closed: 'cerrado',
    },
    submitted: ({ company }) => `oposición enviada a ${company}`,
    extendedUntil: ({ what, date }) => `${what} hasta el ${date}`,
    replies: {
      accepted: 'oposición aceptada',
      'asks-for-reason': 'pide motivos',
      'asks-for-id': 'pide una prueba de identidad',
      rejected: 'oposición rechazada',
      other: 'otra respuesta',
    },
  },
};
