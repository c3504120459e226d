import { formatNumber, plural } from './format.js';
import type { Messages } from './messages.js';

const n = (x: number) => formatNumber(x, 'de');
/** "1 Fall", "2 Fälle". */
const count = (x: number, one: string, other: string) =>
  `${n(x)} ${plural('de', x, { one, other })}`;
const guessed = (guess: string | undefined) => (guess ? ` Meinten Sie „${guess}“?` : '');

export const de: Messages = {
  colon: ': ',
  englishOnly: 'Einige Angaben gibt es bisher nur auf Englisch.',
  usage: {
    missingArgument: (name) => `Es fehlt eine Angabe: <${name}>.`,
    unknownCommand: (name) => `Den Befehl „${name}“ gibt es nicht.`,
    unknownOption: (name) => `Die Option „${name}“ gibt es hier nicht.`,
    requiredOption: (name) => `Die Option „${name}“ ist nötig.`,
    optionValueMissing: (name) => `Nach „${name}“ fehlt der Wert.`,
    tooManyArguments: (expected, got) => `Zu viele Angaben: ${expected} erwartet, ${got} erhalten.`,
    didYouMean: (guess) => `Meinten Sie „${guess}“?`,
    didYouMeanOneOf: (list) => `Meinten Sie: ${list}?`,
    help: (command) => `Hilfe: ${command}`,
    unexpected: (message) =>
      `unerwarteter Fehler: ${message}\nBitte melden Sie dies als Programmfehler.`,
  },
  input: {
    unknownLanguage: (value, guess, list) =>
      `Die Sprache „${value}“ gibt es nicht.${guessed(guess)} Möglich: ${list}.`,
    unknownDevice: (value, guess, list) =>
      `Das Gerät „${value}“ gibt es nicht.${guessed(guess)} Möglich: ${list}.`,
    unknownEventKind: (value, guess, list) =>
      `Die Ereignisart „${value}“ gibt es nicht.${guessed(guess)} Möglich: ${list}.`,
    unknownReplyKind: (value, guess, list) =>
      `Die Antwortart „${value}“ gibt es nicht.${guessed(guess)} Möglich: ${list}.`,
    platformMissing: 'Bitte nennen Sie die Plattform, z. B. „widerspruch text instagram“.',
    invalidDate: (option, value) =>
      `${option}: „${value}“ ist kein gültiges Datum. Schreiben Sie es als JJJJ-MM-TT, z. B. 2026-03-10.`,
    dateBeforeGdpr: (option, value) =>
      `${option}: Das Datum ${value} liegt vor dem 25. Mai 2018, ab dem die DSGVO gilt. Prüfen Sie das Datum (JJJJ-MM-TT).`,
    dateInFuture: (option, value, today) =>
      `${option}: Das Datum ${value} liegt in der Zukunft (heute ist ${today}).`,
    textTooLong: (option, length, limit) =>
      `${option} ist ${n(length)} Zeichen lang; höchstens ${n(limit)} Zeichen sind möglich. Kürzen Sie den Text.`,
    blank: (option, hint) => `${option} darf nicht leer sein. ${hint}`,
    accountHint: 'Geben Sie die E-Mail-Adresse oder den Nutzernamen des Kontos an.',
    profileHint:
      'Geben Sie einen Namen an, oder lassen Sie --profile weg (dann gilt das Konto als Ihres).',
    viaWithoutSubmitted:
      '--via sagt, wie der Widerspruch abgeschickt wurde; geben Sie dazu mit --submitted an, wann.',
    replyWithoutReplyReceived: '--reply gehört zu reply-received.',
    evidenceWithoutFile: 'evidence braucht --file <pfad>.',
    viaWithoutSubmittedEvent:
      '--via gehört zu submitted: Es sagt, wie der Widerspruch abgeschickt wurde.',
    noteWithoutNote: 'note braucht --note <text>.',
    extensionBeforeSubmitted: (id) =>
      `Eine Fristverlängerung können Sie erst eintragen, wenn der Widerspruch als abgeschickt eingetragen ist. Tragen Sie das zuerst ein: widerspruch case event ${id} submitted --date JJJJ-MM-TT`,
    extensionOutOfRange: (earliest, latest, date) =>
      `--date: Das neue Fristende muss zwischen ${earliest} und ${latest} liegen: nach dem Ende der ersten Monatsfrist und höchstens drei Monate nach Eingang Ihres Widerspruchs (Art. 12 Abs. 3 DSGVO). ${date} liegt außerhalb dieses Zeitraums. Hat das Unternehmen ein späteres Datum genannt, tragen Sie ${latest} ein. Nennt es kein Datum, lassen Sie --date weg.`,
    evidenceType: (name, list) =>
      `„${name}“ kann nicht als Nachweis gespeichert werden. Möglich sind Dateien mit der Endung ${list}. Speichern Sie den Nachweis z. B. als PDF oder Bildschirmfoto.`,
    remindWhich: 'Welcher Fall? Geben Sie eine Fallnummer an oder --all für alle Fälle.',
    remindEitherOr: 'Entweder eine Fallnummer oder --all, nicht beides.',
    notDays: (value) =>
      `„${value}“ ist keine Anzahl von Tagen. Geben Sie eine ganze Zahl an, z. B. --days 90.`,
    catalogDirMissing: (dir) =>
      `Den Ordner „${dir}“ gibt es nicht. Geben Sie mit --dir den Datenordner des Katalogs an.`,
    wholeNumber: (option, min, max, value) =>
      `${option} braucht eine ganze Zahl von ${min} bis ${max}, nicht „${value}“.`,
    scanMissing: (path) =>
      `„${path}“ gibt es nicht. Geben Sie den Pfad einer Export-ZIP-Datei oder eines entpackten Export-Ordners an.`,
    scanNotAFile: (path) =>
      `„${path}“ ist weder eine Datei noch ein Ordner. Geben Sie eine Export-ZIP-Datei oder einen entpackten Export-Ordner an.`,
    fileMissing: (path) => `Die Datei „${path}“ gibt es nicht.`,
    fileIsLink: (path) =>
      `„${path}“ ist eine Verknüpfung (symbolischer Link). Geben Sie die Datei selbst an.`,
    fileIsFolder: (path) => `„${path}“ ist ein Ordner. Geben Sie eine Datei an.`,
    fileNotRegular: (path) => `„${path}“ ist keine gewöhnliche Datei. Geben Sie eine Datei an.`,
    idTooShort: (id) =>
      `Geben Sie mindestens 4 Zeichen der Fallnummer an („${id}“ ist zu kurz). Alle Fälle zeigt: widerspruch case list`,
    idAmbiguous: (id) => `„${id}“ passt zu mehreren Fällen; geben Sie mehr Zeichen der Nummer an.`,
    noReadableCase: (id, unreadable) =>
      `Einen lesbaren Fall „${id}“ gibt es nicht. ${plural('de', unreadable, { one: `${n(unreadable)} gespeicherter Eintrag ist`, other: `${n(unreadable)} gespeicherte Einträge sind` })} beschädigt; vielleicht ist der gesuchte Fall betroffen. Alle lesbaren Fälle zeigt: widerspruch case list`,
    noCase: (id) => `Einen Fall „${id}“ gibt es nicht. Alle Fälle zeigt: widerspruch case list`,
    deleteNeedsYes: (name, account, id) =>
      `case delete löscht den Fall ${name} · ${account} endgültig. Bestätigen Sie mit --yes: widerspruch case delete ${id} --yes (vorher sichern: widerspruch case export --out sicherung.json).`,
    passphraseNeeded:
      'Eine verschlüsselte Sicherung braucht ein Passwort. Führen Sie den Befehl in einem Terminal aus (dann wird es abgefragt) oder geben Sie es in der Umgebungsvariable WIDERSPRUCH_PASSPHRASE an.',
    cancelled: 'Abgebrochen; nichts wurde geändert.',
    passphrasesDiffer: 'Die beiden Passwörter stimmen nicht überein; nichts wurde geschrieben.',
    passphraseTooShort: (min) =>
      `Das Passwort ist zu kurz: mindestens ${min} Zeichen. Ohne dieses Passwort lässt sich die Sicherung nicht mehr öffnen; bewahren Sie es gut auf.`,
  },
  failure: {
    noStore: (path, source) =>
      `Unter ${path} gibt es keinen Speicher (${STORE_SOURCE[source]}). Es wurde nichts angelegt. Prüfen Sie den Pfad; ein neuer Speicher entsteht mit „widerspruch case add“ oder „widerspruch case import“.`,
    storeUnopenable: (detail) =>
      `Der Speicher lässt sich nicht öffnen: ${detail}. Wählen Sie mit --store eine andere Datei.`,
    damagedCase: (id) =>
      `Der gespeicherte Fall ${id} ist beschädigt und lässt sich nicht lesen; es wurde nichts geändert. Die lesbaren Fälle sichern Sie mit: widerspruch case export --skip-unreadable`,
    invalidRecord: (field, problem) =>
      `Nicht gespeichert: Die Angabe ${field} ${problem}. Es wurde nichts geändert. Kürzen oder berichtigen Sie die Angabe.`,
    importTooLarge: (name) =>
      `„${name}“ ist größer als 200 MB und sicher keine Sicherung von Widerspruch. Es wurde nichts geändert.`,
    emptyOverFull: (out, cases) =>
      `Nicht geschrieben: Der Speicher enthält keinen Fall, ${out} aber ${cases === undefined ? 'eine verschlüsselte Sicherung' : `eine Sicherung mit ${count(cases, 'Fall', 'Fällen')}`}. Die Datei bleibt unverändert. Prüfen Sie --store bzw. WIDERSPRUCH_STORE; um sie dennoch durch eine leere Sicherung zu ersetzen: --force`,
    incompleteBackup: (unreadable, path) =>
      `${de.backup.unreadable(unreadable, '')}; die Sicherung wäre unvollständig, deshalb wurde nichts geschrieben. Alle Einträge bleiben in ${path} erhalten (kopieren Sie diese Datei als Sicherung). Um nur die lesbaren Fälle zu sichern: widerspruch case export --skip-unreadable`,
    noDeadlineAll:
      'Für keinen Ihrer lesbaren Fälle läuft eine Frist (nichts abgeschickt oder alles beantwortet).',
    noDeadlineOne:
      'Für diesen Fall läuft keine Frist (noch nicht abgeschickt oder schon beantwortet).',
    catalogHasErrors: (dir) =>
      `Der Katalog in „${dir}“ hat Fehler (siehe oben); prüfen Sie ihn mit „widerspruch catalog check --dir“.`,
    linksUnreachable: (x) =>
      `${plural('de', x, { one: `${n(x)} Adresse ist`, other: `${n(x)} Adressen sind` })} nicht erreichbar.`,
    cannotRead: (path, why) => `„${path}“ lässt sich nicht lesen: ${why}`,
    cannotWrite: (path, why, kept) =>
      `„${path}“ lässt sich nicht schreiben: ${why}${kept ? ' Die bisherige Datei ist unverändert erhalten.' : ' Es wurde nichts geschrieben.'}`,
    why: {
      missingFolder: (folder) =>
        `den Ordner „${folder}“ gibt es nicht. Legen Sie ihn an oder wählen Sie einen anderen Pfad.`,
      notRegular: 'das ist keine gewöhnliche Datei. Geben Sie einen Dateinamen an.',
      folder: 'das ist ein Ordner. Geben Sie einen Dateinamen an.',
      permission:
        'dafür fehlt die Berechtigung. Wählen Sie einen anderen Ort, z. B. Ihren Benutzerordner.',
      readOnly: 'das Laufwerk ist schreibgeschützt. Wählen Sie einen anderen Ort.',
      full: 'auf dem Laufwerk ist kein Platz mehr. Geben Sie Speicher frei oder wählen Sie einen anderen Ort.',
      system: (code) => `das System meldet ${code}.`,
    },
  },
  platforms: {
    status: {
      training: 'trainiert KI mit Nutzerdaten',
      announced: 'KI-Training angekündigt',
      paused: 'KI-Training pausiert',
      'not-training': 'trainiert nicht mit Nutzerinhalten',
      unclear: 'unklar',
    },
    since: (date) => `seit ${date}`,
    hint: 'Anleitung: widerspruch guide <plattform>   Text: widerspruch text <plattform>',
  },
  guide: {
    uncertain: 'Unsicher',
    text: 'Ihr Widerspruchstext',
    verified: 'Stand der Angaben',
    quality: {
      sourced: 'aus Quellen, nicht selbst geprüft',
      verified: 'geprüft',
      tested: 'getestet',
    },
    onlyLocale: {
      de: 'nur mit deutschen Menünamen belegt',
      en: 'nur mit englischen Menünamen belegt',
    },
    onlyDevice: { desktop: 'für den Computer belegt', mobile: 'für das Smartphone belegt' },
  },
  remedies: {
    heading: 'Gerichte und Sammelklagen',
    other: 'Andere Verfahren (nicht zum KI-Training)',
    about: 'Worum es geht',
    status: 'Stand',
    who: 'Wer mitmachen kann',
    how: 'So machen Sie mit',
    sources: 'Quellen',
    notAdvice: 'Keine Rechtsberatung.',
  },
  case: {
    letterName: {
      objection: 'Widerspruch als Brief',
      reminder: 'Erinnerung',
      complaint: 'Beschwerde',
      erasure: 'Antrag auf Löschung',
      access: 'Auskunftsersuchen',
      dossier: 'Dossier',
    },
    groundsName: 'Neuer Widerspruch mit Gründen',
    groundsHint: '(die Gründe zur Auswahl: widerspruch text --list-reasons)',
    ground: 'grund',
    againMark: '⚠ Regeln geändert – erneut prüfen',
    againHint:
      'Die Plattform hat ihre Regeln nach Ihrem Widerspruch geändert. Was zu tun ist, zeigt: widerspruch case show <fall>',
    empty:
      'Noch keine Widersprüche gespeichert. Anlegen mit: widerspruch case add <plattform> --account <konto> --submitted <datum>',
    due: (date) => `fällig ${date}`,
    caseLabel: 'Fall',
    stateLabel: 'Stand',
    sentOn: 'Abgeschickt am',
    dueOn: 'Fällig am',
    request: (name, sentOn, dueOn, passed) =>
      `${name} vom ${sentOn}: Antwort ${passed ? 'war' : 'ist'} fällig am ${dueOn}`,
    requestPassedHint:
      '. Ist keine gekommen, können Sie sich bei der Aufsichtsbehörde beschweren (Art. 77 DSGVO).',
    checkAgain: 'Erneut prüfen',
    nextStep: 'Nächster Schritt:',
    recordIt: 'Eintragen',
    lettersThatFit: 'Passende Schreiben:',
    fromDay: (day) => `ab dem ${day}`,
    timeline: 'Verlauf:',
    nothingDeleted: 'Nichts gelöscht.',
    deleted: (id) => `Gelöscht: ${id}`,
    confirmDelete: (name, account, shortId) =>
      `Den Fall ${name} · ${account} (${shortId}) endgültig löschen?`,
    yes: 'Ja',
    no: 'Nein',
    defaultProfile: 'Ich',
    recorded: (label, id) => `Eingetragen: ${label} (Fall ${id})`,
    metaConfirmation: (id, day) =>
      `Diese E-Mail sieht wie Metas Bestätigung Ihres Widerspruchs aus. Eintragen mit:\n  widerspruch case event ${id} confirmation-received --date ${day}`,
    saved: (path) => `Gespeichert: ${path}`,
  },
  backup: {
    exported: (cases, out, encrypted, replaced) =>
      `${count(cases, 'Fall', 'Fälle')} gespeichert in ${out}${encrypted ? ' (mit Passwort verschlüsselt)' : ''}${replaced}`,
    replacedOther: '; die bisherige Datei wurde ersetzt',
    replacedEncrypted: '; ersetzt eine verschlüsselte Sicherung',
    replacedBackup: (cases) => `; ersetzt eine Sicherung mit ${count(cases, 'Fall', 'Fällen')}`,
    imported: (cases, people, evidence) =>
      `Eingelesen: ${count(cases, 'Fall', 'Fälle')}, ${count(people, 'Person', 'Personen')}, ${count(evidence, 'Nachweis', 'Nachweise')}.`,
    notImported: (evidence, names) =>
      `Nicht eingelesen: ${count(evidence, 'Nachweis', 'Nachweise')}, zu ${plural('de', evidence, { one: 'dem', other: 'denen' })} kein Fall gehört (${names}).`,
    unreadable: (x, list) => {
      const shown = list ? ` (${list})` : '';
      return plural('de', x, {
        one: `${n(x)} gespeicherter Eintrag${shown} ist unlesbar`,
        other: `${n(x)} gespeicherte Einträge${shown} sind unlesbar`,
      });
    },
    record: { case: 'Fall', profile: 'Person' },
    unreadableInList: (what, x) =>
      `Hinweis: ${what} und ${plural('de', x, { one: 'wird nicht angezeigt; er bleibt', other: 'werden nicht angezeigt; sie bleiben' })} unverändert erhalten.`,
    unreadableInExport: (what, x) =>
      `Warnung: ${what} und ${plural('de', x, { one: 'fehlt in dieser Sicherung; er bleibt', other: 'fehlen in dieser Sicherung; sie bleiben' })} im Speicher unverändert erhalten.`,
    unreadableInCalendar: (what, x) =>
      `Warnung: ${what}; ${plural('de', x, { one: 'seine Frist fehlt in dieser Kalenderdatei. Er bleibt', other: 'ihre Fristen fehlen in dieser Kalenderdatei. Sie bleiben' })} im Speicher unverändert erhalten.`,
    passphraseFromEnv: 'Passwort aus der Umgebungsvariable WIDERSPRUCH_PASSPHRASE.',
    passphrase: 'Passwort der Sicherung',
    passphraseAgain: 'Passwort wiederholen',
  },
  scan: {
    kinds: {
      post: 'Beiträge',
      photo: 'Fotos',
      video: 'Videos',
      comment: 'Kommentare',
      story: 'Storys',
      reel: 'Reels',
      'group-post': 'Gruppenbeiträge',
      profile: 'Profil',
      'by-others': 'Inhalte anderer über Sie',
    },
    exportTitle: (platform) => `${platform}-Export`,
    noContent: '(keine Inhalte gefunden)',
    guideHint: (platform, id) =>
      `Wie Sie widersprechen und was ${platform} verwendet: widerspruch guide ${id}`,
    jsonHint: 'Alle Einträge einzeln: widerspruch scan … --json',
    incomplete: (files) =>
      `${plural('de', files, { one: `${n(files)} Datei konnte`, other: `${n(files)} Dateien konnten` })} nicht gelesen werden – das Ergebnis ist unvollständig. Es gibt mehr Inhalte, als hier gezählt sind:`,
    andMore: (x) => `… und ${n(x)} weitere`,
    records: (x) => `, ${count(x, 'Eintrag', 'Einträge')}`,
    byYear: 'Nach Jahr',
    noDate: 'ohne Datum',
    noOwn: 'Keine eigenen Inhalte gefunden.',
    own: (x) =>
      `${plural('de', x, { one: `${n(x)} eigener Inhalt`, other: `${n(x)} eigene Inhalte` })}: Was davon öffentlich ist, kann für KI-Training genutzt werden; ein Widerspruch deckt ${plural('de', x, { one: 'ihn', other: 'sie' })} ab, aber nur für die Zukunft.`,
    byOthers: (x) =>
      `${count(x, 'Inhalt', 'Inhalte')} anderer (z. B. Markierungen) deckt Ihr Widerspruch nicht ab: Bitten Sie um Entfernung oder nutzen Sie das Formular für Dritte.`,
    training: (day, before, after) =>
      `Vor dem Trainingsstart (${day}): ${n(before)} – wahrscheinlich schon verwendet. Danach: ${n(after)} – durch Ihren Widerspruch geschützt, falls eingelegt.`,
    audiences: {
      public: 'öffentlich',
      followers: 'nur Follower',
      connections: 'nur Kontakte',
      'only-me': 'nur Sie (archiviert)',
    },
    visibilityUnknown:
      'Wer die Einträge sehen kann, sagt der Export nicht (Sichtbarkeit unbekannt).',
    unknown: 'unbekannt',
    visibility: 'Sichtbarkeit laut Export',
    reading: 'Lese',
  },
  links: {
    redirect: (url) => `Weiterleitung → ${url}`,
    broken: (detail) => `funktioniert nicht (${detail})`,
    unreachable: (detail) => `nicht erreichbar (${detail})`,
    where: (places) => `in ${places}`,
    summary: (checked, ok, redirected, broken, unreachable) =>
      `catalog links: ${n(checked)} geprüft, ${n(ok)} in Ordnung, ${n(redirected)} weitergeleitet, ${n(broken)} funktionieren nicht, ${n(unreachable)} nicht erreichbar`,
  },
  stale: {
    none: (days, today) => `Keine Angaben älter als ${n(days)} Tage (heute ist der ${today}).`,
    row: (verified, ageDays) => `geprüft ${verified}  vor ${count(ageDays, 'Tag', 'Tagen')}`,
    summary: (x, days, today) =>
      `${count(x, 'Eintrag', 'Einträge')} mit Angaben älter als ${n(days)} Tage (heute ist der ${today}).`,
  },
  interactive: {
    intro: 'Widerspruch – KI-Training mit Ihren Daten widersprechen',
    about:
      'Dieser Assistent zeigt Ihnen für jede Plattform den offiziellen Weg zum Widerspruch,\nschreibt den Text dafür und erklärt, was der Widerspruch bewirkt und was nicht.\nDer Assistent verschickt nichts. Auf diesem Gerät speichert er nur, was Sie als erledigt bestätigen.\nKeine Rechtsberatung.',
    choose: 'Welche Dienste nutzen Sie? (Leertaste: auswählen, Enter: weiter)',
    device: 'Wo möchten Sie widersprechen?',
    devices: { desktop: 'Am Computer (im Browser)', mobile: 'Auf dem Smartphone (in der App)' },
    progress: (i, total, name) => `${name} (${i} von ${total})`,
    addGrounds: 'Möchten Sie Gründe aus Ihrer persönlichen Situation ergänzen? (freiwillig)',
    grounds: 'Welche Gründe treffen auf Sie zu? (Leertaste: auswählen, Enter: weiter)',
    note: 'Eigene Worte (freiwillig, Enter zum Überspringen):',
    textTitle: 'Ihr Text zum Einfügen',
    sent: 'Haben Sie den Widerspruch abgeschickt?',
    sentYes: 'Gut. Bewahren Sie die Bestätigungs-E-Mail als Nachweis auf.',
    settingDone: 'Haben Sie die Einstellung wie beschrieben geändert?',
    recorded: (path) => `Festgehalten (widerspruch case list zeigt alle Fälle; Speicher: ${path}).`,
    sentLater: 'Kein Problem. Sie können jederzeit wiederkommen: widerspruch guide <plattform>',
    more: 'Mehr dazu anzeigen: was der Widerspruch bewirkt, mehrere Konten, Inhalte anderer?',
    cancelled: 'Abgebrochen. Es wurde nichts gespeichert.',
    outro: 'Fertig. Danke, dass Sie Ihre Rechte wahrnehmen.',
  },
};

const STORE_SOURCE: Readonly<Record<'option' | 'env' | 'xdg' | 'home', string>> = {
  option: 'angegeben mit --store',
  env: 'aus der Umgebungsvariable WIDERSPRUCH_STORE',
  xdg: 'der Standardort unter XDG_DATA_HOME; ändern mit --store oder WIDERSPRUCH_STORE',
  home: 'der Standardort im Benutzerordner HOME; ändern mit --store oder WIDERSPRUCH_STORE',
};
