import type { RemedyPageText } from './page-text.js';

/** The remedies page in Polish. */
export const pl: RemedyPageText = {
  route: {
    visibility: {
      title: 'Przestać publikować publicznie',
      text: (_, platform) =>
        `Nowych wpisów nie należy publikować publicznie, a w ustawieniach serwisu ${platform} warto ograniczyć, kto widzi starsze wpisy.`,
    },
    delete: {
      title: 'Usunąć treści',
      text: () =>
        'Należy usunąć to, co nie powinno być dalej wykorzystywane. Funkcja „Sprawdź eksport” pokazuje zawartość eksportu danych, a dane nie opuszczają urządzenia.',
    },
    complaint: {
      title: 'Skarga do organu ochrony danych',
      text: () =>
        'Skarga jest bezpłatna (art. 77 RODO). Aplikacja przygotowuje ją na podstawie sprawy, z historią i dowodami: w sprawie, w sekcji „Moje sprzeciwy”.',
    },
    advice: {
      title: 'Organizacja konsumencka lub prawnik',
      text: () =>
        'Na potrzeby porady aplikacja przygotowuje zestawienie sprawy (historia, pisma, dowody); znajduje się ono w sprawie, w sekcji „Moje sprzeciwy”.',
    },
    injunction: {
      title: 'Sądowy zakaz (zabezpieczenie roszczenia)',
      text: (company) =>
        `W postępowaniu pilnym sąd może tymczasowo zakazać ${company} wykorzystywania danych do czasu rozstrzygnięcia sprawy głównej. Zakaz chroni tylko osobę, która o niego wniosła.`,
    },
    collective: {
      title: 'Przyłączyć się do pozwu zbiorowego',
      text: () =>
        'W pozwie zbiorowym organizacja dochodzi odszkodowania w imieniu wielu osób; wystarczy się zgłosić, bez samodzielnego pozywania.',
    },
  },
  collectiveNone: (platform) =>
    `Nie znamy pozwu zbiorowego w sprawie trenowania AI dotyczącego serwisu ${platform}.`,
  fact: {
    'authority-powers':
      'Organ bada sprawę i może nakazać firmie uwzględnienie sprzeciwu (art. 58 ust. 2 RODO); nie przyznaje pieniędzy, a rozstrzygnięcie często trwa miesiące.',
    'consumer-centres':
      'Organizacje konsumenckie (w Niemczech Verbraucherzentralen) udzielają porad; porada indywidualna jest często płatna.',
    'legal-aid':
      'Przy niskich dochodach w Niemczech przysługuje pomoc w uzyskaniu porady (Beratungshilfe): zaświadczenie z sądu rejonowego (Amtsgericht); u adwokata płaci się wtedy 15 €.',
    insurance:
      'Ubezpieczenie ochrony prawnej może pokryć koszty adwokata i sądu; warto wcześniej zapytać, czy obejmuje sprawę.',
    urgency:
      'Sprawa musi być pilna: kto po ogłoszeniu czeka zbyt długo, zostaje oddalony. Dlatego Wyższy Sąd Krajowy w Szlezwiku oddalił wniosek przeciwko trenowaniu AI przez Metę jako spóźniony.',
    'lawyer-required':
      'W Niemczech przed sądem krajowym (Landgericht) i wyższym sądem krajowym (Oberlandesgericht) potrzebny jest do tego adwokat.',
    costs:
      'Wiąże się to z kosztami adwokata i sądu; koszty ponosi strona przegrywająca. Może je pokryć ubezpieczenie ochrony prawnej lub pomoc w pokryciu kosztów procesu.',
  },
  doubt: {
    'authority-duration':
      'Czas rozpatrywania spraw przez organy nie jest udokumentowany i zależy od sprawy.',
    'injunction-costs':
      'Wysokość kosztów zależy od wartości przedmiotu sporu; źródła nie podają kwot.',
  },
  leadAuthority: (company, authority) =>
    `Wiodącym organem nadzorczym dla ${company} jest ${authority}; skargę można jednak złożyć do organu właściwego dla miejsca zamieszkania, który proponuje aplikacja.`,
  procedural:
    'Od 2 kwietnia 2027 r. skargę musi poprzedzać sprzeciw skierowany do firmy; organ, do którego wpływa skarga, przekazuje ją w ciągu sześciu tygodni wiodącemu organowi nadzorczemu (rozporządzenie (UE) 2025/2518).',
  free: 'bezpłatnie',
};
