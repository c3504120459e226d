// Benchmark: milliseconds per PDF letter with our PDFKit renderer (fonts parsed once, see
// packages/core/src/letter/pdf.ts) against pdfmake 0.3 on the same letter, with the same
// DejaVu Sans fonts given as bytes to both. Run after `npm run build`:
//   node bench/letter-pdf.mjs [letters]        (default 50)
// Exits 1 if our renderer is not faster per letter.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import pdfmake from 'pdfmake';
import { loadPdfFonts } from '../apps/cli/dist/render/pdf-fonts.js';
import { createPdfRenderer } from '../packages/core/dist/letter/pdf.js';

const N = Number(process.argv[2] ?? 50);
const WARMUP = 3;
const root = join(import.meta.dirname, '..');
const letter = JSON.parse(
  readFileSync(join(root, 'apps/cli/test/fixtures/letter-sample.json'), 'utf8'),
);
const fonts = loadPdfFonts();

const renderer = createPdfRenderer(fonts);
const ours = () => renderer.render(letter);

pdfmake.virtualfs.writeFileSync('DejaVuSans.ttf', fonts.regular);
pdfmake.virtualfs.writeFileSync('DejaVuSans-Bold.ttf', fonts.bold);
pdfmake.setFonts({
  DejaVu: { normal: 'DejaVuSans.ttf', bold: 'DejaVuSans-Bold.ttf' },
});
pdfmake.setUrlAccessPolicy(() => false);
pdfmake.setLocalAccessPolicy(() => false);
// pdfmake rewrites the definition in place, so it gets a copy of the letter each time.
const theirs = () => pdfmake.createPdf(pdfmakeDefinition(structuredClone(letter))).getBuffer();

/** Milliseconds and result of one call. */
async function timed(render) {
  const start = performance.now();
  const bytes = await render();
  return { ms: performance.now() - start, bytes: bytes.length };
}

// First letters (cold: module start-up, font tables), then warm-up, then the two renderers
// alternately, letter by letter, so that both see the same machine load.
const results = { ours: await timed(ours), theirs: await timed(theirs) };
for (const r of Object.values(results)) r.total = 0;
for (let i = 0; i < WARMUP; i++) await ours().then(theirs);
for (let i = 0; i < N; i++) {
  results.ours.total += (await timed(ours)).ms;
  results.theirs.total += (await timed(theirs)).ms;
}

const row = (name, r) =>
  `  ${name.padEnd(22)} ${(r.total / N).toFixed(1).padStart(7)} ms/letter   first letter ${r.ms.toFixed(0).padStart(5)} ms   ${(r.bytes / 1024).toFixed(1)} KB`;
console.log(
  `letter-pdf: ${N} letters each, interleaved (after ${WARMUP} warm-up), Node ${process.version}`,
);
console.log(row('ours (PDFKit, cached)', results.ours));
console.log(row('pdfmake 0.3', results.theirs));
const ratio = results.theirs.total / results.ours.total;
console.log(`letter-pdf: ours is ${ratio.toFixed(2)}× as fast as pdfmake per letter`);
process.exit(ratio > 1 ? 0 : 1);

/** The same letter as a pdfmake document: DIN 5008 positions, body flowing over pages. */
function pdfmakeDefinition(l) {
  const mm = (v) => (v * 72) / 25.4;
  const dateLabel = l.locale === 'de' ? 'Datum' : 'Date';
  const date = new Intl.DateTimeFormat(l.locale === 'de' ? 'de-DE' : 'en-GB', {
    day: 'numeric',
    month: 'long',
    year: 'numeric',
    timeZone: 'UTC',
  }).format(new Date(`${l.date}T12:00:00Z`));
  const info = [
    ...l.references.flatMap((r) => [
      { text: r.label, fontSize: 8 },
      { text: r.value, margin: [0, 0, 0, 2] },
    ]),
    { text: dateLabel, fontSize: 8 },
    { text: l.place ? `${l.place}, ${date}` : date },
  ];
  const block = (b) => {
    if (b.kind === 'paragraph') return { text: b.text, margin: [0, 0, 0, 12] };
    if (b.kind === 'heading') return { text: b.text, bold: true, margin: [0, 0, 0, 12] };
    if (b.kind === 'list') return { ul: b.items, margin: [mm(2), 0, 0, 12] };
    return {
      table: {
        headerRows: 1,
        widths: b.head.map(() => 'auto'),
        body: [b.head.map((h) => ({ text: h, bold: true })), ...b.rows],
      },
      margin: [0, 0, 0, 12],
    };
  };
  return {
    pageSize: 'A4',
    pageMargins: [mm(25), mm(15), mm(20), mm(25)],
    defaultStyle: { font: 'DejaVu', fontSize: 10, lineHeight: 1.1 },
    info: { title: l.subject, author: l.sender.name.join(' ') },
    footer: (page, pages) =>
      pages > 1
        ? {
            text: l.locale === 'de' ? `Seite ${page} von ${pages}` : `Page ${page} of ${pages}`,
            alignment: 'right',
            fontSize: 8,
            margin: [mm(25), 0, mm(20), 0],
          }
        : null,
    content: [
      {
        text: l.sender.name.join(' '),
        bold: true,
        fontSize: 11,
        alignment: 'right',
        absolutePosition: { x: mm(105), y: mm(12) },
        width: mm(85),
      },
      {
        stack: [...l.sender.address, l.sender.email ?? ''],
        fontSize: 9,
        alignment: 'right',
        absolutePosition: { x: mm(105), y: mm(17) },
      },
      {
        text: [...l.sender.name, ...l.sender.address].join(', '),
        fontSize: 8,
        absolutePosition: { x: mm(25), y: mm(58.5) },
      },
      {
        stack: [...l.recipient.name, ...l.recipient.address],
        absolutePosition: { x: mm(25), y: mm(62.7) },
      },
      { stack: info, absolutePosition: { x: mm(125), y: mm(45) } },
      { text: l.subject, bold: true, margin: [0, mm(99 - 15), 0, 24] },
      { text: l.salutation, margin: [0, 0, 0, 12] },
      ...l.body.map(block),
      { text: l.closing, margin: [0, 0, 0, 36] },
      { text: l.signature, margin: [0, 0, 0, 12] },
      { text: l.locale === 'de' ? 'Anlagen' : 'Enclosures', bold: true },
      ...l.enclosures,
    ],
  };
}
