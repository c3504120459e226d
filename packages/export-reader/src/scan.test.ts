import { describe, expect, it } from 'vitest';
import { facebook2024, TEXTS } from '../test/exports.js';
import {
  everyLayout,
  instagram2023,
  instagram2025,
  linkedin,
  xArchive,
} from '../test/exports-other.js';
import { memorySource } from '../test/memory-source.js';
import { metaJson } from '../test/meta-json.js';
import { zipBytes } from '../test/zip-writer.js';
import { openZipBlob } from './blob-source.js';
import { ITEM_KINDS } from './inventory.js';
import { LAYOUTS } from './layouts/index.js';
import { type ScanProgress, scanExport, scanExports } from './scan.js';

const layouts = everyLayout();

const all = (counts: Partial<Record<string, number>>) =>
  Object.fromEntries(ITEM_KINDS.map((k) => [k, counts[k] ?? 0]));

describe('scanExport', () => {
  it.each(layouts.map((l) => [l.layout, l] as const))(
    'reads the %s layout',
    async (_id, synthetic) => {
      const result = await scanExport(memorySource(synthetic.files));
      if (!result.ok) throw new Error(JSON.stringify(result.problems));
      expect(result.value.layout).toBe(synthetic.layout);
      expect(result.value.counts).toEqual(all(synthetic.counts));
      const texts = result.value.items.map((i) => i.text ?? '');
      expect(texts.some((t) => t.includes(TEXTS.greeting) || t.includes('Grüße'))).toBe(true);
      expect(texts.join(' ')).not.toMatch(/Ã|Â|ð/);
    },
  );

  it('decodes umlauts and emoji in Facebook posts, comments and profile', async () => {
    const result = await scanExport(memorySource(facebook2024().files));
    if (!result.ok) throw new Error('refused');
    const byKind = (k: string) => result.value.items.filter((i) => i.kind === k).map((i) => i.text);
    expect(byKind('post')).toEqual([TEXTS.greeting, TEXTS.lake, undefined]);
    expect(byKind('comment')).toEqual([TEXTS.comment, 'Bin dabei']);
    expect(byKind('by-others')).toEqual(['Jürgen Ötzi']);
    expect(byKind('profile')).toEqual([`Robin Müller\n${TEXTS.bio}`.replace('\n', ' ')]);
    const first = result.value.items.find((i) => i.kind === 'post');
    expect(first).toEqual({
      kind: 'post',
      date: '2023-11-14T22:13:20.000Z',
      text: TEXTS.greeting,
      media: 1,
      path: 'your_facebook_activity/posts/your_posts__check_ins__photos_and_videos_1.json#0',
    });
    expect(result.value.items.find((i) => i.path.includes('_2.json'))?.media).toBe(2);
  });

  it.each(layouts.map((l) => [l.layout, l] as const))(
    'without texts, reads the same %s items without their excerpts',
    async (_id, synthetic) => {
      const full = await scanExport(memorySource(synthetic.files));
      const bare = await scanExport(memorySource(synthetic.files), { texts: false });
      if (!full.ok || !bare.ok) throw new Error('refused');
      expect(bare.value.items.some((i) => 'text' in i)).toBe(false);
      expect(full.value.items.some((i) => 'text' in i)).toBe(true);
      expect(bare.value.items).toEqual(full.value.items.map(({ text: _, ...rest }) => rest));
      expect(bare.value.counts).toEqual(full.value.counts);
    },
  );

  it('takes the audience of a private Instagram account for its items', async () => {
    const result = await scanExport(memorySource(instagram2025().files));
    if (!result.ok) throw new Error('refused');
    expect(new Set(result.value.items.map((i) => i.audience))).toEqual(new Set(['followers']));
    const li = await scanExport(memorySource(linkedin().files));
    if (!li.ok) throw new Error('refused');
    // MEMBER_NETWORK has no sourced meaning: unknown, not "connections".
    expect(li.value.items.filter((i) => i.kind === 'post').map((i) => i.audience)).toEqual([
      undefined,
      'public',
    ]);
  });

  it('leaves correct UTF-8 in X and LinkedIn untouched', async () => {
    const x = await scanExport(memorySource(xArchive().files));
    if (!x.ok) throw new Error('refused');
    expect(x.value.items.map((i) => [i.kind, i.text, i.media])).toEqual([
      ['profile', TEXTS.bio, 0],
      ['post', TEXTS.greeting, 2],
      ['comment', '@jurgen Stimmt! 👍', 0],
    ]);
    expect(x.value.items[1]?.date).toBe('2023-02-18T12:33:11.000Z');
  });

  it('reads several ZIP parts of one export together, and other exports apart', async () => {
    const files = Object.entries(facebook2024().files);
    const half = Math.ceil(files.length / 2);
    const part = (list: typeof files, name: string) =>
      openZipBlob(new Blob([zipBytes(list.map(([n, data]) => ({ name: n, data })))]), name);
    const report = await scanExports([
      part(files.slice(0, half), 'facebook-robin-2026-01-02-AbCd1234.zip'),
      part(files.slice(half), 'facebook-robin-2026-01-02-AbCd1234 (2).zip'),
      memorySource(instagram2023().files, 'instagram.zip'),
    ]);
    expect(report.refused).toEqual([]);
    expect(report.exports.map((e) => [e.platform, e.inputs.length])).toEqual([
      ['facebook', 2],
      ['instagram', 1],
    ]);
    expect(report.exports[0]?.counts).toEqual(all(facebook2024().counts));
  });

  it('reports progress and can be cancelled', async () => {
    const seen: ScanProgress[] = [];
    await scanExport(memorySource(facebook2024().files), { onProgress: (p) => seen.push(p) });
    expect(seen.map((p) => p.done)).toEqual([...Array(11).keys()]);
    expect(seen.every((p) => p.total === 11)).toBe(true);
    // Bytes grow with every file and stay below the total of the files read.
    const totalBytes = seen[0]?.totalBytes ?? 0;
    expect(seen[0]?.bytes).toBe(0);
    expect(totalBytes).toBeGreaterThan(0);
    for (const [i, p] of seen.entries()) {
      expect(p.totalBytes).toBe(totalBytes);
      if (i > 0) expect(p.bytes).toBeGreaterThan(seen[i - 1]?.bytes ?? 0);
      expect(p.bytes).toBeLessThan(totalBytes);
    }
    const controller = new AbortController();
    controller.abort();
    const result = await scanExport(memorySource(facebook2024().files), {
      signal: controller.signal,
    });
    expect(result.ok ? 'ok' : result.problems[0]?.code).toBe('cancelled');
  });

  it('skips retweets and keeps excerpts to 200 characters', async () => {
    const long = 'Ä'.repeat(500);
    const files = {
      'data/tweets.js': `window.YTD.tweets.part0 = ${JSON.stringify([{ tweet: { full_text: long } }])}`,
    };
    const result = await scanExport(memorySource(files));
    if (!result.ok) throw new Error('refused');
    expect(result.value.items[0]?.text).toHaveLength(200);
  });
});

describe('file rules', () => {
  it('all name .json, .js or .csv files (the scan skips other entries before matching)', () => {
    for (const layout of LAYOUTS) {
      for (const rule of layout.rules) {
        expect(rule.pattern.source, `${layout.id}: ${rule.pattern}`).toMatch(
          /\\\.(?:json|js|csv)\)?\$$/,
        );
      }
    }
  });
});

describe('localized keys and values in Meta exports (written as mojibake)', () => {
  const profile = (key: string, value: string) =>
    metaJson({
      profile_user: [{ string_map_data: { Name: { value: 'Robin' }, [key]: { value } } }],
    });
  const root = 'your_instagram_activity/media/';
  const files = (key: string, value: string) => ({
    [`${root}posts_1.json`]: metaJson([{ media: [{ uri: 'a.jpg', creation_timestamp: 1 }] }]),
    'personal_information/personal_information/personal_information.json': profile(key, value),
    'your_instagram_activity/comments/post_comments_1.json': metaJson([
      {
        string_map_data: {
          Medieneigentümer: { value: 'ein sehr langer Name des Eigentümers' },
          Zeit: { timestamp: 1_700_000_000 },
          Antwort: { value: 'Schön' },
        },
      },
    ]),
  });

  it.each([
    ['Cuenta privada', 'Sí', 'followers'],
    ['Privé-account', 'Waar', 'followers'],
    ['Privates Konto', 'Falsch', 'public'],
  ])('reads "%s": "%s" as %s', async (key, value, audience) => {
    const result = await scanExport(memorySource(files(key, value)));
    if (!result.ok) throw new Error(JSON.stringify(result.problems));
    expect(result.value.items.find((i) => i.kind === 'profile')?.audience).toBe(audience);
  });

  it('does not take the media owner (a non-ASCII key) for the comment text', async () => {
    const result = await scanExport(memorySource(files('Privates Konto', 'Falsch')));
    if (!result.ok) throw new Error(JSON.stringify(result.problems));
    expect(result.value.items.find((i) => i.kind === 'comment')?.text).toBe('Schön');
  });
});
