import { formatNumber, plural } from './format.js';
import type { Messages } from './messages.js';

const n = (x: number) => formatNumber(x, 'nl');
/** "1 zaak", "2 zaken". */
const count = (x: number, one: string, other: string) =>
  `${n(x)} ${plural('nl', x, { one, other })}`;
const guessed = (guess: string | undefined) => (guess ? ` Bedoelt u ‘${guess}’?` : '');

export const nl: Messages = {
  colon: ': ',
  englishOnly: 'Sommige gegevens zijn voorlopig alleen in het Engels beschikbaar.',
  usage: {
    missingArgument: (name) => `Er ontbreekt een waarde: <${name}>.`,
    unknownCommand: (name) => `De opdracht ‘${name}’ bestaat niet.`,
    unknownOption: (name) => `De optie ‘${name}’ bestaat hier niet.`,
    requiredOption: (name) => `De optie ‘${name}’ is verplicht.`,
    optionValueMissing: (name) => `Na ‘${name}’ ontbreekt de waarde.`,
    tooManyArguments: (expected, got) => `Te veel waarden: ${expected} verwacht, ${got} ontvangen.`,
    didYouMean: (guess) => `Bedoelt u ‘${guess}’?`,
    didYouMeanOneOf: (list) => `Bedoelt u een van deze: ${list}?`,
    help: (command) => `Hulp: ${command}`,
    unexpected: (message) =>
      `onverwachte fout: ${message}\nMeld dit alstublieft als programmafout.`,
  },
  input: {
    unknownLanguage: (value, guess, list) =>
      `De taal ‘${value}’ bestaat niet.${guessed(guess)} Mogelijk: ${list}.`,
    unknownDevice: (value, guess, list) =>
      `Het apparaat ‘${value}’ bestaat niet.${guessed(guess)} Mogelijk: ${list}.`,
    unknownEventKind: (value, guess, list) =>
      `De soort gebeurtenis ‘${value}’ bestaat niet.${guessed(guess)} Mogelijk: ${list}.`,
    unknownReplyKind: (value, guess, list) =>
      `De soort antwoord ‘${value}’ bestaat niet.${guessed(guess)} Mogelijk: ${list}.`,
    platformMissing: 'Noem het platform, bijv. ‘widerspruch text instagram’.',
    invalidDate: (option, value) =>
      `${option}: ‘${value}’ is geen geldige datum. Schrijf die als JJJJ-MM-DD, bijv. 2026-03-10.`,
    dateBeforeGdpr: (option, value) =>
      `${option}: de datum ${value} ligt vóór 25 mei 2018, vanaf wanneer de AVG van toepassing is. Controleer de datum (JJJJ-MM-DD).`,
    dateInFuture: (option, value, today) =>
      `${option}: de datum ${value} ligt in de toekomst (vandaag is het ${today}).`,
    textTooLong: (option, length, limit) =>
      `${option} is ${n(length)} tekens lang; hoogstens ${n(limit)} tekens zijn mogelijk. Maak de tekst korter.`,
    blank: (option, hint) => `${option} mag niet leeg zijn. ${hint}`,
    accountHint: 'Geef het e-mailadres of de gebruikersnaam van het account op.',
    profileHint: 'Geef een naam op, of laat --profile weg (dan geldt het account als het uwe).',
    viaWithoutSubmitted:
      '--via zegt hoe het bezwaar is verstuurd; geef met --submitted ook de dag op.',
    replyWithoutReplyReceived: '--reply hoort bij reply-received.',
    evidenceWithoutFile: 'evidence heeft --file <pad> nodig.',
    viaWithoutSubmittedEvent: '--via hoort bij submitted: het zegt hoe het bezwaar is verstuurd.',
    noteWithoutNote: 'note heeft --note <tekst> nodig.',
    extensionBeforeSubmitted: (id) =>
      `Een verlenging van de termijn kunt u pas vastleggen als het bezwaar als verstuurd is vastgelegd. Leg dat eerst vast: widerspruch case event ${id} submitted --date JJJJ-MM-DD`,
    extensionOutOfRange: (earliest, latest, date) =>
      `--date: de nieuwe termijn moet tussen ${earliest} en ${latest} liggen: na afloop van de eerste maand en uiterlijk drie maanden na ontvangst van uw bezwaar (artikel 12, lid 3, AVG). ${date} valt daarbuiten. Heeft het bedrijf een latere datum genoemd, vul dan ${latest} in. Noemt het geen datum, laat --date dan weg.`,
    evidenceType: (name, list) =>
      `‘${name}’ kan niet als bewijs worden bewaard. Mogelijk zijn bestanden met de extensie ${list}. Sla het bewijs bijvoorbeeld op als pdf of schermafbeelding.`,
    remindWhich: 'Welke zaak? Geef een zaaknummer op, of --all voor alle zaken.',
    remindEitherOr: 'Een zaaknummer of --all, niet allebei.',
    notDays: (value) =>
      `‘${value}’ is geen aantal dagen. Geef een geheel getal op, bijv. --days 90.`,
    catalogDirMissing: (dir) =>
      `De map ‘${dir}’ bestaat niet. Geef met --dir de gegevensmap van de catalogus op.`,
    wholeNumber: (option, min, max, value) =>
      `${option} heeft een geheel getal van ${min} tot ${max} nodig, niet ‘${value}’.`,
    scanMissing: (path) =>
      `‘${path}’ bestaat niet. Geef het pad op van een export-ZIP-bestand of een uitgepakte exportmap.`,
    scanNotAFile: (path) =>
      `‘${path}’ is geen bestand en geen map (maar bijvoorbeeld een pipe of een apparaat). Geef een export-ZIP-bestand of een uitgepakte exportmap op.`,
    fileMissing: (path) => `Het bestand ‘${path}’ bestaat niet.`,
    fileIsLink: (path) => `‘${path}’ is een symbolische koppeling. Geef het bestand zelf op.`,
    fileIsFolder: (path) => `‘${path}’ is een map. Geef een bestand op.`,
    fileNotRegular: (path) => `‘${path}’ is geen gewoon bestand. Geef een bestand op.`,
    idTooShort: (id) =>
      `Geef minstens 4 tekens van het zaaknummer op (‘${id}’ is te kort). Alle zaken: widerspruch case list`,
    idAmbiguous: (id) => `‘${id}’ past bij meerdere zaken; geef meer tekens van het nummer op.`,
    noReadableCase: (id, unreadable) =>
      `Er is geen leesbare zaak ‘${id}’. ${plural('nl', unreadable, { one: `${n(unreadable)} opgeslagen record is`, other: `${n(unreadable)} opgeslagen records zijn` })} beschadigd; mogelijk gaat het om de gezochte zaak. Alle leesbare zaken: widerspruch case list`,
    noCase: (id) => `Er is geen zaak ‘${id}’. Alle zaken: widerspruch case list`,
    deleteNeedsYes: (name, account, id) =>
      `case delete verwijdert de zaak ${name} · ${account} definitief. Bevestig met --yes: widerspruch case delete ${id} --yes (maak eerst een back-up: widerspruch case export --out back-up.json).`,
    passphraseNeeded:
      'Een versleutelde back-up heeft een wachtwoord nodig. Voer de opdracht uit in een terminal (daar wordt ernaar gevraagd) of geef het op in de omgevingsvariabele WIDERSPRUCH_PASSPHRASE.',
    cancelled: 'Afgebroken; er is niets gewijzigd.',
    passphrasesDiffer: 'De twee wachtwoorden komen niet overeen; er is niets geschreven.',
    passphraseTooShort: (min) =>
      `Het wachtwoord is te kort: minstens ${min} tekens. Zonder dit wachtwoord is de back-up niet meer te openen; bewaar het goed.`,
  },
  failure: {
    noStore: (path, source) =>
      `Op ${path} is geen opslag (${STORE_SOURCE[source]}). Er is niets aangemaakt. Controleer het pad; een nieuwe opslag ontstaat met ‘widerspruch case add’ of ‘widerspruch case import’.`,
    storeUnopenable: (detail) =>
      `De opslag kan niet worden geopend: ${detail}. Kies met --store een ander bestand.`,
    damagedCase: (id) =>
      `De opgeslagen zaak ${id} is beschadigd en niet leesbaar; er is niets gewijzigd. Maak een back-up van de leesbare zaken met: widerspruch case export --skip-unreadable`,
    invalidRecord: (field, problem) =>
      `Niet opgeslagen: de waarde ${field} ${problem}. Er is niets gewijzigd; maak de waarde korter of verbeter die.`,
    importTooLarge: (name) =>
      `‘${name}’ is groter dan 200 MB en dus zeker geen back-up van Widerspruch. Er is niets gewijzigd.`,
    emptyOverFull: (out, cases) =>
      `Niet geschreven: de opslag bevat geen zaak, maar ${out} bevat ${cases === undefined ? 'een versleutelde back-up' : `een back-up met ${count(cases, 'zaak', 'zaken')}`}. Het bestand blijft ongewijzigd. Controleer --store of WIDERSPRUCH_STORE; om het toch door een lege back-up te vervangen: --force`,
    incompleteBackup: (unreadable, path) =>
      `${nl.backup.unreadable(unreadable, '')}; de back-up zou onvolledig zijn, daarom is er niets geschreven. Alle records blijven bewaard in ${path} (kopieer dat bestand als back-up). Om alleen de leesbare zaken op te slaan: widerspruch case export --skip-unreadable`,
    noDeadlineAll:
      'Voor geen van uw leesbare zaken loopt een termijn (niets verstuurd of alles beantwoord).',
    noDeadlineOne: 'Voor deze zaak loopt geen termijn (nog niet verstuurd of al beantwoord).',
    catalogHasErrors: (dir) =>
      `De catalogus in ‘${dir}’ bevat fouten (zie hierboven); controleer die met ‘widerspruch catalog check --dir’.`,
    linksUnreachable: (x) =>
      `${plural('nl', x, { one: `${n(x)} adres is`, other: `${n(x)} adressen zijn` })} niet bereikbaar.`,
    cannotRead: (path, why) => `‘${path}’ kan niet worden gelezen: ${why}`,
    cannotWrite: (path, why, kept) =>
      `‘${path}’ kan niet worden geschreven: ${why}${kept ? ' Het bestaande bestand is ongewijzigd.' : ' Er is niets geschreven.'}`,
    why: {
      missingFolder: (folder) =>
        `de map ‘${folder}’ bestaat niet. Maak die aan of kies een ander pad.`,
      notRegular:
        'dat is geen gewoon bestand (maar bijvoorbeeld een pipe). Geef een bestandsnaam op.',
      folder: 'dat is een map. Geef een bestandsnaam op.',
      permission:
        'daarvoor ontbreekt de toestemming. Kies een andere plek, bijvoorbeeld uw thuismap.',
      readOnly: 'het station is alleen-lezen. Kies een andere plek.',
      full: 'het station is vol. Maak ruimte vrij of kies een andere plek.',
      system: (code) => `het systeem meldt ${code}.`,
    },
  },
  platforms: {
    status: {
      training: 'traint AI met gebruikersgegevens',
      announced: 'AI-training aangekondigd',
      paused: 'AI-training gepauzeerd',
      'not-training': 'traint niet met inhoud van gebruikers',
      unclear: 'onduidelijk',
    },
    since: (date) => `sinds ${date}`,
    hint: 'Handleiding: widerspruch guide <platform>   Tekst: widerspruch text <platform>',
  },
  guide: {
    uncertain: 'Onzeker',
    text: 'Uw bezwaartekst',
    verified: 'Stand van de gegevens',
    quality: {
      sourced: 'uit bronnen, niet zelf gecontroleerd',
      verified: 'gecontroleerd',
      tested: 'getest',
    },
    onlyLocale: {
      de: 'alleen met Duitse menunamen gedocumenteerd',
      en: 'alleen met Engelse menunamen gedocumenteerd',
    },
    onlyDevice: {
      desktop: 'gedocumenteerd voor de computer',
      mobile: 'gedocumenteerd voor de smartphone',
    },
  },
  remedies: {
    heading: 'Rechtszaken en collectieve acties',
    other: 'Andere procedures (niet over AI-training)',
    about: 'Waar het om gaat',
    status: 'Stand van zaken',
    who: 'Wie kan meedoen',
    how: 'Zo doet u mee',
    sources: 'Bronnen',
    notAdvice: 'Geen juridisch advies.',
  },
  case: {
    letterName: {
      objection: 'Bezwaarbrief',
      reminder: 'Herinnering',
      complaint: 'Klacht',
      erasure: 'Verzoek om wissing',
      access: 'Inzageverzoek',
      dossier: 'Dossier',
    },
    groundsName: 'Nieuw bezwaar met redenen',
    groundsHint: '(de redenen om uit te kiezen: widerspruch text --list-reasons)',
    ground: 'reden',
    againMark: '⚠ regels gewijzigd – opnieuw controleren',
    againHint:
      'Het platform heeft zijn regels na uw bezwaar gewijzigd. Wat u kunt doen, toont: widerspruch case show <zaak>',
    empty:
      'Nog geen bezwaren opgeslagen. Toevoegen met: widerspruch case add <platform> --account <account> --submitted <datum>',
    due: (date) => `termijn ${date}`,
    caseLabel: 'Zaak',
    stateLabel: 'Stand',
    sentOn: 'Verstuurd op',
    dueOn: 'Termijn',
    request: (name, sentOn, dueOn, passed) =>
      `${name} van ${sentOn}: het antwoord ${passed ? 'moest er' : 'moet er'} uiterlijk ${dueOn} zijn`,
    requestPassedHint:
      '. Is er geen antwoord gekomen, dan kunt u een klacht indienen bij de toezichthoudende autoriteit (artikel 77 AVG).',
    checkAgain: 'Opnieuw controleren',
    nextStep: 'Volgende stap:',
    recordIt: 'Vastleggen',
    lettersThatFit: 'Passende brieven:',
    fromDay: (day) => `vanaf ${day}`,
    timeline: 'Verloop:',
    nothingDeleted: 'Niets verwijderd.',
    deleted: (id) => `Verwijderd: ${id}`,
    confirmDelete: (name, account, shortId) =>
      `De zaak ${name} · ${account} (${shortId}) definitief verwijderen?`,
    yes: 'Ja',
    no: 'Nee',
    defaultProfile: 'Ik',
    recorded: (label, id) => `Vastgelegd: ${label} (zaak ${id})`,
    metaConfirmation: (id, day) =>
      `Deze e-mail lijkt op de bevestiging van uw bezwaar door Meta. Vastleggen met:\n  widerspruch case event ${id} confirmation-received --date ${day}`,
    saved: (path) => `Opgeslagen: ${path}`,
  },
  backup: {
    exported: (cases, out, encrypted, replaced) =>
      `${count(cases, 'zaak', 'zaken')} opgeslagen in ${out}${encrypted ? ' (versleuteld met een wachtwoord)' : ''}${replaced}`,
    replacedOther: '; het bestaande bestand is vervangen',
    replacedEncrypted: '; vervangt een versleutelde back-up',
    replacedBackup: (cases) => `; vervangt een back-up met ${count(cases, 'zaak', 'zaken')}`,
    imported: (cases, people, evidence) =>
      `Ingelezen: ${count(cases, 'zaak', 'zaken')}, ${count(people, 'persoon', 'personen')}, ${count(evidence, 'bewijsstuk', 'bewijsstukken')}.`,
    notImported: (evidence, names) =>
      `Niet ingelezen: ${count(evidence, 'bewijsstuk', 'bewijsstukken')} zonder bijbehorende zaak (${names}).`,
    unreadable: (x, list) => {
      const shown = list ? ` (${list})` : '';
      return plural('nl', x, {
        one: `${n(x)} opgeslagen record${shown} is onleesbaar`,
        other: `${n(x)} opgeslagen records${shown} zijn onleesbaar`,
      });
    },
    record: { case: 'zaak', profile: 'persoon' },
    unreadableInList: (what, x) =>
      `Let op: ${what} en ${plural('nl', x, { one: 'wordt niet getoond; het blijft', other: 'worden niet getoond; ze blijven' })} ongewijzigd bewaard.`,
    unreadableInExport: (what, x) =>
      `Waarschuwing: ${what} en ${plural('nl', x, { one: 'ontbreekt in deze back-up; het blijft', other: 'ontbreken in deze back-up; ze blijven' })} ongewijzigd bewaard in de opslag.`,
    unreadableInCalendar: (what, x) =>
      `Waarschuwing: ${what}; ${plural('nl', x, { one: 'de termijn ervan ontbreekt', other: 'de termijnen ervan ontbreken' })} in dit agendabestand. ${plural('nl', x, { one: 'Het blijft', other: 'Ze blijven' })} ongewijzigd bewaard in de opslag.`,
    passphraseFromEnv: 'Wachtwoord uit de omgevingsvariabele WIDERSPRUCH_PASSPHRASE.',
    passphrase: 'Wachtwoord van de back-up',
    passphraseAgain: 'Wachtwoord herhalen',
  },
  scan: {
    kinds: {
      post: 'berichten',
      photo: 'foto’s',
      video: 'video’s',
      comment: 'reacties',
      story: 'verhalen',
      reel: 'reels',
      'group-post': 'groepsberichten',
      profile: 'profiel',
      'by-others': 'inhoud van anderen over u',
    },
    exportTitle: (platform) => `${platform}-export`,
    noContent: '(geen inhoud gevonden)',
    guideHint: (platform, id) =>
      `Hoe u bezwaar maakt en wat ${platform} gebruikt: widerspruch guide ${id}`,
    jsonHint: 'Alle items afzonderlijk: widerspruch scan … --json',
    incomplete: (files) =>
      `${plural('nl', files, { one: `${n(files)} bestand kon`, other: `${n(files)} bestanden konden` })} niet worden gelezen – het resultaat is onvolledig. Er is meer inhoud dan hier geteld:`,
    andMore: (x) => `… en nog ${n(x)}`,
    records: (x) => `, ${count(x, 'record', 'records')}`,
    byYear: 'Per jaar',
    noDate: 'zonder datum',
    noOwn: 'Geen eigen inhoud gevonden.',
    own: (x) =>
      `${count(x, 'eigen item', 'eigen items')}: wat daarvan openbaar is, kan voor AI-training worden gebruikt; een bezwaar dekt ${plural('nl', x, { one: 'het', other: 'ze' })}, maar alleen voor de toekomst.`,
    byOthers: (x) =>
      `${count(x, 'item', 'items')} van anderen (bijv. tags) ${plural('nl', x, { one: 'valt', other: 'vallen' })} niet onder uw bezwaar: vraag om verwijdering of gebruik het formulier voor derden.`,
    training: (day, before, after) =>
      `Vóór de start van de training (${day}): ${n(before)} – waarschijnlijk al gebruikt. Daarna: ${n(after)} – beschermd door uw bezwaar, als u dat hebt ingediend.`,
    audiences: {
      public: 'openbaar',
      followers: 'alleen volgers',
      connections: 'alleen connecties',
      'only-me': 'alleen u (gearchiveerd)',
    },
    visibilityUnknown: 'De export zegt niet wie de items kan zien (zichtbaarheid onbekend).',
    unknown: 'onbekend',
    visibility: 'Zichtbaarheid volgens de export',
    reading: 'Lezen',
  },
  links: {
    redirect: (url) => `doorverwijzing → ${url}`,
    broken: (detail) => `werkt niet (${detail})`,
    unreachable: (detail) => `niet bereikbaar (${detail})`,
    where: (places) => `in ${places}`,
    summary: (checked, ok, redirected, broken, unreachable) =>
      `catalog links: ${n(checked)} gecontroleerd, ${n(ok)} in orde, ${n(redirected)} doorverwezen, ${n(broken)} werken niet, ${n(unreachable)} niet bereikbaar`,
  },
  stale: {
    none: (days, today) => `Geen gegevens ouder dan ${n(days)} dagen (vandaag is het ${today}).`,
    row: (verified, ageDays) =>
      `gecontroleerd ${verified}  ${count(ageDays, 'dag', 'dagen')} geleden`,
    summary: (x, days, today) =>
      `${count(x, 'record', 'records')} met gegevens ouder dan ${n(days)} dagen (vandaag is het ${today}).`,
  },
  interactive: {
    intro: 'Widerspruch – bezwaar maken tegen AI-training met uw gegevens',
    about:
      'Deze assistent toont u voor elk platform de officiële weg om bezwaar te maken,\nschrijft de tekst ervoor en legt uit wat het bezwaar wel en niet doet.\nEr wordt niets verstuurd. Alleen wat u als gedaan bevestigt, wordt op dit apparaat bewaard.\nGeen juridisch advies.',
    choose: 'Welke diensten gebruikt u? (spatie: kiezen, Enter: verder)',
    device: 'Waar wilt u bezwaar maken?',
    devices: {
      desktop: 'Op de computer (in de browser)',
      mobile: 'Op de smartphone (in de app)',
    },
    progress: (i, total, name) => `${name} (${i} van ${total})`,
    addGrounds: 'Wilt u redenen uit uw persoonlijke situatie toevoegen? (optioneel)',
    grounds: 'Welke redenen zijn op u van toepassing? (spatie: kiezen, Enter: verder)',
    note: 'Uw eigen woorden (optioneel, Enter om over te slaan):',
    textTitle: 'Uw tekst om te plakken',
    sent: 'Hebt u het bezwaar verstuurd?',
    sentYes: 'Goed. Bewaar de bevestigingsmail als bewijs.',
    settingDone: 'Hebt u de instelling gewijzigd zoals beschreven?',
    recorded: (path) => `Vastgelegd (widerspruch case list toont alle zaken; opslag: ${path}).`,
    sentLater: 'Geen probleem. U kunt altijd terugkomen: widerspruch guide <platform>',
    more: 'Meer tonen: wat het bezwaar doet, meerdere accounts, inhoud van anderen?',
    cancelled: 'Afgebroken. Er is niets opgeslagen.',
    outro: 'Klaar. Dank u dat u uw rechten uitoefent.',
  },
};

const STORE_SOURCE: Readonly<Record<'option' | 'env' | 'xdg' | 'home', string>> = {
  option: 'opgegeven met --store',
  env: 'uit de omgevingsvariabele WIDERSPRUCH_STORE',
  xdg: 'de standaardplek onder XDG_DATA_HOME; te wijzigen met --store of WIDERSPRUCH_STORE',
  home: 'de standaardplek in de thuismap HOME; te wijzigen met --store of WIDERSPRUCH_STORE',
};
