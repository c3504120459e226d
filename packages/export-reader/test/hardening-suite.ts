import { LOCALES } from '@widerspruch/catalog/locales';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { DEFAULT_LIMITS } from '../src/limits.js';
import { type ScanProblemCode, scanProblemText } from '../src/problems.js';
import { scanExport } from '../src/scan.js';
import { excerpt } from '../src/text.js';
import { hostileCorpus } from './fixtures/make-hostile.js';
import { metaJson } from './meta-json.js';
import type { OpenZip } from './zip-source-contract.js';
import { zipBytes } from './zip-writer.js';

const POSTS =
  'facebook-r-2026-01-01-x/your_facebook_activity/posts/your_posts__check_ins__photos_and_videos_1.json';

const post = fc.record({
  text: fc.string({ unit: 'grapheme', maxLength: 260 }),
  seconds: fc.integer({ min: 1_000_000_000, max: 2_000_000_000 }),
  media: fc.nat(3),
});

function exportOf(
  posts: readonly { text: string; seconds: number; media: number }[],
  store = false,
) {
  const records = posts.map((p, i) => ({
    timestamp: p.seconds,
    data: [{ post: p.text }],
    attachments: [
      { data: Array.from({ length: p.media }, (_, j) => ({ media: { uri: `m/${i}-${j}.jpg` } })) },
    ],
  }));
  return zipBytes([
    { name: POSTS, data: metaJson(records), method: store ? 'store' : 'deflate' },
    {
      name: 'facebook-r-2026-01-01-x/your_facebook_activity/posts/media/1.jpg',
      data: 'jpeg',
      method: 'store',
    },
  ]);
}

const KNOWN: readonly ScanProblemCode[] = [
  'not-zip',
  'truncated',
  'encrypted',
  'unsupported-method',
  'corrupt',
  'zip-bomb',
  'too-many-entries',
  'not-an-export',
  'html-export',
  'unsafe-path',
  'entry-too-large',
  'total-too-large',
  'too-deep',
  'invalid-utf8',
  'invalid-json',
];

/**
 * Hostile input against the whole scan on one ZIP implementation: the generated corpus,
 * then fast-check over generated and mutated archives (bounded runs).
 */
export function describeScanHardening(name: string, open: OpenZip): void {
  const scanBytes = async (bytes: Uint8Array, limits = DEFAULT_LIMITS) => {
    const source = await open(bytes, 'fuzz.zip');
    try {
      return await scanExport(source, { limits });
    } finally {
      await source.close();
    }
  };

  describe(`hostile exports: ${name}`, () => {
    for (const fixture of hostileCorpus()) {
      it(`refuses ${fixture.name} (${fixture.expect.join(' or ')})`, async () => {
        const result = await scanBytes(fixture.bytes, { ...DEFAULT_LIMITS, ...fixture.limits });
        expect(result.ok).toBe(false);
        if (result.ok) return;
        expect(fixture.expect).toContain(result.problems[0]?.code);
        for (const p of result.problems) {
          for (const locale of LOCALES) {
            expect(scanProblemText(p, locale).length).toBeGreaterThan(10);
          }
        }
      });
    }

    it('finds every generated post with its text repaired (property)', async () => {
      await fc.assert(
        fc.asyncProperty(fc.array(post, { maxLength: 15 }), fc.boolean(), async (posts, store) => {
          const result = await scanBytes(exportOf(posts, store));
          if (!result.ok) throw new Error(JSON.stringify(result.problems));
          expect(result.value.counts.post).toBe(posts.length);
          expect(result.value.items.map((i) => i.text)).toEqual(posts.map((p) => excerpt(p.text)));
          expect(result.value.items.map((i) => i.media)).toEqual(posts.map((p) => p.media));
        }),
        { numRuns: 25 },
      );
    });

    it('ends every mutated archive in an inventory or a known refusal (property)', async () => {
      const base = exportOf([
        { text: 'Grüße 😀', seconds: 1_700_000_000, media: 2 },
        { text: 'zweiter Beitrag', seconds: 1_700_000_100, media: 0 },
      ]);
      const flips = fc.array(fc.tuple(fc.nat(base.length - 1), fc.integer({ min: 0, max: 255 })), {
        minLength: 1,
        maxLength: 6,
      });
      const mutation = fc.oneof(
        flips.map((list) => {
          const bytes = base.slice();
          for (const [at, value] of list) bytes[at] = value;
          return bytes;
        }),
        fc.nat(base.length).map((n) => base.slice(0, n)),
        fc
          .tuple(fc.nat(base.length), fc.uint8Array({ minLength: 1, maxLength: 64 }))
          .map(([at, extra]) => {
            const bytes = new Uint8Array(base.length + extra.length);
            bytes.set(base.subarray(0, at));
            bytes.set(extra, at);
            bytes.set(base.subarray(at), at + extra.length);
            return bytes;
          }),
      );
      await fc.assert(
        fc.asyncProperty(mutation, async (bytes) => {
          const result = await scanBytes(bytes);
          if (!result.ok) expect(KNOWN).toContain(result.problems[0]?.code);
        }),
        { numRuns: 60 },
      );
    });
  });
}
