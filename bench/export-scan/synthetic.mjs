// The synthetic Facebook export (2024 layout) for the benchmark: media STOREd from a pool of
// random bytes written in chunks, JSON DEFLATEd, every non-ASCII character as Meta's
// mojibake escapes.
import { randomFillSync } from 'node:crypto';
import { deflateRawSync } from 'node:zlib';
import { crc32, createZipStream } from './zip-stream.mjs';

const ROOT = 'facebook-bench-2026-01-01-Bench123/';
const A = 'your_facebook_activity/';
const POOL = randomFillSync(Buffer.alloc(16 * 1024 * 1024));
const WORDS = [
  'Grüße',
  'aus',
  'Köln',
  'schön',
  'Straße',
  'Sonnenuntergang',
  'am',
  'See',
  '😀',
  '🌅',
  'Jürgen',
  'und',
  'Wochenende',
  'Bergen',
  'toll',
];

let seed = 1;
const random = () => {
  seed = (seed * 1103515245 + 12345) % 2 ** 31;
  return seed / 2 ** 31;
};
const text = (words) =>
  Array.from({ length: words }, () => WORDS[Math.floor(random() * WORDS.length)]).join(' ');

function metaJson(value) {
  const mojibake = (s) => String.fromCharCode(...Buffer.from(s, 'utf8'));
  const json = JSON.stringify(value, (_k, v) => (typeof v === 'string' ? mojibake(v) : v), 2);
  return json.replace(
    /[\u0080-\u00ff]/g,
    (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`,
  );
}

function* mediaChunks(size) {
  for (let left = size; left > 0; ) {
    const n = Math.min(left, 1024 * 1024);
    const start = Math.floor(random() * (POOL.length - n));
    yield POOL.subarray(start, start + n);
    left -= n;
  }
}

// The chunks are generated twice, once for the CRC and once to write, from the same seed.
function addMedia(zip, name, size) {
  const start = seed;
  let crc = 0;
  for (const chunk of mediaChunks(size)) crc = crc32(chunk, crc);
  seed = start;
  zip.add(name, { method: 0, size, compressedSize: size, crc }, mediaChunks(size));
}

function addJson(zip, name, value) {
  const data = Buffer.from(metaJson(value), 'utf8');
  const packed = deflateRawSync(data);
  zip.add(name, { method: 8, size: data.length, compressedSize: packed.length, crc: crc32(data) }, [
    packed,
  ]);
  return data.length;
}

function post(i, uris) {
  return {
    timestamp: 1_600_000_000 + i * 1800,
    title: 'Robin Bench hat einen Beitrag geteilt.',
    data: [
      { post: text(20 + Math.floor(random() * 40)) },
      { update_timestamp: 1_600_000_000 + i * 1800 },
    ],
    attachments: [
      {
        data: uris.map((uri) => ({
          media: { uri, creation_timestamp: 1_600_000_000 + i, title: '', description: text(8) },
        })),
      },
    ],
    tags: [{ name: 'Jürgen Ötzi' }],
  };
}

/** Writes the export; returns its size, entry count, JSON bytes and the JSON bytes a scan reads. */
export function writeSyntheticExport(path, totalBytes) {
  const zip = createZipStream(path);
  const mediaCount = Math.max(100, Math.round(totalBytes / 1_000_000));
  const mediaSize = Math.floor(totalBytes / mediaCount);
  const postFiles = 60;
  let json = 0;
  let content = 0;
  let m = 0;
  for (let f = 1; f <= postFiles; f++) {
    const posts = Array.from({ length: 250 }, (_, i) => {
      const uris = m < mediaCount && i % 8 === 0 ? [`${A}posts/media/your_posts/${m++}.jpg`] : [];
      return post(f * 1000 + i, uris);
    });
    content += addJson(
      zip,
      `${ROOT}${A}posts/your_posts__check_ins__photos_and_videos_${f}.json`,
      posts,
    );
    for (const p of posts) {
      for (const a of p.attachments[0].data) {
        addMedia(zip, ROOT + a.media.uri, Math.round(mediaSize * (0.5 + random())));
      }
    }
  }
  for (let album = 0; album < 100; album++) {
    const photos = Array.from({ length: 40 }, (_, i) => ({
      uri: `${A}posts/media/album_${album}/${i}.jpg`,
      creation_timestamp: 1_600_000_000 + i,
      title: text(3),
    }));
    content += addJson(zip, `${ROOT}${A}posts/album/${album}.json`, { name: text(2), photos });
  }
  const comments = Array.from({ length: 5_000 }, (_, i) => ({
    timestamp: 1_600_000_000 + i,
    data: [{ comment: { comment: text(15), author: 'Robin' } }],
  }));
  content += addJson(zip, `${ROOT}${A}comments_and_reactions/comments.json`, {
    comments_v2: comments,
  });
  // Files the scan does not read but `unzip -p '*.json'` inflates: in real exports messages
  // are most of the JSON (one 2026 export: 445 000 messages, 794 post media files).
  for (let t = 0; t < 200; t++) {
    const messages = Array.from({ length: 500 }, (_, i) => ({
      sender_name: 'Jürgen',
      timestamp_ms: 1_600_000_000_000 + i,
      content: text(6),
    }));
    json += addJson(zip, `${ROOT}${A}messages/inbox/friend_${t}/message_1.json`, {
      participants: [],
      messages,
    });
  }
  for (let r = 1; r <= 4; r++) {
    const reactions = Array.from({ length: 2500 }, (_, i) => ({
      timestamp: 1_600_000_000 + i,
      title: 'Robin gefällt ein Beitrag.',
      data: [{ reaction: { reaction: 'LIKE', actor: 'Robin' } }],
    }));
    json += addJson(
      zip,
      `${ROOT}${A}comments_and_reactions/likes_and_reactions_${r}.json`,
      reactions,
    );
  }
  while (m < mediaCount) {
    addMedia(zip, `${ROOT}${A}posts/media/videos/${m++}.mp4`, mediaSize);
  }
  // Last, so that beyond 4 GiB (SCAN_BENCH_GB ≥ 5) it is found through zip64 records.
  content += addJson(
    zip,
    `${ROOT}personal_information/profile_information/profile_information.json`,
    { profile_v2: { name: { full_name: 'Robin Bench' } } },
  );
  return { ...zip.close(), json: json + content, content };
}
