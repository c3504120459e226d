import type { ZipErrorCode } from './zip-source.js';

/** A text in each language the app speaks (same shape as the catalog's `LocalizedText`). */
export interface LocalizedText {
  readonly de: string;
  readonly en: string;
}

/** Why an input was refused. */
export type ScanProblemCode =
  | ZipErrorCode
  | 'not-an-export'
  | 'html-export'
  | 'unsafe-path'
  | 'zip-bomb'
  | 'entry-too-large'
  | 'total-too-large'
  | 'too-deep'
  | 'invalid-utf8'
  | 'invalid-json'
  | 'unreadable'
  | 'cancelled';

/** An expected failure: a code for programs and a message for people (same shape as core's). */
export interface Problem {
  readonly code: ScanProblemCode;
  readonly message: LocalizedText;
}

/** The outcome of an operation that can fail in expected ways (same shape as core's `Result`). */
export type Result<T> =
  | { readonly ok: true; readonly value: T }
  | { readonly ok: false; readonly problems: readonly Problem[] };

/** Details a message may name. */
export interface ProblemDetail {
  /** The file inside the export. */
  readonly path?: string;
  /** A limit in MB. */
  readonly mb?: number;
  /** A nesting limit. */
  readonly depth?: number;
}

type Messages = { readonly [C in ScanProblemCode]: (d: ProblemDetail) => LocalizedText };

// Paths come from the archive: shown without control characters and cut to a sane length.
// biome-ignore lint/suspicious/noControlCharactersInRegex: removing them is the point.
const UNPRINTABLE = /[\u0000-\u001f\u007f-\u009f\u202a-\u202e\u2066-\u2069]/g;

function shownPath(path: string): string {
  const clean = path.replace(UNPRINTABLE, '?');
  return clean.length > 120 ? `${clean.slice(0, 119)}…` : clean;
}

const inFile = (d: ProblemDetail): LocalizedText => {
  if (d.path === undefined) return { de: '', en: '' };
  const shown = shownPath(d.path);
  return { de: `: ${shown}`, en: `: ${shown}` };
};

const MESSAGES: Messages = {
  'not-zip': () => ({
    de: 'Das ist keine ZIP-Datei, die Widerspruch lesen kann (oder sie ist leer). Nehmen Sie die ZIP-Datei, die Sie von der Plattform heruntergeladen haben, oder den entpackten Ordner.',
    en: 'This is not a ZIP file Widerspruch can read (or it is empty). Use the ZIP file you downloaded from the platform, or the unpacked folder.',
  }),
  truncated: () => ({
    de: 'Die ZIP-Datei ist unvollständig (abgeschnitten). Laden Sie sie bitte noch einmal herunter.',
    en: 'The ZIP file is incomplete (cut off). Please download it again.',
  }),
  encrypted: () => ({
    de: 'Die ZIP-Datei ist mit einem Passwort verschlüsselt. Entpacken Sie sie selbst und wählen Sie den Ordner.',
    en: 'The ZIP file is password-protected. Unpack it yourself and choose the folder instead.',
  }),
  'unsupported-method': (d) => ({
    de: `Die ZIP-Datei nutzt ein Packverfahren, das Widerspruch nicht kennt${inFile(d).de}.`,
    en: `The ZIP file uses a compression method Widerspruch does not know${inFile(d).en}.`,
  }),
  corrupt: (d) => ({
    de: `Die ZIP-Datei ist beschädigt${inFile(d).de}. Laden Sie sie bitte noch einmal herunter.`,
    en: `The ZIP file is damaged${inFile(d).en}. Please download it again.`,
  }),
  'too-many-entries': () => ({
    de: 'Die ZIP-Datei enthält mehr Dateien, als ein Export haben kann; sie wird nicht gelesen.',
    en: 'The ZIP file holds more files than an export can have; it is not read.',
  }),
  'not-an-export': () => ({
    de: 'Darin ist kein Export von Facebook, Instagram, X oder LinkedIn zu erkennen.',
    en: 'No export from Facebook, Instagram, X or LinkedIn was found in it.',
  }),
  'html-export': () => ({
    de: 'Dieser Export ist im HTML-Format; Widerspruch braucht das JSON-Format. Fordern Sie in der Kontenübersicht (Accounts Center) unter „Deine Informationen herunterladen“ einen neuen Export an und wählen Sie beim Format „JSON“.',
    en: 'This export is in HTML format; Widerspruch needs JSON. Request a new one in the Accounts Center under "Download your information" and choose the format "JSON".',
  }),
  'unsafe-path': (d) => ({
    de: `Die ZIP-Datei enthält Dateinamen, die aus ihr herausführen (z. B. „..“ oder absolute Pfade)${inFile(d).de}. Ein echter Export tut das nie; sie wird nicht gelesen.`,
    en: `The ZIP file holds file names that point outside it (such as ".." or absolute paths)${inFile(d).en}. A real export never does; it is not read.`,
  }),
  'zip-bomb': (d) => ({
    de: `Eine Datei in der ZIP-Datei würde beim Entpacken unverhältnismäßig groß (ZIP-Bombe?)${inFile(d).de}; sie wird nicht gelesen.`,
    en: `A file in the ZIP would grow out of all proportion when unpacked (a ZIP bomb?)${inFile(d).en}; it is not read.`,
  }),
  'entry-too-large': (d) => ({
    de: `Eine Datei ist größer als ${d.mb ?? '?'} MB, die Grenze, bis zu der Widerspruch eine Datei liest${inFile(d).de}.`,
    en: `A file is larger than ${d.mb ?? '?'} MB, the most Widerspruch reads of one file${inFile(d).en}.`,
  }),
  'total-too-large': (d) => ({
    de: `Die Textdateien des Exports sind zusammen größer als ${d.mb ?? '?'} MB; Widerspruch liest nicht mehr.`,
    en: `The export's text files add up to more than ${d.mb ?? '?'} MB; Widerspruch reads no more than that.`,
  }),
  'too-deep': (d) => ({
    de: `Eine Datei ist tiefer als ${d.depth ?? '?'} Ebenen verschachtelt; so sieht kein Export aus${inFile(d).de}.`,
    en: `A file is nested deeper than ${d.depth ?? '?'} levels; no export looks like that${inFile(d).en}.`,
  }),
  'invalid-utf8': (d) => ({
    de: `Eine Datei ist kein gültiger UTF-8-Text${inFile(d).de}.`,
    en: `A file is not valid UTF-8 text${inFile(d).en}.`,
  }),
  'invalid-json': (d) => ({
    de: `Eine Datei ist kein gültiges JSON${inFile(d).de}.`,
    en: `A file is not valid JSON${inFile(d).en}.`,
  }),
  unreadable: (d) => ({
    de: `Die Datei lässt sich nicht lesen${inFile(d).de}.`,
    en: `The file cannot be read${inFile(d).en}.`,
  }),
  cancelled: () => ({ de: 'Abgebrochen.', en: 'Cancelled.' }),
};

/** A problem with its message in German and English. */
export function problem(code: ScanProblemCode, detail: ProblemDetail = {}): Problem {
  return { code, message: MESSAGES[code](detail) };
}

/** A failure carrying problems; thrown inside the scan and turned into a `Result` at its edge. */
export class ScanFailure extends Error {
  constructor(readonly problem: Problem) {
    super(problem.message.en);
    this.name = 'ScanFailure';
  }
}
