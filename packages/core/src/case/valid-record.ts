import type { Locale } from '@widerspruch/catalog';
import * as v from 'valibot';
import { type CoreProblem, problemInEveryLocale } from '../problem/core-problem.js';

/**
 * A case or profile that does not pass the schema stores read with, refused before it is
 * written: it could never be read back. `field` is the path of the first wrong value, such as
 * `events.3.note`.
 */
export class InvalidRecordError extends Error {
  /** The refusal as data, worded by `problemText` ("Not saved: the value … is longer …"). */
  readonly detail: CoreProblem;
  /** What is wrong with the value, in words ("is longer than 20,000 characters"). */
  readonly problem: Readonly<Record<Locale, string>>;

  constructor(
    readonly record: 'case' | 'profile',
    readonly field: string,
    max?: number,
  ) {
    const what: CoreProblem =
      max === undefined ? { code: 'value-invalid' } : { code: 'value-too-long', max };
    const problem = problemInEveryLocale(what);
    super(`the ${record} was not saved: ${field} ${problem.en}`);
    this.name = 'InvalidRecordError';
    this.problem = problem;
    this.detail = { code: 'record-not-saved', field, ...(max === undefined ? {} : { max }) };
  }
}

/**
 * Returns `value` unchanged if it passes `schema` (the one its store reads with), else throws
 * {@link InvalidRecordError}. Every store calls this before it writes.
 */
export function validRecord<T>(
  schema: v.GenericSchema<unknown, T>,
  record: 'case' | 'profile',
  value: T,
): T {
  const result = v.safeParse(schema, value);
  if (result.success) return value;
  const issue = result.issues[0];
  throw new InvalidRecordError(
    record,
    issue ? (v.getDotPath(issue) ?? '(record)') : '(record)',
    maxLength(issue),
  );
}

/** The length limit a value broke (the one a person can run into), if that is the issue. */
function maxLength(issue: v.BaseIssue<unknown> | undefined): number | undefined {
  return issue?.type === 'max_length' && typeof issue.requirement === 'number'
    ? issue.requirement
    : undefined;
}
