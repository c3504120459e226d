import type { ScanProgress, ScanReport } from '@widerspruch/export-reader';

/** Messages from the page to the scan worker. */
export type ToWorker =
  | { readonly type: 'scan'; readonly files: readonly File[] }
  | { readonly type: 'cancel' };

/** Messages from the scan worker to the page. */
export type FromWorker =
  | { readonly type: 'progress'; readonly progress: ScanProgress }
  | { readonly type: 'done'; readonly report: ScanReport }
  | { readonly type: 'cancelled' }
  | { readonly type: 'failed'; readonly message: string };
