import { plural } from './plural.js';
import type { ScanProblemText } from './problems.js';

/** Scan problems in German. */
export const de: ScanProblemText = {
  inFile: (path) => `: ${path}`,
  messages: {
    'not-zip': () =>
      'Das ist keine ZIP-Datei, die Widerspruch lesen kann (oder sie ist leer). Nehmen Sie die ZIP-Datei, die Sie von der Plattform heruntergeladen haben, oder den entpackten Ordner.',
    truncated: () =>
      'Die ZIP-Datei ist unvollständig (abgeschnitten). Laden Sie sie bitte noch einmal herunter.',
    encrypted: () =>
      'Die ZIP-Datei ist mit einem Passwort verschlüsselt. Entpacken Sie sie selbst und wählen Sie den Ordner.',
    'unsupported-method': (_, at) =>
      `Die ZIP-Datei nutzt ein Packverfahren, das Widerspruch nicht kennt${at}.`,
    corrupt: (_, at) =>
      `Die ZIP-Datei ist beschädigt${at}. Laden Sie sie bitte noch einmal herunter.`,
    'too-many-entries': () =>
      'Die ZIP-Datei enthält mehr Dateien, als ein Export haben kann; sie wird nicht gelesen.',
    'not-an-export': () =>
      'Darin ist kein Export von Facebook, Instagram, X oder LinkedIn zu erkennen.',
    'html-export': () =>
      'Dieser Export ist im HTML-Format; Widerspruch braucht das JSON-Format. Fordern Sie in der Kontenübersicht (Accounts Center) unter „Deine Informationen herunterladen“ einen neuen Export an und wählen Sie beim Format „JSON“.',
    'unsafe-path': (_, at) =>
      `Die ZIP-Datei enthält Dateinamen, die aus ihr herausführen (z. B. „..“ oder absolute Pfade)${at}. Ein echter Export tut das nie; sie wird nicht gelesen.`,
    'zip-bomb': (_, at) =>
      `Eine Datei in der ZIP-Datei würde beim Entpacken unverhältnismäßig groß (ZIP-Bombe?)${at}; sie wird nicht gelesen.`,
    'entry-too-large': (p, at) =>
      `Eine Datei ist größer als ${p.mb} MB, die Grenze, bis zu der Widerspruch eine Datei liest${at}.`,
    'total-too-large': (p) =>
      `Die Textdateien des Exports sind zusammen größer als ${p.mb} MB; Widerspruch liest nicht mehr.`,
    'too-deep': (p, at) =>
      `Eine Datei ist tiefer als ${p.depth} ${plural('de', p.depth, { one: 'Ebene', other: 'Ebenen' })} verschachtelt; so sieht kein Export aus${at}.`,
    'invalid-utf8': (_, at) => `Eine Datei ist kein gültiger UTF-8-Text${at}.`,
    'invalid-json': (_, at) => `Eine Datei ist kein gültiges JSON${at}.`,
    unreadable: (_, at) => `Die Datei lässt sich nicht lesen${at}.`,
    cancelled: () => 'Abgebrochen.',
  },
};
