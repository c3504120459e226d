import { mkdirSync, mkdtempSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { scanExport } from '@widerspruch/export-reader';
import {
  describeScanHardening,
  describeZipSourceContract,
  facebook2024,
  type OpenZip,
  readAll,
  TEXTS,
} from '@widerspruch/export-reader/testing';
import { afterAll, describe, expect, it } from 'vitest';
import { openDirectory } from '../src/scan/dir-source.js';
import { openZipFile } from '../src/scan/node-zip.js';

const dir = mkdtempSync(join(tmpdir(), 'widerspruch-zip-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));
let counter = 0;

const openFile: OpenZip = async (bytes, name) => {
  const path = join(dir, `${counter++}-${name}`);
  writeFileSync(path, bytes);
  return openZipFile(path, name);
};

describeZipSourceContract('Node file handles + zlib', openFile);
describeScanHardening('Node file handles + zlib', openFile);

describe('unpacked export folders', () => {
  const root = join(dir, 'facebook-robin-2026-01-02-AbCd1234');
  for (const [path, data] of Object.entries(facebook2024('').files)) {
    mkdirSync(dirname(join(root, path)), { recursive: true });
    writeFileSync(join(root, path), data);
  }
  const outside = join(dir, 'secret.json');
  writeFileSync(outside, '[{"data":[{"post":"outside"}]}]');
  symlinkSync(outside, join(root, 'your_facebook_activity/posts/your_posts_9.json'));

  it('reads the same inventory as the ZIP, without following symbolic links', async () => {
    const result = await scanExport(openDirectory(root));
    if (!result.ok) throw new Error(JSON.stringify(result.problems));
    expect(result.value.counts.post).toBe(3);
    expect(result.value.items.find((i) => i.kind === 'post')?.text).toBe(TEXTS.greeting);
    expect(result.value.items.some((i) => i.text === 'outside')).toBe(false);
  });

  it('lists files with their sizes and opens them', async () => {
    const source = openDirectory(root);
    const entries = await source.list();
    const profile = entries.find((e) => e.name.endsWith('profile_information.json'));
    expect(profile?.method).toBe('store');
    expect(new TextDecoder().decode(await readAll(source, profile!))).toContain('profile_v2');
  });
});
