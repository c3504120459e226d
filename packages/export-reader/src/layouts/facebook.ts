import {
  facebookComments,
  facebookMedia,
  facebookProfile,
  facebookWallPosts,
  postRecords,
} from '../extract/facebook.js';
import { labelValueItems } from '../extract/label-values.js';
import { type FileRule, json, type Layout } from './layout.js';

const A = 'your_facebook_activity/';

/** F3 (2024 →): everything under `your_facebook_activity/` and `personal_information/`. */
const rules2024: FileRule[] = [
  json(
    new RegExp(`^${A}posts/your_posts(?:__check_ins__photos_and_videos)?(?:_\\d+)?\\.json$`),
    postRecords('post'),
  ),
  json(new RegExp(`^${A}posts/posts_on_other_pages_and_profiles\\.json$`), labelValueItems('post')),
  json(
    new RegExp(`^${A}groups/group_posts_and_comments\\.json$`),
    postRecords('group-post', ['group_posts_v2']),
  ),
  json(new RegExp(`^${A}posts/your_videos\\.json$`), facebookMedia('video', ['videos_v2'])),
  json(
    new RegExp(`^${A}posts/your_uncategorized_photos\\.json$`),
    facebookMedia('photo', ['other_photos_v2']),
  ),
  json(new RegExp(`^${A}posts/album/\\d+\\.json$`), facebookMedia('photo', ['photos'])),
  json(
    new RegExp(`^${A}stories/archived_stories\\.json$`),
    facebookMedia('story', ['archived_stories_v2']),
  ),
  json(new RegExp(`^${A}comments_and_reactions/comments\\.json$`), facebookComments),
  json(new RegExp(`^${A}groups/your_comments_in_groups\\.json$`), facebookComments),
  json(new RegExp(`^${A}activity_you'?re_tagged_in/[^/]+\\.json$`), labelValueItems('by-others')),
  json(
    new RegExp(`^${A}posts/places_you_have_been_tagged_in\\.json$`),
    labelValueItems('by-others'),
  ),
  json(/^personal_information\/profile_information\/profile_information\.json$/, facebookProfile),
];

/** F1 (2018) and F2 (2020): category folders at the root; F1 wraps lists in objects. */
const rulesClassic: FileRule[] = [
  json(/^posts\/your_posts(?:_\d+)?\.json$/, postRecords('post')),
  json(
    /^groups\/(?:group_posts_and_comments|your_posts_and_comments_in_groups)\.json$/,
    postRecords('group-post', ['group_posts_v2', 'group_posts']),
  ),
  json(
    /^(?:posts|photos_and_videos)\/your_videos\.json$/,
    facebookMedia('video', ['videos_v2', 'videos']),
  ),
  json(/^posts\/your_uncategorized_photos\.json$/, facebookMedia('photo', ['other_photos_v2'])),
  json(/^(?:posts|photos_and_videos)\/album\/\d+\.json$/, facebookMedia('photo', ['photos'])),
  json(
    /^stories\/archived_stories\.json$/,
    facebookMedia('story', ['archived_stories_v2', 'archived_stories']),
  ),
  json(/^(?:comments_and_reactions|comments)\/comments\.json$/, facebookComments),
  json(/^groups\/your_comments_in_groups\.json$/, facebookComments),
  json(/^posts\/other_people's_posts_to_your_timeline\.json$/, facebookWallPosts),
  json(/^profile_information\/profile_information\.json$/, facebookProfile),
];

/** Facebook layouts, newest first. */
export const FACEBOOK_LAYOUTS: readonly Layout[] = [
  {
    platform: 'facebook',
    id: 'facebook-2024',
    markers: [new RegExp(`^${A}`), /^personal_information\/profile_information\//],
    rules: rules2024,
    mojibake: true,
  },
  {
    platform: 'facebook',
    id: 'facebook-2020',
    markers: [
      /^posts\/your_posts_\d+\.json$/,
      /^comments_and_reactions\//,
      /^posts\/(?:media|album)\//,
      /^stories\/archived_stories\.json$/,
    ],
    rules: rulesClassic,
    mojibake: true,
  },
  {
    platform: 'facebook',
    id: 'facebook-2018',
    markers: [
      /^posts\/your_posts\.json$/,
      /^comments\/comments\.json$/,
      /^photos_and_videos\//,
      /^likes_and_reactions\//,
      /^profile_information\/profile_information\.json$/,
    ],
    rules: rulesClassic,
    mojibake: true,
  },
];
