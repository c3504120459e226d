import type { ObjectionTemplate } from './template.js';

/** Polish objection texts (terms as in the Polish text of the GDPR, "RODO"). */
export const objectionTemplatePl: ObjectionTemplate = {
  objection: (company) =>
    `Niniejszym wnoszę sprzeciw wobec przetwarzania moich danych w związku z aplikacjami AI przez firmę ${company}.`,
  groundsIntro: 'Przyczyny związane z moją szczególną sytuacją (art. 21 ust. 1 RODO):',
  groundLabels: {
    'creative-work': 'Własna twórczość i prawa autorskie',
    children: 'Dzieci na moich zdjęciach',
    'other-people': 'Inne osoby na moich zdjęciach',
    'sensitive-details': 'Zdrowie lub inne informacje szczególnie chronione',
    'public-role': 'Rola publiczna',
    'safety-risk': 'Zagrożenie dla mojego bezpieczeństwa',
    'professional-reputation': 'Reputacja zawodowa',
    'loss-of-control': 'Kontrola nad moimi danymi',
  },
  grounds: {
    'creative-work':
      'Publikuję własne zdjęcia, teksty i inne utwory, do których mam prawa autorskie. Nie chcę, aby bez mojej zgody były wykorzystywane do trenowania modeli AI, które tworzą podobne treści.',
    children:
      'Na moich zdjęciach i w moich wpisach widać dzieci. Same nie mogą wnieść sprzeciwu, a ich dane zasługują na szczególną ochronę (motyw 38 RODO).',
    'other-people':
      'Moje wpisy pokazują inne osoby, np. rodzinę, przyjaciół lub współpracowników, które nigdy nie zgodziły się na wykorzystanie ich do trenowania AI.',
    'sensitive-details':
      'Z moich wpisów można wyciągnąć wnioski na temat mojego zdrowia, moich przekonań lub innych szczególnie chronionych informacji (art. 9 RODO).',
    'public-role':
      'Z powodu mojej pracy lub działalności społecznej jestem osobą publiczną. Treści AI tworzone na podstawie moich danych lub mi przypisywane mogą zaszkodzić mojemu wizerunkowi.',
    'safety-risk':
      'Mam powody, by obawiać się o swoje bezpieczeństwo, np. z powodu gróźb lub nękania. Każda dalsza analiza moich danych zwiększa to ryzyko.',
    'professional-reputation':
      'Moje wpisy są związane z moim zawodem. Jeśli systemy AI odtwarzają je wyrwane z kontekstu, może to zaszkodzić mojej reputacji zawodowej.',
    'loss-of-control':
      'Danych, które raz trafiły do modelu AI, w praktyce nie da się już z niego usunąć. Chcę zachować kontrolę nad tym, co dzieje się z moimi danymi.',
  },
};
