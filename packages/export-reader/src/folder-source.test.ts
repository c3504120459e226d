import { describe, expect, it } from 'vitest';
import { everyLayout } from '../test/exports-other.js';
import { readAll } from '../test/zip-source-contract.js';
import { type DroppedEntry, filesOfDroppedFolder, openFolderFiles } from './folder-source.js';
import { ITEM_KINDS } from './inventory.js';
import { scanExport } from './scan.js';

const blob = (data: string | Uint8Array) => new Blob([data as BlobPart]);

describe('openFolderFiles (an unpacked export in the browser)', () => {
  it.each(everyLayout().map((l) => [l.layout, l] as const))(
    'reads the %s layout from a folder',
    async (layout, synthetic) => {
      const files = Object.entries(synthetic.files).map(([path, data]) => ({
        path: `export-folder/${path}`,
        file: blob(data),
      }));
      const result = await scanExport(openFolderFiles(files, 'export-folder'));
      if (!result.ok) throw new Error(JSON.stringify(result.problems));
      expect(result.value.layout).toBe(layout);
      const counts = Object.fromEntries(ITEM_KINDS.map((k) => [k, synthetic.counts[k] ?? 0]));
      expect(result.value.counts).toEqual(counts);
    },
  );

  it('takes the chosen folder for what it is, whatever its name, next to .DS_Store', async () => {
    const synthetic = everyLayout()[0];
    if (!synthetic) throw new Error('no layout');
    const files = [
      { path: 'data/.DS_Store', file: blob('junk') },
      ...Object.entries(synthetic.files).map(([path, data]) => ({
        path: `data/${path}`,
        file: blob(data),
      })),
    ];
    const result = await scanExport(openFolderFiles(files, 'data'));
    expect(result.ok && result.value.layout).toBe(synthetic.layout);
  });

  it('reads a file larger than one part completely, and refuses a file that changed', async () => {
    const big = new Uint8Array(9 * 1024 * 1024);
    for (let i = 0; i < big.length; i++) big[i] = i % 251;
    const source = openFolderFiles([{ path: 'a/big.bin', file: blob(big) }], 'a');
    const [entry] = await source.list();
    if (!entry) throw new Error('no entry');
    const read = await readAll(source, entry);
    expect(read.length).toBe(big.length);
    expect(read.every((b, i) => b === big[i])).toBe(true);
    const changed = openFolderFiles([{ path: 'a/x.json', file: blob('[]') }], 'a');
    const [listed] = await changed.list();
    if (!listed) throw new Error('no entry');
    await expect(readAll(changed, { ...listed, size: 10 })).rejects.toThrow(/truncated/);
  });
});

/** A dropped folder as the browser's FileSystemEntry API shows it (children in batches). */
function folder(name: string, children: DroppedEntry[]): DroppedEntry {
  return {
    isFile: false,
    isDirectory: true,
    name,
    createReader() {
      const batches = [children.slice(0, 2), children.slice(2), []];
      return { readEntries: (success) => success(batches.shift() ?? []) };
    },
  };
}

let fileCalls = 0;

function file(name: string, text: string): DroppedEntry {
  return {
    isFile: true,
    isDirectory: false,
    name,
    file: (success) => {
      fileCalls++;
      success(new File([text], name));
    },
  };
}

describe('filesOfDroppedFolder', () => {
  it('lists every file below the folder with its path, across batches', async () => {
    const dropped = folder('export', [
      file('a.json', '[]'),
      folder('posts', [file('p1.json', '1'), file('p2.json', '22'), file('p3.json', '333')]),
      file('b.json', '{}'),
    ]);
    const files = await filesOfDroppedFolder(dropped);
    expect(files.map((f) => [f.path, f.file?.size])).toEqual([
      ['export/a.json', 2],
      ['export/posts/p1.json', 1],
      ['export/posts/p2.json', 2],
      ['export/posts/p3.json', 3],
      ['export/b.json', 2],
    ]);
  });

  it('lists media by path without opening them', async () => {
    fileCalls = 0;
    const files = await filesOfDroppedFolder(
      folder('export', [file('a.jpg', 'x'), file('b.mp4', 'y'), file('c.json', '[]')]),
    );
    expect(files.map((f) => [f.path, f.file === undefined])).toEqual([
      ['export/a.jpg', true],
      ['export/b.mp4', true],
      ['export/c.json', false],
    ]);
    expect(fileCalls).toBe(1);
  });

  it('follows 32 levels of folders, not 33', async () => {
    const nested = (levels: number) => {
      let entry: DroppedEntry = file('bottom.json', '[]');
      for (let i = levels; i > 0; i--) entry = folder(`d${i}`, [entry]);
      return folder('export', [entry]);
    };
    expect(await filesOfDroppedFolder(nested(32))).toHaveLength(1);
    expect(await filesOfDroppedFolder(nested(33))).toHaveLength(0);
  });

  it('stops at the file limit, on a failing folder read, and when aborted', async () => {
    const three = folder('export', [file('a.json', '1'), file('b.json', '2'), file('c.json', '3')]);
    await expect(filesOfDroppedFolder(three, { maxFiles: 2 })).rejects.toThrow(/too-many-entries/);
    const broken: DroppedEntry = {
      isFile: false,
      isDirectory: true,
      name: 'broken',
      createReader: () => ({ readEntries: (_ok, fail) => fail?.(new Error('NotReadableError')) }),
    };
    await expect(filesOfDroppedFolder(broken)).rejects.toThrow(/NotReadableError/);
    const controller = new AbortController();
    controller.abort();
    await expect(filesOfDroppedFolder(three, { signal: controller.signal })).rejects.toThrow();
  });
});
