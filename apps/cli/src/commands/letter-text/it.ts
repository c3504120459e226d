import type { LetterKind } from '@widerspruch/core';
import type { LetterCliText } from './model.js';

const NAMES: Readonly<Record<LetterKind, string>> = {
  objection: 'l’opposizione',
  reminder: 'il sollecito',
  complaint: 'il reclamo',
  erasure: 'la richiesta di cancellazione',
  access: 'la richiesta di accesso',
  dossier: 'il dossier',
};

/** `widerspruch letter` in Italian. */
export const letterCliIt: LetterCliText = {
  unknownReason: ({ reason }) =>
    `Il motivo «${reason}» non esiste (vedi: widerspruch text --list-reasons).`,
  pdfToStdout:
    'Un PDF non può essere scritto sull’output standard. Indichi un nome di file con --out oppure ometta --out.',
  platformMissing: 'La piattaforma del caso non è nel catalogo.',
  saved: ({ file }) => `Salvato: ${file}`,
  cannotWrite: ({ kind }) => `Al momento non è possibile redigere ${NAMES[kind]} per questo caso.`,
  hintRecordSent: ({ caseId }) =>
    `Per registrare l’invio: widerspruch case event ${caseId} submitted --date AAAA-MM-GG`,
  hintRemind: ({ caseId }) =>
    `Un promemoria in calendario per la scadenza: widerspruch remind ${caseId}`,
  hintComplaint: ({ caseId }) => `Reclamo: widerspruch letter complaint --case ${caseId}`,
  hintObjectionAccount: ({ caseId }) =>
    `L’opposizione con i dati del Suo account: widerspruch letter objection --case ${caseId}`,
  hintObjectionGrounds: ({ caseId }) =>
    `Una nuova opposizione con i motivi: widerspruch letter objection --case ${caseId} --reason <motivo> (motivi: widerspruch text --list-reasons)`,
  countryUnknown: ({ value, countries }) =>
    `--country «${value}»: il catalogo non contiene alcuna autorità di controllo per questo paese (solo UE e SEE). Valori possibili: ${countries}. Se vive altrove, ometta --country; il reclamo va allora all’autorità capofila della società.`,
  regionInvalid: ({ value, country, where }) =>
    `--region «${value}»${country ? ` non corrisponde a --country ${country}` : ' è sconosciuta'}: le regioni esistono solo per ${where}.${country ? ` Per ${country} ometta --region.` : ''}`,
  regionUnknown: ({ value, country, regions }) =>
    `--region «${value}» non esiste per ${country}. Valori possibili: ${regions}.`,
  pdfMissing: ({ chars }) =>
    `Nota: il carattere del PDF non può mostrare alcuni caratteri: ${chars}. Al loro posto il PDF mostra «\ufffd». Usi --format text o eml per questa lettera, oppure scriva i Suoi dati senza questi caratteri.`,
  recorded: ({ what }) => `Registrato nel caso: ${what}`,
  alreadySent: ({ sentOn, caseId, today }) =>
    `L’opposizione risulta già inviata il ${sentOn}; questa data e il termine restano invariati. La lettera è conservata come prova. Se l’ha davvero inviata di nuovo e il termine deve ricominciare: widerspruch case event ${caseId} submitted --date ${today}`,
  complaintForm: ({ url }) =>
    `Modulo di reclamo online dell’autorità (vi incolli il testo): ${url}`,
  noAuthorityEmail:
    'Per questa autorità non è registrato alcun indirizzo e-mail: usi il modulo o invii il reclamo per posta.',
  noAuthority:
    'Non è stato possibile individuare un’autorità di controllo per questo caso. Indichi dove vive con --country.',
  otherLanguages: ({ codes }) =>
    `In un’altra lingua accettata dall’autorità: --letter-lang ${codes}`,
  translationHint: 'Lo stesso reclamo nella Sua lingua, solo da leggere: --translation',
  letterLangUnknown: ({ value, list }) =>
    `--letter-lang «${value}»: Widerspruch non può scrivere in questa lingua. Valori possibili: ${list}.`,
  letterLangNotAccepted: ({ value, authority, codes }) =>
    `--letter-lang ${value}: ${authority} non accetta reclami in questa lingua. Valori possibili: ${codes}.`,
  letterLangOnlyComplaint:
    '--letter-lang vale solo per il reclamo; tutte le altre lettere sono nella lingua di --lang.',
  senderMissing:
    'Chi scrive la lettera? Indichi --name e --address (li salvi una volta con --save-sender).',
  emailInvalid: ({ value }) =>
    `--email: «${value}» non è un indirizzo e-mail. Indichi un solo indirizzo, ad esempio nome@example.org (senza nome, spazi o virgole).`,
  unknownKind: ({ value, guess, list }) =>
    `Il tipo di lettera «${value}» non esiste.${guess ? ` Intendeva «${guess}»?` : ''} Valori possibili: ${list}.`,
  unknownFormat: ({ value, guess }) =>
    `Il formato «${value}» non esiste.${guess ? ` Intendeva «${guess}»?` : ''} Valori possibili: text, eml, pdf.`,
  formatMismatch: ({ format, out, ext, fromOut, wanted }) =>
    `--format ${format} non corrisponde a --out «${out}» (l’estensione ${ext} indica ${fromOut}). Ometta --format o dia al file l’estensione .${wanted}.`,
};
