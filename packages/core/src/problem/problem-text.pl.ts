import { count, megabytes } from '../util/number-text.js';
import { plural } from '../util/plural.js';
import type { ProblemText } from './core-problem.js';
import { conflictList } from './core-problem.js';

/** A number of characters, with the word in its plural form. */
const characters = (n: number): string =>
  `${count('pl', n)} ${plural('pl', n, { one: 'znak', few: 'znaki', many: 'znaków', other: 'znaku' })}`;

const unchanged = 'Niczego nie zmieniono.';

/** Core's refusals in Polish. */
export const pl: ProblemText = {
  messages: {
    'no-platform': (p) => `Należy podać platformę. Dostępne: ${p.available.join(', ')}.`,
    'unknown-platform': (p) =>
      `Platformy „${p.id}” nie ma w katalogu.${p.guess ? ` Czy chodziło o „${p.guess}”?` : ''} Dostępne: ${p.available.join(', ')}.`,
    'text-too-long': (p) =>
      p.basis === 'assumed'
        ? `Tekst ma ${characters(p.length)}. Nie wiadomo, ile mieści pole formularza; aby tekst na pewno się zmieścił, ograniczamy go do ${count('pl', p.max)} ${plural('pl', p.max, { one: 'znaku', few: 'znaków', many: 'znaków', other: 'znaku' })}. Należy skrócić notatkę o co najmniej ${characters(p.length - p.max)} lub wybrać mniej powodów.`
        : `Tekst ma ${characters(p.length)}, a pole formularza mieści najwyżej ${characters(p.max)}. Należy skrócić notatkę o co najmniej ${characters(p.length - p.max)} lub wybrać mniej powodów.`,
    'unknown-ground': (p) =>
      `Powód „${p.ground}” nie istnieje.${p.guess ? ` Czy chodziło o „${p.guess}”?` : ''} Możliwe powody: ${p.available.join(', ')}.`,
    'evidence-empty': (p) => `Plik „${p.file}” jest pusty.`,
    'evidence-too-large': (p) =>
      `Plik „${p.file}” ma ${megabytes('pl', p.mb)} MB; dowody mogą mieć najwyżej ${p.maxMb} MB. Należy zapisać wiadomość bez załączników albo zrobić zrzut ekranu.`,
    'unreadable-email': () =>
      'Tego pliku nie da się odczytać jako wiadomości e-mail. Należy zapisać wiadomość w programie pocztowym jako plik .eml („Zapisz jako” lub „Eksportuj”) albo zrobić zrzut ekranu.',
    'wrong-passphrase': () =>
      'Hasło nie pasuje do tej kopii zapasowej (albo plik został zmieniony). Należy sprawdzić pisownię, także wielkość liter.',
    'backup-damaged': () =>
      'Zaszyfrowana kopia zapasowa jest uszkodzona lub niekompletna i nie można jej otworzyć. Należy użyć innej kopii pliku.',
    'backup-cut-off': () =>
      `Kopia zapasowa jest niekompletna: plik urywa się w połowie treści (przerwane zapisywanie lub kopiowanie). Należy użyć pełnej kopii. ${unchanged}`,
    'backup-not-json': () =>
      `Plik nie jest prawidłowym JSON-em. Należy wybrać plik kopii zapasowej zapisany przez Widerspruch („Zapisz kopię zapasową” w przeglądarce, „widerspruch case export” w terminalu). ${unchanged}`,
    'not-a-backup': () => `Ten plik nie jest kopią zapasową Widerspruch. ${unchanged}`,
    'version-as-text': (p) =>
      `Wersja formatu jest zapisana jako tekst („${p.version}”), a nie jako liczba; Widerspruch nigdy jej tak nie zapisuje. Jeśli plik edytowano ręcznie, należy wpisać "version": ${p.version.trim()} bez cudzysłowu. ${unchanged}`,
    'newer-version': (p) =>
      `Plik pochodzi z nowszej wersji Widerspruch (format ${p.version}). Należy zaktualizować aplikację i zaimportować plik ponownie. ${unchanged}`,
    'unknown-version': (p) => `Plik ma nieznaną wersję formatu (${p.version}). ${unchanged}`,
    'missing-evidence': (p) =>
      `Kopia zapasowa jest niekompletna: brakuje w niej dowodu „${p.file}” ze sprawy ${p.caseId}${p.more > 0 ? ` (i ${p.more} ${plural('pl', p.more, { one: 'innego', few: 'innych', many: 'innych', other: 'innych' })})` : ''}. Należy użyć pełnej kopii. ${unchanged}`,
    'damaged-evidence': (p) =>
      `Dowód w kopii zapasowej („${p.file}”) jest uszkodzony: jego treść nie zgadza się z sumą kontrolną. ${unchanged}`,
    'invalid-backup': (p) => `Plik jest uszkodzony: ${p.where} ${p.issue}. ${unchanged}`,
    'unknown-platforms': (p) =>
      `Plik zawiera sprzeciwy dotyczące platform, których ta wersja nie zna: ${p.platforms.join(', ')}. Należy zaktualizować aplikację. ${unchanged}`,
    'unknown-profile': () =>
      `Plik jest niekompletny: jeden ze sprzeciwów nie należy do żadnej osoby z pliku. ${unchanged}`,
    'future-date': (p) =>
      `Plik jest uszkodzony: sprawa ${p.caseId} zawiera datę z przyszłości (${p.date}; dziś jest ${p.today}). ${unchanged}`,
    conflicts: (p) =>
      `Kopia zapasowa zawiera ${p.conflicts.length} ${plural('pl', p.conflicts.length, { one: 'wpis', few: 'wpisy', many: 'wpisów', other: 'wpisu' })} o tym samym numerze co zapisane, ale o innej treści: ${conflictList(p.conflicts, 'pl')}. Zapisane dane nigdy nie są nadpisywane, dlatego niczego nie wczytano ani nie zmieniono. Należy sprawdzić, czy kopia zapasowa należy do tych danych.`,
    'value-too-long': (p) =>
      `przekracza ${count('pl', p.max)} ${plural('pl', p.max, { one: 'znak', few: 'znaki', many: 'znaków', other: 'znaku' })}`,
    'value-invalid': () => 'jest nieprawidłowa',
    'record-not-saved': (p) =>
      `Nie zapisano: wartość ${p.field} ${p.max === undefined ? 'jest nieprawidłowa' : `przekracza ${count('pl', p.max)} ${plural('pl', p.max, { one: 'znak', few: 'znaki', many: 'znaków', other: 'znaku' })}`}. Niczego nie zmieniono; należy skrócić lub poprawić wartość.`,
  },
  conflict: {
    profile: (who, fields) => `osoba ${who} (${fields})`,
    case: (who, fields) => `sprawa ${who} (${fields})`,
    event: (who, fields) => `zdarzenie w sprawie ${who} (${fields})`,
  },
  field: {
    platform: 'usługa',
    account: 'konto',
    profile: 'osoba',
    createdAt: 'utworzono',
    name: 'imię i nazwisko',
    kind: 'rodzaj',
    date: 'data',
    at: 'czas',
    note: 'notatka',
    reply: 'odpowiedź',
    evidence: 'dowód',
  },
  andMore: (n) =>
    `i ${n} ${plural('pl', n, { one: 'inny', few: 'inne', many: 'innych', other: 'innego' })}`,
  separator: '; ',
};
