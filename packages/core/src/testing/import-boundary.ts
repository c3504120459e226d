import fc from 'fast-check';
import { expect, it } from 'vitest';
import { parseExport, serializeExport } from '../case/export-file.js';
import { ImportConflictError } from '../case/import-conflicts.js';
import type { Case, Profile } from '../case/model.js';
import type { CaseRepository, EvidenceBlob } from '../case/repository.js';
import { sortByAttention, summarizeCase } from '../case/state.js';
import { InvalidRecordError } from '../case/valid-record.js';
import { problemText } from '../problem/core-problem.js';

/** The day the suite runs on (fixed, so that "in the future" is reproducible). */
const TODAY = '2026-06-01';
const PLATFORMS = ['facebook', 'instagram'];

/** A store's content as a string; equal strings mean an unchanged store. */
export type Snapshot = (repo: CaseRepository) => Promise<string>;

/** How many inputs the property tries per store (plus the fixed ones). */
export const HOSTILE_RUNS = 250;

const profile: Profile = { id: 'p1', name: 'Ich', createdAt: '2026-03-10T09:00:00.000Z' };
const blob: EvidenceBlob = {
  sha256: '039058c6f2c0cb492c533b0a4d14ef77cc0f78abccced5287d84a1a2011cfb81',
  name: 'bestätigung.eml',
  mediaType: 'message/rfc822',
  bytes: new Uint8Array([1, 2, 3]),
};
const stored: Case = {
  id: 'c1',
  platform: 'instagram',
  account: 'a@example.org',
  profile: 'p1',
  createdAt: '2026-03-10T09:00:00.000Z',
  events: [{ id: 'e1', kind: 'submitted', at: '2026-03-10T09:00:00.000Z', date: '2026-03-10' }],
};
const incoming: Case = {
  id: 'c2',
  platform: 'facebook',
  account: 'b@example.org',
  profile: 'p1',
  createdAt: '2026-04-01T09:00:00.000Z',
  events: [
    { id: 'e2', kind: 'submitted', at: '2026-04-01T09:00:00.000Z', date: '2026-04-01' },
    {
      id: 'e3',
      kind: 'evidence-added',
      at: '2026-04-02T09:00:00.000Z',
      evidence: { sha256: blob.sha256, name: blob.name, mediaType: blob.mediaType, size: 3 },
    },
    { id: 'e4', kind: 'note', at: '2026-04-03T09:00:00.000Z', note: 'Notiz' },
  ],
};

/** A valid backup: the stored case again, with one event more, and a new case with evidence. */
function baseBackup(): Record<string, unknown> {
  const note = { id: 'e5', kind: 'note' as const, at: '2026-04-03T09:00:00.000Z', note: 'N' };
  const again = { ...stored, events: [...stored.events, note] };
  const text = serializeExport(
    { profiles: [profile], cases: [again, incoming], evidence: [blob] },
    '2026-05-01T09:00:00.000Z',
  );
  return JSON.parse(text) as Record<string, unknown>;
}

const HOSTILE_DATES = [
  '2026-02-30',
  '2026-02-29',
  '2026-04-31',
  '9999-12-31',
  '2099-01-01',
  '1900-01-01',
  '2026-13-01',
  '2026-00-10',
  '2026-1-1',
  '',
  '2026-06-02',
];
const HOSTILE_TIMESTAMPS = [
  '2026-02-30T09:00:00.000Z',
  '9999-12-31T23:59:59.999Z',
  '1900-01-01T00:00:00.000Z',
  '2099-01-01T00:00:00.000Z',
  'yesterday',
];

type Json = Record<string, unknown>;
type Mutation = (file: Json) => void;

const cases = (file: Json) => file.cases as Json[];
const events = (file: Json, i: number) => (cases(file)[i % 2]?.events ?? []) as Json[];

/** Mutations of a valid backup, each a kind of hostile input a review tried. */
const mutation: fc.Arbitrary<Mutation> = fc.oneof(
  fc
    .tuple(fc.nat(), fc.nat(), fc.constantFrom(...HOSTILE_DATES))
    .map(([c, e, date]) => (f: Json) => {
      const list = events(f, c);
      const target = list[e % list.length];
      if (target) target.date = date;
    }),
  fc
    .tuple(fc.nat(), fc.constantFrom(...HOSTILE_TIMESTAMPS), fc.boolean())
    .map(([c, at, header]) => (f: Json) => {
      const target = header ? cases(f)[c % 2] : events(f, c)[0];
      if (target) target[header ? 'createdAt' : 'at'] = at;
    }),
  fc
    .tuple(
      fc.constantFrom('account', 'note', 'name', 'size', 'id', 'platform'),
      fc.integer({ min: 1, max: 3 }),
    )
    .map(([field, scale]) => (f: Json) => {
      const long = 'x'.repeat(100 * 10 ** scale + 1);
      const c = cases(f)[1] as Json;
      const e = (c.events as Json[])[1] as Json;
      if (field === 'account') c.account = long;
      if (field === 'note') (c.events as Json[]).push({ ...e, id: 'e9', note: long.repeat(20) });
      if (field === 'name') (f.profiles as Json[])[0] = { ...profile, name: long };
      if (field === 'size') (e.evidence as Json).size = 30 * 1024 * 1024 * scale;
      if (field === 'id') c.id = long;
      if (field === 'platform') c.platform = 'adobe-unknown';
    }),
  fc.tuple(fc.nat(), fc.string(), fc.jsonValue()).map(([where, key, value]) => (f: Json) => {
    const targets = [f, cases(f)[0], events(f, 1)[0], (f.profiles as Json[])[0]];
    const target = targets[where % targets.length];
    if (target) target[key === '' ? 'extra' : key] = value;
  }),
  fc.tuple(fc.nat(), fc.jsonValue()).map(([where, value]) => (f: Json) => {
    const proto = JSON.parse(`{"__proto__": ${JSON.stringify(value ?? null)}}`) as Json;
    const targets = [f, cases(f)[1], events(f, 1)[0]];
    const target = targets[where % targets.length];
    if (target) Object.assign(target, proto);
  }),
  fc.constantFrom<Mutation>(
    (f) => {
      (cases(f)[0] as Json).account = 'changed@example.org';
    },
    (f) => {
      (cases(f)[0] as Json).platform = 'facebook';
    },
    (f) => {
      (events(f, 0)[0] as Json).date = '2026-03-01';
    },
    (f) => {
      (f.profiles as Json[])[0] = { ...profile, name: 'Jemand' };
    },
    (f) => {
      cases(f).push({ ...(cases(f)[1] as Json), account: 'other@example.org' });
    },
    (f) => {
      ((events(f, 1)[1] as Json).evidence as Json).sha256 = 'f'.repeat(64);
    },
    (f) => {
      f.evidence = [];
    },
    (f) => {
      ((f.evidence as Json[])[0] as Json).base64 = 'AAAA';
    },
    (f) => {
      (f.evidence as Json[]).push({
        sha256: 'e'.repeat(64),
        name: 'x',
        mediaType: 'x',
        base64: '',
      });
    },
    (f) => {
      (cases(f)[1] as Json).profile = 'nobody';
    },
  ),
  // Labels the apps refuse or trim on input: blank, only white space, padded.
  fc
    .tuple(fc.constantFrom('', ' ', '\t', '\r\n', '\u00a0', ' b@example.org'), fc.boolean())
    .map(([label, person]) => (f: Json) => {
      if (person) (f.profiles as Json[])[0] = { ...profile, name: label || ' ' };
      else (cases(f)[1] as Json).account = label;
    }),
  fc
    .constantFrom<unknown>('1', 2, 0, -1, 1.5, null, undefined, '', [1], { v: 1 })
    .map((version) => (f: Json) => {
      f.version = version;
    }),
  fc.jsonValue().map((value) => (f: Json) => {
    (cases(f)[1] as Json).events = [value];
  }),
);

/** A backup text: mutated, perhaps with a byte-order mark, perhaps cut off. */
const hostileText = fc
  .tuple(fc.array(mutation, { minLength: 0, maxLength: 3 }), fc.boolean(), fc.option(fc.nat()))
  .map(([mutations, bom, cut]) => {
    const file = baseBackup();
    for (const m of mutations) {
      try {
        m(file);
      } catch {
        // An earlier mutation changed the shape this one expects: it is left out.
      }
    }
    const text = `${bom ? '\uFEFF' : ''}${JSON.stringify(file)}`;
    return cut === null ? text : text.slice(0, cut % text.length);
  });

/** Hand-picked inputs every run tries, besides the generated ones. */
const FIXED: readonly string[] = [
  JSON.stringify(baseBackup()),
  `\uFEFF${JSON.stringify(baseBackup())}`,
  '',
  'null',
  '[]',
  '{"format":"widerspruch","version":"1"}',
  '{"format":"widerspruch","version":1,"cases":[',
];

/**
 * Tries hostile backups on a store that already holds a case: each is refused (with a message
 * in both languages, the store unchanged as `snapshot` sees it) or imported completely (every
 * case lists and can be summarized). Returns the number of inputs tried.
 */
export function describeImportBoundary(
  fresh: () => Promise<CaseRepository>,
  snapshot: Snapshot,
): void {
  it(`imports completely or refuses and changes nothing (${HOSTILE_RUNS} generated inputs and ${FIXED.length} fixed)`, async () => {
    let tried = 0;
    let accepted = 0;
    const check = async (text: string) => {
      tried++;
      const repo = await fresh();
      await repo.putProfile(profile);
      await repo.putCase(stored);
      await repo.putEvidence({ ...blob, sha256: 'ab'.repeat(32) });
      const before = await snapshot(repo);
      const parsed = await parseExport(text, PLATFORMS, TODAY);
      if (!parsed.ok) {
        const problem = parsed.problems[0];
        expect(problem && problemText(problem.detail, 'de').length).toBeGreaterThan(10);
        expect(problem && problemText(problem.detail, 'en')).toMatch(
          /Nothing was changed|nothing changed/,
        );
        return;
      }
      try {
        await repo.importData(parsed.value);
      } catch (error) {
        if (!(error instanceof InvalidRecordError || error instanceof ImportConflictError))
          throw error;
        expect(await snapshot(repo), 'a refused import changed the store').toBe(before);
        return;
      }
      accepted++;
      const loaded = await repo.loadAll();
      expect(loaded.unreadable).toBe(0);
      for (const p of loaded.profiles) expect(p.name.trim()).toBe(p.name);
      for (const c of parsed.value.cases) {
        const listed = loaded.cases.find((x) => x.id === c.id);
        expect(listed, `case ${c.id} is not listed`).toBeDefined();
        // An account is stored as the apps take it: trimmed (empty when left out).
        expect(listed?.account.trim()).toBe(listed?.account);
        for (const e of c.events)
          if (e.evidence) expect(await repo.getEvidence(e.evidence.sha256)).toBeDefined();
      }
      expect(() =>
        sortByAttention(loaded.cases, TODAY).map((c) => summarizeCase(c, TODAY)),
      ).not.toThrow();
    };
    for (const text of FIXED) await check(text);
    await fc.assert(fc.asyncProperty(hostileText, check), { numRuns: HOSTILE_RUNS, seed: 13 });
    expect(tried).toBe(HOSTILE_RUNS + FIXED.length);
    // The suite means something only if both outcomes occur.
    expect(accepted).toBeGreaterThan(0);
    expect(accepted).toBeLessThan(tried);
  }, 120_000);
}
