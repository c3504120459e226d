import type { Locale } from '@widerspruch/catalog/locales';
import { de } from './problem-text.de.js';
import { en } from './problem-text.en.js';
import { es } from './problem-text.es.js';
import { fr } from './problem-text.fr.js';
import { it } from './problem-text.it.js';
import { nl } from './problem-text.nl.js';
import { pl } from './problem-text.pl.js';
import type { ZipErrorCode } from './zip-source.js';

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

/** What a problem names beyond its code, per code (the file inside the export otherwise). */
interface ProblemParams {
  readonly 'entry-too-large': { readonly mb: number; readonly path?: string };
  readonly 'total-too-large': { readonly mb: number };
  readonly 'too-deep': { readonly depth: number; readonly path?: string };
}

/** The parameters of a problem with this code. */
export type ProblemParamsOf<C extends ScanProblemCode> = C extends keyof ProblemParams
  ? ProblemParams[C]
  : { readonly path?: string };

/**
 * An expected failure: a code with the details its message names. Plain data, so that it
 * crosses a worker boundary and a JSON report; `scanProblemText` words it for people.
 */
export type Problem = {
  readonly [C in ScanProblemCode]: { readonly code: C } & ProblemParamsOf<C>;
}[ScanProblemCode];

/** The problem with this code. */
export type ProblemOf<C extends ScanProblemCode> = Extract<Problem, { readonly code: C }>;

/** The outcome of an operation that can fail in expected ways (same shape as core's `Result`). */
export type Result<T> =
  | { readonly ok: true; readonly value: T }
  | { readonly ok: false; readonly problems: readonly Problem[] };

/** The wording of scan problems in one language. */
export interface ScanProblemText {
  /** Where it happened, appended to a message: the file name with the language's punctuation. */
  readonly inFile: (path: string) => string;
  readonly messages: {
    readonly [C in ScanProblemCode]: (problem: ProblemOf<C>, where: string) => string;
  };
}

const TEXT: Readonly<Record<Locale, ScanProblemText>> = { de, en, fr, es, it, nl, pl };

// Paths come from the archive: shown without control characters and cut to a sane length.
// biome-ignore lint/suspicious/noControlCharactersInRegex: removing them is the point.
const UNPRINTABLE = /[\u0000-\u001f\u007f-\u009f\u202a-\u202e\u2066-\u2069]/g;

function shownPath(path: string): string {
  const clean = path.replace(UNPRINTABLE, '?');
  return clean.length > 120 ? `${clean.slice(0, 119)}…` : clean;
}

/** A scan problem in words, in a language: what is wrong and what to do. */
export function scanProblemText(problem: Problem, locale: Locale): string {
  const text = TEXT[locale];
  const path = 'path' in problem ? problem.path : undefined;
  const where = path === undefined ? '' : text.inFile(shownPath(path));
  const message = text.messages[problem.code] as (p: Problem, where: string) => string;
  return message(problem, where);
}

/** A problem with its parameters. */
export function problem<C extends ScanProblemCode>(
  code: C,
  ...params: keyof ProblemParamsOf<C> extends never
    ? []
    : object extends ProblemParamsOf<C>
      ? [ProblemParamsOf<C>?]
      : [ProblemParamsOf<C>]
): ProblemOf<C> {
  return { code, ...params[0] } as ProblemOf<C>;
}

/** A failure carrying problems; thrown inside the scan and turned into a `Result` at its edge. */
export class ScanFailure extends Error {
  constructor(readonly problem: Problem) {
    super(scanProblemText(problem, 'en'));
    this.name = 'ScanFailure';
  }
}
