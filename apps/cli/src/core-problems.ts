import { type Problem, problemInEveryLocale } from '@widerspruch/core';
import { CliFailure, EXIT } from './errors.js';

/**
 * Turns problems from core into a CLI failure with the right exit code, worded by core in
 * the person's language. (Apart from `errors.ts`, so that start-up does not load core.)
 */
export function fromProblems(problems: readonly Problem[], usage: readonly string[]): CliFailure {
  const isUsage = problems.every((p) => usage.includes(p.code));
  return new CliFailure(
    problems.map((p) => problemInEveryLocale(p.detail)),
    isUsage ? EXIT.usage : EXIT.failure,
  );
}
