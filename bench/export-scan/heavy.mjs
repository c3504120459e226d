// A content-heavy Facebook export (2024 layout) for the memory benchmark: millions of short
// text posts and no media, in post files below the scan's 64 MiB per-file limit. Every
// twentieth post has a word with an umlaut (written as Meta's mojibake escapes). With the
// default 4.5 million posts the ZIP has about 146 MB (about 830 MB of JSON).
// Usage as a script: node bench/export-scan/heavy.mjs <out.zip> [posts]
import { deflateRawSync } from 'node:zlib';
import { crc32, createZipStream } from './zip-stream.mjs';

const ROOT = 'facebook-heavy-2026-01-01-Heavy123/';
const A = 'your_facebook_activity/';
const WORDS = ['morgen', 'am', 'See', 'mit', 'Freunden', 'heute', 'schon', 'wieder', 'Kaffee'];
const UMLAUT = 'Gr\\u00c3\\u00bc\\u00c3\\u009fe'; // "Grüße" as Meta writes it
const ALPHABET = 'abcdefghijklmnopqrstuvwxyz0123456789';
/** Posts per file: about 40 MB of JSON each. */
const PER_FILE = 225_000;

let seed = 7;
const random = () => {
  seed = (seed * 1103515245 + 12345) % 2 ** 31;
  return seed / 2 ** 31;
};

function postJson(i) {
  const words = [];
  const n = 6 + Math.floor(random() * 10);
  for (let w = 0; w < n; w++) words.push(WORDS[Math.floor(random() * WORDS.length)]);
  if (i % 20 === 0) words.push(UMLAUT);
  // A random tag, so that the export compresses about as well as real text (146 MB).
  let tag = '';
  for (let c = 0; c < 19; c++) tag += ALPHABET[Math.floor(random() * ALPHABET.length)];
  words.push(tag);
  const at = 1_300_000_000 + i * 97;
  return `{"timestamp":${at},"data":[{"post":"${words.join(' ')} #${i}"}],"title":"Robin hat einen Beitrag geteilt."}`;
}

/** Writes the export; returns its size in bytes, the posts and the JSON bytes. */
export function writeHeavyExport(path, posts = 4_500_000) {
  const zip = createZipStream(path);
  let json = 0;
  for (let f = 1, done = 0; done < posts; f++) {
    const count = Math.min(PER_FILE, posts - done);
    const parts = [];
    for (let i = 0; i < count; i++) parts.push(postJson(done + i));
    done += count;
    const data = Buffer.from(`[${parts.join(',\n')}]`, 'utf8');
    const packed = deflateRawSync(data, { level: 6 });
    zip.add(
      `${ROOT}${A}posts/your_posts__check_ins__photos_and_videos_${f}.json`,
      { method: 8, size: data.length, compressedSize: packed.length, crc: crc32(data) },
      [packed],
    );
    json += data.length;
  }
  const profile = Buffer.from('{"profile_v2":{"name":{"full_name":"Robin Heavy"}}}');
  zip.add(
    `${ROOT}personal_information/profile_information/profile_information.json`,
    { method: 0, size: profile.length, compressedSize: profile.length, crc: crc32(profile) },
    [profile],
  );
  return { ...zip.close(), posts, json };
}

if (process.argv[1] && import.meta.url.endsWith(process.argv[1].split('/').pop() ?? '')) {
  const out = process.argv[2];
  if (!out) throw new Error('usage: node bench/export-scan/heavy.mjs <out.zip> [posts]');
  const written = writeHeavyExport(out, Number(process.argv[3] ?? 4_500_000));
  console.log(
    `${out}: ${(written.bytes / 1e6).toFixed(0)} MB, ${written.posts} posts, ${(written.json / 1e6).toFixed(0)} MB JSON`,
  );
}
