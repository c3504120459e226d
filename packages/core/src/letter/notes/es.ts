import type { LetterNotes } from './model.js';

/** Spanish notes about letters. */
export const letterNotesEs: LetterNotes = {
  'not-sent': () =>
    'La oposición aún no consta como enviada; la carta indicaría una fecha errónea. Registre primero cuándo la envió.',
  'no-prior-request': () =>
    'Desde el 2 de abril de 2027, una reclamación sobre una oposición debe ir precedida de esa oposición ante la empresa (Reglamento (UE) 2025/2518), y la reclamación indica su fecha y la prueba. En este caso no consta ninguna oposición enviada. Ejerza primero su oposición ante la empresa y registre cuándo lo hizo.',
  'not-due-reminder': (n, w) =>
    `El plazo de respuesta vence el ${w.date(n.due ?? '')}; un recordatorio afirmaría que ya ha vencido. Envíe el recordatorio solo después de esa fecha.`,
  'not-due-reminded': (n, w) =>
    `Ya envió un recordatorio; el plazo que fija vence el ${w.date(n.due ?? '')}. Si para entonces no llega respuesta, el siguiente paso es una reclamación.`,
  'not-due-complaint': (n, w) =>
    `El plazo de respuesta vence el ${w.date(n.due ?? '')}; la reclamación afirmaría que ya ha vencido. Podrá redactarla cuando haya vencido el plazo o cuando haya registrado una respuesta que no le satisfaga.`,
  answered: () =>
    'La empresa ha respondido; un recordatorio es para cuando no llega respuesta. Si la respuesta no es suficiente, puede presentar una reclamación ante la autoridad de control.',
  'confirmed-reminder': () =>
    'La empresa ha confirmado su oposición; no hace falta un recordatorio. Guarde la confirmación como prueba.',
  'confirmed-complaint': () =>
    'La empresa ha confirmado su oposición; la reclamación afirmaría que fue rechazada o no contestada. Si más adelante la empresa la rechaza, registre esa respuesta en el caso.',
  'asks-for-reason': () =>
    'La empresa ha pedido motivos. En lugar de un recordatorio, ahora procede una nueva oposición con motivos relacionados con su situación particular (artículo 21, apartado 1, del RGPD). También puede presentar una reclamación ante la autoridad de control.',
  'asks-for-id': () =>
    'La empresa ha pedido una prueba de identidad. En lugar de un recordatorio, envíe de nuevo la oposición con los datos de su cuenta de los que la empresa ya dispone. También puede presentar una reclamación ante la autoridad de control.',
  'web-form': () =>
    'Ejerció su oposición mediante el formulario; no se responde en un plazo, sino con un correo electrónico de confirmación, normalmente en 24 horas. Si no llega, revise la carpeta de correo no deseado y vuelva a oponerse mediante el formulario. Si eso no funciona, opóngase por carta; el plazo de un mes corre entonces para la carta.',
  closed: () =>
    'El caso consta como cerrado; no se prevén más cartas. Si el asunto continúa, abra un caso nuevo.',
  complained: () =>
    'Ya ha presentado una reclamación ante la autoridad de control; un recordatorio a la empresa ya no es el siguiente paso.',
  'prior-request': () =>
    'Desde el 2 de abril de 2027, una reclamación debe ir precedida de su oposición ante la empresa (Reglamento (UE) 2025/2518). La carta indica cuándo ejerció su oposición; adjunte sus pruebas (confirmación, captura de pantalla, carta).',
  'language-interface': (n, w) =>
    `La carta está redactada en ${w.language(n.language)}, su idioma; la autoridad acepta reclamaciones en ${w.language(n.language)}.`,
  'language-chosen': (n, w) =>
    `La carta está redactada en ${w.language(n.language)}, según lo elegido; la autoridad acepta reclamaciones en ${w.language(n.language)}.`,
  'language-authority': (n, w) =>
    `La carta está redactada en ${w.language(n.language)}: la autoridad acepta reclamaciones en ${w.languages(n.accepted)}, no en ${w.language(n.interfaceLocale)}.`,
  'language-fallback': (n, w) =>
    `La autoridad acepta reclamaciones en ${w.languages(n.accepted)}; Widerspruch no puede redactar la carta en ese idioma. Por eso está en ${w.language(n.language)}; hágala traducir antes de enviarla.`,
  translation: (n, w) =>
    `Solo para leer: la misma reclamación en ${w.self}. No la envíe; envíe la carta en ${w.language(n.language)}.`,
};
