/**
 * Whether `value` is a plain e-mail address (local@domain.tld) that is safe to put into a
 * header: no spaces, control characters, angle brackets, quotes, commas or semicolons, so
 * that it cannot add a second address or a header (RFC 5322 addr-spec, the common subset).
 *
 * @example isEmailAddress('anna@example.org') // true
 */
export function isEmailAddress(value: string): boolean {
  if (value.length > 254) return false;
  const match = /^([A-Za-z0-9.!#$%&'*+/=?^_`{|}~-]+)@([A-Za-z0-9-]+(?:\.[A-Za-z0-9-]+)+)$/.exec(
    value,
  );
  if (match === null) return false;
  const local = match[1] ?? '';
  const domain = match[2] ?? '';
  return (
    local.length <= 64 &&
    !local.startsWith('.') &&
    !local.endsWith('.') &&
    !local.includes('..') &&
    domain.split('.').every((label) => label.length <= 63 && !/^-|-$/.test(label))
  );
}
