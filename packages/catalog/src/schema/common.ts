import * as v from 'valibot';
import { AUTHORED_LOCALES, type AuthoredLocale } from '../locales.js';

export { AUTHORED_LOCALES, type AuthoredLocale };

/** Record id: lower-case kebab-case, also the file name without `.json`. */
export const IdSchema = v.pipe(
  v.string(),
  v.regex(
    /^[a-z0-9]+(?:-[a-z0-9]+)*$/,
    'must be lower-case kebab-case, e.g. "meta-platforms-ireland"',
  ),
);

/** A calendar date written as YYYY-MM-DD that exists in the calendar. */
export const IsoDateSchema = v.pipe(
  v.string(),
  v.regex(/^\d{4}-\d{2}-\d{2}$/, 'must be an ISO date YYYY-MM-DD'),
  v.check(isCalendarDate, 'is not a real calendar date'),
);

/** A date that may be known only to the year or month: YYYY, YYYY-MM or YYYY-MM-DD. */
export const PartialDateSchema = v.pipe(
  v.string(),
  v.regex(/^\d{4}(?:-\d{2}(?:-\d{2})?)?$/, 'must be YYYY, YYYY-MM or YYYY-MM-DD'),
);

/** An absolute https URL (the catalog never links to plain http). */
export const HttpsUrlSchema = v.pipe(
  v.string(),
  v.url('must be an absolute URL'),
  v.regex(/^https:\/\/[^\s/?#]+\.[^\s/?#]+[^\s]*$/, 'must be an https:// URL with a host name'),
);

/** Text in every catalog language. */
export const LocalizedTextSchema = v.strictObject({
  de: text('German'),
  en: text('English'),
});

/**
 * Non-empty text without spaces at either end. Checked, not trimmed: the shipped catalog is
 * the data as written (decision 007), so the check must not change it.
 */
function text(language: string) {
  return v.pipe(
    v.string(),
    v.nonEmpty(`${language} text is empty`),
    v.regex(/^\S(?:[\s\S]*\S)?$/, `${language} text starts or ends with white space`),
  );
}

/** Ids of entries in the record's `sources` list; at least one. */
export const SourceRefsSchema = v.pipe(
  v.array(IdSchema),
  v.minLength(1, 'needs at least one source'),
);

/** A public source a record relies on. */
export const SourceSchema = v.strictObject({
  id: IdSchema,
  url: HttpsUrlSchema,
  title: v.pipe(v.string(), v.nonEmpty()),
  publisher: v.optional(v.string()),
  published: v.optional(PartialDateSchema),
  /** How much weight the source carries (see docs/catalog.md). */
  strength: v.picklist(['strong', 'medium', 'weak']),
});

/**
 * One statement of fact, in both languages, with its sources. `uncertain` explains,
 * in both languages, why the fact is not settled; the app shows it as uncertain.
 */
export const FactSchema = v.strictObject({
  text: LocalizedTextSchema,
  sources: SourceRefsSchema,
  uncertain: v.optional(LocalizedTextSchema),
});

/** How far the facts of a record have been checked: sourced < verified < tested. */
export const QualitySchema = v.picklist(['sourced', 'verified', 'tested']);

function isCalendarDate(value: string): boolean {
  const [y, m, d] = value.split('-').map(Number) as [number, number, number];
  const date = new Date(Date.UTC(y, m - 1, d));
  return date.getUTCFullYear() === y && date.getUTCMonth() === m - 1 && date.getUTCDate() === d;
}
