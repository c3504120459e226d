import { spawn } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { terminalJson } from '@widerspruch/core/terminal';
import { ITEM_KINDS, scanExport } from '@widerspruch/export-reader';
import {
  everyLayout,
  facebook2022,
  facebook2024,
  hostileCorpus,
  instagram2025,
  memorySource,
  metaJson,
  TEXTS,
  zipBytes,
} from '@widerspruch/export-reader/testing';
import { afterAll, describe, expect, it } from 'vitest';
import { runScan } from '../src/commands/scan.js';
import { count } from '../src/commands/scan-output.js';
import { runCli } from '../src/main.js';
import { type ScanThread, worthAThread } from '../src/scan/threaded-scan.js';
import { fakeIo } from './fake-io.js';

const dir = mkdtempSync(join(tmpdir(), 'widerspruch-scan-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

function writeZip(name: string, files: Record<string, string | Uint8Array>): string {
  const path = join(dir, name);
  writeFileSync(path, zipBytes(Object.entries(files).map(([n, data]) => ({ name: n, data }))));
  return path;
}

async function run(args: string[], env: Record<string, string> = { LANG: 'de_DE.UTF-8' }) {
  const f = fakeIo({ env });
  const code = await runCli(args, f.io);
  return { code, stdout: f.stdout(), stderr: f.stderr() };
}

const facebook = writeZip('facebook-robin-2026-01-02-AbCd1234.zip', facebook2024().files);

describe('widerspruch scan', () => {
  it.each(everyLayout().map((l) => [l.layout, l] as const))(
    'reads a %s export ZIP with the right counts and text',
    async (layout, synthetic) => {
      const zip = writeZip(`${layout}.zip`, synthetic.files);
      const { code, stdout } = await run(['scan', zip, '--json']);
      expect(code).toBe(0);
      const [inventory] = JSON.parse(stdout).exports;
      expect(inventory.layout).toBe(layout);
      const counts = Object.fromEntries(ITEM_KINDS.map((k) => [k, synthetic.counts[k] ?? 0]));
      expect(inventory.counts).toEqual(counts);
      const texts = inventory.items.map((i: { text?: string }) => i.text ?? '').join(' ');
      expect(texts).toMatch(/Grüße|Köln|😀|Jürgen/);
      expect(texts).not.toMatch(/Ã|Â|ð/);
    },
  );

  it('lists what a Facebook export holds, as JSON', async () => {
    const { code, stdout, stderr } = await run(['scan', facebook, '--json']);
    expect([code, stderr]).toEqual([0, '']);
    const out = JSON.parse(stdout);
    expect(out.refused).toEqual([]);
    expect(out.exports).toHaveLength(1);
    const [inventory] = out.exports;
    expect(inventory).toMatchObject({ platform: 'facebook', layout: 'facebook-2024' });
    expect(inventory.counts).toMatchObject({
      post: 3,
      photo: 2,
      video: 1,
      comment: 2,
      'by-others': 1,
    });
    // The profile is read first, then the posts.
    expect(inventory.items[1]).toEqual({
      kind: 'post',
      date: '2023-11-14T22:13:20.000Z',
      text: TEXTS.greeting,
      media: 1,
      path: 'your_facebook_activity/posts/your_posts__check_ins__photos_and_videos_1.json#0',
    });
    expect(inventory.items).toHaveLength(12);
    // Before/after Meta's training start, from the catalog (27 May 2025).
    expect(inventory.training).toEqual({ start: '2025-05-27', before: 10, after: 0 });
    expect(inventory).toMatchObject({ unread: [], complete: true, undated: 1 });
  });

  it('streams valid JSON for several exports and a refused input', async () => {
    const ig = writeZip('instagram-robin-2026-01-02-Zz99.zip', instagram2025('').files);
    const bad = join(dir, 'bad.zip');
    writeFileSync(bad, 'not a zip');
    const { code, stdout } = await run(['scan', facebook, ig, bad, '--json']);
    expect(code).toBe(1);
    const out = JSON.parse(stdout);
    expect(out.exports.map((e: { layout: string }) => e.layout)).toEqual([
      'facebook-2024',
      'instagram-2025',
    ]);
    expect(out.refused).toHaveLength(1);
  });

  it('says prominently when an export has content files it cannot read', async () => {
    const files = {
      ...facebook2022('').files,
      'your_activity_across_facebook/posts/posts_in_a_new_format.json': '[{"timestamp": 1}]',
    };
    const zip = writeZip('facebook-incomplete.zip', files);
    const de = await run(['scan', zip]);
    expect(de.code).toBe(0);
    expect(de.stdout).toContain(
      '1 Datei konnte nicht gelesen werden – das Ergebnis ist unvollständig',
    );
    expect(de.stdout).toContain('your_activity_across_facebook/posts/posts_in_a_new_format.json');
    expect(de.stdout).toContain('Vor dem Trainingsstart (27.05.2025): 5');
    const json = JSON.parse((await run(['scan', zip, '--json'])).stdout);
    expect(json.exports[0]).toMatchObject({
      complete: false,
      unread: [
        { path: 'your_activity_across_facebook/posts/posts_in_a_new_format.json', bytes: 18 },
      ],
    });
  });

  it('prints no terminal control from a file name, as text or as JSON', async () => {
    // A CSI as one C1 character, a right-to-left override and a line separator.
    const name = 'your_activity_across_facebook/posts/a\u009b2J\u202egnp.json\u2028fake.json';
    const zip = writeZip('facebook-controls.zip', {
      ...facebook2022('').files,
      [name]: '[{"timestamp": 1}]',
    });
    const text = await run(['scan', zip]);
    const json = await run(['scan', zip, '--json']);
    for (const out of [text.stdout, json.stdout]) expect(out).not.toMatch(/[\u009b\u202e\u2028]/);
    // The JSON still means the same: the name is escaped, not changed.
    expect(JSON.parse(json.stdout).exports[0].unread).toEqual([
      expect.objectContaining({ path: name }),
    ]);
  });

  it('writes every item as JSON.stringify does, with no terminal control in it', async () => {
    const A = 'your_facebook_activity/';
    // Texts with what an excerpt keeps and JSON or a terminal must escape.
    const texts = [
      'quote " \\ back',
      'alm \u061c lrm \u200e rlm \u200f',
      'lone \ud800',
      // Lone halves of a pair in two items next to each other: each is escaped on its own.
      'high \ud83d',
      '\ude00 low',
      '😀 Köln',
      'plain',
    ];
    const posts = texts.map((t, i) => ({ timestamp: 1_600_000_000 + i, data: [{ post: t }] }));
    const tagged = `${A}activity_you're_tagged_in/a"b\u009b\u202e\u200e\u061c.json`;
    const cases = [
      {
        [`${A}posts/your_posts__check_ins__photos_and_videos_1.json`]: metaJson(posts),
        [`${A}posts/your_posts__check_ins__photos_and_videos_2.json`]: JSON.stringify(posts),
        [tagged]: metaJson([{ timestamp: 1_600_000_000, label_values: [{ value: 'x\u202ey' }] }]),
      },
      // A private account: its audience is added to every item.
      instagram2025('').files,
    ];
    for (const [i, files] of cases.entries()) {
      const zip = writeZip(`facebook-items${i}-2026-01-01-It1.zip`, files);
      const { code, stdout } = await run(['scan', zip, '--json']);
      expect(code).toBe(0);
      expect(stdout).not.toMatch(
        // biome-ignore lint/suspicious/noControlCharactersInRegex: finding them is the test
        /[\u0000-\u0009\u000b-\u001f\u007f-\u009f\u061c\u200e\u200f\u202a-\u202e\u2066-\u2069\u2028\u2029]/,
      );
      const reference = await scanExport(memorySource(files));
      if (!reference.ok) throw new Error('the reference scan failed');
      const lines = stdout.split('\n').filter((l) => l.startsWith('        {"kind":'));
      expect(lines.map((l) => l.trim().replace(/,$/, ''))).toEqual(
        reference.value.items.map((item) => terminalJson(JSON.stringify(item))),
      );
    }
  });

  it('reads a folder that holds only the export ZIP files as those ZIP files', async () => {
    const files = Object.entries(instagram2025('').files);
    const parts = join(dir, 'downloads');
    mkdirSync(parts, { recursive: true });
    const zip = (list: typeof files) => zipBytes(list.map(([name, data]) => ({ name, data })));
    writeFileSync(join(parts, 'instagram-robin-2026-01-02-Zz99-part1.zip'), zip(files.slice(0, 3)));
    writeFileSync(join(parts, 'instagram-robin-2026-01-02-Zz99-part2.zip'), zip(files.slice(3)));
    writeFileSync(join(parts, '.DS_Store'), 'junk');
    const { code, stdout } = await run(['scan', parts, '--json']);
    expect(code).toBe(0);
    const [inventory] = JSON.parse(stdout).exports;
    expect(inventory.inputs).toEqual([
      'instagram-robin-2026-01-02-Zz99-part1.zip',
      'instagram-robin-2026-01-02-Zz99-part2.zip',
    ]);
    expect(inventory.counts.post).toBe(2);
  });

  it('reads the parts of one export and a folder together', async () => {
    const files = Object.entries(instagram2025('').files);
    const part1 = writeZip(
      'instagram-robin-2026-01-02-Zz99-part1.zip',
      Object.fromEntries(files.slice(0, 3)),
    );
    const part2 = writeZip(
      'instagram-robin-2026-01-02-Zz99-part2.zip',
      Object.fromEntries(files.slice(3)),
    );
    const folder = join(dir, 'unpacked-facebook');
    for (const [path, data] of Object.entries(facebook2024('').files)) {
      mkdirSync(dirname(join(folder, path)), { recursive: true });
      writeFileSync(join(folder, path), data);
    }
    const { code, stdout } = await run(['scan', part1, part2, folder, '--json']);
    expect(code).toBe(0);
    const out = JSON.parse(stdout);
    expect(
      out.exports.map((e: { platform: string; inputs: string[] }) => [e.platform, e.inputs.length]),
    ).toEqual([
      ['instagram', 2],
      ['facebook', 1],
    ]);
    expect(out.exports[0].counts).toMatchObject({
      post: 2,
      reel: 1,
      story: 1,
      comment: 2,
      profile: 1,
    });
  });

  it('shows counts and what they mean in German and English', async () => {
    const de = await run(['scan', facebook]);
    expect(de.code).toBe(0);
    expect(de.stdout).toMatch(/Facebook-Export \(facebook-2024\)/);
    expect(de.stdout).toMatch(/Beiträge\s+3/);
    expect(de.stdout).toMatch(/deckt Ihr Widerspruch nicht ab/);
    // The rows by year add up to all items: the profile has no date and gets its own row.
    const rows = [...de.stdout.matchAll(/^ {4}(\d{4}|ohne Datum) +█+ +(\d+)$/gm)];
    expect(rows.map((r) => r[1])).toEqual(['2023', 'ohne Datum']);
    expect(rows.reduce((sum, r) => sum + Number(r[2]), 0)).toBe(12);
    const en = await run(['scan', facebook, '--lang', 'en']);
    expect(en.stdout).toMatch(/posts\s+3/);
    expect(en.stdout).toMatch(/^ {4}no date +█+ +1$/m);
    expect(en.stdout).toMatch(/not covered by your objection/);
  });

  it('says plainly when an export holds no content, without "0 eigene Inhalte"', async () => {
    const empty = writeZip('facebook-empty.zip', {
      'your_facebook_activity/posts/your_posts__check_ins__photos_and_videos_1.json': '[]',
    });
    const { code, stdout } = await run(['scan', empty]);
    expect(code).toBe(0);
    expect(stdout).toContain('(keine Inhalte gefunden)');
    expect(stdout).not.toMatch(/0 eigene Inhalte|Was davon öffentlich ist/);
  });

  it('groups digits as toLocaleString does in German and English', () => {
    const numbers = [0, 7, 999, 1000, 9999, 15_000, 123_456, 1_000_000, 24_001_234];
    for (const n of numbers) {
      expect(count(n, 'de')).toBe(n.toLocaleString('de-DE'));
      expect(count(n, 'en')).toBe(n.toLocaleString('en-GB'));
    }
  });

  it('refuses an HTML export with exit 1 and says how to get JSON', async () => {
    const html = join(dir, 'html.zip');
    const fixture = hostileCorpus().find((f) => f.name === 'html-export.zip');
    writeFileSync(html, fixture!.bytes);
    const de = await run(['scan', html, facebook, '--json']);
    expect(de.code).toBe(1);
    expect(de.stderr).toMatch(/html\.zip: .*HTML-Format.*JSON/);
    const out = JSON.parse(de.stdout);
    expect(out.exports).toHaveLength(1);
    expect(out.refused[0]).toMatchObject({
      inputs: ['html.zip'],
      problems: [{ code: 'html-export' }],
    });
    const en = await run(['scan', html], { LANG: 'en_US.UTF-8' });
    expect([en.code, en.stderr]).toEqual([1, expect.stringMatching(/choose the format "JSON"/)]);
  });

  it('refuses hostile archives with a message, never a crash', async () => {
    for (const fixture of hostileCorpus().filter((f) => f.limits === undefined)) {
      const path = join(dir, fixture.name);
      writeFileSync(path, fixture.bytes);
      const { code, stderr } = await run(['scan', path], { LANG: 'en_US.UTF-8' });
      expect([fixture.name, code]).toEqual([fixture.name, 1]);
      expect(stderr).toMatch(/^widerspruch: /);
      expect(stderr).not.toMatch(/unexpected error/);
    }
  });

  it('exits 2 without a path or with a path that does not exist', async () => {
    expect((await run(['scan'])).code).toBe(2);
    const missing = await run(['scan', join(dir, 'nope.zip')]);
    expect(missing.code).toBe(2);
    expect(missing.stderr).toMatch(/gibt es nicht/);
  });

  it('shows progress on stderr only when stderr is a terminal', async () => {
    const f = fakeIo();
    await runScan(f.io, [facebook], { json: true }, true);
    expect(f.stderr()).toMatch(/Lese \d+\/11 \(\d+,\d\/\d+,\d MB\): /);
    const quiet = fakeIo();
    await runScan(quiet.io, [facebook], { json: true }, false);
    expect(quiet.stderr()).toBe('');
  });
});

describe('widerspruch scan --json in a worker thread', () => {
  // The built worker (the tests run the sources, the worker runs the build).
  const url = new URL('../dist/scan/scan-worker.js', import.meta.url);
  // Every input goes to the worker, however small.
  const worker = { url, minBytes: 0 };

  /** stdout, stderr and the failure of one scan, in this thread or through the worker. */
  async function scanWith(paths: string[], thread: ScanThread | undefined, progress = false) {
    const f = fakeIo();
    const failure = await runScan(f.io, paths, { json: true, lang: 'en' }, progress, thread).then(
      () => undefined,
      (error: unknown) => error,
    );
    return { stdout: f.stdout(), stderr: f.stderr(), failure };
  }

  it('writes the same output as a scan in this thread, failures included', async () => {
    expect(existsSync(fileURLToPath(url)), 'run "npm run build" first').toBe(true);
    const A = 'your_facebook_activity/';
    const many = Array.from({ length: 2500 }, (_, i) => ({
      timestamp: 1_600_000_000 + i,
      data: [{ post: i % 7 === 0 ? `Gr\u00c3\u00bc\u00c3\u009fe "${i}" \u202e` : `post ${i}` }],
    }));
    // Items of a first file are written before a second one turns out to be broken.
    const broken = writeZip('facebook-broken-2026-01-01-Br1.zip', {
      [`${A}posts/your_posts__check_ins__photos_and_videos_1.json`]: metaJson(many),
      [`${A}posts/your_posts__check_ins__photos_and_videos_2.json`]: '[{"timestamp": 1,',
    });
    const bad = join(dir, 'not-a-zip.zip');
    writeFileSync(bad, 'not a zip');
    const inputs = [
      ...everyLayout().map((l) => [writeZip(`thread-${l.layout}.zip`, l.files)]),
      [writeZip('instagram-private-2026-01-02-Pr1.zip', instagram2025('').files)],
      [broken],
      [facebook, bad, broken],
    ];
    for (const paths of inputs) {
      const here = await scanWith(paths, undefined);
      const threaded = await scanWith(paths, worker);
      expect(threaded).toEqual(here);
      expect(threaded.stdout.length).toBeGreaterThan(100);
    }
    expect((await scanWith([broken], worker)).failure).toBeInstanceOf(Error);
  }, 60_000);

  it('ends with the error when the output cannot be written, without waiting for ever', async () => {
    const many = Array.from({ length: 200_000 }, (_, i) => ({ timestamp: 1_600_000_000 + i }));
    const zip = writeZip('facebook-many-2026-01-01-Mn1.zip', {
      'your_facebook_activity/posts/your_posts__check_ins__photos_and_videos_1.json':
        JSON.stringify(many),
    });
    // More batches than may be in flight: the worker waits for this thread when it fails.
    let writes = 0;
    const f = fakeIo({
      stdout: () => {
        if (++writes > 2) throw new Error('disk full');
      },
    });
    await expect(runScan(f.io, [zip], { json: true }, false, worker)).rejects.toThrow('disk full');
  }, 30_000);

  it('is used from a size of JSON, JS and CSV on, counted over every input', async () => {
    const files = {
      'a/posts.json': 'x'.repeat(600),
      'b/shares.csv': 'y'.repeat(300),
      'c/photo.jpg': 'z'.repeat(5000),
    };
    const sources = [memorySource(files), memorySource({ 'd/more.js': 'w'.repeat(100) })];
    expect(await worthAThread(sources, { url, minBytes: 1000 })).toBe(true);
    expect(await worthAThread(sources, { url, minBytes: 1001 })).toBe(false);
    expect(await worthAThread(sources.slice(0, 1), { url, minBytes: 1000 })).toBe(false);
  });

  it('shows progress from the worker when stderr is a terminal', async () => {
    const { stderr } = await scanWith([facebook], worker, true);
    expect(stderr).toMatch(/Reading \d+\/11 \(\d+\.\d\/\d+\.\d MB\): /);
  });
});

describe('widerspruch scan in a pipe', () => {
  it('ends quietly when the reader stops early (| head), without EPIPE', async () => {
    const posts = Array.from({ length: 4000 }, (_, i) => ({
      timestamp: 1_700_000_000 + i,
      data: [{ post: `Beitrag ${i} ${'x'.repeat(100)}` }],
    }));
    const zip = writeZip('facebook-pipe-2026-01-01-Ab12.zip', {
      'facebook-pipe-2026-01-01-Ab12/your_facebook_activity/posts/your_posts__check_ins__photos_and_videos_1.json':
        JSON.stringify(posts),
    });
    const bin = join(import.meta.dirname, '..', 'bin', 'widerspruch.js');
    const child = spawn(process.execPath, [bin, 'scan', zip, '--json'], {
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let stderr = '';
    child.stderr.on('data', (chunk) => {
      stderr += chunk;
    });
    child.stdout.once('data', () => child.stdout.destroy());
    const code = await new Promise((resolve) => child.on('close', resolve));
    expect(stderr).toBe('');
    expect(code).toBe(0);
  });
});
