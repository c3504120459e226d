import type { LetterNotes } from './model.js';

/**
 * Polish notes about letters, in the impersonal style of Polish public services (language
 * names follow "w języku:", which keeps them in the nominative Intl gives).
 */
export const letterNotesPl: LetterNotes = {
  'not-sent': () =>
    'Sprzeciw nie jest jeszcze zapisany jako wysłany; pismo podawałoby błędną datę. Najpierw należy zapisać, kiedy sprzeciw został wysłany.',
  'no-prior-request': () =>
    'Od 2 kwietnia 2027 r. skargę dotyczącą sprzeciwu musi poprzedzać ten sprzeciw złożony w firmie (rozporządzenie (UE) 2025/2518), a skarga podaje jego datę i dowód. W tej sprawie nie zapisano wysłanego sprzeciwu. Najpierw należy złożyć sprzeciw w firmie i zapisać, kiedy to nastąpiło.',
  'not-due-reminder': (n, w) =>
    `Termin na odpowiedź upływa dopiero ${w.date(n.due ?? '')}; przypomnienie twierdziłoby, że już upłynął. Przypomnienie można wysłać dopiero po tej dacie.`,
  'not-due-reminded': (n, w) =>
    `Przypomnienie zostało już wysłane; wskazany w nim termin upływa ${w.date(n.due ?? '')} Jeśli do tego czasu nie będzie odpowiedzi, następnym krokiem jest skarga.`,
  'not-due-complaint': (n, w) =>
    `Termin na odpowiedź upływa dopiero ${w.date(n.due ?? '')}; skarga twierdziłaby, że już upłynął. Można ją przygotować po upływie terminu lub po zapisaniu odpowiedzi, która nie jest zadowalająca.`,
  answered: () =>
    'Firma odpowiedziała; przypomnienie jest przeznaczone na wypadek braku odpowiedzi. Jeśli odpowiedź jest niewystarczająca, można wnieść skargę do organu nadzorczego.',
  'confirmed-reminder': () =>
    'Firma potwierdziła sprzeciw; przypomnienie nie jest potrzebne. Potwierdzenie warto zachować jako dowód.',
  'confirmed-complaint': () =>
    'Firma potwierdziła sprzeciw; skarga twierdziłaby, że został odrzucony lub pozostał bez odpowiedzi. Jeśli firma jednak później go odrzuci, należy zapisać tę odpowiedź w sprawie.',
  'asks-for-reason': () =>
    'Firma poprosiła o podanie powodów. Zamiast przypomnienia właściwy jest teraz nowy sprzeciw z przyczynami związanymi ze szczególną sytuacją (art. 21 ust. 1 RODO). Można też wnieść skargę do organu nadzorczego.',
  'asks-for-id': () =>
    'Firma zażądała potwierdzenia tożsamości. Zamiast przypomnienia należy ponownie wysłać sprzeciw z danymi konta, którymi firma już dysponuje. Można też wnieść skargę do organu nadzorczego.',
  'web-form': () =>
    'Sprzeciw złożono przez formularz; odpowiedzią nie jest pismo w terminie, lecz e-mail z potwierdzeniem, zwykle w ciągu 24 godzin. Jeśli nie nadejdzie, warto sprawdzić folder ze spamem i po prostu ponownie złożyć sprzeciw przez formularz. Jeśli to nie działa, sprzeciw można złożyć pismem; wtedy miesięczny termin biegnie dla pisma.',
  closed: () =>
    'Sprawa jest zapisana jako zamknięta; nie przewidziano dla niej dalszych pism. Jeśli sprawa ma ciąg dalszy, należy założyć nową.',
  complained: () =>
    'Skarga do organu nadzorczego została już wniesiona; przypomnienie do firmy nie jest już następnym krokiem.',
  'prior-request': () =>
    'Od 2 kwietnia 2027 r. skargę musi poprzedzać sprzeciw złożony w firmie (rozporządzenie (UE) 2025/2518). Pismo podaje datę złożenia sprzeciwu; należy dołączyć dowody (potwierdzenie, zrzut ekranu, pismo).',
  'language-interface': (n, w) =>
    `Pismo jest w języku: ${w.language(n.language)}, czyli w języku interfejsu; organ przyjmuje skargi w tym języku.`,
  'language-chosen': (n, w) =>
    `Pismo jest w języku: ${w.language(n.language)}, zgodnie z wyborem; organ przyjmuje skargi w tym języku.`,
  'language-authority': (n, w) =>
    `Pismo jest w języku: ${w.language(n.language)}. Języki, w których organ przyjmuje skargi: ${w.languages(n.accepted)}; nie ma wśród nich języka interfejsu (${w.language(n.interfaceLocale)}).`,
  'language-fallback': (n, w) =>
    `Języki, w których organ przyjmuje skargi: ${w.languages(n.accepted)}; Widerspruch nie może przygotować pisma w tym języku. Dlatego pismo jest w języku: ${w.language(n.language)}; przed wysłaniem należy zlecić jego tłumaczenie.`,
  translation: (n, w) =>
    `Wyłącznie do przeczytania: ta sama skarga w języku: ${w.self}. Tej wersji nie należy wysyłać; wysłać należy pismo w języku: ${w.language(n.language)}.`,
};
