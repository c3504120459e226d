import type { LetterText } from './model.js';

/**
 * Polish letters (terms and citations as in the Polish text of the GDPR, "RODO"). Sentences
 * about the writer avoid gendered past-tense forms, so that the letter fits every sender. A
 * date ends with "r." (see `longDate`), so a sentence that ends with one takes no second
 * period.
 */
export const letterTextPl: LetterText = {
  common: {
    salutation: 'Szanowni Państwo,',
    closing: 'Z poważaniem',
    forTheAttentionOfDpo: 'Do rąk inspektora ochrony danych',
    accountNotGiven: '(nie podano)',
    enclosures: 'Załączniki',
    colon: ':',
    date: 'Data',
    page: (n, of) => `Strona ${n} z ${of}`,
    labels: {
      account: 'Konto',
      controller: 'Administrator',
      date: 'Data',
      file: 'Plik',
      whatHappened: 'Zdarzenie',
    },
  },
  objection: {
    subject: ({ account }) =>
      `Sprzeciw na podstawie art. 21 ust. 1 RODO wobec wykorzystywania moich danych do celów AI – konto ${account}`,
    opening: ({ controller, company, platform, account }) =>
      `Niniejszym, na podstawie art. 21 ust. 1 RODO, wnoszę sprzeciw wobec przetwarzania moich danych osobowych przez ${controller} w celu rozwijania, trenowania, dostrajania i oceny modeli AI (AI w firmie ${company}). Sprzeciw dotyczy mojego konta w serwisie ${platform} (${account}) oraz wszystkich usług, za które odpowiada ${controller}.`,
    identity: ({ requestDate, platform, account }) =>
      `W odpowiedzi z dnia ${requestDate} zażądali Państwo potwierdzenia mojej tożsamości. W celu identyfikacji odsyłam do danych, którymi Państwo już dysponują: mojego konta w serwisie ${platform} (${account}). Dodatkowych informacji mogą Państwo zażądać wyłącznie wtedy, gdy mają Państwo uzasadnione wątpliwości co do mojej tożsamości (art. 12 ust. 6 RODO); w takim przypadku proszę o ich wskazanie. Odmówić podjęcia działań w związku z moim sprzeciwem mogą Państwo wyłącznie wtedy, gdy wykażą Państwo, że nie są w stanie mnie zidentyfikować (art. 12 ust. 2 RODO).`,
    demandsIntro: 'Wzywam Państwa do:',
    demands: [
      'zaprzestania przetwarzania moich danych w tych celach i wyłączenia ich z przyszłych zbiorów danych treningowych,',
      'ograniczenia przetwarzania na czas sprawdzania, czy Państwa podstawy są nadrzędne wobec moich (art. 18 ust. 1 lit. d RODO),',
      'usunięcia kopii moich danych ze zbiorów danych treningowych (art. 17 ust. 1 lit. c RODO) oraz',
      'poinformowania wszystkich odbiorców, którym ujawnili Państwo moje dane w tych celach (art. 19 RODO).',
    ],
    deadline: ({ due }) =>
      `Proszę o potwierdzenie bez zbędnej zwłoki, najpóźniej w terminie miesiąca od otrzymania żądania (art. 12 ust. 3 RODO), czyli do dnia ${due}, że uwzględniają Państwo mój sprzeciw. W przeciwnym razie zastrzegam sobie prawo do wniesienia skargi do właściwego organu nadzorczego (art. 77 RODO) i podjęcia dalszych kroków prawnych.`,
  },
  reminder: {
    subject: ({ sent, account }) =>
      `Przypomnienie: mój sprzeciw z dnia ${sent} na podstawie art. 21 ust. 1 RODO – konto ${account}`,
    objectionOf: 'Sprzeciw z dnia',
    opening: ({ sent, platform, account }) =>
      `Mój sprzeciw na podstawie art. 21 ust. 1 RODO wobec przetwarzania moich danych osobowych w celu rozwijania i trenowania modeli AI (konto w serwisie ${platform}: ${account}) został złożony w dniu ${sent}`,
    expiredExtended: ({ due }) =>
      `Przedłużony przez Państwa termin określony w art. 12 ust. 3 RODO upłynął w dniu ${due} bez udzielenia mi wystarczającej odpowiedzi.`,
    expired: ({ due }) =>
      `Miesięczny termin określony w art. 12 ust. 3 RODO upłynął w dniu ${due} bez udzielenia mi wystarczającej odpowiedzi.`,
    expiredUndated:
      'Miesięczny termin określony w art. 12 ust. 3 RODO upłynął bez udzielenia mi wystarczającej odpowiedzi.',
    deadline: ({ due }) =>
      `Proszę o potwierdzenie w terminie dwóch tygodni od otrzymania niniejszego pisma, czyli do dnia ${due}, że uwzględniają Państwo mój sprzeciw, albo o podanie powodów niepodjęcia działań (art. 12 ust. 4 RODO). W przeciwnym razie wniosę skargę do właściwego organu nadzorczego (art. 77 RODO).`,
    enclosedObjection: ({ sent }) => `Mój sprzeciw z dnia ${sent}`,
  },
  complaint: {
    subject: ({ controller }) =>
      `Skarga na podstawie art. 77 RODO na ${controller} – sprzeciw wobec trenowania AI`,
    opening: ({ controller }) =>
      `Niniejszym wnoszę skargę na podstawie art. 77 RODO na ${controller}.`,
    objected: ({ sent, platform, account, infringement }) =>
      `Mój sprzeciw na podstawie art. 21 ust. 1 RODO wobec przetwarzania moich danych osobowych w celu rozwijania i trenowania modeli AI (konto w serwisie ${platform}: ${account}) został złożony w dniu ${sent} ${infringement}`,
    rejected: {
      text: 'Administrator odrzucił mój sprzeciw, nie wykazując istnienia ważnych prawnie uzasadnionych podstaw do przetwarzania, nadrzędnych wobec moich interesów, praw i wolności.',
      articles: 'art. 21 ust. 1 RODO oraz art. 12 ust. 4 RODO',
    },
    asksForId: {
      text: 'Administrator uzależnia rozpatrzenie mojego sprzeciwu od potwierdzenia tożsamości, chociaż zna moje konto. Dodatkowych informacji może zażądać wyłącznie w przypadku uzasadnionych wątpliwości co do mojej tożsamości.',
      articles: 'art. 12 ust. 2 i 6 oraz art. 21 ust. 1 RODO',
    },
    inadequate: {
      text: 'Administrator nie odpowiedział w wystarczający sposób na mój sprzeciw.',
      articles: 'art. 12 ust. 3 i 4 RODO oraz art. 21 ust. 1 RODO',
    },
    noAnswer: {
      text: 'Administrator do dziś nie udzielił odpowiedzi.',
      textDue: ({ due }) =>
        `Administrator do dziś nie udzielił odpowiedzi, chociaż termin określony w art. 12 ust. 3 RODO upłynął w dniu ${due}`,
      articles: 'art. 12 ust. 3 i 4 RODO oraz art. 21 ust. 1 RODO',
    },
    infringementOf: ({ articles }) => `Uważam, że stanowi to naruszenie ${articles}.`,
    correspondence: 'Przebieg sprawy',
    evidenceEnclosed: 'Dowody (załączniki)',
    crossBorder: ({ lead, regulation2025 }) =>
      regulation2025
        ? `Przetwarzanie ma charakter transgraniczny; wiodącym organem nadzorczym jest prawdopodobnie ${lead} (art. 56 RODO). Proszę o przekazanie mojej skargi temu organowi zgodnie z rozporządzeniem (UE) 2025/2518 oraz o informowanie mnie o postępach w sprawie (art. 77 ust. 2 RODO).`
        : `Przetwarzanie ma charakter transgraniczny; wiodącym organem nadzorczym jest prawdopodobnie ${lead} (art. 56 RODO). Proszę o odpowiednie przekazanie mojej skargi temu organowi oraz o informowanie mnie o postępach w sprawie (art. 77 ust. 2 RODO).`,
    examine:
      'Proszę o zbadanie sprawy i nakazanie administratorowi uwzględnienia mojego sprzeciwu (art. 58 ust. 2 lit. c RODO).',
    priorRequest: ({ sent, company, proof }) =>
      `Skargę poprzedziło wykonanie mojego prawa wobec administratora (rozporządzenie (UE) 2025/2518): mój sprzeciw został wysłany do firmy ${company} w dniu ${sent} ${proof}`,
    proofEnclosed: 'Jako dowód załączam dokumenty wymienione poniżej.',
    proofNone: 'Nie mam dowodu od firmy; datę odnotowano w moich własnych zapiskach.',
  },
  erasure: {
    subject: ({ account }) =>
      `Żądanie usunięcia danych na podstawie art. 17 ust. 1 lit. c RODO – konto ${account}`,
    opening: ({ sent }) =>
      `Mój sprzeciw na podstawie art. 21 ust. 1 RODO wobec przetwarzania moich danych osobowych w celu rozwijania i trenowania modeli AI został złożony w dniu ${sent} Nie wykazali Państwo istnienia ważnych prawnie uzasadnionych podstaw nadrzędnych wobec moich interesów.`,
    demandsIntro: 'W związku z tym żądam:',
    demands: [
      'usunięcia moich danych osobowych przetwarzanych przez Państwa w tych celach, w szczególności w zbiorach danych treningowych (art. 17 ust. 1 lit. c RODO),',
      'do tego czasu ograniczenia przetwarzania (art. 18 ust. 1 lit. d RODO),',
      'jeżeli upublicznili Państwo te dane, poinformowania innych administratorów (art. 17 ust. 2 RODO) oraz',
      'poinformowania wszystkich odbiorców i przekazania mi listy tych odbiorców (art. 19 RODO).',
    ],
    deadline: ({ due }) =>
      `Jeżeli ustawowe obowiązki przechowywania uniemożliwiają Państwu usunięcie niektórych danych, proszę ograniczyć ich przetwarzanie i usunąć je po upływie okresu przechowywania. Ewentualną odmowę proszę uzasadnić. Proszę o potwierdzenie usunięcia danych w terminie miesiąca od otrzymania żądania (art. 12 ust. 3 RODO), czyli do dnia ${due} W przeciwnym razie zastrzegam sobie prawo do wniesienia skargi do właściwego organu nadzorczego (art. 77 RODO) i podjęcia dalszych kroków prawnych.`,
  },
  access: {
    subject: ({ account }) =>
      `Żądanie dostępu do danych na podstawie art. 15 RODO w sprawie wykorzystywania moich danych do celów AI – konto ${account}`,
    opening: ({ platform, account }) =>
      `Na podstawie art. 15 RODO proszę o informację, czy przetwarzali lub przetwarzają Państwo moje dane osobowe (konto w serwisie ${platform}: ${account}) w celu rozwijania, trenowania lub oceny modeli AI, a jeśli tak, to jakie. W szczególności proszę o informację:`,
    questions: [
      'jakie kategorie moich danych trafiły do jakich zbiorów danych treningowych i od kiedy,',
      'do jakich modeli i w jakich celach zostały wykorzystane (art. 15 ust. 1 lit. a i b RODO),',
      'jakim odbiorcom zostały ujawnione (art. 15 ust. 1 lit. c RODO),',
      'jak długo będą przechowywane (art. 15 ust. 1 lit. d RODO),',
      'skąd pochodzą dane, jeżeli nie zostały zebrane ode mnie (art. 15 ust. 1 lit. g RODO),',
      'a także o kopię przetwarzanych danych (art. 15 ust. 3 RODO).',
    ],
    purpose:
      'Pytam o to, ponieważ chcę wiedzieć, czy i jakie moje dane zostały wykorzystane do trenowania Państwa modeli AI, aby móc zdecydować o dalszych krokach w celu ochrony moich danych, takich jak sprzeciw lub żądanie usunięcia danych.',
    deadline: ({ due }) =>
      `Informacje są udzielane bezpłatnie (art. 12 ust. 5 RODO). Proszę o odpowiedź w terminie miesiąca od otrzymania żądania (art. 12 ust. 3 RODO), czyli do dnia ${due}`,
  },
  dossier: {
    subject: ({ platform, controller }) =>
      `Dossier: sprzeciw wobec trenowania AI w serwisie ${platform} (${controller})`,
    recipient: 'Dokumenty do porady',
    facts: 'Stan faktyczny',
    item: 'Pozycja',
    detail: 'Informacja',
    dataSubject: 'Osoba, której dane dotyczą',
    platformAndAccount: 'Serwis i konto',
    objectionOn: 'Sprzeciw (art. 21 ust. 1 RODO) z dnia',
    notSentYet: 'jeszcze nie wysłany',
    answerDueOn: 'Termin odpowiedzi',
    nextStep: 'Następny krok',
    timeline: 'Przebieg sprawy',
    evidence: 'Dowody',
    checksums:
      'Każdy plik można rozpoznać po sumie kontrolnej SHA-256, co pozwala wykazać, że nie zmienił się od chwili zapisania.',
    whoCanHelp: 'Kto może pomóc (informacja, nie porada prawna)',
    help: [
      'Niemieckie centrale konsumenckie (Verbraucherzentralen) udzielają porad (często odpłatnie), zbierają skargi i prowadzą powództwa zbiorowe; Verbraucherzentrale NRW wystąpiła przeciwko trenowaniu AI przez firmę Meta. Źródło: https://www.verbraucherzentrale.de/aktuelle-meldungen/digitale-welt/meta-ai-bei-facebook-instagram-und-whatsapp-so-widersprechen-sie-95646',
      'Ubezpieczenie ochrony prawnej pokrywa koszty adwokata i sądu, jeżeli polisa obejmuje daną sprawę; przed zleceniem sprawy adwokatowi warto poprosić o potwierdzenie pokrycia kosztów. Źródło: https://rechtsanwalt-krau.de/ich-moechte-schadensersatz-nach-der-datenschutz-grundverordnung-verlangen-bekomme-ich-dafuer-von-meiner-rechtsschutzversicherung-deckung/',
      'Beratungshilfe (publiczna pomoc w uzyskaniu porady prawnej w Niemczech): osoby o niskich dochodach mogą otrzymać w sądzie rejonowym (Amtsgericht) zaświadczenie uprawniające do porady adwokackiej; wkład własny wynosi 15 euro. Źródło: https://fp-anwaelte.de/gebuehren/46-beratungshilfe-und-prozesskostenhilfe.html',
      'noyb to organizacja non-profit w rozumieniu art. 80 RODO, która może wnosić skargi i prowadzić postępowania w imieniu osób, których dane dotyczą. Źródło: https://noyb.eu/en/verbraucherzentrale-nrw-requests-meta-cease-and-desist-ai-training-eu',
    ],
  },
  events: {
    kinds: {
      drafted: 'utworzono projekt',
      'setting-changed': 'zmieniono ustawienie',
      'confirmation-received': 'otrzymano potwierdzenie',
      'reply-received': 'otrzymano odpowiedź',
      'deadline-extended': 'firma przedłużyła termin',
      'reminder-sent': 'wysłano przypomnienie',
      'evidence-added': 'zapisano dowód',
      'complaint-filed': 'wniesiono skargę do organu nadzorczego',
      'erasure-requested': 'zażądano usunięcia danych',
      'access-requested': 'zażądano dostępu do danych',
      note: 'notatka',
      closed: 'zamknięto sprawę',
    },
    submitted: ({ company }) => `wysłano sprzeciw do firmy ${company}`,
    extendedUntil: ({ what, date }) => `${what} do dnia ${date}`,
    replies: {
      accepted: 'sprzeciw uwzględniony',
      'asks-for-reason': 'prośba o podanie powodów',
      'asks-for-id': 'żądanie potwierdzenia tożsamości',
      rejected: 'sprzeciw odrzucony',
      other: 'inna odpowiedź',
    },
  },
};
