/**
 * Whether an entry name could point outside the archive or is otherwise not a plain
 * relative path: `..` segments, absolute paths, drive letters, NUL characters.
 */
export function isUnsafeName(name: string): boolean {
  if (name.includes('\0')) return true;
  if (/^[\\/]/.test(name) || /^[A-Za-z]:/.test(name)) return true;
  return name.split(/[\\/]/).some((segment) => segment === '..');
}

// Top-level folders of known layouts: never taken for a wrapper folder.
const LAYOUT_FOLDERS = new Set([
  'your_facebook_activity',
  'your_activity_across_facebook',
  "this_profile's_activity_across_facebook",
  'your_instagram_activity',
  'personal_information',
  'profile_information',
  'account_information',
  'posts',
  'photos_and_videos',
  'comments',
  'comments_and_reactions',
  'stories',
  'groups',
  'content',
  'media',
  'data',
  'messages',
  'connections',
  'likes',
  'likes_and_reactions',
  'logged_information',
  'ads_information',
  'preferences',
  'html',
  'photos',
  'videos',
]);

/**
 * The wrapper folders around an export's root (`facebook-<user>-<date>-<id>/`, sometimes
 * inside `meta-<date>/`): leading folders all files share, up to three, as a prefix like
 * `meta-2025-May-02/facebook-robin-2025-05-02-Ab12/` (empty when there is none).
 */
export function exportRootPrefix(names: readonly string[]): string {
  let prefix = '';
  for (let level = 0; level < 3; level++) {
    const first = commonFirstFolder(names, prefix.length);
    if (first === undefined || LAYOUT_FOLDERS.has(first)) break;
    prefix += `${first}/`;
  }
  return prefix;
}

/**
 * Files an operating system adds on its own, ignored when looking for the export's root:
 * dot-files such as `.DS_Store`, macOS's `__MACOSX/` folder, `Thumbs.db`, `desktop.ini`.
 */
export function isSystemJunk(name: string): boolean {
  return /(?:^|\/)(?:__MACOSX\/|\.[^/]*$|Thumbs\.db$|desktop\.ini$)/i.test(name);
}

function commonFirstFolder(names: readonly string[], from: number): string | undefined {
  let common: string | undefined;
  for (const name of names) {
    if (isSystemJunk(name)) continue;
    const slash = name.indexOf('/', from);
    if (slash < 0) return undefined;
    const folder = name.slice(from, slash);
    if (common !== undefined && folder !== common) return undefined;
    common = folder;
  }
  return common;
}

/** The account name in Meta's export names (`facebook-<user>-<YYYY-MM-DD>-…`), if any. */
export function accountFromName(name: string): string | undefined {
  return name.match(/(?:facebook|instagram)-([\w.]+?)-\d{4}-\d{2}-\d{2}/i)?.[1]?.toLowerCase();
}
