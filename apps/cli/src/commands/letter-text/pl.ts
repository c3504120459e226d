import type { LetterKind } from '@widerspruch/core';
import type { LetterCliText } from './model.js';

const NAMES: Readonly<Record<LetterKind, string>> = {
  objection: 'sprzeciw',
  reminder: 'przypomnienie',
  complaint: 'skarga',
  erasure: 'żądanie usunięcia danych',
  access: 'żądanie dostępu do danych',
  dossier: 'dossier',
};

/** `widerspruch letter` in Polish (impersonal forms, as Polish public services write). */
export const letterCliPl: LetterCliText = {
  unknownReason: ({ reason }) =>
    `Nie ma przyczyny „${reason}” (zob.: widerspruch text --list-reasons).`,
  pdfToStdout:
    'Pliku PDF nie można zapisać na standardowe wyjście. Należy podać nazwę pliku w --out albo pominąć --out.',
  platformMissing: 'Serwisu, którego dotyczy sprawa, nie ma w katalogu.',
  saved: ({ file }) => `Zapisano: ${file}`,
  cannotWrite: ({ kind }) => `Nie można teraz przygotować dokumentu w tej sprawie: ${NAMES[kind]}.`,
  hintRecordSent: ({ caseId }) =>
    `Zapisanie wysyłki: widerspruch case event ${caseId} submitted --date RRRR-MM-DD`,
  hintRemind: ({ caseId }) =>
    `Przypomnienie w kalendarzu o końcu terminu: widerspruch remind ${caseId}`,
  hintComplaint: ({ caseId }) => `Skarga: widerspruch letter complaint --case ${caseId}`,
  hintObjectionAccount: ({ caseId }) =>
    `Sprzeciw z danymi konta: widerspruch letter objection --case ${caseId}`,
  hintObjectionGrounds: ({ caseId }) =>
    `Nowy sprzeciw z przyczynami: widerspruch letter objection --case ${caseId} --reason <przyczyna> (przyczyny: widerspruch text --list-reasons)`,
  countryUnknown: ({ value, countries }) =>
    `--country „${value}”: w katalogu nie ma organu nadzorczego dla tego kraju (tylko UE i EOG). Możliwe wartości: ${countries}. W przypadku zamieszkania gdzie indziej należy pominąć --country; skarga trafi wtedy do wiodącego organu nadzorczego firmy.`,
  regionInvalid: ({ value, country, where }) =>
    `--region „${value}”${country ? ` nie pasuje do --country ${country}` : ' jest nieznany'}: regiony istnieją tylko dla: ${where}.${country ? ` Dla ${country} należy pominąć --region.` : ''}`,
  regionUnknown: ({ value, country, regions }) =>
    `Dla ${country} nie ma --region „${value}”. Możliwe wartości: ${regions}.`,
  pdfMissing: ({ chars }) =>
    `Uwaga: czcionka PDF nie obsługuje niektórych znaków: ${chars}. W ich miejscu PDF pokazuje „\ufffd”. Dla tego pisma należy użyć --format text lub eml albo wpisać dane bez tych znaków.`,
  recorded: ({ what }) => `Zapisano w sprawie: ${what}`,
  alreadySent: ({ sentOn, caseId, today }) =>
    `Sprzeciw jest już zapisany jako wysłany ${sentOn}; ta data i termin pozostają bez zmian. Pismo zapisano jako dowód. Jeśli zostało rzeczywiście wysłane ponownie i termin ma biec od nowa: widerspruch case event ${caseId} submitted --date ${today}`,
  complaintForm: ({ url }) => `Formularz skargi online organu (tam należy wkleić tekst): ${url}`,
  noAuthorityEmail:
    'Dla tego organu nie zapisano adresu e-mail: należy skorzystać z formularza lub wysłać skargę pocztą.',
  noAuthority:
    'Nie udało się ustalić organu nadzorczego dla tej sprawy. Miejsce zamieszkania należy podać w --country.',
  otherLanguages: ({ codes }) => `W innym języku przyjmowanym przez organ: --letter-lang ${codes}`,
  translationHint: 'Ta sama skarga w języku interfejsu, wyłącznie do przeczytania: --translation',
  letterLangUnknown: ({ value, list }) =>
    `--letter-lang „${value}”: Widerspruch nie pisze w tym języku. Możliwe wartości: ${list}.`,
  letterLangNotAccepted: ({ value, authority, codes }) =>
    `--letter-lang ${value}: ${authority} nie przyjmuje skarg w tym języku. Możliwe wartości: ${codes}.`,
  letterLangOnlyComplaint:
    '--letter-lang dotyczy tylko skargi; wszystkie inne pisma są w języku z --lang.',
  senderMissing:
    'Kto pisze pismo? Należy podać --name i --address (wystarczy raz zapisać je z --save-sender).',
  emailInvalid: ({ value }) =>
    `--email: „${value}” nie jest adresem e-mail. Należy podać jeden adres, np. imie@example.org (bez nazwiska, spacji i przecinków).`,
  unknownKind: ({ value, guess, list }) =>
    `Nie ma rodzaju pisma „${value}”.${guess ? ` Czy chodzi o „${guess}”?` : ''} Możliwe wartości: ${list}.`,
  unknownFormat: ({ value, guess }) =>
    `Nie ma formatu „${value}”.${guess ? ` Czy chodzi o „${guess}”?` : ''} Możliwe wartości: text, eml, pdf.`,
  formatMismatch: ({ format, out, ext, fromOut, wanted }) =>
    `--format ${format} nie pasuje do --out „${out}” (rozszerzenie ${ext} oznacza ${fromOut}). Należy pominąć --format albo nadać plikowi rozszerzenie .${wanted}.`,
};
