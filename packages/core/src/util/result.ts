import type { LocalizedText } from '@widerspruch/catalog';

/** An expected failure: a code for programs and a message for people, in both languages. */
export interface Problem<Code extends string = string> {
  readonly code: Code;
  readonly message: LocalizedText;
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
