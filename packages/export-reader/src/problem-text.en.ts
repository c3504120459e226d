import { plural } from './plural.js';
import type { ScanProblemText } from './problems.js';

/** Scan problems in English. */
export const en: ScanProblemText = {
  inFile: (path) => `: ${path}`,
  messages: {
    'not-zip': () =>
      'This is not a ZIP file Widerspruch can read (or it is empty). Use the ZIP file you downloaded from the platform, or the unpacked folder.',
    truncated: () => 'The ZIP file is incomplete (cut off). Please download it again.',
    encrypted: () =>
      'The ZIP file is password-protected. Unpack it yourself and choose the folder instead.',
    'unsupported-method': (_, at) =>
      `The ZIP file uses a compression method Widerspruch does not know${at}.`,
    corrupt: (_, at) => `The ZIP file is damaged${at}. Please download it again.`,
    'too-many-entries': () =>
      'The ZIP file holds more files than an export can have; it is not read.',
    'not-an-export': () => 'No export from Facebook, Instagram, X or LinkedIn was found in it.',
    'html-export': () =>
      'This export is in HTML format; Widerspruch needs JSON. Request a new one in the Accounts Center under "Download your information" and choose the format "JSON".',
    'unsafe-path': (_, at) =>
      `The ZIP file holds file names that point outside it (such as ".." or absolute paths)${at}. A real export never does; it is not read.`,
    'zip-bomb': (_, at) =>
      `A file in the ZIP would grow out of all proportion when unpacked (a ZIP bomb?)${at}; it is not read.`,
    'entry-too-large': (p, at) =>
      `A file is larger than ${p.mb} MB, the most Widerspruch reads of one file${at}.`,
    'total-too-large': (p) =>
      `The export's text files add up to more than ${p.mb} MB; Widerspruch reads no more than that.`,
    'too-deep': (p, at) =>
      `A file is nested deeper than ${p.depth} ${plural('en', p.depth, { one: 'level', other: 'levels' })}; no export looks like that${at}.`,
    'invalid-utf8': (_, at) => `A file is not valid UTF-8 text${at}.`,
    'invalid-json': (_, at) => `A file is not valid JSON${at}.`,
    unreadable: (_, at) => `The file cannot be read${at}.`,
    cancelled: () => 'Cancelled.',
  },
};
