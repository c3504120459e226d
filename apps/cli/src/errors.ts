import type { AuthoredLocale, LocalizedText } from '@widerspruch/catalog';
import type { Problem } from '@widerspruch/core';

/** Exit codes of the CLI: the contract scripts rely on. */
export const EXIT = { ok: 0, failure: 1, usage: 2 } as const;

/** An expected failure a command reports to the person, with its exit code. */
export class CliFailure extends Error {
  constructor(
    readonly messages: readonly LocalizedText[],
    readonly exitCode: number,
  ) {
    super(messages.map((m) => m.en).join('\n'));
  }
}

/** A usage error (exit 2): unknown platform, language or reason, bad option value. */
export function usageError(...messages: LocalizedText[]): CliFailure {
  return new CliFailure(messages, EXIT.usage);
}

/** Turns problems from core into a CLI failure with the right exit code. */
export function fromProblems(problems: readonly Problem[], usage: readonly string[]): CliFailure {
  const isUsage = problems.every((p) => usage.includes(p.code));
  return new CliFailure(
    problems.map((p) => p.message),
    isUsage ? EXIT.usage : EXIT.failure,
  );
}

/** The lines to print for a failure, in the person's language. */
export function failureLines(failure: CliFailure, locale: AuthoredLocale): string[] {
  return failure.messages.map((m) => `widerspruch: ${m[locale]}`);
}
