import type { CoreProblem } from '../problem/core-problem.js';

/**
 * An expected failure: a code for programs, and in `detail` the refusal as data, which the
 * apps word in the person's language with `problemText`.
 */
export interface Problem<Code extends string = string> {
  readonly code: Code;
  readonly detail: CoreProblem;
}

/** The outcome of an operation that can fail in expected ways. */
export type Result<T, Code extends string = string> =
  | { readonly ok: true; readonly value: T }
  | { readonly ok: false; readonly problems: readonly Problem<Code>[] };

/** A successful result. */
export function ok<T>(value: T): { readonly ok: true; readonly value: T } {
  return { ok: true, value };
}
