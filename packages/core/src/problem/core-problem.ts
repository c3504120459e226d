import type { Locale } from '@widerspruch/catalog';
import type { ImportConflict } from '../case/import-conflicts.js';
import { coreText, inEveryLanguage } from '../text/core-text.js';
import type { Problem } from '../util/result.js';

/**
 * A refusal of core as data: a code with what its message names. The apps word it with
 * {@link problemText} in the person's language.
 */
export type CoreProblem =
  | { readonly code: 'no-platform'; readonly available: readonly string[] }
  | {
      readonly code: 'unknown-platform';
      readonly id: string;
      readonly guess?: string;
      readonly available: readonly string[];
    }
  | {
      /** An objection text longer than the form field takes (`basis`: the limit's source). */
      readonly code: 'text-too-long';
      readonly length: number;
      readonly max: number;
      readonly basis: 'sourced' | 'assumed';
    }
  | {
      readonly code: 'unknown-ground';
      readonly ground: string;
      readonly guess?: string;
      readonly available: readonly string[];
    }
  | { readonly code: 'evidence-empty'; readonly file: string }
  | {
      readonly code: 'evidence-too-large';
      readonly file: string;
      readonly mb: number;
      readonly maxMb: number;
    }
  | { readonly code: 'unreadable-email' }
  | { readonly code: 'wrong-passphrase' }
  | { readonly code: 'backup-damaged' }
  | { readonly code: 'backup-cut-off' }
  | { readonly code: 'backup-not-json' }
  | { readonly code: 'not-a-backup' }
  | { readonly code: 'version-as-text'; readonly version: string }
  | { readonly code: 'newer-version'; readonly version: number }
  | { readonly code: 'unknown-version'; readonly version: string }
  | {
      readonly code: 'missing-evidence';
      readonly file: string;
      readonly caseId: string;
      /** How many further evidence files are missing. */
      readonly more: number;
    }
  | { readonly code: 'damaged-evidence'; readonly file: string }
  | { readonly code: 'invalid-backup'; readonly where: string; readonly issue: string }
  | { readonly code: 'unknown-platforms'; readonly platforms: readonly string[] }
  | { readonly code: 'unknown-profile' }
  | {
      readonly code: 'future-date';
      readonly caseId: string;
      readonly date: string;
      readonly today: string;
    }
  | { readonly code: 'conflicts'; readonly conflicts: readonly ImportConflict[] }
  | { readonly code: 'value-too-long'; readonly max: number }
  | { readonly code: 'value-invalid' }
  | { readonly code: 'record-not-saved'; readonly field: string; readonly max?: number };

/** The code of a core refusal. */
export type CoreProblemCode = CoreProblem['code'];

/** The fields of a stored record a person can recognise in a conflict. */
export type ConflictField =
  | 'platform'
  | 'account'
  | 'profile'
  | 'createdAt'
  | 'name'
  | 'kind'
  | 'date'
  | 'at'
  | 'note'
  | 'reply'
  | 'evidence';

/** Core's refusals in one language. */
export interface ProblemText {
  readonly messages: {
    readonly [C in CoreProblemCode]: (problem: Extract<CoreProblem, { code: C }>) => string;
  };
  /** One conflicting record: `who` is its label and id, `fields` the differing fields. */
  readonly conflict: Readonly<
    Record<ImportConflict['record'], (who: string, fields: string) => string>
  >;
  readonly field: Readonly<Record<ConflictField, string>>;
  /** Appended to a cut list: "and 3 more". */
  readonly andMore: (count: number) => string;
  /** Joins list items ("; "). */
  readonly separator: string;
}

/** Conflicts listed in a message; the rest are counted. */
export const CONFLICTS_SHOWN = 10;

/** A core refusal in words, in a language: what is wrong and what to do. */
export function problemText(problem: CoreProblem, locale: Locale): string {
  const message = coreText(locale).problem.messages[problem.code] as (p: CoreProblem) => string;
  return message(problem);
}

/** One conflict in words, such as "Fall instagram · anna@example.org [id] (Konto)". */
export function conflictLine(conflict: ImportConflict, locale: Locale): string {
  const t = coreText(locale).problem;
  const fields = conflict.fields
    .map((f) => (f in t.field ? t.field[f as ConflictField] : f))
    .join(', ');
  const who = conflict.label ? `${conflict.label} [${conflict.id}]` : conflict.id;
  return t.conflict[conflict.record](who, fields);
}

/** The first conflicts in words, joined, with how many more there are. */
export function conflictList(conflicts: readonly ImportConflict[], locale: Locale): string {
  const t = coreText(locale).problem;
  const shown = conflicts.slice(0, CONFLICTS_SHOWN).map((c) => conflictLine(c, locale));
  const more = conflicts.length - shown.length;
  return shown.join(t.separator) + (more > 0 ? `${t.separator}${t.andMore(more)}` : '');
}

/** A refusal in every language (for callers that keep a message table). */
export function problemInEveryLocale(problem: CoreProblem): Readonly<Record<Locale, string>> {
  return inEveryLanguage((locale) => problemText(problem, locale));
}

/** A failed result with one refusal of core: its code, its data and its words. */
export function refuse<Code extends string>(
  code: Code,
  detail: CoreProblem,
): { readonly ok: false; readonly problems: readonly Problem<Code>[] } {
  return { ok: false, problems: [problemOf(code, detail)] };
}

/** A problem carrying a refusal of core. */
export function problemOf<Code extends string>(code: Code, detail: CoreProblem): Problem<Code> {
  return { code, detail };
}
