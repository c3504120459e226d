import type { GuideText } from './guide-text.js';

/** The guide wording in Polish. */
export const pl: GuideText = {
  device: { desktop: 'komputer', mobile: 'smartfon' },
  openForm: {
    title: 'Otwarcie oficjalnego formularza',
    body: (p) => `Należy otworzyć formularz sprzeciwu serwisu ${p}.`,
  },
  loginRequired: (p) =>
    `Formularz otwiera się tylko po zalogowaniu do serwisu ${p} w tej samej przeglądarce.`,
  alternates: 'Dla tego samego formularza krążą też inne adresy:',
  inApp: {
    title: 'Jeśli formularz się nie wczytuje: droga przez menu',
    titleNoForm: 'Droga przez menu',
    body: (d) => `Jak dotrzeć do formularza przez menu (urządzenie: ${d}):`,
  },
  noRouteForDevice: (d, hasForm) =>
    hasForm
      ? `Dla tego urządzenia (${d}) nie udokumentowano drogi przez menu; należy tam skorzystać z bezpośredniego linku powyżej. Na innych urządzeniach:`
      : `Dla tego urządzenia (${d}) nie udokumentowano drogi przez menu. Na innych urządzeniach:`,
  otherForm: {
    'ai-objection': 'Inny formularz sprzeciwu wobec trenowania AI.',
    'general-objection': 'Ogólny formularz sprzeciwu.',
    'data-rights':
      'Ogólny formularz wniosków dotyczących ochrony danych. Nie udokumentowano, czy pomaga wobec trenowania AI.',
    'third-party-data': 'Formularz dotyczący informacji z innych źródeł.',
    'dpo-contact': 'Formularz kontaktowy inspektora ochrony danych.',
  },
  otherLocale: {
    de: 'Jedna droga jest udokumentowana tylko z niemieckimi nazwami menu; tak wyglądają, gdy aplikacja jest ustawiona na język niemiecki. Polskie nazwy mogą się różnić.',
    en: 'Jedna droga jest udokumentowana tylko z angielskimi nazwami menu; tak wyglądają, gdy aplikacja jest ustawiona na język angielski. Polskie nazwy mogą się różnić.',
  },
  enter: { title: 'Wypełnienie i wysłanie formularza' },
  enterEmail:
    'Należy podać adres e-mail. Na ten adres przyjdzie potwierdzenie; warto zachować tę wiadomość.',
  enterCountry: 'Jeśli formularz o to pyta, należy wybrać kraj zamieszkania.',
  reasonOptional:
    'Uzasadnienie nie jest obowiązkowe: można zostawić pole puste albo wkleić przygotowany tekst, w razie potrzeby z przyczynami związanymi ze szczególną sytuacją (art. 21 ust. 1 RODO).',
  reasonRequired: 'Uzasadnienie jest obowiązkowe. Należy wkleić przygotowany tekst.',
  codeVaries:
    'Czasem kod potwierdzający jest wysyłany e-mailem albo trzeba zalogować się ponownie.',
  codeYes: 'Następnie e-mailem przychodzi kod potwierdzający, który należy wpisać w formularzu.',
  requirementsUnknown:
    'Żadne źródło nie mówi dokładnie, jakich danych wymaga ten formularz. Należy wypełnić to, o co pyta, i wkleić przygotowany tekst.',
  after: {
    title: 'Po wysłaniu',
    body: 'Warto zachować potwierdzenie: jest dowodem, że i kiedy wniesiono sprzeciw.',
  },
  coverage: {
    title: 'Co obejmuje sprzeciw, a czego nie',
    covers: 'Sprzeciw obejmuje:',
    doesNot: 'Nie obejmuje:',
  },
  linkedAccounts: {
    title: 'Kilka kont',
    uncertain:
      'W razie wątpliwości lepiej wnieść sprzeciw osobno dla każdego konta. Nie ustalono z pewnością, czy jeden sprzeciw obejmuje wszystkie połączone konta.',
  },
  thirdParty: {
    title: 'Treści publikowane przez inne osoby',
    form: 'Formularz dotyczący informacji z innych źródeł:',
  },
  statusPosts: { title: 'Wpis „Sprzeciwiam się” nic nie daje' },
  goodToKnow: { title: 'Warto wiedzieć' },
  routeVia: {
    title: 'Który sprzeciw obowiązuje tutaj',
    body: (n) => `Ta usługa nie ma własnej drogi sprzeciwu. Rozstrzyga: ${n}.`,
  },
  letter: {
    title: 'Jeśli nic z tego nie działa: sprzeciw listem',
    body: (c) => `Sprzeciw można też wysłać na piśmie do ${c}:`,
    onlyTitle: 'Sprzeciw listem',
    onlyBody: (c) =>
      `Nie jest znany żaden formularz ani ustawienie. Sprzeciw należy wysłać na piśmie do ${c}; Widerspruch przygotuje list:`,
    noAddress:
      'W źródłach nie udokumentowano adresu pocztowego. Zwykle znajduje się w polityce prywatności firmy; należy go stamtąd uzupełnić.',
  },
  noRoute: {
    title: 'Nie jest znana droga sprzeciwu',
    body: 'Dla tej usługi nie jest obecnie znany sposób na sprzeciw wobec wykorzystania przez AI.',
  },
  toggle: {
    title: 'Wyłączenie ustawienia',
    titleOn: 'Włączenie ustawienia ochronnego',
    bodyOn: (s, on) =>
      on
        ? `Należy sprawdzić, czy ustawienie „${s}” jest włączone; chroni ono publikowane treści.`
        : `Należy włączyć ustawienie „${s}”; chroni ono publikowane treści i domyślnie jest wyłączone.`,
    body: (s, on) =>
      on
        ? `Należy wyłączyć ustawienie „${s}”. Domyślnie jest włączone.`
        : `Należy sprawdzić, czy ustawienie „${s}” jest wyłączone.`,
    otherPath:
      'Dla tego urządzenia lub języka nie udokumentowano osobnej drogi; poniżej podano znaną.',
  },
  email: {
    title: 'Sprzeciw e-mailem',
    body: 'Sprzeciw należy wysłać na ten adres. Tekst przygotowuje Widerspruch (w aplikacji w sekcji „Tekst sprzeciwu”, w terminalu poleceniem „widerspruch text”).',
  },
  notTraining: {
    title: 'Według źródeł brak trenowania AI na publikowanych treściach',
    body: (p) =>
      `Według przeanalizowanych źródeł ${p} nie trenuje AI na treściach swoich użytkowników. Sprzeciw nie jest obecnie potrzebny; Widerspruch poinformuje, jeśli to się zmieni.`,
  },
};
