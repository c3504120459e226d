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
    readonly problem: string,
  ) {
    super(`the ${record} was not saved: ${field} ${problem}`);
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
    issue?.message ?? 'is invalid',
  );
}
