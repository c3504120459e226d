import { describe, expect, it } from 'vitest';
import { arrangeFolders, foldersOf } from './arrange.js';

const file = (path: string) => ({ path, file: new File(['x'], path.split('/').at(-1) ?? path) });

describe('arrangeFolders', () => {
  it('reads ZIP files right inside a folder as ZIP files and drops what is left over', () => {
    const { zips, folders } = arrangeFolders([
      { name: 'Downloads', files: [file('Downloads/facebook-a.zip'), file('Downloads/.DS_Store')] },
    ]);
    expect(zips.map((z) => z.name)).toEqual(['facebook-a.zip']);
    expect(folders).toEqual([]);
  });

  it('keeps ZIP files deeper inside an unpacked export as part of it', () => {
    const { zips, folders } = arrangeFolders([
      {
        name: 'export',
        files: [file('export/posts/a.json'), file('export/files/attachment.zip')],
      },
    ]);
    expect(zips).toEqual([]);
    expect(folders.map((f) => [f.name, f.files.length])).toEqual([['export', 2]]);
  });

  it('splits a folder holding several unpacked Meta exports into one input each', () => {
    const { folders } = arrangeFolders([
      {
        name: 'Downloads',
        files: [
          file('Downloads/facebook-robin-2026-01-02-A1/posts/a.json'),
          file('Downloads/facebook-robin-2026-01-02-A2/posts/b.json'),
          file('Downloads/.DS_Store'),
        ],
      },
    ]);
    expect(folders.map((f) => f.name)).toEqual([
      'Downloads/facebook-robin-2026-01-02-A1',
      'Downloads/facebook-robin-2026-01-02-A2',
    ]);
  });
});

describe('foldersOf', () => {
  it('groups picked files by their top folder', () => {
    const a = new File(['1'], 'a.json');
    Object.defineProperty(a, 'webkitRelativePath', { value: 'x/a.json' });
    const b = new File(['2'], 'b.json');
    Object.defineProperty(b, 'webkitRelativePath', { value: 'x/sub/b.json' });
    expect(foldersOf([a, b]).map((f) => [f.name, f.files.map((g) => g.path)])).toEqual([
      ['x', ['x/a.json', 'x/sub/b.json']],
    ]);
  });
});
