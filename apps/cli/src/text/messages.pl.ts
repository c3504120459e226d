import { formatNumber, plural } from './format.js';
import type { Messages } from './messages.js';

const n = (x: number) => formatNumber(x, 'pl');
/** Polish nouns after a number: "1 sprawa", "2 sprawy", "5 spraw". */
const forms = (x: number, one: string, few: string, many: string) =>
  plural('pl', x, { one, few, many, other: few });
const count = (x: number, one: string, few: string, many: string) =>
  `${n(x)} ${forms(x, one, few, many)}`;
const guessed = (guess: string | undefined) => (guess ? ` Czy chodziło o „${guess}”?` : '');

export const pl: Messages = {
  colon: ': ',
  englishOnly: 'Niektóre informacje są na razie dostępne tylko po angielsku.',
  usage: {
    missingArgument: (name) => `Brakuje wartości: <${name}>.`,
    unknownCommand: (name) => `Polecenie „${name}” nie istnieje.`,
    unknownOption: (name) => `Opcja „${name}” nie istnieje w tym poleceniu.`,
    requiredOption: (name) => `Opcja „${name}” jest wymagana.`,
    optionValueMissing: (name) => `Po „${name}” brakuje wartości.`,
    tooManyArguments: (expected, got) => `Za dużo wartości: oczekiwano ${expected}, podano ${got}.`,
    didYouMean: (guess) => `Czy chodziło o „${guess}”?`,
    didYouMeanOneOf: (list) => `Czy chodziło o jedną z tych wartości: ${list}?`,
    help: (command) => `Pomoc: ${command}`,
    unexpected: (message) =>
      `nieoczekiwany błąd: ${message}\nProsimy zgłosić to jako błąd programu.`,
  },
  input: {
    unknownLanguage: (value, guess, list) =>
      `Język „${value}” nie istnieje.${guessed(guess)} Możliwe wartości: ${list}.`,
    unknownDevice: (value, guess, list) =>
      `Urządzenie „${value}” nie istnieje.${guessed(guess)} Możliwe wartości: ${list}.`,
    unknownEventKind: (value, guess, list) =>
      `Rodzaj zdarzenia „${value}” nie istnieje.${guessed(guess)} Możliwe rodzaje: ${list}.`,
    unknownReplyKind: (value, guess, list) =>
      `Rodzaj odpowiedzi „${value}” nie istnieje.${guessed(guess)} Możliwe wartości: ${list}.`,
    platformMissing: 'Należy podać platformę, np. „widerspruch text instagram”.',
    invalidDate: (option, value) =>
      `${option}: „${value}” nie jest prawidłową datą. Należy ją zapisać jako RRRR-MM-DD, np. 2026-03-10.`,
    dateBeforeGdpr: (option, value) =>
      `${option}: data ${value} jest wcześniejsza niż 25 maja 2018 r., od kiedy stosuje się RODO. Proszę sprawdzić datę (RRRR-MM-DD).`,
    dateInFuture: (option, value, today) =>
      `${option}: data ${value} przypada w przyszłości (dziś jest ${today}).`,
    textTooLong: (option, length, limit) =>
      `${option} ma ${count(length, 'znak', 'znaki', 'znaków')}; dopuszczalne jest najwyżej ${n(limit)}. Proszę skrócić tekst.`,
    blank: (option, hint) => `${option} nie może być puste. ${hint}`,
    accountHint: 'Należy podać adres e-mail lub nazwę użytkownika konta.',
    profileHint: 'Należy podać nazwę albo pominąć --profile (wtedy konto uznaje się za własne).',
    viaWithoutSubmitted:
      '--via określa sposób wysłania sprzeciwu; należy też podać dzień za pomocą --submitted.',
    replyWithoutReplyReceived: '--reply stosuje się razem z reply-received.',
    evidenceWithoutFile: 'evidence wymaga --file <ścieżka>.',
    viaWithoutSubmittedEvent:
      '--via stosuje się razem z submitted: określa sposób wysłania sprzeciwu.',
    noteWithoutNote: 'note wymaga --note <tekst>.',
    extensionBeforeSubmitted: (id) =>
      `Przedłużenie terminu można zapisać dopiero wtedy, gdy sprzeciw jest zapisany jako wysłany. Najpierw należy zapisać wysłanie: widerspruch case event ${id} submitted --date RRRR-MM-DD`,
    extensionOutOfRange: (earliest, latest, date) =>
      `--date: nowy termin musi przypadać między ${earliest} a ${latest}: po upływie pierwszego miesiąca i najpóźniej trzy miesiące po otrzymaniu sprzeciwu (art. 12 ust. 3 RODO). ${date} wykracza poza ten okres. Jeśli firma podała późniejszą datę, należy wpisać ${latest}. Jeśli nie podała daty, należy pominąć --date.`,
    evidenceType: (name, list) =>
      `„${name}” nie może zostać zachowany jako dowód. Możliwe są pliki z rozszerzeniem ${list}. Dowód można zapisać np. jako PDF lub zrzut ekranu.`,
    remindWhich: 'Która sprawa? Należy podać numer sprawy albo --all dla wszystkich spraw.',
    remindEitherOr: 'Albo numer sprawy, albo --all, nie oba naraz.',
    notDays: (value) =>
      `„${value}” nie jest liczbą dni. Należy podać liczbę całkowitą, np. --days 90.`,
    catalogDirMissing: (dir) =>
      `Folder „${dir}” nie istnieje. Należy podać folder danych katalogu za pomocą --dir.`,
    wholeNumber: (option, min, max, value) =>
      `${option} wymaga liczby całkowitej od ${min} do ${max}, a nie „${value}”.`,
    scanMissing: (path) =>
      `„${path}” nie istnieje. Należy podać ścieżkę do pliku ZIP eksportu lub rozpakowanego folderu eksportu.`,
    scanNotAFile: (path) =>
      `„${path}” nie jest ani plikiem, ani folderem (lecz np. potokiem lub urządzeniem). Należy podać plik ZIP eksportu lub rozpakowany folder eksportu.`,
    fileMissing: (path) => `Plik „${path}” nie istnieje.`,
    fileIsLink: (path) => `„${path}” jest dowiązaniem symbolicznym. Należy podać sam plik.`,
    fileIsFolder: (path) => `„${path}” jest folderem. Należy podać plik.`,
    fileNotRegular: (path) => `„${path}” nie jest zwykłym plikiem. Należy podać plik.`,
    idTooShort: (id) =>
      `Należy podać co najmniej 4 znaki numeru sprawy („${id}” to za mało). Wszystkie sprawy: widerspruch case list`,
    idAmbiguous: (id) => `„${id}” pasuje do kilku spraw; należy podać więcej znaków numeru.`,
    noReadableCase: (id, unreadable) =>
      `Nie ma czytelnej sprawy „${id}”. ${n(unreadable)} ${forms(unreadable, 'zapisany wpis jest uszkodzony', 'zapisane wpisy są uszkodzone', 'zapisanych wpisów jest uszkodzonych')}; możliwe, że dotyczy to szukanej sprawy. Wszystkie czytelne sprawy: widerspruch case list`,
    noCase: (id) => `Nie ma sprawy „${id}”. Wszystkie sprawy: widerspruch case list`,
    deleteNeedsYes: (name, account, id) =>
      `case delete trwale usuwa sprawę ${name} · ${account}. Aby potwierdzić, należy dodać --yes: widerspruch case delete ${id} --yes (wcześniej warto zrobić kopię: widerspruch case export --out kopia.json).`,
    passphraseNeeded:
      'Zaszyfrowana kopia wymaga hasła. Należy uruchomić polecenie w terminalu (tam pojawi się pytanie o hasło) albo podać je w zmiennej środowiskowej WIDERSPRUCH_PASSPHRASE.',
    cancelled: 'Przerwano; niczego nie zmieniono.',
    passphrasesDiffer: 'Podane hasła się różnią; niczego nie zapisano.',
    passphraseTooShort: (min) =>
      `Hasło jest za krótkie: wymagane jest co najmniej ${count(min, 'znak', 'znaki', 'znaków')}. Bez tego hasła nie będzie można otworzyć kopii; należy je starannie przechować.`,
  },
  failure: {
    noStore: (path, source) =>
      `Pod ścieżką ${path} nie ma magazynu (${STORE_SOURCE[source]}). Niczego nie utworzono. Proszę sprawdzić ścieżkę; nowy magazyn powstaje przez „widerspruch case add” lub „widerspruch case import”.`,
    storeUnopenable: (detail) =>
      `Nie można otworzyć magazynu: ${detail}. Należy wybrać inny plik za pomocą --store.`,
    damagedCase: (id) =>
      `Zapisana sprawa ${id} jest uszkodzona i nie można jej odczytać; niczego nie zmieniono. Kopię czytelnych spraw można zrobić poleceniem: widerspruch case export --skip-unreadable`,
    invalidRecord: (field, problem) =>
      `Nie zapisano: wartość ${field} ${problem}. Niczego nie zmieniono; należy ją skrócić lub poprawić.`,
    importTooLarge: (name) =>
      `„${name}” ma ponad 200 MB, więc na pewno nie jest kopią z Widerspruch. Niczego nie zmieniono.`,
    emptyOverFull: (out, cases) =>
      `Nie zapisano: magazyn nie zawiera żadnej sprawy, a ${out} zawiera ${cases === undefined ? 'zaszyfrowaną kopię' : `kopię z liczbą spraw: ${n(cases)}`}. Plik pozostaje bez zmian. Proszę sprawdzić --store lub WIDERSPRUCH_STORE; aby mimo to zastąpić go pustą kopią: --force`,
    incompleteBackup: (unreadable, path) =>
      `${pl.backup.unreadable(unreadable, '')}; kopia byłaby niepełna, dlatego niczego nie zapisano. Wszystkie wpisy pozostają w ${path} (ten plik można skopiować jako kopię zapasową). Aby zapisać tylko czytelne sprawy: widerspruch case export --skip-unreadable`,
    noDeadlineAll:
      'Dla żadnej z czytelnych spraw nie biegnie termin (nic nie wysłano albo na wszystko odpowiedziano).',
    noDeadlineOne:
      'Dla tej sprawy nie biegnie żaden termin (jeszcze nie wysłano albo już odpowiedziano).',
    catalogHasErrors: (dir) =>
      `Katalog w „${dir}” zawiera błędy (zob. wyżej); można go sprawdzić poleceniem „widerspruch catalog check --dir”.`,
    linksUnreachable: (x) => `Nieosiągalne adresy: ${n(x)}.`,
    cannotRead: (path, why) => `Nie można odczytać „${path}”: ${why}`,
    cannotWrite: (path, why, kept) =>
      `Nie można zapisać „${path}”: ${why}${kept ? ' Dotychczasowy plik pozostał bez zmian.' : ' Niczego nie zapisano.'}`,
    why: {
      missingFolder: (folder) =>
        `folder „${folder}” nie istnieje. Należy go utworzyć lub wybrać inną ścieżkę.`,
      notRegular: 'to nie jest zwykły plik (lecz np. potok). Należy podać nazwę pliku.',
      folder: 'to jest folder. Należy podać nazwę pliku.',
      permission: 'brak uprawnień. Należy wybrać inne miejsce, np. folder domowy.',
      readOnly: 'nośnik jest tylko do odczytu. Należy wybrać inne miejsce.',
      full: 'na nośniku brak miejsca. Należy zwolnić miejsce lub wybrać inne.',
      system: (code) => `system zgłasza ${code}.`,
    },
  },
  platforms: {
    status: {
      training: 'trenuje AI na danych użytkowników',
      announced: 'zapowiedziane trenowanie AI',
      paused: 'trenowanie AI wstrzymane',
      'not-training': 'nie trenuje na treściach użytkowników',
      unclear: 'niejasne',
    },
    since: (date) => `od ${date}`,
    hint: 'Instrukcja: widerspruch guide <platforma>   Tekst: widerspruch text <platforma>',
  },
  guide: {
    uncertain: 'Niepewne',
    text: 'Treść sprzeciwu',
    verified: 'Stan informacji na dzień',
    quality: {
      sourced: 'ze źródeł, niesprawdzone przez nas',
      verified: 'sprawdzone',
      tested: 'przetestowane',
    },
    onlyLocale: {
      de: 'udokumentowane tylko z niemieckimi nazwami menu',
      en: 'udokumentowane tylko z angielskimi nazwami menu',
    },
    onlyDevice: { desktop: 'udokumentowane dla komputera', mobile: 'udokumentowane dla smartfona' },
  },
  remedies: {
    heading: 'Sądy i pozwy zbiorowe',
    other: 'Inne postępowania (nie dotyczą trenowania AI)',
    about: 'Czego dotyczy',
    status: 'Stan',
    who: 'Kto może dołączyć',
    how: 'Jak dołączyć',
    sources: 'Źródła',
    notAdvice: 'To nie jest porada prawna.',
  },
  case: {
    letterName: {
      objection: 'Sprzeciw na piśmie',
      reminder: 'Ponaglenie',
      complaint: 'Skarga',
      erasure: 'Żądanie usunięcia danych',
      access: 'Żądanie dostępu do danych',
      dossier: 'Zestawienie sprawy',
    },
    groundsName: 'Nowy sprzeciw z uzasadnieniem',
    groundsHint: '(powody do wyboru: widerspruch text --list-reasons)',
    ground: 'powód',
    againMark: '⚠ zasady zmienione – sprawdzić ponownie',
    againHint:
      'Platforma zmieniła zasady po złożeniu sprzeciwu. Co zrobić, pokazuje: widerspruch case show <sprawa>',
    empty:
      'Nie zapisano jeszcze żadnego sprzeciwu. Dodawanie: widerspruch case add <platforma> --account <konto> --submitted <data>',
    due: (date) => `termin ${date}`,
    caseLabel: 'Sprawa',
    stateLabel: 'Stan',
    sentOn: 'Wysłano',
    dueOn: 'Termin',
    request: (name, sentOn, dueOn, passed) =>
      `${name} z ${sentOn}: termin na odpowiedź ${passed ? 'upłynął' : 'upływa'} ${dueOn}`,
    requestPassedHint:
      '. Jeśli odpowiedź nie nadeszła, można wnieść skargę do organu nadzorczego (art. 77 RODO).',
    checkAgain: 'Sprawdzić ponownie',
    nextStep: 'Następny krok:',
    recordIt: 'Zapisanie',
    lettersThatFit: 'Pasujące pisma:',
    fromDay: (day) => `od ${day}`,
    timeline: 'Przebieg:',
    nothingDeleted: 'Niczego nie usunięto.',
    deleted: (id) => `Usunięto: ${id}`,
    confirmDelete: (name, account, shortId) =>
      `Trwale usunąć sprawę ${name} · ${account} (${shortId})?`,
    yes: 'Tak',
    no: 'Nie',
    defaultProfile: 'Ja',
    recorded: (label, id) => `Zapisano: ${label} (sprawa ${id})`,
    metaConfirmation: (id, day) =>
      `Ten e-mail wygląda na potwierdzenie sprzeciwu przez Metę. Zapisanie:\n  widerspruch case event ${id} confirmation-received --date ${day}`,
    saved: (path) => `Zapisano: ${path}`,
  },
  backup: {
    exported: (cases, out, encrypted, replaced) =>
      `Zapisano w ${out}: ${count(cases, 'sprawa', 'sprawy', 'spraw')}${encrypted ? ' (zaszyfrowano hasłem)' : ''}${replaced}`,
    replacedOther: '; dotychczasowy plik został zastąpiony',
    replacedEncrypted: '; zastępuje zaszyfrowaną kopię',
    replacedBackup: (cases) =>
      `; zastępuje kopię, w której ${forms(cases, 'była', 'były', 'było')} ${count(cases, 'sprawa', 'sprawy', 'spraw')}`,
    imported: (cases, people, evidence) =>
      `Wczytano: ${count(cases, 'sprawa', 'sprawy', 'spraw')}, ${count(people, 'osoba', 'osoby', 'osób')}, ${count(evidence, 'dowód', 'dowody', 'dowodów')}.`,
    notImported: (evidence, names) =>
      `Nie wczytano: ${count(evidence, 'dowód', 'dowody', 'dowodów')} bez powiązanej sprawy (${names}).`,
    unreadable: (x, list) => {
      const shown = list ? ` (${list})` : '';
      return `${n(x)} ${forms(x, `zapisany wpis${shown} jest nieczytelny`, `zapisane wpisy${shown} są nieczytelne`, `zapisanych wpisów${shown} jest nieczytelnych`)}`;
    },
    record: { case: 'sprawa', profile: 'osoba' },
    unreadableInList: (what, x) =>
      `Uwaga: ${what} i ${forms(x, 'nie jest wyświetlany; pozostaje', 'nie są wyświetlane; pozostają', 'nie jest wyświetlanych; pozostają')} bez zmian.`,
    unreadableInExport: (what, x) =>
      `Ostrzeżenie: ${what} i ${forms(x, 'brakuje go w tej kopii; pozostaje', 'brakuje ich w tej kopii; pozostają', 'brakuje ich w tej kopii; pozostają')} bez zmian w magazynie.`,
    unreadableInCalendar: (what, x) =>
      `Ostrzeżenie: ${what}; w tym pliku kalendarza ${forms(x, 'brakuje jego terminu. Pozostaje', 'brakuje ich terminów. Pozostają', 'brakuje ich terminów. Pozostają')} bez zmian w magazynie.`,
    passphraseFromEnv: 'Hasło ze zmiennej środowiskowej WIDERSPRUCH_PASSPHRASE.',
    passphrase: 'Hasło kopii',
    passphraseAgain: 'Powtórzenie hasła',
  },
  scan: {
    kinds: {
      post: 'posty',
      photo: 'zdjęcia',
      video: 'filmy',
      comment: 'komentarze',
      story: 'relacje',
      reel: 'rolki',
      'group-post': 'posty w grupach',
      profile: 'profil',
      'by-others': 'treści innych osób o użytkowniku',
    },
    exportTitle: (platform) => `Eksport danych z serwisu ${platform}`,
    noContent: '(nie znaleziono treści)',
    guideHint: (platform, id) =>
      `Jak złożyć sprzeciw i z czego korzysta ${platform}: widerspruch guide ${id}`,
    jsonHint: 'Wszystkie elementy osobno: widerspruch scan … --json',
    incomplete: (files) =>
      `Nie udało się odczytać: ${count(files, 'plik', 'pliki', 'plików')} – wynik jest niepełny. Treści jest więcej, niż tu policzono:`,
    andMore: (x) => `… i ${n(x)} więcej`,
    records: (x) => `, ${count(x, 'wpis', 'wpisy', 'wpisów')}`,
    byYear: 'Według roku',
    noDate: 'bez daty',
    noOwn: 'Nie znaleziono własnych treści.',
    own: (x) =>
      `Własne treści: ${n(x)}. To, co z nich jest publiczne, może zostać wykorzystane do trenowania AI; sprzeciw je obejmuje, ale tylko na przyszłość.`,
    byOthers: (x) =>
      `Treści innych osób (np. oznaczenia): ${n(x)}. Sprzeciw ich nie obejmuje: można poprosić o ich usunięcie lub skorzystać z formularza dla osób trzecich.`,
    training: (day, before, after) =>
      `Przed rozpoczęciem trenowania (${day}): ${n(before)} – prawdopodobnie już wykorzystane. Później: ${n(after)} – chronione sprzeciwem, jeśli został złożony.`,
    audiences: {
      public: 'publiczne',
      followers: 'tylko obserwujący',
      connections: 'tylko kontakty',
      'only-me': 'tylko właściciel konta (zarchiwizowane)',
    },
    visibilityUnknown: 'Eksport nie podaje, kto może zobaczyć te elementy (widoczność nieznana).',
    unknown: 'nieznana',
    visibility: 'Widoczność według eksportu',
    reading: 'Odczyt',
  },
  links: {
    redirect: (url) => `przekierowanie → ${url}`,
    broken: (detail) => `nie działa (${detail})`,
    unreachable: (detail) => `nieosiągalny (${detail})`,
    where: (places) => `w: ${places}`,
    summary: (checked, ok, redirected, broken, unreachable) =>
      `catalog links: sprawdzone ${n(checked)}, poprawne ${n(ok)}, przekierowane ${n(redirected)}, niedziałające ${n(broken)}, nieosiągalne ${n(unreachable)}`,
  },
  stale: {
    none: (days, today) =>
      `Brak informacji starszych niż ${count(days, 'dzień', 'dni', 'dni')} (dziś jest ${today}).`,
    row: (verified, ageDays) =>
      `sprawdzono ${verified}  ${count(ageDays, 'dzień', 'dni', 'dni')} temu`,
    summary: (x, days, today) =>
      `Wpisy z informacjami starszymi niż ${count(days, 'dzień', 'dni', 'dni')}: ${n(x)} (dziś jest ${today}).`,
  },
  interactive: {
    intro: 'Widerspruch – sprzeciw wobec trenowania AI na własnych danych',
    about:
      'Ten asystent pokazuje dla każdej platformy oficjalną drogę złożenia sprzeciwu,\nprzygotowuje jego treść i wyjaśnia, co sprzeciw daje, a czego nie.\nNiczego nie wysyła. Na tym urządzeniu zapisuje tylko to, co zostanie potwierdzone jako zrobione.\nTo nie jest porada prawna.',
    choose: 'Wybór używanych usług (spacja: zaznaczenie, Enter: dalej)',
    device: 'Gdzie złożyć sprzeciw?',
    devices: {
      desktop: 'Na komputerze (w przeglądarce)',
      mobile: 'Na smartfonie (w aplikacji)',
    },
    progress: (i, total, name) => `${name} (${i} z ${total})`,
    addGrounds: 'Dodać powody wynikające ze szczególnej sytuacji? (opcjonalnie)',
    grounds: 'Które powody mają zastosowanie? (spacja: wybór, Enter: dalej)',
    note: 'Własne słowa (opcjonalnie, Enter, aby pominąć):',
    textTitle: 'Tekst do wklejenia',
    sent: 'Czy sprzeciw został wysłany?',
    sentYes: 'Dobrze. E-mail z potwierdzeniem warto zachować jako dowód.',
    settingDone: 'Czy ustawienie zostało zmienione zgodnie z opisem?',
    recorded: (path) =>
      `Zapisano (widerspruch case list pokazuje wszystkie sprawy; magazyn: ${path}).`,
    sentLater: 'Nie szkodzi. Można wrócić w dowolnym momencie: widerspruch guide <platforma>',
    more: 'Pokazać więcej: co daje sprzeciw, kilka kont, treści innych osób?',
    cancelled: 'Przerwano. Niczego nie zapisano.',
    outro: 'Gotowe. Dziękujemy za skorzystanie ze swoich praw.',
  },
};

const STORE_SOURCE: Readonly<Record<'option' | 'env' | 'xdg' | 'home', string>> = {
  option: 'podany za pomocą --store',
  env: 'ze zmiennej środowiskowej WIDERSPRUCH_STORE',
  xdg: 'domyślne miejsce w XDG_DATA_HOME; można je zmienić za pomocą --store lub WIDERSPRUCH_STORE',
  home: 'domyślne miejsce w folderze domowym HOME; można je zmienić za pomocą --store lub WIDERSPRUCH_STORE',
};
