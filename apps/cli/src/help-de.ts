import { type Command, Help } from 'commander';

/**
 * The help in German: every description of a command, option and argument, by its English
 * text (the program is built in English; a test checks that none is missing here).
 */
export const HELP_DE: Readonly<Record<string, string>> = {
  // The program
  'Object to AI training on your data: official routes, objection texts and what they cover.\nWithout arguments in a terminal: an interactive guide.':
    'Dem KI-Training mit Ihren Daten widersprechen: offizielle Wege, Widerspruchstexte und was sie abdecken.\nOhne Angaben im Terminal: ein Assistent, der Sie durch alles führt.',
  'output the version number': 'die Versionsnummer ausgeben',
  'display help for command': 'Hilfe zu diesem Befehl anzeigen',
  'language of the output: de or en': 'Sprache der Ausgabe: de oder en',
  'machine-readable output': 'maschinenlesbare Ausgabe (JSON)',
  // platforms, guide, text
  'list the platforms in the catalog': 'die Plattformen im Katalog auflisten',
  'how to object at a platform, step by step':
    'wie Sie bei einer Plattform widersprechen, Schritt für Schritt',
  'platform id, e.g. facebook or instagram': 'Kennung der Plattform, z. B. facebook oder instagram',
  'desktop or mobile': 'desktop (Computer) oder mobile (Smartphone)',
  'show the source of every fact': 'zu jeder Angabe die Quelle zeigen',
  'the objection text to paste into the form': 'der Widerspruchstext zum Einfügen in das Formular',
  'a ground from your situation (repeatable); see --list-reasons':
    'ein Grund aus Ihrer Situation (mehrfach möglich); siehe --list-reasons',
  'your own words about your situation': 'eigene Worte zu Ihrer Situation',
  'list the reason ids and exit': 'die Kennungen der Gründe auflisten und beenden',
  // catalog
  'work with the catalog of platforms': 'mit dem Katalog der Plattformen arbeiten',
  'check the catalog files: schema, sources, dates and references':
    'die Katalogdateien prüfen: Aufbau, Quellen, Datumsangaben und Verweise',
  'the catalog data folder (default: the one in this repository)':
    'der Datenordner des Katalogs (Standard: der in diesem Repository)',
  'check every URL in the catalog (status, redirects, time-outs) and report':
    'jede Adresse im Katalog prüfen (Status, Weiterleitungen, Zeitüberschreitungen) und berichten',
  'list the records whose facts were last verified more than N days ago':
    'die Einträge auflisten, deren Angaben zuletzt vor mehr als N Tagen geprüft wurden',
  'age limit in days': 'Altersgrenze in Tagen',
  'the catalog data folder (default: the bundled catalog)':
    'der Datenordner des Katalogs (Standard: der mitgelieferte Katalog)',
  'time limit per request': 'Zeitlimit je Anfrage (ms)',
  'requests at a time': 'Anfragen gleichzeitig',
  'check only URLs containing this text': 'nur Adressen prüfen, die diesen Text enthalten',
  'exit 1 when any address is broken or unreachable':
    'mit Exit-Code 1 beenden, wenn eine Adresse nicht funktioniert oder nicht erreichbar ist',
  // scan
  'what of yours an export (ZIP or unpacked folder) shows a platform can train on':
    'zeigt anhand Ihres Exports (ZIP oder entpackter Ordner), welche Ihrer Inhalte eine Plattform für KI-Training nutzen kann',
  'export ZIP files or folders; give all parts of a split export together':
    'Export-ZIP-Dateien oder -Ordner; geben Sie alle Teile eines geteilten Exports zusammen an',
  // case
  'the SQLite store (default: $XDG_DATA_HOME/widerspruch/store.sqlite; env WIDERSPRUCH_STORE)':
    'der SQLite-Speicher (Standard: $XDG_DATA_HOME/widerspruch/store.sqlite; Umgebung WIDERSPRUCH_STORE)',
  'your objections: record, follow and export them':
    'Ihre Widersprüche: festhalten, verfolgen und sichern',
  'record an objection; prints the new case id on the last line':
    'einen Widerspruch festhalten; die neue Fallnummer steht in der letzten Zeile',
  'platform id, e.g. facebook': 'Kennung der Plattform, z. B. facebook',
  'the account: e-mail address or user name': 'das Konto: E-Mail-Adresse oder Nutzername',
  'the day you sent the objection (YYYY-MM-DD)':
    'der Tag, an dem Sie widersprochen haben (JJJJ-MM-TT)',
  'how you sent it; web-form: the tracker waits for the confirmation e-mail, not a month':
    'wie Sie ihn abgeschickt haben; web-form: es wird auf die Bestätigungs-E-Mail gewartet, nicht einen Monat',
  'whose account it is (default: you)': 'wessen Konto es ist (Standard: Ihres)',
  'all cases, what needs attention first': 'alle Fälle, die dringendsten zuerst',
  'one case: state, due date with its rule, next step, timeline':
    'einen Fall zeigen: Stand, Frist und wie sie berechnet wird, nächster Schritt, Verlauf',
  'case id (or a unique prefix of at least 4 characters)':
    'Fallnummer (oder ihr eindeutiger Anfang, mindestens 4 Zeichen)',
  'case id': 'Fallnummer',
  'event kind': 'Art des Ereignisses',
  'the day it happened (YYYY-MM-DD); for deadline-extended the new deadline':
    'der Tag, an dem es geschah (JJJJ-MM-TT); bei deadline-extended die neue Frist',
  'keep a file as evidence (.eml, .pdf, .png, .jpg, .jpeg, .webp, .txt; at most 25 MB)':
    'eine Datei als Nachweis aufbewahren (.eml, .pdf, .png, .jpg, .jpeg, .webp, .txt; höchstens 25 MB)',
  'a note': 'eine Notiz',
  'with reply-received: accepted, asks-for-reason, asks-for-id, rejected or other':
    'bei reply-received: accepted (angenommen), asks-for-reason (fragt nach Gründen), asks-for-id (verlangt einen Identitätsnachweis), rejected (abgelehnt) oder other (sonstiges)',
  'with submitted: how you sent it; web-form: the tracker waits for the confirmation e-mail':
    'bei submitted: wie Sie ihn abgeschickt haben; web-form: es wird auf die Bestätigungs-E-Mail gewartet',
  'delete one case (asks first in a terminal)':
    'einen Fall löschen (fragt im Terminal zuerst nach)',
  'delete without asking (needed when not run in a terminal)':
    'ohne Nachfrage löschen (nötig, wenn nicht im Terminal)',
  'all cases, people and evidence as one portable JSON file (stdout or --out)':
    'alle Fälle, Personen und Nachweise als eine JSON-Sicherung (Ausgabe oder --out)',
  'write to a file (- for stdout)': 'in eine Datei schreiben (- für die Ausgabe)',
  'replace a backup that holds cases even with an empty one':
    'eine Sicherung mit Fällen auch durch eine leere ersetzen',
  'write the backup even if some stored records cannot be read (they are left out)':
    'die Sicherung auch schreiben, wenn gespeicherte Einträge unlesbar sind (sie fehlen darin)',
  'merge an export file (from the CLI or the web app) into the store':
    'eine Sicherung (aus dem Terminal oder der Web-App) einlesen und mit den gespeicherten Fällen zusammenführen',
  'the export file': 'die Sicherungsdatei',
  // letter, remind
  'objection, reminder, complaint, erasure, access or dossier':
    'objection (Widerspruch), reminder (Erinnerung), complaint (Beschwerde), erasure (Löschung), access (Auskunft) oder dossier',
  'the case the letter is about': 'der Fall, um den es im Schreiben geht',
  'text, eml or pdf (default: from the extension of --out, else text)':
    'text, eml oder pdf (Standard: nach der Endung von --out, sonst text)',
  'write to a file (PDF: default widerspruch-<kind>-<platform>-<date>.pdf, never replaced)':
    'in eine Datei schreiben (PDF: Standard widerspruch-<art>-<plattform>-<datum>.pdf, nie überschrieben)',
  'your name': 'Ihr Name',
  'your postal address, lines separated by commas': 'Ihre Anschrift, Zeilen durch Kommas getrennt',
  'your e-mail address': 'Ihre E-Mail-Adresse',
  'remember name, address and e-mail for later letters':
    'Name, Anschrift und E-Mail für spätere Schreiben merken',
  'where you live (ISO 3166 code, e.g. DE, AT) — picks the authority for a complaint':
    'wo Sie wohnen (ISO-3166-Code, z. B. DE, AT) – bestimmt die zuständige Aufsichtsbehörde für eine Beschwerde',
  'in Germany: your Land (e.g. HH, BY, NW)': 'in Deutschland: Ihr Bundesland (z. B. HH, BY, NW)',
  'a ground from your situation, for the objection letter (repeatable)':
    'ein Grund aus Ihrer Situation, für den Widerspruch (mehrfach möglich)',
  'your own words, for the objection letter': 'eigene Worte, für den Widerspruch',
  'record the matching event on the case and keep the letter as evidence':
    'das passende Ereignis im Fall festhalten und das Schreiben als Nachweis aufbewahren',
  'complaint only: write it in this language, if the authority takes it (default: yours if it does, else the authority’s)':
    'nur Beschwerde: in dieser Sprache schreiben, wenn die Behörde sie annimmt (Standard: Ihre, wenn sie sie annimmt, sonst die der Behörde)',
  'complaint in another language: print the same letter in your language, for reading only':
    'Beschwerde in anderer Sprache: dasselbe Schreiben in Ihrer Sprache ausgeben, nur zum Lesen',
  "a calendar reminder (.ics) for a case's due dates, or with --all for every case":
    'eine Erinnerung für den Kalender (.ics) an die Fristen eines Falls oder, mit --all, an die Fristen aller Fälle',
  'the due dates of all cases in one file': 'die Fristen aller Fälle in einer Datei',
  'iCalendar format (RFC 5545), the only one and the default':
    'iCalendar-Format (RFC 5545), das einzige Format, daher Standard',
  'write to a file instead of stdout': 'in eine Datei statt in die Ausgabe schreiben',
  'protect the file with a passphrase (from WIDERSPRUCH_PASSPHRASE if set, else asked)':
    'die Datei mit einem Passwort schützen (aus WIDERSPRUCH_PASSPHRASE, falls gesetzt, sonst abgefragt)',
};

/** Descriptions that end in a list of ids: the German start, the list kept as it is. */
const PREFIXES_DE: readonly (readonly [string, string])[] = [
  ['record what happened: ', 'festhalten, was geschehen ist: '],
  ['a letter from a case: ', 'ein Schreiben zu einem Fall: '],
];

/** A description in German; undefined when there is none (a test keeps that from happening). */
export function describeDe(english: string): string | undefined {
  if (english === '') return '';
  const direct = HELP_DE[english];
  if (direct !== undefined) return direct;
  const prefix = PREFIXES_DE.find(([en]) => english.startsWith(en));
  return prefix ? `${prefix[1]}${english.slice(prefix[0].length)}` : undefined;
}

/** Every description of a command tree, with a setter: for translating and for the test. */
export function* descriptions(
  command: Command,
): Generator<{ text: string; set: (text: string) => void }> {
  yield { text: command.description(), set: (text) => command.description(text) };
  for (const option of command.options)
    yield { text: option.description, set: (text) => (option.description = text) };
  for (const argument of command.registeredArguments)
    yield { text: argument.description, set: (text) => (argument.description = text) };
  for (const sub of command.commands) yield* descriptions(sub);
}

const TITLES_DE: Readonly<Record<string, string>> = {
  'Usage:': 'Aufruf:',
  'Options:': 'Optionen:',
  'Commands:': 'Befehle:',
  'Arguments:': 'Angaben:',
  'Global Options:': 'Allgemeine Optionen:',
};

/**
 * Turns the help of a program built in English into German: descriptions, section titles,
 * the help option and command, and "(default: …)".
 */
export function germanHelp(program: Command): void {
  for (const { text, set } of descriptions(program)) {
    const de = describeDe(text);
    if (de !== undefined) set(de);
  }
  const english = new Help();
  const configure = (command: Command) => {
    command.helpOption('-h, --help', HELP_DE['display help for command']);
    command.configureHelp({
      styleTitle: (title) => TITLES_DE[title] ?? title,
      optionDescription: (option) =>
        english.optionDescription(option).replace(/\(default: /, '(Standard: '),
    });
    if (command.commands.length > 0)
      command.helpCommand('help [command]', 'Hilfe zu einem Befehl anzeigen');
    for (const sub of command.commands) configure(sub);
  };
  configure(program);
}
