import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { LOCALES } from '@widerspruch/catalog';
import { bundledCatalog } from '@widerspruch/catalog/bundled';
import { LETTER_KINDS } from '@widerspruch/core';
import {
  composeCaseLetter,
  loadObjectionTemplate,
  renderLetterText,
} from '@widerspruch/core/letters';
import { createPdfRenderer, type Letter, renderLetterPdf } from '@widerspruch/core/pdf';
import { create } from 'fontkit';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadPdfFonts } from '../src/render/pdf-fonts.js';

// Checks the PDFs with Poppler (Debian's poppler-utils; .ci/run installs it).
const dir = mkdtempSync(join(tmpdir(), 'widerspruch-pdf-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

const sample: Letter = JSON.parse(
  readFileSync(new URL('./fixtures/letter-sample.json', import.meta.url), 'utf8'),
);
const renderer = createPdfRenderer(loadPdfFonts());
const MM = 25.4 / 72;
const BIDI_MARKS = /[\u200e\u200f\u202a-\u202e\u2066-\u2069]/g;

function poppler(tool: string, ...args: string[]): string {
  try {
    return execFileSync(tool, args, { encoding: 'utf8' });
  } catch (error) {
    throw new Error(`${tool} failed (is poppler-utils installed?): ${String(error)}`);
  }
}

async function renderToFile(letter: Letter, name: string): Promise<string> {
  const bytes = await renderer.render(letter);
  const file = join(dir, `${name}.pdf`);
  writeFileSync(file, bytes);
  return file;
}

/** pdftotext output without the bidi marks it adds around lines on pages with RTL text. */
function text(file: string): string {
  return poppler('pdftotext', '-enc', 'UTF-8', file, '-').replace(BIDI_MARKS, '');
}

function info(file: string): { pages: number; size: string } {
  const out = poppler('pdfinfo', file);
  return {
    pages: Number(/^Pages:\s+(\d+)/m.exec(out)?.[1]),
    size: /^Page size:\s+(.*)$/m.exec(out)?.[1] ?? '',
  };
}

interface Word {
  readonly page: number;
  readonly text: string;
  /** Millimetres from the top-left corner of the page. */
  readonly x0: number;
  readonly y0: number;
  readonly x1: number;
  readonly y1: number;
}

/** Every word with its box in millimetres, from `pdftotext -bbox`. */
function words(file: string): Word[] {
  const html = poppler('pdftotext', '-bbox', '-enc', 'UTF-8', file, '-');
  const out: Word[] = [];
  let page = 0;
  for (const line of html.split('\n')) {
    if (line.includes('<page ')) page++;
    const m = /xMin="([\d.]+)" yMin="([\d.]+)" xMax="([\d.]+)" yMax="([\d.]+)">(.*)<\/word>/.exec(
      line,
    );
    if (!m) continue;
    const [x0, y0, x1, y1] = m.slice(1, 5).map((v) => Number(v) * MM) as [
      number,
      number,
      number,
      number,
    ];
    out.push({ page, text: m[5]!.replace(BIDI_MARKS, ''), x0, y0, x1, y1 });
  }
  return out;
}

/** Pairs of words on one line whose boxes overlap by more than 0.3 mm. */
function overlaps(all: readonly Word[]): string[] {
  const lines = new Map<string, Word[]>();
  for (const w of all) {
    const key = `${w.page}:${Math.round(w.y0 * 2)}`;
    lines.set(key, [...(lines.get(key) ?? []), w]);
  }
  const found: string[] = [];
  for (const line of lines.values()) {
    const sorted = [...line].sort((a, b) => a.x0 - b.x0);
    for (let i = 1; i < sorted.length; i++) {
      const [a, b] = [sorted[i - 1]!, sorted[i]!];
      if (a.x1 - b.x0 > 0.3) found.push(`${a.text} / ${b.text} on page ${a.page}`);
    }
  }
  return found;
}

function find(all: readonly Word[], word: string, page = 1): Word {
  const hit = all.find((w) => w.page === page && w.text === word);
  if (!hit) throw new Error(`"${word}" not found on page ${page}`);
  return hit;
}

describe('PDF letter (DIN 5008 form B)', { timeout: 60_000 }, () => {
  it('renders the sample: A4, two pages, text with umlauts, ß, quotes and € intact', async () => {
    const file = await renderToFile(sample, 'sample');
    expect(readFileSync(file).subarray(0, 5).toString()).toBe('%PDF-');
    expect(info(file)).toEqual({ pages: 2, size: '595.28 x 841.89 pts (A4)' });
    const t = text(file);
    for (const expected of [
      'Widerspruch gemäß Art. 21 Abs. 1 DSGVO – Konto',
      'Meta Platforms Ireland Limited',
      'z. Hd. Datenschutzbeauftragte/r',
      'Jürgen Weißmüller, Straße des 17. Juni 135, 10623 Berlin',
      'Berlin, 29. November 2026',
      '(„KI-Training“)',
      'Eine Gebühr von 0 €',
      'Mit freundlichen Grüßen',
      'Eingangsbestätigung erhalten',
      'Anlagen',
      'Seite 1 von 2',
      'Seite 2 von 2',
    ]) {
      expect(t).toContain(expected);
    }
  });

  it('puts the address in the window, the information block at 125 mm, the subject below', async () => {
    const all = words(await renderToFile(sample, 'layout'));
    const recipient = find(all, 'Meta');
    const country = find(all, 'IRLAND');
    const returnLine = find(all, 'Jürgen');
    const returnLineOnLeft = all.find((w) => w.page === 1 && w.text === 'Jürgen' && w.x0 < 105);
    expect(recipient.x0).toBeCloseTo(25, 0);
    expect(recipient.y0).toBeGreaterThanOrEqual(62.5);
    expect(country.y1).toBeLessThanOrEqual(90);
    expect(returnLine.y0).toBeLessThan(returnLineOnLeft?.y0 ?? 0);
    expect(returnLineOnLeft?.y0).toBeGreaterThan(45);
    expect(returnLineOnLeft?.y1).toBeLessThan(62.7);
    expect(find(all, 'Datum').x0).toBeCloseTo(125, 0);
    expect(find(all, 'Konto').y0).toBeCloseTo(45, 0);
    const subject = find(all, 'Widerspruch');
    expect(subject.x0).toBeCloseTo(25, 0);
    expect(subject.y0).toBeGreaterThan(92);
    expect(subject.y0).toBeLessThan(105);
    expect(overlaps(all)).toEqual([]);
    const top = Math.min(...all.filter((w) => w.page === 2).map((w) => w.y0));
    expect(top).toBeLessThan(20);
    for (const w of all) {
      expect(w.x0, w.text).toBeGreaterThanOrEqual(24.9);
      expect(w.x1, w.text).toBeLessThanOrEqual(190.1);
    }
  });

  it('prints Greek and Cyrillic, an English date, and no page number on a one-page letter', async () => {
    const letter: Letter = {
      ...sample,
      locale: 'en',
      recipient: { name: ['Ελληνική Αρχή Προστασίας Δεδομένων'], address: ['Москва, Кириллица 1'] },
      subject: 'Objection under Art. 21(1) GDPR',
      body: [{ kind: 'paragraph', text: 'Short.' }],
      enclosures: ['Copy'],
    };
    const file = await renderToFile(letter, 'english');
    const t = text(file);
    expect(info(file).pages).toBe(1);
    expect(t).toContain('Ελληνική Αρχή Προστασίας Δεδομένων');
    expect(t).toContain('Москва, Кириллица 1');
    expect(t).toContain('Berlin, 29 November 2026');
    expect(t).toContain('Enclosures');
    expect(t).not.toContain('Page 1 of');
  });

  it('names the characters the fonts cannot draw, each once, and nothing for covered scripts', async () => {
    expect(renderer.missing(sample)).toEqual([]);
    const covered: Letter = {
      ...sample,
      recipient: { name: ['Ελληνικά Кириллица עברית العربية'], address: ['Straße 1'] },
    };
    expect(renderer.missing(covered)).toEqual([]);
    const letter: Letter = {
      ...sample,
      recipient: { name: ['山田 太郎 🫠'], address: ['東京'] },
      body: [{ kind: 'paragraph', text: 'Grüße 🫠 山田' }],
    };
    expect(renderer.missing(letter)).toEqual(['山', '田', '太', '郎', '🫠', '東', '京']);
  });

  it('keeps the closing with the last two lines of the last paragraph, never alone on a page', async () => {
    const last = 'Letzte eins\nLetzte zwei\nLetzte drei\nLetzte ENDE';
    const pages = new Set<number>();
    // Each filler line moves the last paragraph one line down, across the foot of page 1.
    for (let k = 1; k <= 34; k++) {
      const letter: Letter = {
        ...sample,
        body: [
          sample.body[0] as Letter['body'][number],
          { kind: 'paragraph', text: Array(k).fill('Füllzeile').join('\n') },
          { kind: 'paragraph', text: last },
        ],
        enclosures: [],
      };
      const all = words(await renderToFile(letter, `closing-${k}`));
      const closing = all.find((w) => w.text === 'Grüßen');
      const lastLines = all.filter((w) => w.text === 'Letzte');
      const onClosingPage = lastLines.filter((w) => w.page === closing?.page);
      pages.add(closing?.page ?? 0);
      expect(onClosingPage.length, `filler ${k}`).toBeGreaterThanOrEqual(2);
      expect(find(all, 'ENDE', closing?.page).page, `filler ${k}`).toBe(closing?.page);
      // No single line of the paragraph left behind either.
      expect([0, 2, 3, 4], `filler ${k}`).toContain(lastLines.length - onClosingPage.length);
    }
    expect([...pages].sort()).toEqual([1, 2]);
  });

  it('gives the same bytes for the same letter, cached or not', async () => {
    const first = await renderLetterPdf(sample, loadPdfFonts());
    const second = await renderer.render(sample);
    expect(Buffer.from(second).equals(Buffer.from(first))).toBe(true);
  });

  it('survives hostile input: CR/LF, 5000 characters, RTL, emoji, a 300-character word', async () => {
    const word = 'x'.repeat(300);
    const rtl = 'مرحبا بالعالم هذا نص عربي שלום עולם זה טקסט בעברית';
    const emoji = '😀🎉👍🏽👨‍👩‍👧‍👦🇩🇪';
    const note = `Notiz ${emoji} ${rtl} ${word}\r\n`.repeat(40).slice(0, 5000);
    const letter: Letter = {
      ...sample,
      sender: {
        name: [`Max\r\nMuster${emoji}`],
        address: [`Zeile\r\n1 ${'A'.repeat(3000)}`],
        email: 'a\r\nb@example.org',
      },
      recipient: { name: [`Firma\r\nGmbH ${emoji}`, rtl], address: Array(12).fill(`Weg ${word}`) },
      subject: `Widerspruch\r\ngemäß Art. 21 DSGVO ${emoji}`,
      references: [{ label: 'Konto\n', value: `${word} ${rtl}` }],
      date: 'not a date',
      place: `Berlin\r\n${emoji}`,
      body: [
        { kind: 'paragraph', text: note },
        { kind: 'paragraph', text: `https://example.org/${'y'.repeat(5000)}` },
        { kind: 'list', items: [word, rtl, note] },
        { kind: 'heading', text: `H\r\n${word}` },
        {
          kind: 'table',
          head: ['A', 'B'],
          rows: [[note, word, 'extra', 'cells'], [], ['\u0000ctrl\ttab']],
        },
        { kind: 'table', head: [], rows: [] },
      ],
      closing: `Mit\r\nGrüßen ${emoji}`,
      signature: `Max\r\n${word}`,
      enclosures: [word, rtl, 'a\r\nb'],
    };
    const file = await renderToFile(letter, 'hostile');
    const t = text(file);
    expect(t).toContain('Widerspruch gemäß Art. 21 DSGVO');
    expect(t).toContain('Firma GmbH');
    expect(t).toContain('Mit');
    expect(info(file).pages).toBeGreaterThan(1);
    const all = words(file);
    expect(overlaps(all)).toEqual([]);
    const firma = find(all, 'Firma');
    expect(firma.y0).toBeGreaterThanOrEqual(62.5);
    for (const w of all) {
      expect(w.x0, w.text).toBeGreaterThanOrEqual(24.9);
      expect(w.x1, w.text).toBeLessThanOrEqual(190.5);
      expect(w.y1, w.text).toBeLessThanOrEqual(297 - 10);
    }
  });
});

describe('PDF letters in every language', () => {
  const catalog = bundledCatalog();
  const sent = {
    id: 'c1',
    platform: 'instagram',
    account: 'anna@example.org',
    profile: 'p',
    createdAt: '2026-03-10T09:00:00.000Z',
    events: [{ id: 'e1', kind: 'submitted', at: '2026-03-10T09:00:00.000Z', date: '2026-03-10' }],
  } as const;
  /** Where each language's authority is, so that the complaint is in that language. */
  const COUNTRY = { de: 'DE', en: 'IE', fr: 'FR', es: 'ES', it: 'IT', nl: 'NL', pl: 'PL' } as const;
  const compose = () =>
    LOCALES.flatMap((locale) =>
      LETTER_KINDS.map((kind) => {
        const result = composeCaseLetter({
          kind,
          catalog,
          case: { ...sent, events: [...sent.events] },
          today: '2026-04-20',
          locale,
          sender: { name: 'Łucja Żółć', address: ['ul. Świętokrzyska 12', '00-916 Warszawa'] },
          residence: { country: COUNTRY[locale], ...(locale === 'de' ? { region: 'HH' } : {}) },
          grounds: ['children'],
        });
        if (!result.ok) throw new Error(`${kind} ${locale}: ${result.failure.code}`);
        return result.value.letter;
      }),
    );

  let letters: Letter[] = [];
  // Objection texts other than German and English are loaded when first needed.
  beforeAll(async () => {
    await Promise.all(LOCALES.map(loadObjectionTemplate));
    letters = compose();
  });

  it('the embedded fonts, regular and bold, have a glyph for every character of every letter', () => {
    const fonts = loadPdfFonts();
    const faces = [fonts.regular, fonts.bold].map((bytes) => {
      const font = create(bytes as Parameters<typeof create>[0]);
      if (!('hasGlyphForCodePoint' in font)) throw new Error('a font collection');
      return font;
    });
    const chars = new Set(letters.flatMap((l) => [...renderLetterText(l)]));
    for (const ch of 'ąćęłńóśźżĄĆĘŁŃÓŚŹŻàâçéèêëîïôùûüÿœæÀÉÈÇŒáíñúüÁÍÑÚ¿¡«»’“”–') chars.add(ch);
    const missing = [...chars].filter(
      (ch) => ch !== '\n' && faces.some((f) => !f.hasGlyphForCodePoint(ch.codePointAt(0) ?? 0)),
    );
    expect(missing).toEqual([]);
  });

  it.each(['fr', 'es', 'it', 'nl', 'pl'] as const)(
    'renders the complaint in %s with its own words and the authority’s full name',
    async (locale) => {
      const letter = letters.find((l) => l.kind === 'complaint' && l.locale === locale);
      if (!letter) throw new Error(`no complaint in ${locale}`);
      // Own copies of the font bytes: a renderer with fresh glyph caches. (Earlier letters in
      // this file, the hostile one above all, can leave PDFKit a glyph's text mapping that
      // pdftotext then reads wrongly; the drawing is unaffected.)
      const fonts = loadPdfFonts();
      const fresh = createPdfRenderer({ regular: fonts.regular.slice(), bold: fonts.bold.slice() });
      const file = join(dir, `complaint-${locale}.pdf`);
      writeFileSync(file, await fresh.render(letter));
      const t = text(file).replace(/\s+/g, ' ');
      expect(t).toContain(letter.salutation);
      expect(t).toContain('Łucja Żółć');
      expect(t).toContain(letter.subject.split(' – ')[0]);
      // The authority's full name, broken between words where the window is too narrow
      // (the CNIL's), never cut.
      // Read from the address zone of the window only (20–105 mm across, 62.7–90 mm down).
      const pt = (mm: number) => String(Math.round(mm / MM));
      const window = poppler(
        'pdftotext',
        ...['-enc', 'UTF-8', '-f', '1', '-l', '1'],
        ...['-x', pt(20), '-y', pt(62.7), '-W', pt(85), '-H', pt(27.3), file, '-'],
      ).replace(/\s+/g, ' ');
      expect(window).toContain(letter.recipient.name.join(' '));
    },
  );
});
