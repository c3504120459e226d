import {
  instagramComments,
  instagramLegacyMedia,
  instagramMediaGroups,
  instagramMediaList,
  instagramProfile,
} from '../extract/instagram.js';
import { type FileRule, json, type Layout } from './layout.js';

/** The content rules under a folder prefix (`your_instagram_activity/media/`, `content/` …). */
function contentRules(media: string, comments: string, activity: string): FileRule[] {
  const at = (tail: string) => new RegExp(`^${media}${tail}$`);
  return [
    json(at('posts_\\d+\\.json'), instagramMediaGroups('post')),
    json(at('reels\\.json'), instagramMediaGroups('reel')),
    json(at('igtv_videos\\.json'), instagramMediaGroups('video')),
    json(at('archived_posts\\.json'), instagramMediaGroups('post', 'only-me')),
    json(at('stories\\.json'), instagramMediaList('story')),
    json(at('profile_photos\\.json'), instagramMediaList('photo')),
    json(
      new RegExp(`^${comments}(?:post_comments(?:_\\d+)?|reels_comments)\\.json$`),
      instagramComments,
    ),
    json(
      new RegExp(`^${activity}threads/threads_and_replies\\.json$`),
      instagramMediaGroups('post'),
    ),
  ];
}

const A = 'your_instagram_activity/';
const profile2023 = json(
  /^personal_information\/personal_information\/personal_information\.json$/,
  instagramProfile,
);
const grouped = [profile2023, ...contentRules(`${A}(?:media|content)/`, `${A}comments/`, A)];

// Instagram's content areas: own media and comments (likes, saved posts, follows, messages
// and settings live in other folders).
const GROUPED_CONTENT = new RegExp(`^${A}(?:media|content|comments|threads)/[^/]+\\.json$`);
const CLASSIC_CONTENT = /^(?:content|comments)\/[^/]+\.json$/;
// Own-content files that hold no item (likes of comments are in `likes/`).
const SKIP = /(?:comment_likes|liked_comments)[^/]*\.json$/;

/** Instagram layouts, newest first (I3, I2, I1, I0 in the format notes, then media-only parts). */
export const INSTAGRAM_LAYOUTS: readonly Layout[] = [
  {
    platform: 'instagram',
    id: 'instagram-2025',
    markers: [new RegExp(`^${A}media/`)],
    rules: grouped,
    mojibake: true,
    contentFiles: GROUPED_CONTENT,
    skip: SKIP,
  },
  {
    platform: 'instagram',
    id: 'instagram-2023',
    markers: [new RegExp(`^${A}`)],
    rules: grouped,
    mojibake: true,
    contentFiles: GROUPED_CONTENT,
    skip: SKIP,
  },
  {
    platform: 'instagram',
    id: 'instagram-2021',
    markers: [
      /^content\/(?:posts_\d+|stories|reels|profile_photos|archived_posts|igtv_videos)\.json$/,
      /^comments\/(?:post_comments(?:_\d+)?|reels_comments)\.json$/,
      /^(?:account_information|personal_information)\/personal_information\.json$/,
    ],
    rules: [
      json(
        /^(?:account_information|personal_information)\/personal_information\.json$/,
        instagramProfile,
      ),
      ...contentRules('content/', 'comments/', ''),
    ],
    mojibake: true,
    contentFiles: CLASSIC_CONTENT,
    skip: SKIP,
  },
  {
    platform: 'instagram',
    id: 'instagram-2018',
    markers: [/^media\.json$/],
    rules: [json(/^media\.json$/, instagramLegacyMedia)],
    mojibake: true,
    contentFiles: /^(?:media|comments)\.json$/,
  },
  {
    platform: 'instagram',
    id: 'instagram-media-only',
    markers: [/^media\/(?:posts|stories|reels|profile)\/\d{6}\//],
    rules: [],
    mojibake: true,
    contentFiles: /^$/,
  },
];
