import type { Locale } from '@widerspruch/catalog';
import { noticeText } from '../text/notice-text.js';
import { longDate } from '../util/date-text.js';

/**
 * Where the EU's planned change of the GDPR for AI training (the "Digital Omnibus") stood at
 * the last source the app relies on, and when that was checked. Current law applies until a
 * change is adopted: an objection rests on Art. 21(1) GDPR; no new "AI opt-out right" exists.
 */
export const LAW_IN_FLUX = {
  /** Date of the newest source that reports the negotiations as not concluded. */
  lastSource: '2026-06-18',
  /** When the sources were last checked for anything newer. */
  checked: '2026-12-06',
  sources: [
    { publisher: 'Noerr', published: '2026-06-18' },
    { publisher: 'Agence Europe', published: '2026-04' },
  ],
} as const;

/** The dated "law in flux" note, in one language, for guide pages and `guide` output. */
export function lawInFluxNote(locale: Locale): { title: string; text: string } {
  const t = noticeText(locale).lawInFlux;
  const last = longDate(LAW_IN_FLUX.lastSource, locale);
  const checked = longDate(LAW_IN_FLUX.checked, locale);
  return { title: t.title, text: t.text(last, checked) };
}
