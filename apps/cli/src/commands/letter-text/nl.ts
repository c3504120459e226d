import type { LetterKind } from '@widerspruch/core';
import type { LetterCliText } from './model.js';

const NAMES: Readonly<Record<LetterKind, string>> = {
  objection: 'Het bezwaar',
  reminder: 'De herinnering',
  complaint: 'De klacht',
  erasure: 'Het verzoek om wissing',
  access: 'Het verzoek om inzage',
  dossier: 'Het dossier',
};

/** `widerspruch letter` in Dutch. */
export const letterCliNl: LetterCliText = {
  unknownReason: ({ reason }) =>
    `De reden ‘${reason}’ bestaat niet (zie: widerspruch text --list-reasons).`,
  pdfToStdout:
    'Een pdf kan niet naar de standaarduitvoer worden geschreven. Geef met --out een bestandsnaam op of laat --out weg.',
  platformMissing: 'Het platform van de zaak staat niet in de catalogus.',
  saved: ({ file }) => `Opgeslagen: ${file}`,
  cannotWrite: ({ kind }) => `${NAMES[kind]} kan nu niet voor deze zaak worden opgesteld.`,
  hintRecordSent: ({ caseId }) =>
    `Zo legt u de verzending vast: widerspruch case event ${caseId} submitted --date JJJJ-MM-DD`,
  hintRemind: ({ caseId }) =>
    `Een herinnering in uw agenda voor het einde van de termijn: widerspruch remind ${caseId}`,
  hintComplaint: ({ caseId }) => `Klacht: widerspruch letter complaint --case ${caseId}`,
  hintObjectionAccount: ({ caseId }) =>
    `Het bezwaar met de gegevens van uw account: widerspruch letter objection --case ${caseId}`,
  hintObjectionGrounds: ({ caseId }) =>
    `Een nieuw bezwaar met redenen: widerspruch letter objection --case ${caseId} --reason <reden> (redenen: widerspruch text --list-reasons)`,
  countryUnknown: ({ value, countries }) =>
    `--country ‘${value}’: de catalogus bevat geen toezichthoudende autoriteit voor dit land (alleen EU en EER). Mogelijk: ${countries}. Woont u elders, laat --country dan weg; de klacht gaat dan naar de leidende toezichthoudende autoriteit van het bedrijf.`,
  regionInvalid: ({ value, country, where }) =>
    `--region ‘${value}’${country ? ` past niet bij --country ${country}` : ' is onbekend'}: regio’s bestaan alleen voor ${where}.${country ? ` Laat voor ${country} --region weg.` : ''}`,
  regionUnknown: ({ value, country, regions }) =>
    `--region ‘${value}’ bestaat niet voor ${country}. Mogelijk: ${regions}.`,
  pdfMissing: ({ chars }) =>
    `Let op: het lettertype van de pdf kan sommige tekens niet weergeven: ${chars}. De pdf toont op hun plaats ‘\ufffd’. Gebruik voor deze brief --format text of eml, of schrijf uw gegevens zonder deze tekens.`,
  recorded: ({ what }) => `Vastgelegd in de zaak: ${what}`,
  alreadySent: ({ sentOn, caseId, today }) =>
    `Het bezwaar is al vastgelegd als verstuurd op ${sentOn}; die datum en de termijn blijven ongewijzigd. De brief is als bewijsstuk bewaard. Als u hem echt opnieuw hebt verstuurd en de termijn opnieuw moet beginnen: widerspruch case event ${caseId} submitted --date ${today}`,
  complaintForm: ({ url }) =>
    `Online klachtformulier van de autoriteit (plak de tekst daar): ${url}`,
  noAuthorityEmail:
    'Voor deze autoriteit is geen e-mailadres bekend: gebruik het formulier of verstuur de klacht per post.',
  noAuthority:
    'Voor deze zaak kon geen toezichthoudende autoriteit worden bepaald. Geef met --country aan waar u woont.',
  otherLanguages: ({ codes }) =>
    `In een andere taal die de autoriteit aanneemt: --letter-lang ${codes}`,
  translationHint: 'Dezelfde klacht in uw taal, alleen om te lezen: --translation',
  letterLangUnknown: ({ value, list }) =>
    `--letter-lang ‘${value}’: in deze taal kan Widerspruch niet schrijven. Mogelijk: ${list}.`,
  letterLangNotAccepted: ({ value, authority, codes }) =>
    `--letter-lang ${value}: ${authority} neemt geen klachten in deze taal aan. Mogelijk: ${codes}.`,
  letterLangOnlyComplaint:
    '--letter-lang geldt alleen voor de klacht; alle andere brieven zijn in de taal van --lang.',
  senderMissing:
    'Wie schrijft de brief? Geef --name en --address op (sla ze eenmaal op met --save-sender).',
  emailInvalid: ({ value }) =>
    `--email: ‘${value}’ is geen e-mailadres. Geef één adres op, zoals naam@example.org (zonder naam, spaties of komma’s).`,
  unknownKind: ({ value, guess, list }) =>
    `Het brieftype ‘${value}’ bestaat niet.${guess ? ` Bedoelde u ‘${guess}’?` : ''} Mogelijk: ${list}.`,
  unknownFormat: ({ value, guess }) =>
    `Het formaat ‘${value}’ bestaat niet.${guess ? ` Bedoelde u ‘${guess}’?` : ''} Mogelijk: text, eml, pdf.`,
  formatMismatch: ({ format, out, ext, fromOut, wanted }) =>
    `--format ${format} past niet bij --out ‘${out}’ (de extensie ${ext} staat voor ${fromOut}). Laat --format weg of geef het bestand de extensie .${wanted}.`,
};
