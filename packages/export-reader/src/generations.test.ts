import { describe, expect, it } from 'vitest';
import { TEXTS } from '../test/exports.js';
import {
  facebook2022,
  facebookPage2025,
  instagram2021Comments,
  instagramSingleItems,
  linkedin2018,
  linkedin2021,
} from '../test/exports-generations.js';
import { instagram2025 } from '../test/exports-other.js';
import { type FileMap, memorySource } from '../test/memory-source.js';
import { metaJson } from '../test/meta-json.js';
import { zipBytes } from '../test/zip-writer.js';
import { openZipBlob } from './blob-source.js';
import type { ContentItem, ExportInventory } from './inventory.js';
import { batchItems, type ItemBatch } from './item-batch.js';
import { type ScanOptions, scanExport } from './scan.js';
import type { ZipSource } from './zip-source.js';

// Every generation through the in-memory source and through the browser's ZIP reader.
const readers: [string, (files: FileMap) => ZipSource][] = [
  ['memory', (files) => memorySource(files)],
  [
    'browser ZIP reader',
    (files) =>
      openZipBlob(
        new Blob([zipBytes(Object.entries(files).map(([name, data]) => ({ name, data })))]),
        'export.zip',
      ),
  ],
];

async function scan(files: FileMap, open = readers[0]?.[1], options: ScanOptions = {}) {
  if (!open) throw new Error('no reader');
  const result = await scanExport(open(files), options);
  if (!result.ok) throw new Error(JSON.stringify(result.problems));
  return result.value;
}

type Row = [string, string | undefined, string | undefined, number, string?];
const rows = (inventory: ExportInventory): Row[] =>
  inventory.items.map((i: ContentItem) => {
    const row: Row = [i.kind, i.date, i.text, i.media];
    if (i.audience !== undefined) row.push(i.audience);
    return row;
  });

const T = '2022-04-15T05:20:00.000Z';
const LATER = '2025-06-15T15:06:40.000Z';

const expected: [string, () => { files: FileMap; layout: string }, Row[]][] = [
  [
    'Facebook 2022–2023 (your_activity_across_facebook/)',
    facebook2022,
    [
      ['profile', undefined, 'Robin Müller', 0],
      ['post', T, TEXTS.greeting, 1],
      // The attachment's artist, album and memory text are not the person's words.
      ['post', LATER, 'Neues Lied entdeckt 🎶', 0],
      // Photo 1 belongs to the post; the album's name is no caption.
      ['photo', '2022-04-15T05:21:00.000Z', undefined, 1],
      ['photo', '2022-04-15T05:22:00.000Z', 'Am Rhein 🌊', 1],
      ['comment', T, TEXTS.comment, 0],
      ['comment', '2022-04-15T05:20:01.000Z', 'Schön, dass ihr da wart!', 0],
    ],
  ],
  [
    "Facebook Page (this_profile's_activity_across_facebook/)",
    facebookPage2025,
    [
      ['post', LATER, 'Wir öffnen am Samstag – Café Grün ☕', 2],
      ['post', T, 'Frühstück bis 14 Uhr – Grüße vom Team', 0],
      ['profile', undefined, 'Café Grün', 0],
    ],
  ],
  [
    'Instagram with single items written as bare objects',
    instagramSingleItems,
    [
      ['post', T, TEXTS.lake, 3],
      ['story', '2022-04-15T05:20:09.000Z', TEXTS.greeting, 1],
      ['comment', '2022-04-15T05:20:05.000Z', TEXTS.comment, 0],
    ],
  ],
  [
    'Instagram 2021–22 comments in string_list_data, empty records left out',
    instagram2021Comments,
    [
      ['post', T, 'Köln 😀', 1],
      ['comment', '2019-02-19T23:22:00.000Z', TEXTS.comment, 0],
      ['comment', '2019-02-19T23:23:20.000Z', 'Grüße zurück', 0],
    ],
  ],
  [
    'LinkedIn 2018 (UTF-16LE, TABs, "2017/06/08 … UTC")',
    linkedin2018,
    [
      ['profile', undefined, 'Robin Müller Fotografin', 0],
      ['post', '2017-06-08T08:15:44.000Z', `${TEXTS.greeting}, neue Stelle!`, 1, 'connections'],
      ['post', '2017-09-01T17:02:03.000Z', 'Vortrag in Köln', 0, 'public'],
    ],
  ],
  [
    'LinkedIn 2021 (MediaURL, quoted lines, unquoted line breaks, MEMBER_NETWORK)',
    linkedin2021,
    [
      ['profile', undefined, 'Robin Müller Fotografin', 0],
      // MEMBER_NETWORK has no sourced meaning: no audience.
      ['post', '2021-05-04T09:30:12.000Z', `${TEXTS.greeting} Zweite Zeile – schön!`, 1],
      ['post', '2021-05-06T10:00:00.000Z', 'Kurz notiert', 0],
      ['comment', '2021-06-01T08:00:00.000Z', 'Danke, Jürgen! Das sehe ich genauso 👍', 0],
      ['comment', '2021-06-02T09:00:00.000Z', 'Er sagte "ja"', 0],
    ],
  ],
];

describe.each(readers)('layout generations through the %s', (_name, open) => {
  it.each(expected)('reads %s exactly', async (_title, make, items) => {
    const synthetic = make();
    const inventory = await scan(synthetic.files, open);
    expect(inventory.layout).toBe(synthetic.layout);
    expect(rows(inventory)).toEqual(items);
    expect(inventory.complete).toBe(true);
    expect(inventory.unread).toEqual([]);
  });
});

describe('never silently short', () => {
  it('lists content files it cannot read, with sizes, and says the result is incomplete', async () => {
    const unknown = metaJson([{ timestamp: 1, data: [{ post: 'x' }] }]);
    const files = {
      ...facebook2022('').files,
      'your_activity_across_facebook/posts/posts_in_a_new_format.json': unknown,
      'your_activity_across_facebook/events/your_events.json': '{"your_events_v2": []}',
      'logged_information/search/your_search_history.json': '[]',
    };
    const inventory = await scan(files);
    expect(inventory.complete).toBe(false);
    expect(inventory.unread).toEqual([
      { path: 'your_activity_across_facebook/events/your_events.json', bytes: 22, records: 0 },
      {
        path: 'your_activity_across_facebook/posts/posts_in_a_new_format.json',
        bytes: new TextEncoder().encode(unknown).length,
        records: 1,
      },
    ]);
    expect(inventory.counts.post).toBe(2);
  });

  it('counts the records of small unread CSV and X files, and leaves broken ones uncounted', async () => {
    const li = await scan({
      ...linkedin2018().files,
      'Articles.csv': 'Date,Title\n2021-01-01,Eins\n2021-02-02,Zwei\n',
      'Posts.csv': '\u0000 not csv at all "',
    });
    expect(li.complete).toBe(false);
    expect(li.unread).toEqual([
      { path: 'Articles.csv', bytes: 43, records: 2 },
      { path: 'Posts.csv', bytes: 18, records: 0 },
    ]);
    const x = await scan({
      'data/tweets.js': 'window.YTD.tweets.part0 = []',
      'data/note-tweet.js': 'window.YTD.note_tweet.part0 = [{"noteTweet": {}}, {}]',
      'data/community-tweet.js': 'window.YTD.community_tweet.part0 = [{',
    });
    expect(x.unread).toEqual([
      { path: 'data/community-tweet.js', bytes: 37 },
      { path: 'data/note-tweet.js', bytes: 53, records: 2 },
    ]);
  });

  it('is complete when the only unread files are known to be empty', async () => {
    const inventory = await scan({
      ...facebook2022('').files,
      'your_activity_across_facebook/events/your_events.json': '{"your_events_v2": []}',
    });
    expect(inventory.unread).toHaveLength(1);
    expect(inventory.complete).toBe(true);
  });

  it('reads a LinkedIn Profile.csv beside a UTF-16 Shares.csv', async () => {
    const inventory = await scan(linkedin2018().files);
    expect(inventory.counts.profile).toBe(1);
  });
});

describe('bounded inventories', () => {
  it('counts every item but keeps only the newest per kind when asked', async () => {
    const all = await scan(facebook2022().files);
    const few = await scan(facebook2022().files, undefined, { keepItems: 1 });
    expect(few.counts).toEqual(all.counts);
    expect(few.years).toEqual({ '2022': 5, '2025': 1 });
    expect(few.undated).toBe(1);
    expect(few.items.map((i) => [i.kind, i.date])).toEqual([
      ['post', LATER],
      ['photo', '2022-04-15T05:22:00.000Z'],
      ['comment', '2022-04-15T05:20:01.000Z'],
      ['profile', undefined],
    ]);
    const none = await scan(facebook2022().files, undefined, { keepItems: 0 });
    expect(none.items).toEqual([]);
    expect(none.counts).toEqual(all.counts);
  });

  it('streams every item to a sink in reading order', async () => {
    for (const files of [facebook2022().files, instagram2025().files]) {
      const seen: ContentItem[] = [];
      const heads: string[] = [];
      const sink = {
        start: (h: { layout: string }) => heads.push(h.layout),
        items: (path: string, batch: ItemBatch) => seen.push(...batchItems(path, batch)),
        end: () => heads.push('end'),
      };
      const inventory = await scan(files, undefined, { keepItems: 0, sink });
      const all = await scan(files);
      expect(heads).toEqual([all.layout, 'end']);
      // The same items with their keys in the same order (an account's audience comes last).
      expect(seen.map((i) => JSON.stringify(i))).toEqual(all.items.map((i) => JSON.stringify(i)));
      expect(inventory.items).toEqual([]);
    }
  });

  it('counts own items before and after the training start it is given', async () => {
    const inventory = await scan(facebook2022().files, undefined, {
      trainingStarts: { facebook: '2025-05-27' },
    });
    expect(inventory.training).toEqual({ start: '2025-05-27', before: 5, after: 1 });
    const li = await scan(linkedin2021().files);
    expect(li.training).toBeUndefined();
    expect(li.audiences).toEqual({});
  });
});
