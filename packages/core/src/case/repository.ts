import type { ExportData } from './export-file.js';
import type { Case, CaseEvent, Profile } from './model.js';

/** A file kept with a case, identified by its SHA-256. */
export interface EvidenceBlob {
  readonly sha256: string;
  readonly name: string;
  readonly mediaType: string;
  readonly bytes: Uint8Array;
}

/** What a repository holds, with the number of stored records it could not read. */
export interface LoadedData {
  readonly profiles: readonly Profile[];
  readonly cases: readonly Case[];
  readonly unreadable: number;
}

/**
 * Where cases live: IndexedDB in the web app, SQLite in the CLI. Every implementation
 * passes the same contract tests. Writes are atomic: a failed or interrupted write leaves
 * the stored data as it was.
 */
export interface CaseRepository {
  loadAll(): Promise<LoadedData>;
  putProfile(profile: Profile): Promise<void>;
  putCase(c: Case): Promise<void>;
  /**
   * Adds events to a stored case (merging by event id) and returns the updated case. The
   * evidence files the events bring are stored in the same transaction: when the events are
   * refused (an unknown case, a value too long), no file is kept either. An evidence event
   * whose file is neither given nor stored already is refused.
   */
  appendEvents(
    caseId: string,
    events: readonly CaseEvent[],
    evidence?: readonly EvidenceBlob[],
  ): Promise<Case>;
  deleteCase(id: string): Promise<void>;
  /** Merges profiles, cases and evidence into what is stored, in one transaction. */
  importData(data: ExportData): Promise<void>;
  /** Stores a file on its own (tests, migrations); the apps add evidence with its event. */
  putEvidence(blob: EvidenceBlob): Promise<void>;
  getEvidence(sha256: string): Promise<EvidenceBlob | undefined>;
  /** Every stored evidence file. */
  allEvidence(): Promise<EvidenceBlob[]>;
  clearAll(): Promise<void>;
  close(): void;
}
