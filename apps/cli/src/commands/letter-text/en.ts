import type { LetterCliText } from './model.js';

/** `widerspruch letter` in English. */
export const letterCliEn: LetterCliText = {
  unknownReason: ({ reason }) =>
    `There is no reason "${reason}" (see: widerspruch text --list-reasons).`,
  pdfToStdout:
    'A PDF cannot be written to standard output. Give a file name with --out, or leave out --out.',
  platformMissing: "The case's platform is not in the catalog.",
  saved: ({ file }) => `Saved: ${file}`,
  cannotWrite: ({ kind }) => `The ${kind} letter cannot be written for this case now.`,
  hintRecordSent: ({ caseId }) =>
    `Record it: widerspruch case event ${caseId} submitted --date YYYY-MM-DD`,
  hintRemind: ({ caseId }) => `A calendar reminder for the deadline: widerspruch remind ${caseId}`,
  hintComplaint: ({ caseId }) => `Complaint: widerspruch letter complaint --case ${caseId}`,
  hintObjectionAccount: ({ caseId }) =>
    `The objection with your account details: widerspruch letter objection --case ${caseId}`,
  hintObjectionGrounds: ({ caseId }) =>
    `A new objection with grounds: widerspruch letter objection --case ${caseId} --reason <ground> (grounds: widerspruch text --list-reasons)`,
  countryUnknown: ({ value, countries }) =>
    `--country "${value}": no supervisory authority for this country is in the catalog (EU and EEA only). Possible: ${countries}. If you live elsewhere, leave out --country; the complaint then goes to the company's lead authority.`,
  regionInvalid: ({ value, country, where }) =>
    `--region "${value}"${country ? ` does not fit --country ${country}` : ' is unknown'}: regions exist only for ${where}.${country ? ` For ${country}, leave out --region.` : ''}`,
  regionUnknown: ({ value, country, regions }) =>
    `There is no --region "${value}" for ${country}. Possible: ${regions}.`,
  pdfMissing: ({ chars }) =>
    `Note: the PDF's font cannot show some characters: ${chars}. The PDF shows "\ufffd" in their place. Use --format text or eml for this letter, or write your details without these characters.`,
  recorded: ({ what }) => `Recorded in the case: ${what}`,
  alreadySent: ({ sentOn, caseId, today }) =>
    `The objection is already recorded as sent on ${sentOn}; that date and the deadline stay. The letter is kept as evidence. If you really sent it again and the deadline should start anew: widerspruch case event ${caseId} submitted --date ${today}`,
  complaintForm: ({ url }) =>
    `The authority's online complaint form (paste the text there): ${url}`,
  noAuthorityEmail:
    'No e-mail address is on record for this authority: use the form or send it by post.',
  noAuthority:
    'No supervisory authority could be found for this case. Say where you live with --country.',
  otherLanguages: ({ codes }) => `In another language the authority takes: --letter-lang ${codes}`,
  translationHint: 'The same complaint in your language, for reading only: --translation',
  letterLangUnknown: ({ value, list }) =>
    `--letter-lang "${value}": Widerspruch cannot write this language. Possible: ${list}.`,
  letterLangNotAccepted: ({ value, authority, codes }) =>
    `--letter-lang ${value}: ${authority} does not take complaints in this language. Possible: ${codes}.`,
  letterLangOnlyComplaint:
    '--letter-lang is for the complaint only; every other letter is in the language of --lang.',
  senderMissing:
    'Who is writing the letter? Give --name and --address (save them once with --save-sender).',
  emailInvalid: ({ value }) =>
    `--email: "${value}" is not an e-mail address. Give one address such as name@example.org (no name, spaces or commas).`,
  unknownKind: ({ value, guess, list }) =>
    `There is no letter kind "${value}".${guess ? ` Did you mean "${guess}"?` : ''} Possible: ${list}.`,
  unknownFormat: ({ value, guess }) =>
    `There is no format "${value}".${guess ? ` Did you mean "${guess}"?` : ''} Possible: text, eml, pdf.`,
  formatMismatch: ({ format, out, ext, fromOut, wanted }) =>
    `--format ${format} does not fit --out "${out}" (${ext} is ${fromOut}). Leave out --format or name the file .${wanted}.`,
};
