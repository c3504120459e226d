import { create, type Font, type Glyph, type GlyphPosition, type GlyphRun } from 'fontkit';

/** Drawn for characters the font has no glyph for (one per emoji sequence). */
const REPLACEMENT = '\ufffd';
/** Joiners and variation selectors that belong to the character before them. */
const JOINER = /^[\u200d\ufe00-\ufe0f]$/;
/** Text with nothing beyond Latin Extended-B, which DejaVu Sans covers, skips the check. */
const BEYOND_LATIN = /[\u0250-\u{10ffff}]/u;
/** Shaped words kept per font between letters; the cache is emptied when it is full. */
const MAX_CACHED_RUNS = 5000;

/** What PDFKit reads from a laid-out run. */
interface Run {
  readonly glyphs: Glyph[];
  readonly positions: readonly GlyphPosition[];
}

/** Parsed fonts by their bytes, so that later letters reuse fontkit's tables and caches. */
const parsed = new WeakMap<Uint8Array, Font>();

/**
 * A TrueType font parsed once per byte array and wrapped for PDFKit:
 *
 * - Shaped words are cached across letters. PDFKit caches layouts per document only, and
 *   OpenType shaping is the largest cost of a letter after the first.
 * - Characters the font lacks are laid out as U+FFFD. PDFKit (0.20) writes the width of the
 *   missing-glyph (.notdef) glyph unscaled, so they would print about twice as wide as
 *   measured and overlap the next column.
 */
export function parsedFont(bytes: Uint8Array): Font {
  const cached = parsed.get(bytes);
  if (cached) return cached;
  // fontkit reads any Uint8Array; its types ask for a Node Buffer.
  const font = create(bytes as Parameters<typeof create>[0]);
  if (!('layout' in font)) throw new Error('PDF font: a font collection is not supported');
  const wrapped = forPdfKit(font);
  parsed.set(bytes, wrapped);
  return wrapped;
}

function forPdfKit(font: Font): Font {
  const runs = new Map<string, Run>();
  const layout = (text: string, ...options: unknown[]): GlyphRun => {
    if (options.some((o) => o !== undefined)) {
      const shape = font.layout as (text: string, ...options: unknown[]) => GlyphRun;
      return shape.call(font, covered(font, text), ...options);
    }
    let run = runs.get(text);
    if (!run) {
      if (runs.size >= MAX_CACHED_RUNS) runs.clear();
      run = copyRun(font.layout(covered(font, text)));
      runs.set(text, run);
    }
    return copyRun(run);
  };
  return Object.create(font, { layout: { value: layout } }) as Font;
}

/** A run with its own position objects: PDFKit scales them in place. */
function copyRun(run: Run): GlyphRun {
  const positions = run.positions.map((p) => ({ ...p }));
  const copy: Run & { readonly advanceWidth: number } = {
    glyphs: run.glyphs,
    positions,
    get advanceWidth() {
      return positions.reduce((sum, p) => sum + p.xAdvance, 0);
    },
  };
  return copy as unknown as GlyphRun;
}

/** `text` with each run of characters the font cannot draw replaced by one U+FFFD. */
export function covered(font: Font, text: string): string {
  if (!BEYOND_LATIN.test(text)) return text;
  let out = '';
  let missing = false;
  for (const char of text) {
    if (missing && JOINER.test(char)) continue;
    if (font.hasGlyphForCodePoint(char.codePointAt(0) ?? 0)) {
      out += char;
      missing = false;
    } else if (!missing) {
      out += REPLACEMENT;
      missing = true;
    }
  }
  return out;
}

/**
 * The characters of `texts` the font cannot draw (each once, in order of appearance), which
 * the PDF shows as U+FFFD. Joiners and variation selectors are left out: they belong to the
 * character before them.
 */
export function missingCharacters(font: Font, texts: Iterable<string>): string[] {
  const missing = new Set<string>();
  for (const text of texts) {
    if (!BEYOND_LATIN.test(text)) continue;
    for (const char of text) {
      if (JOINER.test(char) || missing.has(char)) continue;
      if (!font.hasGlyphForCodePoint(char.codePointAt(0) ?? 0)) missing.add(char);
    }
  }
  return [...missing];
}
