import { afterEach, describe, expect, it } from 'vitest';
import { sha256Hex } from '../case/evidence.js';
import { parseExport, serializeExport } from '../case/export-file.js';
import { ImportConflictError } from '../case/import-conflicts.js';
import { CASE_LIMITS, type Case, type Profile } from '../case/model.js';
import type { CaseRepository, EvidenceBlob } from '../case/repository.js';
import { InvalidRecordError } from '../case/valid-record.js';
import { describeImportBoundary, type Snapshot } from './import-boundary.js';

export type { Snapshot } from './import-boundary.js';

/** What a store holds, as one string: the default {@link Snapshot}. */
async function logicalSnapshot(repo: CaseRepository): Promise<string> {
  const evidence = (await repo.allEvidence()).map((b) => ({ ...b, bytes: [...b.bytes] }));
  return JSON.stringify({ ...(await repo.loadAll()), evidence });
}

/**
 * The contract every CaseRepository implementation passes (IndexedDB in the web app,
 * SQLite in the CLI). `open` returns a fresh, empty repository each time; `snapshot` reads
 * what a store holds as precisely as it can (the SQLite file's bytes), to show that a
 * refused import changed nothing.
 */
export function describeCaseRepositoryContract(
  name: string,
  open: () => Promise<CaseRepository>,
  snapshot: Snapshot = logicalSnapshot,
): void {
  describe(`CaseRepository contract: ${name}`, () => {
    const opened: CaseRepository[] = [];
    const fresh = async () => {
      const repo = await open();
      opened.push(repo);
      return repo;
    };
    afterEach(() => {
      for (const repo of opened.splice(0)) repo.close();
    });

    const profile: Profile = { id: 'p1', name: 'Ich', createdAt: '2026-03-10T09:00:00.000Z' };
    const aCase: Case = {
      id: 'c1',
      platform: 'instagram',
      account: 'a@example.org\nzweite Zeile 👋',
      profile: 'p1',
      createdAt: '2026-03-10T09:00:00.000Z',
      events: [{ id: 'e1', kind: 'submitted', at: '2026-03-10T09:00:00.000Z', date: '2026-03-10' }],
    };
    const blob: EvidenceBlob = {
      sha256: 'ab'.repeat(32),
      name: 'bestätigung.eml',
      mediaType: 'message/rfc822',
      bytes: new Uint8Array([0, 1, 2, 255, 10, 13]),
    };

    it('starts empty', async () => {
      expect(await (await fresh()).loadAll()).toEqual({ profiles: [], cases: [], unreadable: 0 });
    });

    it('stores profiles and cases exactly', async () => {
      const repo = await fresh();
      await repo.putProfile(profile);
      await repo.putCase(aCase);
      expect(await repo.loadAll()).toEqual({ profiles: [profile], cases: [aCase], unreadable: 0 });
    });

    it('appends events idempotently and rejects unknown cases', async () => {
      const repo = await fresh();
      await repo.putCase(aCase);
      const event = { id: 'e2', kind: 'note' as const, at: '2026-03-11T10:00:00.000Z', note: 'x' };
      await repo.appendEvents('c1', [event]);
      const updated = await repo.appendEvents('c1', [event]);
      expect(updated.events.map((e) => e.id)).toEqual(['e1', 'e2']);
      await expect(repo.appendEvents('missing', [event])).rejects.toThrow();
    });

    it('merges imports without losing anything, idempotently', async () => {
      const repo = await fresh();
      await repo.putProfile(profile);
      await repo.putCase(aCase);
      const other = { id: 'e3', kind: 'note' as const, at: '2026-03-12T09:00:00.000Z', note: 'y' };
      const data = {
        profiles: [profile, { ...profile, id: 'p2', name: 'Mama' }],
        cases: [
          { ...aCase, events: [other] },
          { ...aCase, id: 'c2', profile: 'p2' },
        ],
        evidence: [blob],
      };
      await repo.importData(data);
      await repo.importData(data);
      const loaded = await repo.loadAll();
      expect(loaded.profiles.map((p) => p.id).sort()).toEqual(['p1', 'p2']);
      expect(loaded.cases.find((c) => c.id === 'c1')?.events.map((e) => e.id)).toEqual([
        'e1',
        'e3',
      ]);
      expect(loaded.cases).toHaveLength(2);
      expect(await repo.getEvidence(blob.sha256)).toEqual(blob);
    });

    it('keeps how an objection was sent through a backup, and its import again', async () => {
      const repo = await fresh();
      await repo.putProfile(profile);
      const file = { ...blob, sha256: await sha256Hex(blob.bytes) };
      const viaForm: Case = {
        ...aCase,
        id: 'c-form',
        events: [
          {
            id: 'f1',
            kind: 'submitted',
            at: '2026-03-10T09:00:00.000Z',
            date: '2026-03-10',
            via: 'web-form',
          },
          {
            id: 'f2',
            kind: 'evidence-added',
            at: '2026-03-10T09:05:00.000Z',
            evidence: {
              sha256: file.sha256,
              name: file.name,
              mediaType: file.mediaType,
              size: file.bytes.length,
              email: {
                from: 'a@example.org',
                subject: 'Bestätigung',
                date: 'Tue, 10 Mar 2026 09:00:00 +0000',
              },
            },
          },
        ],
      };
      await repo.putCase(viaForm);
      await repo.putEvidence(file);
      const text = serializeExport(
        { ...(await repo.loadAll()), evidence: await repo.allEvidence() },
        '2026-03-11T09:00:00.000Z',
      );
      const parsed = await parseExport(text, ['instagram'], '2026-03-11');
      expect(parsed.ok).toBe(true);
      if (!parsed.ok) return;
      // Into the store it came from (nothing new, no conflict), and into a fresh one.
      await repo.importData(parsed.value);
      const other = await fresh();
      await other.importData(parsed.value);
      await other.importData(parsed.value);
      for (const r of [repo, other]) {
        const stored = (await r.loadAll()).cases.find((c) => c.id === 'c-form');
        expect(stored?.events[0]?.via).toBe('web-form');
        expect(stored).toEqual(viaForm);
      }
    });

    it('refuses to write what it could not read back, and changes nothing', async () => {
      const repo = await fresh();
      await repo.putProfile(profile);
      await repo.putCase(aCase);
      const long = 'n'.repeat(CASE_LIMITS.text + 1);
      const note = { id: 'e9', kind: 'note' as const, at: '2026-03-11T10:00:00.000Z', note: long };
      await expect(repo.putCase({ ...aCase, id: 'c9', events: [note] })).rejects.toThrow(
        InvalidRecordError,
      );
      await expect(repo.appendEvents('c1', [note])).rejects.toThrow(InvalidRecordError);
      // The error names the field and says what is wrong, in both languages.
      await expect(repo.appendEvents('c1', [note])).rejects.toMatchObject({
        field: 'events.1.note',
        problem: { de: 'ist länger als 20.000 Zeichen', en: 'is longer than 20,000 characters' },
      });
      const name = 'p'.repeat(CASE_LIMITS.profileName + 1);
      await expect(repo.putProfile({ ...profile, id: 'p9', name })).rejects.toThrow(
        InvalidRecordError,
      );
      // An import is all or nothing: one record that could not be read back undoes it.
      const good = { ...aCase, id: 'c2' };
      await expect(
        repo.importData({ profiles: [], cases: [good, { ...aCase, id: 'c3', events: [note] }] }),
      ).rejects.toThrow(InvalidRecordError);
      expect(await repo.loadAll()).toEqual({ profiles: [profile], cases: [aCase], unreadable: 0 });
    });

    it('refuses an import with a known id and other content, and changes nothing', async () => {
      const repo = await fresh();
      await repo.putProfile(profile);
      await repo.putCase(aCase);
      const before = await snapshot(repo);
      const changed = [
        { ...aCase, account: 'b@example.org', platform: 'facebook' },
        { ...aCase, events: [{ ...aCase.events[0], date: '2026-03-01' } as Case['events'][0]] },
      ];
      for (const c of changed) {
        const refused = repo.importData({ profiles: [], cases: [{ ...aCase, id: 'c5' }, c] });
        await expect(refused).rejects.toThrow(ImportConflictError);
        expect(await snapshot(repo)).toBe(before);
      }
      await expect(
        repo.importData({ profiles: [{ ...profile, name: 'Jemand' }], cases: [] }),
      ).rejects.toMatchObject({ conflicts: [{ record: 'profile', id: 'p1', fields: ['name'] }] });
      await expect(
        repo.importData({ profiles: [], cases: [changed[0] as Case] }),
      ).rejects.toMatchObject({
        conflicts: [{ record: 'case', id: 'c1', fields: ['platform', 'account'] }],
      });
      expect(await snapshot(repo)).toBe(before);
    });

    it('keeps an evidence file with its event in one transaction, and none for a refused one', async () => {
      const repo = await fresh();
      await repo.putProfile(profile);
      await repo.putCase(aCase);
      const before = await snapshot(repo);
      const added = {
        id: 'x1',
        kind: 'evidence-added' as const,
        at: '2026-03-11T10:00:00.000Z',
        evidence: { sha256: blob.sha256, name: blob.name, mediaType: blob.mediaType, size: 6 },
      };
      const long = { ...added, id: 'x2', kind: 'note' as const, note: 'n'.repeat(30_000) };
      // An unknown case, a value the schema refuses, a file that is neither given nor stored.
      await expect(repo.appendEvents('gone', [added], [blob])).rejects.toThrow();
      await expect(repo.appendEvents('c1', [added, long], [blob])).rejects.toThrow(
        InvalidRecordError,
      );
      await expect(repo.appendEvents('c1', [added])).rejects.toThrow(/not stored/);
      expect(await repo.allEvidence()).toEqual([]);
      expect(await repo.loadAll()).toEqual({ profiles: [profile], cases: [aCase], unreadable: 0 });
      expect(await snapshot(repo), 'a refused event changed the store').toBe(before);
      const updated = await repo.appendEvents('c1', [added], [blob]);
      expect(updated.events.map((e) => e.id)).toEqual(['e1', 'x1']);
      expect(await repo.getEvidence(blob.sha256)).toEqual(blob);
      // A file kept already need not be given again.
      await repo.appendEvents('c1', [{ ...added, id: 'x3' }]);
    });

    it('deletes the evidence only the deleted case refers to', async () => {
      const repo = await fresh();
      const other = { ...blob, sha256: 'cd'.repeat(32), name: 'shared.png' };
      const added = (id: string, b: EvidenceBlob) => ({
        id,
        kind: 'evidence-added' as const,
        at: '2026-03-11T10:00:00.000Z',
        evidence: { sha256: b.sha256, name: b.name, mediaType: b.mediaType, size: 6 },
      });
      await repo.putProfile(profile);
      await repo.putCase({
        ...aCase,
        events: [...aCase.events, added('x1', blob), added('x2', other)],
      });
      await repo.putCase({ ...aCase, id: 'c2', events: [added('x3', other)] });
      await repo.putEvidence(blob);
      await repo.putEvidence(other);
      await repo.deleteCase('c1');
      expect(await repo.getEvidence(blob.sha256)).toBeUndefined();
      expect(await repo.getEvidence(other.sha256)).toBeDefined();
      await repo.deleteCase('c2');
      expect(await repo.allEvidence()).toEqual([]);
    });

    describeImportBoundary(fresh, snapshot);

    it('keeps evidence files byte for byte', async () => {
      const repo = await fresh();
      await repo.putEvidence(blob);
      await repo.putEvidence(blob);
      expect(await repo.getEvidence(blob.sha256)).toEqual(blob);
      expect(await repo.allEvidence()).toEqual([blob]);
      expect(await repo.getEvidence('cd'.repeat(32))).toBeUndefined();
    });

    it('deletes a case, and everything', async () => {
      const repo = await fresh();
      await repo.putProfile(profile);
      await repo.putCase(aCase);
      await repo.putCase({ ...aCase, id: 'c2' });
      await repo.putEvidence(blob);
      await repo.deleteCase('c1');
      expect((await repo.loadAll()).cases.map((c) => c.id)).toEqual(['c2']);
      await repo.clearAll();
      expect(await repo.loadAll()).toEqual({ profiles: [], cases: [], unreadable: 0 });
      expect(await repo.allEvidence()).toEqual([]);
    });
  });
}
