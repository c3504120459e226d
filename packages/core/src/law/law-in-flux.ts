import type { AuthoredLocale } from '@widerspruch/catalog';
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
export function lawInFluxNote(locale: AuthoredLocale): { title: string; text: string } {
  const last = longDate(LAW_IN_FLUX.lastSource, locale);
  const checked = longDate(LAW_IN_FLUX.checked, locale);
  return locale === 'de'
    ? {
        title: 'Recht im Wandel',
        text: `Die EU verhandelt darüber, die DSGVO für das Training von KI zu ändern („Digital Omnibus“). Nach der letzten Quelle vom ${last} war darüber noch nicht entschieden. Es gilt das heutige Recht: Ihr Widerspruch stützt sich auf Art. 21 Abs. 1 DSGVO. Zuletzt geprüft am ${checked}.`,
      }
    : {
        title: 'Law in flux',
        text: `The EU is negotiating changes to the GDPR for AI training (the "Digital Omnibus"). According to the last source, of ${last}, nothing had been decided. Current law applies: your objection rests on Art. 21(1) GDPR. Last checked on ${checked}.`,
      };
}
