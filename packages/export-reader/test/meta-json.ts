import { toMojibake } from '../src/mojibake.js';

/**
 * JSON as Meta writes it: every non-ASCII character as the `\u00XX` escapes of its UTF-8
 * bytes ("Grüße" → `Gr\u00c3\u00bc\u00c3\u009fe`).
 */
export function metaJson(value: unknown): string {
  const text = JSON.stringify(value, (_key, v) => (typeof v === 'string' ? toMojibake(v) : v), 1);
  return text.replace(
    /[\u0080-\u00ff]/g,
    (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`,
  );
}
