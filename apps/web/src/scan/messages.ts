import type { ExportPlatform, ScanProgress, ScanReport } from '@widerspruch/export-reader';
import type { FolderFile } from '@widerspruch/export-reader/folder';

/** An unpacked export folder the person picked or dropped. */
export interface PickedFolder {
  readonly name: string;
  readonly files: readonly FolderFile[];
}

/**
 * Messages from the page to the scan worker: export ZIP files and unpacked folders. Every
 * scan has an id, which the worker's answers repeat, so that the page can ignore answers
 * about a scan it has replaced.
 */
export type ToWorker =
  | {
      readonly type: 'scan';
      readonly id: number;
      readonly files: readonly File[];
      readonly folders: readonly PickedFolder[];
      /** Items kept per kind for the list (the newest); the counts cover all. */
      readonly keepItems: number;
      /** The first day of AI training per platform, from the catalog. */
      readonly trainingStarts: Partial<Record<ExportPlatform, string>>;
    }
  | { readonly type: 'cancel' };

/** Messages from the scan worker to the page, with the id of the scan they are about. */
export type FromWorker = { readonly id: number } & (
  | { readonly type: 'progress'; readonly progress: ScanProgress }
  | { readonly type: 'done'; readonly report: ScanReport }
  | { readonly type: 'cancelled' }
  | { readonly type: 'failed'; readonly message: string }
);
