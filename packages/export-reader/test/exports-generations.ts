import type { SyntheticExport } from './exports.js';
import { TEXTS } from './exports.js';
import { metaJson } from './meta-json.js';

// Synthetic exports of layout generations and quirks seen in real exports: invented content
// in the real structure (paths, bare objects, string_list_data, UTF-16 with TABs, unquoted
// line breaks in CSV, per-line quote marks, header spellings, Meta's mojibake).

const t = 1_650_000_000; // 2022-04-15T05:20:00Z
const later = 1_750_000_000; // 2025-06-15T15:06:40Z (after 27 May 2025)

/** Facebook 2022–2023: everything under `your_activity_across_facebook/`. */
export function facebook2022(root = 'facebook-robin-2023-03-04-Qw12Er34/'): SyntheticExport {
  const A = `${root}your_activity_across_facebook/`;
  const comment = (i: number, text: string) => ({
    timestamp: t + i,
    title: 'Robin Müller hat einen Beitrag kommentiert.',
    data: [{ comment: { timestamp: t + i, comment: text, author: 'Robin Müller' } }],
  });
  return {
    layout: 'facebook-2022',
    files: {
      [`${A}posts/your_posts__check_ins__photos_and_videos_1.json`]: metaJson([
        {
          timestamp: t,
          data: [{ post: TEXTS.greeting }],
          attachments: [
            { data: [{ media: { uri: `your_activity_across_facebook/posts/media/a/1.jpg` } }] },
          ],
        },
        {
          timestamp: later,
          data: [{ post: 'Neues Lied entdeckt 🎶' }],
          attachments: [
            { data: [{ text: 'Die Künstlerin – Album „Sommer“' }, { text: 'Erinnerung an 2019' }] },
          ],
        },
      ]),
      [`${A}posts/album/0.json`]: metaJson({
        name: 'Handy-Uploads',
        photos: [
          { uri: 'your_activity_across_facebook/posts/media/a/1.jpg', creation_timestamp: t },
          {
            uri: 'your_activity_across_facebook/posts/media/a/2.jpg',
            creation_timestamp: t + 60,
            title: 'Handy-Uploads',
          },
          {
            uri: 'your_activity_across_facebook/posts/media/a/3.jpg',
            creation_timestamp: t + 120,
            title: 'Handy-Uploads',
            description: 'Am Rhein 🌊',
          },
        ],
      }),
      [`${A}posts/media/a/1.jpg`]: new Uint8Array([0xff, 0xd8, 0xff]),
      [`${A}comments_and_reactions/comments.json`]: metaJson({
        comments_v2: [comment(0, TEXTS.comment), comment(1, 'Schön, dass ihr da wart!')],
      }),
      [`${A}comments_and_reactions/likes_and_reactions_1.json`]: metaJson([]),
      [`${root}personal_information/profile_information/profile_information.json`]: metaJson({
        profile_v2: { name: { full_name: 'Robin Müller' } },
      }),
      [`${A}messages/inbox/jurgen_1/message_1.json`]: metaJson({ messages: [] }),
    },
    counts: { post: 2, photo: 2, comment: 2, profile: 1 },
  };
}

/** A Facebook Page export (2025 on): `this_profile's_activity_across_facebook/`. */
export function facebookPage2025(): SyntheticExport {
  const A = "this_profile's_activity_across_facebook/";
  return {
    layout: 'facebook-page-2025',
    files: {
      [`${A}posts/profile_posts_1.json`]: metaJson([
        {
          timestamp: later,
          data: [{ post: 'Wir öffnen am Samstag – Café Grün ☕' }],
          attachments: [
            {
              data: [
                { media: { uri: `${A}posts/media/Fotos_1/1.jpg`, creation_timestamp: later } },
                { media: { uri: `${A}posts/media/Fotos_1/2.jpg`, creation_timestamp: later } },
              ],
            },
          ],
        },
        { timestamp: t, data: [{ post: 'Frühstück bis 14 Uhr – Grüße vom Team' }] },
      ]),
      [`${A}posts/media/Fotos_1/1.jpg`]: new Uint8Array([0xff, 0xd8, 0xff]),
      'connections/followers/people_who_followed_you.json': metaJson([]),
      'profile_information/profile_information.json': metaJson({
        profile_v2: { name: { full_name: 'Café Grün' } },
      }),
    },
    counts: { post: 2, profile: 1 },
  };
}

/** Instagram 2023–2025 with one post and one comment, each written as a bare object. */
export function instagramSingleItems(): SyntheticExport {
  const A = 'your_instagram_activity/';
  const photo = (n: number) => ({ uri: `media/posts/202301/${n}.jpg`, creation_timestamp: t });
  return {
    layout: 'instagram-2023',
    files: {
      [`${A}content/posts_1.json`]: metaJson({
        media: [photo(1), photo(2), photo(3)],
        title: TEXTS.lake,
        creation_timestamp: t,
      }),
      [`${A}comments/post_comments_1.json`]: metaJson({
        media_list_data: [{ uri: '' }],
        string_map_data: {
          Comment: { value: TEXTS.comment },
          'Media Owner': { value: 'jurgen' },
          Time: { timestamp: t + 5 },
        },
      }),
      [`${A}content/stories.json`]: metaJson({
        uri: 'media/stories/202301/s.jpg',
        creation_timestamp: t + 9,
        title: TEXTS.greeting,
      }),
    },
    counts: { post: 1, comment: 1, story: 1 },
  };
}

/** Instagram 2021–22: comments as `string_list_data`, one empty record. */
export function instagram2021Comments(): SyntheticExport {
  return {
    layout: 'instagram-2021',
    files: {
      'content/posts_1.json': metaJson([
        { media: [{ uri: 'media/posts/202101/1.jpg', creation_timestamp: t, title: 'Köln 😀' }] },
      ]),
      'comments/post_comments.json': metaJson({
        comments_media_comments: [
          {
            title: 'jurgen',
            media_list_data: [],
            string_list_data: [{ href: '', value: TEXTS.comment, timestamp: 1_550_618_520 }],
          },
          { string_map_data: { Time: { timestamp: 0 } } },
          {
            title: 'anna',
            media_list_data: [],
            string_list_data: [{ href: '', value: 'Grüße zurück', timestamp: 1_550_618_600 }],
          },
        ],
      }),
    },
    counts: { post: 1, comment: 2 },
  };
}

/** UTF-16LE bytes with a byte-order mark, as LinkedIn wrote CSV files in 2018. */
export function utf16le(text: string): Uint8Array {
  const bytes = new Uint8Array(2 + text.length * 2);
  bytes[0] = 0xff;
  bytes[1] = 0xfe;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    bytes[2 + 2 * i] = c & 0xff;
    bytes[3 + 2 * i] = c >> 8;
  }
  return bytes;
}

/** LinkedIn 2018: `Shares.csv` in UTF-16LE with BOM, TAB-separated, `2017/06/08 … UTC`. */
export function linkedin2018(): SyntheticExport {
  const row = (cells: string[]) => cells.map((c) => `"${c}"`).join('\t');
  const shares = [
    row([
      'Date',
      'Share Title',
      'Share Description',
      'Share Link',
      'Share Commentary',
      'Shared URL',
      'Media URL',
      'Type',
      'Visibility',
    ]),
    row([
      '2017/06/08 08:15:44 UTC',
      '',
      '',
      'https://www.linkedin.com/updates?topic=1',
      `${TEXTS.greeting}, neue Stelle!`,
      '',
      'https://media.licdn.com/x.jpg',
      'SHARE',
      'Connections',
    ]),
    row(['2017/09/01 17:02:03 UTC', '', '', '', 'Vortrag in Köln', '', '', 'SHARE', 'Public']),
  ].join('\r\n');
  return {
    layout: 'linkedin-csv',
    files: {
      'Shares.csv': utf16le(`${shares}\r\n`),
      'Profile.csv': 'First Name,Last Name,Headline,Summary\nRobin,Müller,Fotografin,\n',
    },
    counts: { post: 2, profile: 1 },
  };
}

/**
 * LinkedIn 2021–2024: `MediaURL`, each line of a multi-line post in quote marks, comments
 * with line breaks written without quotes, `\"` quotes, `MEMBER_NETWORK` visibility.
 */
export function linkedin2021(): SyntheticExport {
  const root = 'Complete_LinkedInDataExport_05-06-2021/';
  return {
    layout: 'linkedin-csv',
    files: {
      [`${root}Shares.csv`]: [
        'Date,ShareLink,ShareCommentary,SharedURL,MediaURL,Visibility',
        `2021-05-04 09:30:12,https://www.linkedin.com/feed/update/urn:li:share:1,"""${TEXTS.greeting}""\n""Zweite Zeile – schön!""",,https://media.licdn.com/a.jpg,MEMBER_NETWORK`,
        '2021-05-06 10:00:00,https://www.linkedin.com/feed/update/urn:li:share:2,Kurz notiert,,,MEMBER_NETWORK',
        '',
      ].join('\n'),
      [`${root}Comments.csv`]: [
        'Date,Link,Message',
        '2021-06-01 08:00:00,https://www.linkedin.com/feed/update/urn:li:activity:3,Danke, Jürgen!',
        'Das sehe ich genauso 👍',
        '2021-06-02 09:00:00,https://www.linkedin.com/feed/update/urn:li:activity:4,"Er sagte \\"ja\\""',
        '',
      ].join('\n'),
      [`${root}Profile.csv`]: 'First Name,Last Name,Headline,Summary\nRobin,Müller,Fotografin,\n',
      [`${root}Connections.csv`]: 'Notes:\n"When exporting..."\n\nFirst Name,Last Name\nA,B\n',
    },
    counts: { post: 2, comment: 2, profile: 1 },
  };
}

/** The synthetic exports of the generations and quirks above. */
export function newerGenerations(): SyntheticExport[] {
  return [
    facebook2022(),
    facebookPage2025(),
    instagramSingleItems(),
    instagram2021Comments(),
    linkedin2018(),
    linkedin2021(),
  ];
}
