import type { SyntheticExport } from './exports.js';
import { facebook2018, facebook2020, facebook2024, TEXTS } from './exports.js';
import { newerGenerations } from './exports-generations.js';
import { metaJson } from './meta-json.js';

const t = 1_700_000_000;
const media = (uri: string, title = '') => ({ uri, creation_timestamp: t, title });

function instagramContent(prefix: string, comments: string) {
  return {
    [`${prefix}posts_1.json`]: metaJson([
      { media: [media('media/posts/202401/1.jpg', TEXTS.greeting)] },
      {
        media: [media('media/posts/202402/a.jpg'), media('media/posts/202402/b.mp4')],
        title: TEXTS.lake,
        creation_timestamp: t,
      },
    ]),
    [`${prefix}reels.json`]: metaJson({
      ig_reels_media: [{ media: [media('media/reels/202403/x.mp4', 'Reel 🎬')] }],
    }),
    [`${prefix}stories.json`]: metaJson({
      ig_stories: [media('media/stories/202404/y.webp', 'Späti')],
    }),
    [`${prefix}profile_photos.json`]: metaJson({
      ig_profile_picture: [media('media/profile/202301/z.jpg')],
    }),
    [`${comments}post_comments_1.json`]: metaJson([
      {
        string_map_data: {
          Kommentar: { value: TEXTS.comment },
          Medieninhaber: { value: 'jurgen' },
          Zeit: { timestamp: t },
        },
      },
    ]),
    [`${comments}reels_comments.json`]: metaJson({
      comments_reels_comments: [
        { string_map_data: { Opmerking: { value: 'Mooi! Schön' }, Tijd: { timestamp: t } } },
      ],
    }),
  };
}

const igCounts = { post: 2, reel: 1, story: 1, photo: 1, comment: 2, profile: 1 };

function igProfile(priv: string) {
  return metaJson({
    profile_user: [
      {
        string_map_data: {
          Name: { value: 'Robin Müller' },
          Bio: { value: TEXTS.bio },
          'Private account': { value: priv },
        },
      },
    ],
  });
}

/** Instagram, 2025 layout (`your_instagram_activity/media/`), private account. */
export function instagram2025(root = 'instagram-robin-2026-01-02-Zz99/'): SyntheticExport {
  return {
    layout: 'instagram-2025',
    files: {
      ...Object.fromEntries(
        Object.entries(
          instagramContent('your_instagram_activity/media/', 'your_instagram_activity/comments/'),
        ).map(([k, v]) => [root + k, v]),
      ),
      [`${root}personal_information/personal_information/personal_information.json`]:
        igProfile('True'),
      [`${root}media/posts/202401/1.jpg`]: new Uint8Array([1, 2, 3]),
    },
    counts: igCounts,
  };
}

/** Instagram, 2023 layout (`your_instagram_activity/content/`). */
export function instagram2023(): SyntheticExport {
  return {
    layout: 'instagram-2023',
    files: {
      ...instagramContent('your_instagram_activity/content/', 'your_instagram_activity/comments/'),
      'personal_information/personal_information/personal_information.json': igProfile('False'),
    },
    counts: igCounts,
  };
}

/** Instagram, 2021 layout (`content/`, `comments/` at the root). */
export function instagram2021(): SyntheticExport {
  return {
    layout: 'instagram-2021',
    files: {
      ...instagramContent('content/', 'comments/'),
      'account_information/personal_information.json': igProfile('False'),
    },
    counts: igCounts,
  };
}

/** Instagram, 2018 flat layout (`media.json`). */
export function instagram2018(): SyntheticExport {
  return {
    layout: 'instagram-2018',
    files: {
      'media.json': metaJson({
        photos: [
          {
            caption: TEXTS.greeting,
            taken_at: '2019-01-02T10:00:00+00:00',
            path: 'photos/201901/a.jpg',
          },
        ],
        videos: [{ caption: '', taken_at: '2019-02-02T10:00:00', path: 'videos/201902/b.mp4' }],
      }),
      'profile.json': '{}',
    },
    counts: { photo: 1, video: 1 },
  };
}

const ytd = (type: string, value: unknown) =>
  `window.YTD.${type}.part0 = ${JSON.stringify(value, null, 2)}`;
const tweet = (id: string, text: string, extra: object = {}) => ({
  tweet: {
    id_str: id,
    created_at: 'Sat Feb 18 12:33:11 +0000 2023',
    full_text: text,
    entities: {},
    ...extra,
  },
});

/** The X archive: `data/tweets.js` split in parts, real UTF-8, a reply and a retweet. */
export function xArchive(): SyntheticExport {
  return {
    layout: 'x-archive',
    files: {
      'twitter-2026-01-02-abc/data/manifest.js': 'window.__THAR_CONFIG = {"dataTypes":{}}',
      'twitter-2026-01-02-abc/data/tweets.js': ytd('tweets', [
        tweet('1', TEXTS.greeting, { extended_entities: { media: [{}, {}] } }),
        tweet('2', 'RT @someone: nicht von mir'),
      ]),
      'twitter-2026-01-02-abc/data/tweets-part1.js': ytd('tweets', [
        tweet('3', '@jurgen Stimmt! 👍', { in_reply_to_status_id_str: '9' }),
      ]),
      'twitter-2026-01-02-abc/data/profile.js': ytd('profile', [
        { profile: { description: { bio: TEXTS.bio } } },
      ]),
      'twitter-2026-01-02-abc/Your archive.html': '<html></html>',
    },
    counts: { post: 1, comment: 1, profile: 1 },
  };
}

/** LinkedIn's CSV export, with a quoted multi-line post and notes before a header. */
export function linkedin(): SyntheticExport {
  return {
    layout: 'linkedin-csv',
    files: {
      'Basic_LinkedInDataExport_01-02-2026/Shares.csv': `\ufeffDate,ShareLink,ShareCommentary,SharedUrl,MediaUrl,Visibility\r\n2024-03-01 10:00:00,https://lnkd.in/1,"${TEXTS.greeting}\r\nzweite Zeile, mit ""Zitat""",,https://media/1.jpg,MEMBER_NETWORK\r\n2024-03-02 11:00:00,https://lnkd.in/2,Öffentlich,,,PUBLIC\r\n`,
      'Basic_LinkedInDataExport_01-02-2026/Comments.csv': `Date,Link,Message\n2024-03-03 12:00:00,https://lnkd.in/3,"${TEXTS.comment}"\n`,
      'Basic_LinkedInDataExport_01-02-2026/Connections.csv':
        'Notes:\n"When exporting..."\n\nFirst Name,Last Name\nA,B\n',
      'Basic_LinkedInDataExport_01-02-2026/Profile.csv':
        'First Name,Last Name,Headline,Summary\nRobin,Müller,Fotografin,"Bilder, Texte"\n',
    },
    counts: { post: 2, comment: 1, profile: 1 },
  };
}

/** One synthetic export of every supported layout, in the order of `LAYOUTS`' families. */
export function everyLayout(): SyntheticExport[] {
  return [
    facebook2024(),
    facebook2020(),
    facebook2018(),
    instagram2025(),
    instagram2023(),
    instagram2021(),
    instagram2018(),
    xArchive(),
    linkedin(),
    ...newerGenerations(),
  ];
}
