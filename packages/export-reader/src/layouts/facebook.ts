import {
  facebookComments,
  facebookMedia,
  facebookProfile,
  facebookWallPosts,
  postRecords,
} from '../extract/facebook.js';
import { labelValueItems } from '../extract/label-values.js';
import { type FileRule, json, type Layout } from './layout.js';

const PROFILE = /^personal_information\/profile_information\/profile_information\.json$/;

/**
 * The rules of the Accounts Center trees: everything under one activity folder (`A`, e.g.
 * `your_facebook_activity/`) and the profile under `personal_information/`.
 */
function activityRules(A: string): FileRule[] {
  const at = (tail: string) => new RegExp(`^${A}${tail}$`);
  return [
    json(PROFILE, facebookProfile),
    json(
      at('posts/(?:your_posts(?:__check_ins__photos_and_videos)?|profile_posts)(?:_\\d+)?\\.json'),
      postRecords('post'),
    ),
    json(at('posts/posts_on_other_pages_and_profiles\\.json'), labelValueItems('post')),
    json(
      at('groups/group_posts_and_comments\\.json'),
      postRecords('group-post', ['group_posts_v2']),
    ),
    json(at('posts/your_videos\\.json'), facebookMedia('video', ['videos_v2'])),
    json(at('posts/your_uncategorized_photos\\.json'), facebookMedia('photo', ['other_photos_v2'])),
    json(at('posts/album/\\d+\\.json'), facebookMedia('photo', ['photos'], false)),
    json(at('stories/archived_stories\\.json'), facebookMedia('story', ['archived_stories_v2'])),
    json(at('comments_and_reactions/comments\\.json'), facebookComments),
    json(at('groups/your_comments_in_groups\\.json'), facebookComments),
    json(at("activity_you'?re_tagged_in/[^/]+\\.json"), labelValueItems('by-others')),
    json(at('posts/places_you_have_been_tagged_in\\.json'), labelValueItems('by-others')),
  ];
}

/** Content areas of the Accounts Center trees under an activity folder. */
function activityContent(A: string): RegExp {
  return new RegExp(
    `^${A}(?:posts|comments_and_reactions|groups|stories|activity_you'?re_tagged_in|reels|short_videos|events|facebook_marketplace)/[^/]+\\.json$`,
  );
}

// Files in the content areas that hold no content of the person: reactions, edits (the
// posts themselves are read), links, memories, group memberships, answers, RSVPs.
const SKIP =
  /(?:likes_and_reactions|reactions|your_comment_edits|edits_you_made_to_posts|content_sharing_links|memories|your_group_membership|group_invites|your_answers|event_invitations|your_event_responses|pages_you've_recommended|your_search_history|settings|archive|check-ins|polls_you_voted_on|visited)[^/]*\.json$/;

/** F1 (2018) and F2 (2020): category folders at the root; F1 wraps lists in objects. */
const rulesClassic: FileRule[] = [
  json(/^profile_information\/profile_information\.json$/, facebookProfile),
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
  json(
    /^(?:posts|photos_and_videos)\/album\/\d+\.json$/,
    facebookMedia('photo', ['photos'], false),
  ),
  json(
    /^stories\/archived_stories\.json$/,
    facebookMedia('story', ['archived_stories_v2', 'archived_stories']),
  ),
  json(/^(?:comments_and_reactions|comments)\/comments\.json$/, facebookComments),
  json(/^groups\/your_comments_in_groups\.json$/, facebookComments),
  json(/^posts\/other_people's_posts_to_your_timeline\.json$/, facebookWallPosts),
];

const CLASSIC_CONTENT =
  /^(?:posts|photos_and_videos(?:\/album)?|comments|comments_and_reactions|groups|stories|events)\/[^/]+\.json$/;

const F24 = 'your_facebook_activity/';
const F22 = 'your_activity_across_facebook/';
const PAGE = "this_profile's_activity_across_facebook/";

/** Facebook layouts, newest first; each generation is one entry with its own rules. */
export const FACEBOOK_LAYOUTS: readonly Layout[] = [
  {
    platform: 'facebook',
    id: 'facebook-page-2025',
    markers: [new RegExp(`^${PAGE}`)],
    rules: [
      ...activityRules(PAGE),
      json(/^profile_information\/profile_information\.json$/, facebookProfile),
    ],
    mojibake: true,
    contentFiles: activityContent(PAGE),
    skip: SKIP,
  },
  {
    platform: 'facebook',
    id: 'facebook-2022',
    markers: [new RegExp(`^${F22}`)],
    rules: activityRules(F22),
    mojibake: true,
    contentFiles: activityContent(F22),
    skip: SKIP,
  },
  {
    platform: 'facebook',
    id: 'facebook-2024',
    markers: [new RegExp(`^${F24}`), /^personal_information\/profile_information\//],
    rules: activityRules(F24),
    mojibake: true,
    contentFiles: activityContent(F24),
    skip: SKIP,
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
    contentFiles: CLASSIC_CONTENT,
    skip: SKIP,
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
    contentFiles: CLASSIC_CONTENT,
    skip: SKIP,
  },
];
