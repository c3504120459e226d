import { describe, expect, it } from 'vitest';
import { accountFromName, exportRootPrefix, isSystemJunk, isUnsafeName } from './paths.js';

describe('entry names', () => {
  it('flags names that leave the archive', () => {
    for (const name of ['../x', 'a/../../x', '/etc/passwd', '\\x', 'C:x', 'a\\..\\b', 'a\0b']) {
      expect([name, isUnsafeName(name)]).toEqual([name, true]);
    }
    for (const name of ['a/b.json', 'a..b/c', '...', "activity_you're_tagged_in/x.json"]) {
      expect([name, isUnsafeName(name)]).toEqual([name, false]);
    }
  });

  it('finds wrapper folders but never a layout folder', () => {
    expect(
      exportRootPrefix(['meta-2025/facebook-r/posts/a.json', 'meta-2025/facebook-r/b.txt']),
    ).toBe('meta-2025/facebook-r/');
    expect(exportRootPrefix(['posts/a.json', 'posts/b.json'])).toBe('');
    expect(exportRootPrefix(['x/a.json', 'y/b.json'])).toBe('');
    expect(exportRootPrefix(['a.json'])).toBe('');
  });

  it('looks past files the operating system adds (.DS_Store, __MACOSX)', () => {
    expect(
      exportRootPrefix([
        '.DS_Store',
        '__MACOSX/facebook-r/._posts',
        'facebook-r/.DS_Store',
        'facebook-r/posts/a.json',
        'facebook-r/Thumbs.db',
      ]),
    ).toBe('facebook-r/');
    expect(['.DS_Store', 'a/._x.json', '__MACOSX/a/b', 'a/desktop.ini'].every(isSystemJunk)).toBe(
      true,
    );
    expect(['a/b.json', 'a.b/c.json', 'x/.well/known.json'].some(isSystemJunk)).toBe(false);
  });

  it('reads the account from Meta export names', () => {
    expect(accountFromName('facebook-robin.m-2026-01-02-AbCd.zip')).toBe('robin.m');
    expect(accountFromName('instagram-Robin_1-2025-05-02-x/')).toBe('robin_1');
    expect(accountFromName('export.zip')).toBeUndefined();
  });
});
