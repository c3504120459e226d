import type { ItemKind } from '../src/inventory.js';
import type { FileMap } from './memory-source.js';
import { metaJson } from './meta-json.js';

/** Texts with umlauts and emoji, as people write them (the exports hold them as mojibake). */
export const TEXTS = {
  greeting: 'Grüße aus Köln 😀',
  lake: 'Sonnenuntergang am See 🌅 – schön!',
  comment: 'Tolles Foto, Jürgen! 👍',
  bio: 'Fotografin · Straße 5 · 東京',
} as const;

/** A synthetic export: its files and the counts a scan must find. */
export interface SyntheticExport {
  readonly layout: string;
  readonly files: FileMap;
  readonly counts: Partial<Record<ItemKind, number>>;
}

const t = 1_700_000_000;
const media = (uri: string, title = '', extra: object = {}) => ({
  uri,
  creation_timestamp: t,
  title,
  ...extra,
});

function facebookPost(text: string | undefined, uris: string[], i: number) {
  return {
    timestamp: t + i,
    title: 'Robin Example hat einen Beitrag geteilt.',
    data: text === undefined ? [] : [{ post: text }, { update_timestamp: t + i + 5 }],
    attachments: uris.length === 0 ? [] : [{ data: uris.map((uri) => ({ media: media(uri) })) }],
    tags: [{ name: 'Jürgen' }],
  };
}

/** Facebook, 2024 layout: split post files, albums, stories, comments, groups, tags. */
export function facebook2024(root = 'facebook-robin-2026-01-02-AbCd1234/'): SyntheticExport {
  const A = `${root}your_facebook_activity/`;
  const m = `${A}posts/media/your_posts/`;
  return {
    layout: 'facebook-2024',
    files: {
      [`${A}posts/your_posts__check_ins__photos_and_videos_1.json`]: metaJson([
        facebookPost(TEXTS.greeting, [`your_facebook_activity/posts/media/your_posts/1.jpg`], 0),
        facebookPost(TEXTS.lake, [], 1),
      ]),
      [`${A}posts/your_posts__check_ins__photos_and_videos_2.json`]: metaJson([
        facebookPost(
          undefined,
          [
            'your_facebook_activity/posts/media/your_posts/2.jpg',
            'your_facebook_activity/posts/media/your_posts/3.mp4',
          ],
          2,
        ),
      ]),
      [`${m}1.jpg`]: new Uint8Array([0xff, 0xd8, 0xff]),
      [`${A}posts/album/0.json`]: metaJson({
        name: 'Profilbilder',
        photos: [
          media('your_facebook_activity/posts/media/your_posts/1.jpg'),
          media('your_facebook_activity/posts/media/Profilbilder_1/9.jpg', 'Ich 😎'),
        ],
      }),
      [`${A}posts/your_videos.json`]: metaJson({
        videos_v2: [
          media('your_facebook_activity/posts/media/videos/5.mp4', '', { description: 'Urlaub' }),
        ],
      }),
      [`${A}posts/your_uncategorized_photos.json`]: metaJson({
        other_photos_v2: [media('your_facebook_activity/posts/media/x/7.jpg')],
      }),
      [`${A}stories/archived_stories.json`]: metaJson({
        archived_stories_v2: [media('your_facebook_activity/stories/media/8.jpg', 'Späti')],
      }),
      [`${A}comments_and_reactions/comments.json`]: metaJson({
        comments_v2: [
          {
            timestamp: t,
            title: 'Robin hat kommentiert.',
            data: [{ comment: { timestamp: t, comment: TEXTS.comment, author: 'Robin' } }],
          },
        ],
      }),
      [`${A}groups/group_posts_and_comments.json`]: metaJson({
        group_posts_v2: [facebookPost('Treffen am Dienstag?', [], 9)],
      }),
      [`${A}groups/your_comments_in_groups.json`]: metaJson({
        group_comments_v2: [
          { timestamp: t, data: [{ comment: { comment: 'Bin dabei', group: 'Wandern' } }] },
        ],
      }),
      [`${A}activity_you're_tagged_in/photos_and_videos_you're_tagged_in.json`]: metaJson([
        {
          timestamp: t,
          media: [],
          label_values: [
            { label: 'URL', value: 'https://www.facebook.com/photo/?fbid=1' },
            { label: 'Name', value: 'Jürgen Ötzi' },
          ],
        },
      ]),
      [`${root}personal_information/profile_information/profile_information.json`]: metaJson({
        profile_v2: { name: { full_name: 'Robin Müller' }, intro_bio: { name: TEXTS.bio } },
      }),
      [`${A}messages/inbox/jurgen_1/message_1.json`]: metaJson({
        messages: [{ content: 'privat' }],
      }),
    },
    counts: {
      post: 3,
      photo: 2,
      video: 1,
      story: 1,
      comment: 2,
      'group-post': 1,
      'by-others': 1,
      profile: 1,
    },
  };
}

/** Facebook, 2020 layout (`posts/your_posts_1.json`, `_v2` keys, wall posts by others). */
export function facebook2020(): SyntheticExport {
  return {
    layout: 'facebook-2020',
    files: {
      'posts/your_posts_1.json': metaJson([
        facebookPost(TEXTS.greeting, ['posts/media/a/1.jpg'], 0),
      ]),
      'posts/your_posts_2.json': metaJson([facebookPost(TEXTS.lake, [], 1)]),
      "posts/other_people's_posts_to_your_timeline.json": metaJson({
        wall_posts_sent_to_you: {
          activity_log_data: [facebookPost('Alles Gute, Robin! 🎂', [], 3)],
        },
      }),
      'comments_and_reactions/comments.json': metaJson({
        comments_v2: [{ timestamp: t, data: [{ comment: { comment: TEXTS.comment } }] }],
      }),
      'profile_information/profile_information.json': metaJson({
        profile_v2: { name: { full_name: 'Robin Müller' } },
      }),
    },
    counts: { post: 2, comment: 1, 'by-others': 1, profile: 1 },
  };
}

/** Facebook, 2018 layout (`status_updates`, `comments`). */
export function facebook2018(): SyntheticExport {
  return {
    layout: 'facebook-2018',
    files: {
      'posts/your_posts.json': metaJson({ status_updates: [facebookPost(TEXTS.greeting, [], 0)] }),
      'comments/comments.json': metaJson({
        comments: [{ timestamp: t, data: [{ comment: { comment: TEXTS.comment } }] }],
      }),
      'photos_and_videos/album/0.json': metaJson({
        photos: [media('photos_and_videos/x/1.jpg', 'Grüße')],
      }),
    },
    counts: { post: 1, comment: 1, photo: 1 },
  };
}
