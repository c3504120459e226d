import 'fake-indexeddb/auto';
import { describeCaseRepositoryContract } from '@widerspruch/core/testing';
import { openDB } from 'idb';
import { describe, expect, it } from 'vitest';
import { DB_VERSION, openStorage } from './db.js';

let counter = 0;
describeCaseRepositoryContract('IndexedDB', () => openStorage(`contract-${++counter}`));

const aCase = {
  id: 'c1',
  platform: 'instagram',
  account: 'a@example.org',
  profile: 'p1',
  createdAt: '2026-03-10T09:00:00.000Z',
  events: [{ id: 'e1', kind: 'submitted', at: '2026-03-10T09:00:00.000Z' }],
};

describe('browser storage', () => {
  it('migrates a version-1 database and keeps its data', async () => {
    const name = `v1-${++counter}`;
    const old = await openDB(name, 1, {
      upgrade(db) {
        db.createObjectStore('profiles', { keyPath: 'id' });
        db.createObjectStore('cases', { keyPath: 'id' });
        db.createObjectStore('settings', { keyPath: 'key' });
      },
    });
    await old.put('cases', aCase);
    old.close();
    const storage = await openStorage(name);
    expect((await storage.loadAll()).cases).toEqual([aCase]);
    expect(await storage.allEvidence()).toEqual([]);
    storage.close();
  });

  it('keeps unreadable records untouched and counts them', async () => {
    const name = `broken-${++counter}`;
    const storage = await openStorage(name);
    await storage.putCase(aCase as never);
    storage.close();
    const raw = await openDB(name, DB_VERSION);
    await raw.put('cases', { id: 'broken', platform: 42 });
    raw.close();
    const reopened = await openStorage(name);
    const loaded = await reopened.loadAll();
    reopened.close();
    expect(loaded.cases.map((c) => c.id)).toEqual(['c1']);
    expect(loaded.unreadable).toBe(1);
    const check = await openDB(name, DB_VERSION);
    expect(await check.get('cases', 'broken')).toEqual({ id: 'broken', platform: 42 });
    check.close();
  });

  it('keeps settings', async () => {
    const storage = await openStorage(`settings-${++counter}`);
    await storage.putSetting('locale', 'en');
    expect(await storage.getSetting('locale')).toBe('en');
    expect(await storage.getSetting('missing')).toBeUndefined();
    storage.close();
  });
});
