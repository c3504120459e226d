import { FACEBOOK_LAYOUTS } from './facebook.js';
import { INSTAGRAM_LAYOUTS } from './instagram.js';
import type { Layout } from './layout.js';
import { LINKEDIN_LAYOUT, X_LAYOUT } from './other.js';

export type { FileRule, Layout } from './layout.js';

/** Every known layout in the order they are tried (most specific first). */
export const LAYOUTS: readonly Layout[] = [
  ...FACEBOOK_LAYOUTS.slice(0, 3),
  ...INSTAGRAM_LAYOUTS.slice(0, 2),
  X_LAYOUT,
  LINKEDIN_LAYOUT,
  ...FACEBOOK_LAYOUTS.slice(3),
  ...INSTAGRAM_LAYOUTS.slice(2),
];

// Meta's HTML exports have the same tree with .html files (§5): recognised so the person
// can be told to ask for JSON. F0 (before 2018) has index.htm and html/.
const HTML_EXPORT =
  /^(?:(?:your_facebook_activity|your_activity_across_facebook|this_profile's_activity_across_facebook|your_instagram_activity|posts|photos_and_videos|comments|comments_and_reactions|content|html|messages|personal_information|profile_information)\/.*|index|start_here)\.html?$/;

/**
 * The layout of an export from its file paths (relative to the export root): a layout,
 * `'html'` for Meta's HTML format, or undefined when it is no known export.
 */
export function detectLayout(paths: readonly string[]): Layout | 'html' | undefined {
  const html = paths.some((p) => HTML_EXPORT.test(p));
  if (html && !paths.some((p) => /\.(?:json|js|csv)$/i.test(p))) return 'html';
  for (const layout of LAYOUTS) {
    if (paths.some((p) => layout.markers.some((m) => m.test(p)))) return layout;
  }
  return html ? 'html' : undefined;
}
