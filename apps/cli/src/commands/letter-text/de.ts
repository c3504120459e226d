import type { LetterKind } from '@widerspruch/core';
import type { LetterCliText } from './model.js';

/** Each letter by its German name, as the subject of a sentence. */
const NAMES: Readonly<Record<LetterKind, string>> = {
  objection: 'Der Widerspruch',
  reminder: 'Die Erinnerung',
  complaint: 'Die Beschwerde',
  erasure: 'Der Antrag auf Löschung',
  access: 'Das Auskunftsersuchen',
  dossier: 'Das Dossier',
};

/** `widerspruch letter` in German. */
export const letterCliDe: LetterCliText = {
  unknownReason: ({ reason }) =>
    `Den Grund „${reason}“ gibt es nicht (siehe: widerspruch text --list-reasons).`,
  pdfToStdout:
    'Ein PDF lässt sich nicht in die Ausgabe schreiben. Geben Sie mit --out einen Dateinamen an oder lassen Sie --out weg.',
  platformMissing: 'Die Plattform des Falls ist nicht im Katalog.',
  saved: ({ file }) => `Gespeichert: ${file}`,
  cannotWrite: ({ kind }) => `${NAMES[kind]} lässt sich für diesen Fall jetzt nicht erstellen.`,
  hintRecordSent: ({ caseId }) =>
    `So tragen Sie den Versand ein: widerspruch case event ${caseId} submitted --date JJJJ-MM-TT`,
  hintRemind: ({ caseId }) =>
    `Lassen Sie sich an das Fristende erinnern (Kalendereintrag): widerspruch remind ${caseId}`,
  hintComplaint: ({ caseId }) => `Beschwerde: widerspruch letter complaint --case ${caseId}`,
  hintObjectionAccount: ({ caseId }) =>
    `Widerspruch mit den Angaben zu Ihrem Konto: widerspruch letter objection --case ${caseId}`,
  hintObjectionGrounds: ({ caseId }) =>
    `Neuer Widerspruch mit Gründen: widerspruch letter objection --case ${caseId} --reason <grund> (Gründe: widerspruch text --list-reasons)`,
  countryUnknown: ({ value, countries }) =>
    `--country „${value}“: Für dieses Land enthält der Katalog keine Aufsichtsbehörde (nur EU und EWR). Möglich: ${countries}. Wohnen Sie anderswo, lassen Sie --country weg; die Beschwerde geht dann an die federführende Aufsichtsbehörde des Unternehmens.`,
  regionInvalid: ({ value, country, where }) =>
    `--region „${value}“${country ? ` passt nicht zu --country ${country}` : ' ist unbekannt'}: Regionen gibt es nur für ${where}.${country ? ` Für ${country} lassen Sie --region weg.` : ''}`,
  regionUnknown: ({ value, country, regions }) =>
    `--region „${value}“ gibt es für ${country} nicht. Möglich: ${regions}.`,
  pdfMissing: ({ chars }) =>
    `Hinweis: Einige Zeichen kann die Schrift des PDFs nicht darstellen: ${chars}. Im PDF steht an ihrer Stelle „\ufffd“. Nehmen Sie für diesen Brief --format text oder eml, oder schreiben Sie Ihre Angaben ohne diese Zeichen.`,
  recorded: ({ what }) => `Im Fall eingetragen: ${what}`,
  alreadySent: ({ sentOn, caseId, today }) =>
    `Der Widerspruch ist bereits mit dem Versanddatum ${sentOn} eingetragen; dieses Datum und die Frist bleiben unverändert. Der Brief ist als Nachweis gespeichert. Wenn Sie ihn erneut abgeschickt haben und die Frist neu beginnen soll: widerspruch case event ${caseId} submitted --date ${today}`,
  complaintForm: ({ url }) => `Online-Beschwerdeformular der Behörde (Text dort einfügen): ${url}`,
  noAuthorityEmail:
    'Für diese Behörde ist keine E-Mail-Adresse hinterlegt; reichen Sie die Beschwerde über das Formular oder per Post ein.',
  noAuthority:
    'Für diesen Fall ließ sich keine Aufsichtsbehörde bestimmen. Geben Sie mit --country an, wo Sie wohnen.',
  otherLanguages: ({ codes }) =>
    `In einer anderen Sprache, die die Behörde annimmt: --letter-lang ${codes}`,
  translationHint: 'Dieselbe Beschwerde in Ihrer Sprache, nur zum Lesen: --translation',
  letterLangUnknown: ({ value, list }) =>
    `--letter-lang „${value}“: Diese Sprache kann Widerspruch nicht schreiben. Möglich: ${list}.`,
  letterLangNotAccepted: ({ value, authority, codes }) =>
    `--letter-lang ${value}: ${authority} nimmt Beschwerden in dieser Sprache nicht an. Möglich: ${codes}.`,
  letterLangOnlyComplaint:
    '--letter-lang gilt nur für die Beschwerde; alle anderen Briefe sind in der Sprache von --lang.',
  senderMissing:
    'Wer schreibt den Brief? Geben Sie --name und --address an (einmal mit --save-sender speichern, dann reicht es).',
  emailInvalid: ({ value }) =>
    `--email: „${value}“ ist keine E-Mail-Adresse. Geben Sie eine Adresse wie name@example.org an (ohne Namen, Leerzeichen oder Kommas).`,
  unknownKind: ({ value, guess, list }) =>
    `Die Briefart „${value}“ gibt es nicht.${guess ? ` Meinten Sie „${guess}“?` : ''} Möglich: ${list}.`,
  unknownFormat: ({ value, guess }) =>
    `Das Format „${value}“ gibt es nicht.${guess ? ` Meinten Sie „${guess}“?` : ''} Möglich: text, eml, pdf.`,
  formatMismatch: ({ format, out, ext, fromOut, wanted }) =>
    `--format ${format} passt nicht zu --out „${out}“ (die Endung ${ext} steht für ${fromOut}). Lassen Sie --format weg oder geben Sie der Datei die Endung .${wanted}.`,
};
