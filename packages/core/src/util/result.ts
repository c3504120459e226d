import type { LocalizedText } from '@widerspruch/catalog';
import type { CoreProblem } from '../problem/core-problem.js';

/**
 * An expected failure: a code for programs and a message for people. `detail` is the refusal
 * as data (see `problemText`), `message` its words in the authored languages at least.
 */
export interface Problem<Code extends string = string> {
  readonly code: Code;
  readonly message: LocalizedText;
  readonly detail?: CoreProblem;
}

/** The outcome of an operation that can fail in expected ways. */
export type Result<T, Code extends string = string> =
  | { readonly ok: true; readonly value: T }
  | { readonly ok: false; readonly problems: readonly Problem<Code>[] };

/** A successful result. */
export function ok<T>(value: T): { readonly ok: true; readonly value: T } {
  return { ok: true, value };
}

/** A failed result with one problem. */
export function fail<Code extends string>(
  code: Code,
  message: LocalizedText,
): { readonly ok: false; readonly problems: readonly Problem<Code>[] } {
  return { ok: false, problems: [{ code, message }] };
}
