import type { LetterKind } from '@widerspruch/core';
import type { LetterCliText } from './model.js';

const NAMES: Readonly<Record<LetterKind, string>> = {
  objection: 'la oposición',
  reminder: 'el recordatorio',
  complaint: 'la reclamación',
  erasure: 'la solicitud de supresión',
  access: 'la solicitud de acceso',
  dossier: 'el dosier',
};

/** `widerspruch letter` in Spanish. */
export const letterCliEs: LetterCliText = {
  unknownReason: ({ reason }) =>
    `El motivo «${reason}» no existe (véase: widerspruch text --list-reasons).`,
  pdfToStdout:
    'Un PDF no puede escribirse en la salida estándar. Indique un nombre de archivo con --out u omita --out.',
  platformMissing: 'La plataforma del caso no figura en el catálogo.',
  saved: ({ file }) => `Guardado: ${file}`,
  cannotWrite: ({ kind }) => `No es posible redactar ${NAMES[kind]} para este caso por ahora.`,
  hintRecordSent: ({ caseId }) =>
    `Para registrar el envío: widerspruch case event ${caseId} submitted --date AAAA-MM-DD`,
  hintRemind: ({ caseId }) =>
    `Un aviso en su calendario para el fin del plazo: widerspruch remind ${caseId}`,
  hintComplaint: ({ caseId }) => `Reclamación: widerspruch letter complaint --case ${caseId}`,
  hintObjectionAccount: ({ caseId }) =>
    `La oposición con los datos de su cuenta: widerspruch letter objection --case ${caseId}`,
  hintObjectionGrounds: ({ caseId }) =>
    `Una nueva oposición con motivos: widerspruch letter objection --case ${caseId} --reason <motivo> (motivos: widerspruch text --list-reasons)`,
  countryUnknown: ({ value, countries }) =>
    `--country «${value}»: el catálogo no contiene ninguna autoridad de control para este país (solo UE y EEE). Valores posibles: ${countries}. Si vive en otro lugar, omita --country; la reclamación se dirige entonces a la autoridad principal de la empresa.`,
  regionInvalid: ({ value, country, where }) =>
    `--region «${value}»${country ? ` no corresponde a --country ${country}` : ' es desconocida'}: solo hay regiones para ${where}.${country ? ` Para ${country}, omita --region.` : ''}`,
  regionUnknown: ({ value, country, regions }) =>
    `No existe --region «${value}» para ${country}. Valores posibles: ${regions}.`,
  pdfMissing: ({ chars }) =>
    `Nota: la fuente del PDF no puede mostrar algunos caracteres: ${chars}. En su lugar, el PDF muestra «\ufffd». Use --format text o eml para esta carta, o escriba sus datos sin esos caracteres.`,
  recorded: ({ what }) => `Registrado en el caso: ${what}`,
  alreadySent: ({ sentOn, caseId, today }) =>
    `La oposición ya consta como enviada el ${sentOn}; esa fecha y el plazo no cambian. La carta se guarda como prueba. Si realmente la ha vuelto a enviar y el plazo debe empezar de nuevo: widerspruch case event ${caseId} submitted --date ${today}`,
  complaintForm: ({ url }) =>
    `Formulario de reclamación en línea de la autoridad (pegue allí el texto): ${url}`,
  noAuthorityEmail:
    'No consta ninguna dirección de correo electrónico de esta autoridad: use el formulario o envíe la reclamación por correo postal.',
  noAuthority:
    'No se ha podido determinar ninguna autoridad de control para este caso. Indique dónde vive con --country.',
  otherLanguages: ({ codes }) => `En otro idioma que acepta la autoridad: --letter-lang ${codes}`,
  translationHint: 'La misma reclamación en su idioma, solo para leer: --translation',
  letterLangUnknown: ({ value, list }) =>
    `--letter-lang «${value}»: Widerspruch no puede redactar en este idioma. Valores posibles: ${list}.`,
  letterLangNotAccepted: ({ value, authority, codes }) =>
    `--letter-lang ${value}: ${authority} no acepta reclamaciones en este idioma. Valores posibles: ${codes}.`,
  letterLangOnlyComplaint:
    '--letter-lang solo se aplica a la reclamación; las demás cartas se redactan en el idioma de --lang.',
  senderMissing:
    '¿Quién escribe la carta? Indique --name y --address (guárdelos una vez con --save-sender).',
  emailInvalid: ({ value }) =>
    `--email: «${value}» no es una dirección de correo electrónico. Indique una sola dirección, como nombre@example.org (sin nombre, espacios ni comas).`,
  unknownKind: ({ value, guess, list }) =>
    `El tipo de carta «${value}» no existe.${guess ? ` ¿Quiso decir «${guess}»?` : ''} Valores posibles: ${list}.`,
  unknownFormat: ({ value, guess }) =>
    `El formato «${value}» no existe.${guess ? ` ¿Quiso decir «${guess}»?` : ''} Valores posibles: text, eml, pdf.`,
  formatMismatch: ({ format, out, ext, fromOut, wanted }) =>
    `--format ${format} no corresponde a --out «${out}» (la extensión ${ext} corresponde a ${fromOut}). Omita --format o dé al archivo la extensión .${wanted}.`,
};
