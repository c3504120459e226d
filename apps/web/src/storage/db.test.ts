import 'fake-indexeddb/auto';
import type { Case, ExportData } from '@widerspruch/core';
import { openDB } from 'idb';
import { afterEach, describe, expect, it } from 'vitest';
import { DB_VERSION, openStorage, type Storage } from './db.js';

let counter = 0;
const open: Storage[] = [];
async function fresh(): Promise<{ storage: Storage; name: string }> {
  const name = `test-${++counter}`;
  const storage = await openStorage(name);
  open.push(storage);
  return { storage, name };
}
afterEach(() => {
  for (const s of open.splice(0)) s.close();
});

const profile = { id: 'p1', name: 'Ich', createdAt: '2026-03-10T09:00:00.000Z' };
const aCase: Case = {
  id: 'c1',
  platform: 'instagram',
  account: 'a@example.org',
  profile: 'p1',
  createdAt: '2026-03-10T09:00:00.000Z',
  events: [{ id: 'e1', kind: 'submitted', at: '2026-03-10T09:00:00.000Z' }],
};

describe('browser storage', () => {
  it('stores and loads profiles and cases', async () => {
    const { storage } = await fresh();
    await storage.putProfile(profile);
    await storage.putCase(aCase);
    expect(await storage.loadAll()).toEqual({ profiles: [profile], cases: [aCase], unreadable: 0 });
  });

  it('appends events without losing earlier ones', async () => {
    const { storage } = await fresh();
    await storage.putCase(aCase);
    const updated = await storage.appendEvent('c1', {
      id: 'e2',
      kind: 'confirmation-received',
      at: '2026-03-11T10:00:00.000Z',
      date: '2026-03-11',
    });
    expect(updated.events.map((e) => e.id)).toEqual(['e1', 'e2']);
    expect((await storage.loadAll()).cases[0]?.events).toHaveLength(2);
  });

  it('merges an import with what is stored and is idempotent', async () => {
    const { storage } = await fresh();
    await storage.putProfile(profile);
    await storage.putCase(aCase);
    const incoming: ExportData = {
      profiles: [profile, { id: 'p2', name: 'Mama', createdAt: '2026-03-12T09:00:00.000Z' }],
      cases: [
        {
          ...aCase,
          events: [
            ...aCase.events,
            { id: 'e3', kind: 'note', at: '2026-03-12T09:00:00.000Z', note: 'x' },
          ],
        },
        { ...aCase, id: 'c2', profile: 'p2', events: [] },
      ],
    };
    await storage.importData(incoming);
    await storage.importData(incoming);
    const loaded = await storage.loadAll();
    expect(loaded.profiles.map((p) => p.id).sort()).toEqual(['p1', 'p2']);
    expect(loaded.cases.find((c) => c.id === 'c1')?.events.map((e) => e.id)).toEqual(['e1', 'e3']);
    expect(loaded.cases).toHaveLength(2);
  });

  it('deletes one case, and everything', async () => {
    const { storage } = await fresh();
    await storage.putProfile(profile);
    await storage.putCase(aCase);
    await storage.putCase({ ...aCase, id: 'c2' });
    await storage.deleteCase('c1');
    expect((await storage.loadAll()).cases.map((c) => c.id)).toEqual(['c2']);
    await storage.clearAll();
    expect(await storage.loadAll()).toEqual({ profiles: [], cases: [], unreadable: 0 });
  });

  it('keeps unreadable records untouched and counts them', async () => {
    const { storage, name } = await fresh();
    await storage.putCase(aCase);
    storage.close();
    const raw = await openDB(name, DB_VERSION);
    await raw.put('cases', { id: 'broken', platform: 42 });
    raw.close();
    const reopened = await openStorage(name);
    open.push(reopened);
    const loaded = await reopened.loadAll();
    expect(loaded.cases.map((c) => c.id)).toEqual(['c1']);
    expect(loaded.unreadable).toBe(1);
    const check = await openDB(name, DB_VERSION);
    expect(await check.get('cases', 'broken')).toEqual({ id: 'broken', platform: 42 });
    check.close();
  });

  it('keeps settings', async () => {
    const { storage } = await fresh();
    await storage.putSetting('locale', 'en');
    expect(await storage.getSetting('locale')).toBe('en');
    expect(await storage.getSetting('missing')).toBeUndefined();
  });
});
