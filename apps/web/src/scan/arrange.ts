import type { FolderFile } from '@widerspruch/export-reader/folder';
import type { PickedFolder } from './messages.js';

// How files and folders a person chose or dropped become scan inputs.

/** Files picked with a folder field, grouped by the folder they are in (usually one). */
export function foldersOf(files: readonly File[]): PickedFolder[] {
  const byName = new Map<string, FolderFile[]>();
  for (const file of files) {
    const path = file.webkitRelativePath || file.name;
    const name = path.split('/')[0] ?? path;
    const list = byName.get(name);
    if (list) list.push({ path, file });
    else byName.set(name, [{ path, file }]);
  }
  return [...byName].map(([name, list]) => ({ name, files: list }));
}

const CONTENT = /\.(?:json|js|csv|html?)$/i;
const META_EXPORT = /^(?:facebook|instagram)-/i;

/**
 * Chosen or dropped folders as scan inputs:
 * - ZIP files right inside a folder are read as ZIP files (a folder of downloaded parts);
 * - a folder that holds several unpacked Meta exports (`facebook-…`, `instagram-…`, such
 *   as the parts of one export) becomes one input per export;
 * - what is left without any content file (only `.DS_Store`, say) is not an input.
 */
export function arrangeFolders(folders: readonly PickedFolder[]): {
  zips: File[];
  folders: PickedFolder[];
} {
  const zips: File[] = [];
  const inputs: PickedFolder[] = [];
  for (const folder of folders) {
    const bySub = new Map<string, FolderFile[]>();
    const rest: FolderFile[] = [];
    for (const f of folder.files) {
      const parts = f.path.split('/');
      if (parts.length === 2 && /\.zip$/i.test(f.path) && f.file instanceof File) zips.push(f.file);
      else if (parts.length > 2 && META_EXPORT.test(parts[1] ?? '')) {
        const sub = `${parts[0]}/${parts[1]}`;
        const list = bySub.get(sub);
        if (list) list.push(f);
        else bySub.set(sub, [f]);
      } else rest.push(f);
    }
    const split = bySub.size >= 2;
    if (split) for (const [name, files] of bySub) inputs.push({ name, files });
    const left = split ? rest : folder.files.filter((f) => !zips.includes(f.file as File));
    if (left.some((f) => CONTENT.test(f.path))) inputs.push({ name: folder.name, files: left });
  }
  return { zips, folders: inputs };
}
