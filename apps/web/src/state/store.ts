import { computed, signal } from '@preact/signals';
import {
  type Case,
  type CaseEvent,
  type EvidenceBlob,
  type ExportData,
  mergeCaseLists,
  type Profile,
  type SubmissionChannel,
  summarizeCase,
} from '@widerspruch/core';
import type { Storage } from '../storage/db.js';

/** Everything the app keeps, as signals. */
export const profiles = signal<readonly Profile[]>([]);
export const cases = signal<readonly Case[]>([]);
export const persisted = signal<boolean | undefined>(undefined);
export const storageError = signal<string | undefined>(undefined);
/** Stored records that could not be read (damaged, or from another version): not shown, kept. */
export const unreadable = signal(0);
export const ready = signal(false);

/** Cases newest first. */
export const casesNewestFirst = computed(() =>
  [...cases.value].sort((a, b) => b.createdAt.localeCompare(a.createdAt)),
);

let storage: Storage | undefined;

/** A fresh id for a profile, case or event. */
export function newId(): string {
  return crypto.randomUUID();
}

/** The current time as an ISO timestamp (the one clock of the web app). */
export function now(): string {
  return new Date().toISOString();
}

/** Today's date (YYYY-MM-DD) in the person's time zone. */
export function today(): string {
  const d = new Date();
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${d.getFullYear()}-${pad(d.getMonth() + 1)}-${pad(d.getDate())}`;
}

/** Opens the database and loads everything. */
export async function initStore(
  dbName = 'widerspruch',
  afterLoad?: () => Promise<void>,
): Promise<void> {
  try {
    // The storage layer validates every record it reads (Valibot and the case schema): it
    // loads right after the first render instead of weighing on the first load.
    const { openStorage, requestPersistence } = await import('../storage/db.js');
    storage = await openStorage(dbName);
    const loaded = await storage.loadAll();
    profiles.value = loaded.profiles;
    // A record the schema lets through but the tracker cannot follow is set aside like an
    // unreadable one, so that it never blanks the list of the others.
    const usable = loaded.cases.filter((c) => {
      try {
        summarizeCase(c, today());
        return true;
      } catch {
        return false;
      }
    });
    cases.value = usable;
    unreadable.value = loaded.unreadable + loaded.cases.length - usable.length;
    // What must be restored before the first page shows (say, a wizard run in progress).
    // Optional: if it fails (its code cannot be loaded offline, say), the app works without.
    await afterLoad?.().catch(() => undefined);
    void requestPersistence().then((granted) => {
      persisted.value = granted;
    });
  } catch (error) {
    reportStorageError(error);
  } finally {
    ready.value = true;
  }
}

/** The device's storage failed: the app says so instead of its page (nothing is lost silently). */
export function reportStorageError(error: unknown): void {
  storageError.value = error instanceof Error ? error.message : String(error);
}

function db(): Storage {
  if (storage === undefined) throw new Error('storage is not open');
  return storage;
}

/** The profile for the user themself, created on first use. */
export async function ensureOwnProfile(name: string): Promise<Profile> {
  const existing = profiles.value[0];
  if (existing !== undefined) return existing;
  return addProfile(name);
}

/** Adds a person (e.g. a family member the user helps). */
export async function addProfile(name: string): Promise<Profile> {
  const profile = newProfile(name);
  await saveProfile(profile);
  return profile;
}

/** A new person, not stored yet ({@link saveProfile} stores it). */
export function newProfile(name: string): Profile {
  return { id: newId(), name: name.trim(), createdAt: now() };
}

/** Stores a new person made by {@link newProfile}; the list shows it once it is stored. */
export async function saveProfile(profile: Profile): Promise<void> {
  await db().putProfile(profile);
  profiles.value = [...profiles.value, profile];
}

/** What a new case is about. */
interface NewCase {
  readonly platform: string;
  readonly account: string;
  readonly profile: string;
  /** For a submission: how it was sent (a form that confirms by e-mail, say). */
  readonly via?: SubmissionChannel | undefined;
}

async function recordCase(
  input: NewCase,
  kind: 'submitted' | 'setting-changed' | 'drafted',
): Promise<Case> {
  const at = now();
  const c: Case = {
    id: newId(),
    platform: input.platform,
    account: input.account.trim(),
    profile: input.profile,
    createdAt: at,
    events: [
      {
        id: newId(),
        kind,
        at,
        date: today(),
        ...(kind === 'submitted' && input.via ? { via: input.via } : {}),
      },
    ],
  };
  await db().putCase(c);
  cases.value = [...cases.value, c];
  return c;
}

/** Records that an objection was sent: a new case with a `submitted` event. */
export function recordSubmission(input: NewCase): Promise<Case> {
  return recordCase(input, 'submitted');
}

/** Records that a setting was changed as described: a case with a `setting-changed` event. */
export function recordSetting(input: NewCase): Promise<Case> {
  return recordCase(input, 'setting-changed');
}

/** Keeps an objection for later: a case with a `drafted` event (shown as not sent yet). */
export function recordDraft(input: NewCase): Promise<Case> {
  return recordCase(input, 'drafted');
}

/** Appends an event to a case; returns the case as stored. */
export function addEvent(caseId: string, event: Omit<CaseEvent, 'id' | 'at'>): Promise<Case> {
  return addEvents(caseId, [event]);
}

/**
 * Appends events to a case together with the evidence files they bring, in one transaction
 * (a refused event keeps no file); returns the case as stored.
 */
export async function addEvents(
  caseId: string,
  events: readonly Omit<CaseEvent, 'id' | 'at'>[],
  evidence: readonly EvidenceBlob[] = [],
): Promise<Case> {
  const at = now();
  const updated = await db().appendEvents(
    caseId,
    events.map((e) => ({ ...e, id: newId(), at })),
    evidence,
  );
  cases.value = cases.value.map((c) => (c.id === caseId ? updated : c));
  return updated;
}

/** Deletes one case. */
export async function deleteCase(id: string): Promise<void> {
  await db().deleteCase(id);
  cases.value = cases.value.filter((c) => c.id !== id);
}

/** Deletes everything stored on this device. */
export async function deleteAll(): Promise<void> {
  await db().clearAll();
  profiles.value = [];
  cases.value = [];
  unreadable.value = 0;
}

/** Merges imported data into what is stored. */
export async function importAll(data: ExportData): Promise<{ readonly changed: number }> {
  const before = new Map(cases.value.map((c) => [c.id, new Set(c.events.map((e) => e.id))]));
  // A case counts as read in when it is new here or brings events this device lacks; a
  // backup read in twice changes nothing the second time, and says so.
  const changed = data.cases.filter((c) => {
    const events = before.get(c.id);
    return events === undefined || c.events.some((e) => !events.has(e.id));
  }).length;
  await db().importData(data);
  const known = new Set(profiles.value.map((p) => p.id));
  profiles.value = [...profiles.value, ...data.profiles.filter((p) => !known.has(p.id))];
  cases.value = mergeCaseLists(cases.value, data.cases);
  return { changed };
}

/** A stored evidence file. */
export function getEvidence(sha256: string): Promise<EvidenceBlob | undefined> {
  return db().getEvidence(sha256);
}

/** Everything for the backup file. */
export async function exportData(): Promise<ExportData> {
  return { profiles: profiles.value, cases: cases.value, evidence: await db().allEvidence() };
}

/** Reads a setting. */
export function getSetting<T>(key: string): Promise<T | undefined> {
  return storage ? storage.getSetting<T>(key) : Promise.resolve(undefined);
}

/** Stores a setting. */
export async function putSetting(key: string, value: unknown): Promise<void> {
  await storage?.putSetting(key, value);
}
