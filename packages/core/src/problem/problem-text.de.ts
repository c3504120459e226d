import { count, megabytes } from '../util/number-text.js';
import { plural } from '../util/plural.js';
import type { ProblemText } from './core-problem.js';
import { conflictList } from './core-problem.js';

const unchanged = 'Es wurde nichts geändert.';

/** Core's refusals in German. */
export const de: ProblemText = {
  messages: {
    'no-platform': (p) => `Bitte nennen Sie eine Plattform. Verfügbar: ${p.available.join(', ')}.`,
    'unknown-platform': (p) =>
      `Die Plattform „${p.id}“ ist nicht im Katalog.${p.guess ? ` Meinten Sie „${p.guess}“?` : ''} Verfügbar: ${p.available.join(', ')}.`,
    'text-too-long': (p) =>
      p.basis === 'assumed'
        ? `Der Text ist ${count('de', p.length)} Zeichen lang. Wie viel das Formularfeld fasst, ist nicht bekannt; damit er sicher passt, begrenzen wir ihn auf ${count('de', p.max)} Zeichen. Bitte kürzen Sie Ihre Notiz um mindestens ${count('de', p.length - p.max)} Zeichen oder wählen Sie weniger Gründe.`
        : `Der Text ist ${count('de', p.length)} Zeichen lang, das Formularfeld fasst aber höchstens ${count('de', p.max)} Zeichen. Bitte kürzen Sie Ihre Notiz um mindestens ${count('de', p.length - p.max)} Zeichen oder wählen Sie weniger Gründe.`,
    'unknown-ground': (p) =>
      `Den Grund „${p.ground}“ gibt es nicht.${p.guess ? ` Meinten Sie „${p.guess}“?` : ''} Möglich sind: ${p.available.join(', ')}.`,
    'evidence-empty': (p) => `Die Datei „${p.file}“ ist leer.`,
    'evidence-too-large': (p) =>
      `Die Datei „${p.file}“ ist ${megabytes('de', p.mb)} MB groß; Nachweise dürfen höchstens ${p.maxMb} MB groß sein. Speichern Sie die E-Mail ohne Anhänge oder machen Sie ein Bildschirmfoto.`,
    'unreadable-email': () =>
      'Die Datei lässt sich nicht als E-Mail lesen. Speichern Sie die E-Mail in Ihrem E-Mail-Programm als .eml-Datei („Speichern unter“ oder „Als Datei exportieren“) oder machen Sie ein Bildschirmfoto.',
    'wrong-passphrase': () =>
      'Das Passwort passt nicht zu dieser Sicherung (oder die Datei wurde verändert). Prüfen Sie die Schreibweise, auch Groß- und Kleinbuchstaben.',
    'backup-damaged': () =>
      'Die verschlüsselte Sicherung ist beschädigt oder unvollständig und lässt sich nicht öffnen. Nehmen Sie eine andere Kopie der Datei.',
    'backup-cut-off': () =>
      `Die Sicherung ist unvollständig: Die Datei endet mitten im Inhalt (abgebrochenes Speichern oder Kopieren). Nehmen Sie eine vollständige Sicherung. ${unchanged}`,
    'backup-not-json': () =>
      `Diese Datei lässt sich nicht als Sicherung lesen (kein gültiges JSON). Wählen Sie die Sicherungsdatei, die Widerspruch gespeichert hat (im Browser „Sicherung speichern“, im Terminal „widerspruch case export“). ${unchanged}`,
    'not-a-backup': () => `Diese Datei ist keine Sicherung von Widerspruch. ${unchanged}`,
    'version-as-text': (p) =>
      `Die Formatversion steht in der Datei als Text („${p.version}“), nicht als Zahl; so schreibt Widerspruch keine Sicherung. Wurde die Datei von Hand bearbeitet, schreiben Sie "version": ${p.version.trim()} ohne Anführungszeichen. ${unchanged}`,
    'newer-version': (p) =>
      `Die Datei stammt aus einer neueren Version von Widerspruch (Format ${p.version}). Bitte aktualisieren Sie die App und importieren Sie dann erneut. ${unchanged}`,
    'unknown-version': (p) =>
      `Die Datei hat eine unbekannte Formatversion (${p.version}). ${unchanged}`,
    'missing-evidence': (p) =>
      `Die Sicherung ist unvollständig: Der Nachweis „${p.file}“ des Falls ${p.caseId} fehlt in der Datei${p.more > 0 ? ` (und ${p.more} weitere)` : ''}. Nehmen Sie eine vollständige Sicherung. ${unchanged}`,
    'damaged-evidence': (p) =>
      `Ein Nachweis in der Datei („${p.file}“) ist beschädigt: Sein Inhalt passt nicht zu seiner Prüfsumme. ${unchanged}`,
    'invalid-backup': (p) => `Die Datei ist beschädigt: ${p.where} ${p.issue}. ${unchanged}`,
    'unknown-platforms': (p) =>
      `Die Datei enthält Widersprüche für Plattformen, die diese Version nicht kennt: ${p.platforms.join(', ')}. Bitte aktualisieren Sie die App. ${unchanged}`,
    'unknown-profile': () =>
      `Die Datei ist unvollständig: Ein Widerspruch gehört zu keiner Person in der Datei. ${unchanged}`,
    'future-date': (p) =>
      `Die Datei ist beschädigt: Fall ${p.caseId} enthält ein Datum in der Zukunft (${p.date}; heute ist ${p.today}). ${unchanged}`,
    conflicts: (p) =>
      `Die Sicherung enthält ${plural('de', p.conflicts.length, { one: 'einen Eintrag', other: `${p.conflicts.length} Einträge` })} mit derselben Nummer wie gespeicherte, aber anderem Inhalt: ${conflictList(p.conflicts, 'de')}. Gespeichertes wird nie überschrieben, deshalb wurde nichts eingelesen und nichts geändert. Prüfen Sie, ob die Sicherung zu diesen Daten gehört.`,
    'value-too-long': (p) => `ist länger als ${count('de', p.max)} Zeichen`,
    'value-invalid': () => 'ist ungültig',
    'record-not-saved': (p) =>
      `Nicht gespeichert: Die Angabe ${p.field} ${p.max === undefined ? 'ist ungültig' : `ist länger als ${count('de', p.max)} Zeichen`}. Es wurde nichts geändert. Kürzen oder berichtigen Sie die Angabe.`,
  },
  conflict: {
    profile: (who, fields) => `Person ${who} (${fields})`,
    case: (who, fields) => `Fall ${who} (${fields})`,
    event: (who, fields) => `ein Ereignis im Fall ${who} (${fields})`,
  },
  field: {
    platform: 'Dienst',
    account: 'Konto',
    profile: 'Person',
    createdAt: 'angelegt am',
    name: 'Name',
    kind: 'Art',
    date: 'Datum',
    at: 'Zeitpunkt',
    note: 'Notiz',
    reply: 'Antwort',
    evidence: 'Nachweis',
  },
  andMore: (n) => `und ${n} weitere`,
  separator: '; ',
};
