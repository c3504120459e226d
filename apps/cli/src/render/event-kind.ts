import type { Locale } from '@widerspruch/catalog/locales';
import { type CaseEventKind, EVENT_KIND_TEXT } from '@widerspruch/core';

/** An event kind in words; `evidence` (attaching a file on the command line) reads as `evidence-added`. */
export function eventKindLabel(kind: CaseEventKind | 'evidence', locale: Locale): string {
  return EVENT_KIND_TEXT[kind === 'evidence' ? 'evidence-added' : kind][locale];
}
