import { plural } from './plural.js';
import type { ScanProblemText } from './problems.js';

/** Scan problems in Polish. */
export const pl: ScanProblemText = {
  inFile: (path) => `: ${path}`,
  messages: {
    'not-zip': () =>
      'To nie jest plik ZIP, który Widerspruch potrafi odczytać (albo jest pusty). Należy użyć pliku ZIP pobranego z platformy lub rozpakowanego folderu.',
    truncated: () => 'Plik ZIP jest niekompletny (ucięty). Należy pobrać go ponownie.',
    encrypted: () =>
      'Plik ZIP jest zabezpieczony hasłem. Należy rozpakować go samodzielnie i wybrać folder.',
    'unsupported-method': (_, at) =>
      `Plik ZIP używa metody kompresji, której Widerspruch nie zna${at}.`,
    corrupt: (_, at) => `Plik ZIP jest uszkodzony${at}. Należy pobrać go ponownie.`,
    'too-many-entries': () =>
      'Plik ZIP zawiera więcej plików, niż może mieć eksport; nie zostanie odczytany.',
    'not-an-export': () => 'Nie rozpoznano w nim eksportu z Facebooka, Instagrama, X ani LinkedIn.',
    'html-export': () =>
      'Ten eksport jest w formacie HTML; Widerspruch potrzebuje formatu JSON. Należy zamówić nowy eksport w Accounts Center, w sekcji „Download your information” (nazwy z angielskiej wersji interfejsu), i wybrać format „JSON”.',
    'unsafe-path': (_, at) =>
      `Plik ZIP zawiera nazwy plików, które wskazują poza niego (np. „..” lub ścieżki bezwzględne)${at}. Prawdziwy eksport nigdy tego nie robi; plik nie zostanie odczytany.`,
    'zip-bomb': (_, at) =>
      `Plik w archiwum ZIP po rozpakowaniu urósłby nieproporcjonalnie (bomba ZIP?)${at}; nie zostanie odczytany.`,
    'entry-too-large': (p, at) =>
      `Plik jest większy niż ${p.mb} MB, czyli maksimum, jakie Widerspruch odczytuje z jednego pliku${at}.`,
    'total-too-large': (p) =>
      `Pliki tekstowe eksportu mają łącznie ponad ${p.mb} MB; Widerspruch nie odczytuje więcej.`,
    'too-deep': (p, at) =>
      `Plik jest zagnieżdżony na więcej niż ${p.depth} ${plural('pl', p.depth, { one: 'poziom', few: 'poziomy', many: 'poziomów', other: 'poziomu' })}; tak nie wygląda żaden eksport${at}.`,
    'invalid-utf8': (_, at) => `Plik nie jest prawidłowym tekstem UTF-8${at}.`,
    'invalid-json': (_, at) => `Plik nie jest prawidłowym JSON-em${at}.`,
    unreadable: (_, at) => `Nie można odczytać pliku${at}.`,
    cancelled: () => 'Anulowano.',
  },
};
