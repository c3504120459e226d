import { toMojibake } from '../src/mojibake.js';

/**
 * JSON as Meta writes it: every non-ASCII character, in keys and values, as the `\u00XX`
 * escapes of its UTF-8 bytes ("Grüße" → `Gr\u00c3\u00bc\u00c3\u009fe`).
 */
export function metaJson(value: unknown): string {
  const text = JSON.stringify(
    mojibakeKeys(value),
    (_k, v) => (typeof v === 'string' ? toMojibake(v) : v),
    1,
  );
  return text.replace(
    /[\u0080-\u00ff]/g,
    (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`,
  );
}

/** The value with every object key written as mojibake (values are done by the replacer). */
function mojibakeKeys(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(mojibakeKeys);
  if (typeof value !== 'object' || value === null) return value;
  return Object.fromEntries(
    Object.entries(value).map(([k, v]) => [toMojibake(k), mojibakeKeys(v)]),
  );
}
