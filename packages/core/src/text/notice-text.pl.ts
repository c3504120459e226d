import { plural } from '../util/plural.js';
import type { NoticeText } from './notice-text.js';

/** Core's notices in Polish. */
export const pl: NoticeText = {
  lawInFlux: {
    title: 'Prawo w trakcie zmian',
    text: (last, checked) =>
      `UE negocjuje zmianę RODO w zakresie trenowania AI („omnibus cyfrowy”). Według ostatniego źródła z dnia ${last} nic jeszcze nie postanowiono. Obowiązuje obecne prawo: sprzeciw opiera się na art. 21 ust. 1 RODO. Ostatnio sprawdzono: ${checked}`,
  },
  watch: {
    objectBefore: (p, on, n) =>
      `${p} zamierza trenować AI na danych użytkowników od ${on} (za ${n} ${plural('pl', n, { one: 'dzień', few: 'dni', many: 'dni', other: 'dnia' })}). Sprzeciw wniesiony wcześniej chroni dotychczasowe treści przed pierwszym trenowaniem.`,
    objectAgain: (p, objected, on, event) =>
      `${p} zmienił zasady po sprzeciwie z dnia ${objected} (${on}: ${event}). Należy sprawdzić, czy sprzeciw obejmuje tę zmianę, a w razie wątpliwości wnieść go ponownie.`,
    stale: (verified, days) =>
      `Ostatnio sprawdzono ${verified}, ponad ${days} dni temu – informacje mogą być nieaktualne.`,
  },
  deadline: {
    counting:
      'liczony zgodnie z art. 3 rozporządzenia (EWG, Euratom) nr 1182/71: miesiąc kończy się w dniu o tej samej liczbie w następnym miesiącu, a jeśli takiego dnia nie ma – w ostatnim dniu miesiąca; jeśli koniec przypada w sobotę lub niedzielę, termin upływa w następnym dniu roboczym. Święta nie są uwzględniane.',
    rule: {
      'art-12-3-one-month': (c) =>
        `Odpowiedź w ciągu miesiąca od otrzymania (art. 12 ust. 3 RODO), ${c}`,
      'art-12-3-extended': (c) =>
        `Firma przedłużyła termin, najwyżej o kolejne dwa miesiące, czyli do trzech miesięcy od otrzymania (art. 12 ust. 3 zdanie drugie i trzecie RODO), ${c}`,
      'art-78-2-three-months': (c) =>
        `Organ nadzorczy musi w ciągu trzech miesięcy poinformować o postępach lub wyniku rozpatrzenia skargi; w przeciwnym razie przysługuje droga sądowa (art. 78 ust. 2 RODO), ${c}`,
      'reminder-two-weeks': () =>
        'Termin wyznaczony w przypomnieniu: dwa tygodnie od wysłania. Jeśli koniec przypada w sobotę lub niedzielę, liczy się następny dzień roboczy.',
    },
  },
  datedRule: {
    'gdpr-procedural-regulation':
      'rozporządzenie (UE) 2025/2518 ustanawiające dodatkowe przepisy proceduralne dotyczące egzekwowania RODO',
  },
  authority: {
    localLand: (land) =>
      `Kraj związkowy zamieszkania: ${land}. Zgodnie z art. 77 ust. 1 RODO można złożyć skargę do organu nadzorczego właściwego dla miejsca zamieszkania; w Niemczech dla firm właściwy jest organ kraju związkowego. W razie potrzeby przekazuje on skargę dalej (§ 19 ust. 2 BDSG).`,
    localCountry:
      'Zgodnie z art. 77 ust. 1 RODO można złożyć skargę do organu nadzorczego państwa, w którym się mieszka.',
    lead: (c) =>
      `${c} ma główną jednostkę organizacyjną w UE w państwie tego organu; jest on wiodącym organem nadzorczym (art. 56 RODO). Skargę można złożyć również bezpośrednio u niego.`,
    nationalLead: (a, c) =>
      `${a} jest w Niemczech organem wiodącym dla ${c}; skargi do innych niemieckich organów zwykle tam trafiają.`,
    noResidence:
      'Nie podano miejsca zamieszkania, dlatego skarga trafia do wiodącego organu nadzorczego firmy. Zwykle lepszy jest organ właściwy dla miejsca zamieszkania: należy podać państwo (a w Niemczech także kraj związkowy).',
    noLand:
      'Dla Niemiec brakuje kraju związkowego (np. HH, BY). Bez niego skarga trafia do organu wiodącego dla firmy w Niemczech.',
    unknownLand: (r) => `Kraj związkowy „${r}” jest nieznany.`,
    unknownCountry: (c) =>
      `W katalogu nie ma organu nadzorczego dla „${c}” (tylko UE i EOG). Skarga trafia do wiodącego organu nadzorczego firmy.`,
    forwarding: (reason, lead) =>
      `${reason} Od 2 kwietnia 2027 r. organ ten w ciągu sześciu tygodni przekazuje skargę dotyczącą transgranicznego przetwarzania wiodącemu organowi nadzorczemu (${lead}) (rozporządzenie (UE) 2025/2518).`,
  },
};
