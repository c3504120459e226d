import type { LocalizedText } from '@widerspruch/catalog';
import * as v from 'valibot';

/**
 * A case or profile that does not pass the schema stores read with, refused before it is
 * written: it could never be read back. `field` is the path of the first wrong value, such as
 * `events.3.note`.
 */
export class InvalidRecordError extends Error {
  constructor(
    readonly record: 'case' | 'profile',
    readonly field: string,
    /** What is wrong with the value, in words ("is longer than 20000 characters"). */
    readonly problem: LocalizedText,
  ) {
    super(`the ${record} was not saved: ${field} ${problem.en}`);
    this.name = 'InvalidRecordError';
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
    problemText(issue),
  );
}

/**
 * A schema issue in words: English as the schema says it, German for the length limit (the
 * one a person can run into), anything else as "invalid".
 */
function problemText(issue: v.BaseIssue<unknown> | undefined): LocalizedText {
  const en = issue?.message ?? 'is invalid';
  if (issue?.type === 'max_length' && typeof issue.requirement === 'number')
    return { de: `ist länger als ${issue.requirement.toLocaleString('de-DE')} Zeichen`, en };
  return { de: 'ist ungültig', en };
}
