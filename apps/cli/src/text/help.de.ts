import type { HelpText } from './help-text.js';

export const de: HelpText = {
  titles: {
    usage: 'Aufruf:',
    options: 'Optionen:',
    commands: 'Befehle:',
    arguments: 'Angaben:',
    globalOptions: 'Allgemeine Optionen:',
  },
  default: 'Standard',
  choices: 'möglich',
  program:
    'Dem KI-Training mit Ihren Daten widersprechen: offizielle Wege, Widerspruchstexte und was sie abdecken.\nOhne Angaben im Terminal: ein Assistent, der Sie durch alles führt.',
  version: 'die Versionsnummer ausgeben',
  help: 'Hilfe zu diesem Befehl anzeigen',
  helpCommand: 'Hilfe zu einem Befehl anzeigen',
  lang: 'Sprache der Ausgabe: de, en, fr, es, it, nl oder pl (Standard: nach LC_ALL, LC_MESSAGES oder LANG, sonst de)',
  json: 'maschinenlesbare Ausgabe (JSON)',
  platforms: 'die Plattformen im Katalog auflisten',
  guide: 'wie Sie bei einer Plattform widersprechen, Schritt für Schritt',
  platformArg: 'Kennung der Plattform, z. B. facebook oder instagram',
  device: 'desktop (Computer) oder mobile (Smartphone)',
  sources: 'zu jeder Angabe die Quelle zeigen',
  text: 'der Widerspruchstext zum Einfügen in das Formular',
  reason: 'ein Grund aus Ihrer Situation (mehrfach möglich); siehe --list-reasons',
  note: 'eigene Worte zu Ihrer Situation',
  listReasons: 'die Kennungen der Gründe auflisten und beenden',
  catalog: 'mit dem Katalog der Plattformen arbeiten',
  catalogCheck: 'die Katalogdateien prüfen: Aufbau, Quellen, Datumsangaben und Verweise',
  checkDir: 'der Datenordner des Katalogs (Standard: der in diesem Repository)',
  checkTranslationsDir:
    'der Übersetzungsordner des Katalogs (Standard: der in diesem Repository; mit --dir keiner)',
  checkTranslations:
    'fehlende, veraltete und unbekannte Übersetzungen auflisten (aller Sprachen oder einer)',
  catalogStale: 'die Einträge auflisten, deren Angaben zuletzt vor mehr als N Tagen geprüft wurden',
  days: 'Altersgrenze in Tagen',
  staleDir: 'der Datenordner des Katalogs (Standard: der mitgelieferte Katalog)',
  catalogLinks:
    'jede Adresse im Katalog prüfen (Status, Weiterleitungen, Zeitüberschreitungen) und berichten',
  timeout: 'Zeitlimit je Anfrage (ms)',
  concurrency: 'Anfragen gleichzeitig',
  only: 'nur Adressen prüfen, die diesen Text enthalten',
  strict: 'mit Exit-Code 1 beenden, wenn eine Adresse nicht funktioniert oder nicht erreichbar ist',
  scan: 'zeigt anhand Ihres Exports (ZIP oder entpackter Ordner), welche Ihrer Inhalte eine Plattform für KI-Training nutzen kann',
  scanPaths:
    'Export-ZIP-Dateien oder -Ordner; geben Sie alle Teile eines geteilten Exports zusammen an',
  store:
    'der SQLite-Speicher (Standard: $XDG_DATA_HOME/widerspruch/store.sqlite; Umgebung WIDERSPRUCH_STORE)',
  case: 'Ihre Widersprüche: festhalten, verfolgen und sichern',
  caseAdd: 'einen Widerspruch festhalten; die neue Fallnummer steht in der letzten Zeile',
  casePlatformArg: 'Kennung der Plattform, z. B. facebook',
  account: 'das Konto: E-Mail-Adresse oder Nutzername',
  submitted: 'der Tag, an dem Sie widersprochen haben (JJJJ-MM-TT)',
  via: 'wie Sie ihn abgeschickt haben; web-form: es wird auf die Bestätigungs-E-Mail gewartet, nicht einen Monat',
  profile: 'wessen Konto es ist (Standard: Ihres)',
  caseList: 'alle Fälle, die dringendsten zuerst',
  caseShow: 'einen Fall zeigen: Stand, Frist und wie sie berechnet wird, nächster Schritt, Verlauf',
  caseIdOrPrefix: 'Fallnummer (oder ihr eindeutiger Anfang, mindestens 4 Zeichen)',
  caseId: 'Fallnummer',
  eventKind: 'Art des Ereignisses',
  caseEvent: 'festhalten, was geschehen ist: ',
  date: 'der Tag, an dem es geschah (JJJJ-MM-TT); bei deadline-extended die neue Frist',
  file: 'eine Datei als Nachweis aufbewahren (.eml, .pdf, .png, .jpg, .jpeg, .webp, .txt; höchstens 25 MB)',
  eventNote: 'eine Notiz',
  reply:
    'bei reply-received: accepted (angenommen), asks-for-reason (fragt nach Gründen), asks-for-id (verlangt einen Identitätsnachweis), rejected (abgelehnt) oder other (sonstiges)',
  eventVia:
    'bei submitted: wie Sie ihn abgeschickt haben; web-form: es wird auf die Bestätigungs-E-Mail gewartet',
  caseDelete: 'einen Fall löschen (fragt im Terminal zuerst nach)',
  yes: 'ohne Nachfrage löschen (nötig, wenn nicht im Terminal)',
  caseExport: 'alle Fälle, Personen und Nachweise als eine JSON-Sicherung (Ausgabe oder --out)',
  exportOut: 'in eine Datei schreiben (- für die Ausgabe)',
  force: 'eine Sicherung mit Fällen auch durch eine leere ersetzen',
  skipUnreadable:
    'die Sicherung auch schreiben, wenn gespeicherte Einträge unlesbar sind (sie fehlen darin)',
  encrypt:
    'die Datei mit einem Passwort schützen (aus WIDERSPRUCH_PASSPHRASE, falls gesetzt, sonst abgefragt)',
  caseImport:
    'eine Sicherung (aus dem Terminal oder der Web-App) einlesen und mit den gespeicherten Fällen zusammenführen',
  importFile: 'die Sicherungsdatei',
  letter: 'ein Schreiben zu einem Fall: ',
  letterKind:
    'objection (Widerspruch), reminder (Erinnerung), complaint (Beschwerde), erasure (Löschung), access (Auskunft) oder dossier',
  letterCase: 'der Fall, um den es im Schreiben geht',
  format: 'text, eml oder pdf (Standard: nach der Endung von --out, sonst text)',
  letterOut:
    'in eine Datei schreiben (PDF: Standard widerspruch-<art>-<plattform>-<datum>.pdf, nie überschrieben)',
  name: 'Ihr Name',
  address: 'Ihre Anschrift, Zeilen durch Kommas getrennt',
  email: 'Ihre E-Mail-Adresse',
  saveSender: 'Name, Anschrift und E-Mail für spätere Schreiben merken',
  country:
    'wo Sie wohnen (ISO-3166-Code, z. B. DE, AT) – bestimmt die zuständige Aufsichtsbehörde für eine Beschwerde',
  region: 'in Deutschland: Ihr Bundesland (z. B. HH, BY, NW)',
  letterReason: 'ein Grund aus Ihrer Situation, für den Widerspruch (mehrfach möglich)',
  letterNote: 'eigene Worte, für den Widerspruch',
  record: 'das passende Ereignis im Fall festhalten und das Schreiben als Nachweis aufbewahren',
  letterLang:
    'nur Beschwerde: in dieser Sprache schreiben, wenn die Behörde sie annimmt (Standard: Ihre, wenn sie sie annimmt, sonst die der Behörde)',
  letterTranslation:
    'Beschwerde in anderer Sprache: dasselbe Schreiben in Ihrer Sprache ausgeben, nur zum Lesen',
  remind:
    'eine Erinnerung für den Kalender (.ics) an die Fristen eines Falls oder, mit --all, an die Fristen aller Fälle',
  all: 'die Fristen aller Fälle in einer Datei',
  ics: 'iCalendar-Format (RFC 5545), das einzige Format, daher Standard',
  remindOut: 'in eine Datei statt in die Ausgabe schreiben',
};
