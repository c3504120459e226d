import type { LetterKind } from '@widerspruch/core';
import type { LetterCliText } from './model.js';

const NAMES: Readonly<Record<LetterKind, string>> = {
  objection: 'l’opposition',
  reminder: 'la relance',
  complaint: 'la réclamation',
  erasure: 'la demande d’effacement',
  access: 'la demande d’accès',
  dossier: 'le dossier de synthèse',
};

/** `widerspruch letter` in French. */
export const letterCliFr: LetterCliText = {
  unknownReason: ({ reason }) =>
    `Le motif « ${reason} » n’existe pas (voir : widerspruch text --list-reasons).`,
  pdfToStdout:
    'Un PDF ne peut pas être écrit sur la sortie standard. Indiquez un nom de fichier avec --out ou omettez --out.',
  platformMissing: 'La plateforme du dossier ne figure pas dans le catalogue.',
  saved: ({ file }) => `Enregistré : ${file}`,
  cannotWrite: ({ kind }) => `Impossible de rédiger ${NAMES[kind]} pour ce dossier pour le moment.`,
  hintRecordSent: ({ caseId }) =>
    `Pour enregistrer l’envoi : widerspruch case event ${caseId} submitted --date AAAA-MM-JJ`,
  hintRemind: ({ caseId }) =>
    `Un rappel dans votre agenda pour la fin du délai : widerspruch remind ${caseId}`,
  hintComplaint: ({ caseId }) => `Réclamation : widerspruch letter complaint --case ${caseId}`,
  hintObjectionAccount: ({ caseId }) =>
    `L’opposition avec les informations sur votre compte : widerspruch letter objection --case ${caseId}`,
  hintObjectionGrounds: ({ caseId }) =>
    `Une nouvelle opposition motivée : widerspruch letter objection --case ${caseId} --reason <motif> (motifs : widerspruch text --list-reasons)`,
  countryUnknown: ({ value, countries }) =>
    `--country « ${value} » : le catalogue ne contient aucune autorité de contrôle pour ce pays (UE et EEE uniquement). Valeurs possibles : ${countries}. Si vous vivez ailleurs, omettez --country ; la réclamation est alors adressée à l’autorité chef de file de l’entreprise.`,
  regionInvalid: ({ value, country, where }) =>
    `--region « ${value} »${country ? ` ne correspond pas à --country ${country}` : ' est inconnue'} : des régions n’existent que pour ${where}.${country ? ` Pour ${country}, omettez --region.` : ''}`,
  regionUnknown: ({ value, country, regions }) =>
    `La région --region « ${value} » n’existe pas pour ${country}. Valeurs possibles : ${regions}.`,
  pdfMissing: ({ chars }) =>
    `Remarque : la police du PDF ne peut pas afficher certains caractères : ${chars}. Le PDF affiche « \ufffd » à leur place. Utilisez --format text ou eml pour cette lettre, ou écrivez vos informations sans ces caractères.`,
  recorded: ({ what }) => `Enregistré dans le dossier : ${what}`,
  alreadySent: ({ sentOn, caseId, today }) =>
    `L’opposition est déjà enregistrée comme envoyée le ${sentOn} ; cette date et le délai restent inchangés. La lettre est conservée comme preuve. Si vous l’avez réellement renvoyée et que le délai doit recommencer : widerspruch case event ${caseId} submitted --date ${today}`,
  complaintForm: ({ url }) =>
    `Formulaire de réclamation en ligne de l’autorité (collez-y le texte) : ${url}`,
  noAuthorityEmail:
    'Aucune adresse e-mail n’est enregistrée pour cette autorité : utilisez le formulaire ou envoyez la réclamation par la poste.',
  noAuthority:
    'Aucune autorité de contrôle n’a pu être déterminée pour ce dossier. Indiquez votre pays de résidence avec --country.',
  otherLanguages: ({ codes }) =>
    `Dans une autre langue acceptée par l’autorité : --letter-lang ${codes}`,
  translationHint: 'La même réclamation dans votre langue, pour lecture uniquement : --translation',
  letterLangUnknown: ({ value, list }) =>
    `--letter-lang « ${value} » : Widerspruch ne peut pas rédiger dans cette langue. Valeurs possibles : ${list}.`,
  letterLangNotAccepted: ({ value, authority, codes }) =>
    `--letter-lang ${value} : ${authority} n’accepte pas de réclamations dans cette langue. Valeurs possibles : ${codes}.`,
  letterLangOnlyComplaint:
    '--letter-lang ne vaut que pour la réclamation ; toutes les autres lettres sont rédigées dans la langue de --lang.',
  senderMissing:
    'Qui écrit la lettre ? Indiquez --name et --address (enregistrez-les une fois avec --save-sender).',
  emailInvalid: ({ value }) =>
    `--email : « ${value} » n’est pas une adresse e-mail. Indiquez une seule adresse, par exemple nom@example.org (sans nom, espaces ni virgules).`,
  unknownKind: ({ value, guess, list }) =>
    `Le type de lettre « ${value} » n’existe pas.${guess ? ` Vouliez-vous dire « ${guess} » ?` : ''} Valeurs possibles : ${list}.`,
  unknownFormat: ({ value, guess }) =>
    `Le format « ${value} » n’existe pas.${guess ? ` Vouliez-vous dire « ${guess} » ?` : ''} Valeurs possibles : text, eml, pdf.`,
  formatMismatch: ({ format, out, ext, fromOut, wanted }) =>
    `--format ${format} ne correspond pas à --out « ${out} » (l’extension ${ext} correspond à ${fromOut}). Omettez --format ou donnez au fichier l’extension .${wanted}.`,
};
