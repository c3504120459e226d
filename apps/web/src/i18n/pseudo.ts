// The pseudo-locale of the tests: English with every letter accented and a third longer, in
// brackets, so that a text that did not pass through the messages shows up unchanged and a
// layout that cannot take longer words breaks visibly. `{name}` placeholders stay intact.

const ACCENTED: Readonly<Record<string, string>> = {
  a: 'á',
  b: 'ƀ',
  c: 'ç',
  d: 'ď',
  e: 'é',
  f: 'ƒ',
  g: 'ĝ',
  h: 'ĥ',
  i: 'î',
  j: 'ĵ',
  k: 'ķ',
  l: 'ļ',
  m: 'ɱ',
  n: 'ñ',
  o: 'ö',
  p: 'þ',
  q: 'ǫ',
  r: 'ŕ',
  s: 'š',
  t: 'ţ',
  u: 'û',
  v: 'ṽ',
  w: 'ŵ',
  x: 'ẋ',
  y: 'ý',
  z: 'ž',
  A: 'Á',
  B: 'Ɓ',
  C: 'Ç',
  D: 'Ď',
  E: 'É',
  F: 'Ƒ',
  G: 'Ĝ',
  H: 'Ĥ',
  I: 'Î',
  J: 'Ĵ',
  K: 'Ķ',
  L: 'Ļ',
  M: 'Ṁ',
  N: 'Ñ',
  O: 'Ö',
  P: 'Þ',
  Q: 'Ǫ',
  R: 'Ŕ',
  S: 'Š',
  T: 'Ţ',
  U: 'Û',
  V: 'Ṽ',
  W: 'Ŵ',
  X: 'Ẋ',
  Y: 'Ý',
  Z: 'Ž',
};

/** Marks around every pseudo-localised text; the e2e walk looks for them. */
export const PSEUDO_OPEN = '⟦';
/** See {@link PSEUDO_OPEN}. */
export const PSEUDO_CLOSE = '⟧';

/** A text in the pseudo-locale: "Settings" becomes "⟦Šéţţîñĝš ~~~⟧". */
export function pseudoText(text: string): string {
  let out = '';
  let inPlaceholder = false;
  for (const ch of text) {
    if (ch === '{') inPlaceholder = true;
    out += inPlaceholder ? ch : (ACCENTED[ch] ?? ch);
    if (ch === '}') inPlaceholder = false;
  }
  // About a third longer, as German or French often are, in words that may wrap.
  const padding = ' ~~~~'.repeat(Math.max(1, Math.round(text.length / 15)));
  return `${PSEUDO_OPEN}${out}${padding}${PSEUDO_CLOSE}`;
}
