/** Languages every user-facing catalog text must be written in. */
export const LOCALES = ['de', 'en'] as const;
/** A language the catalog and the app are written in. */
export type Locale = (typeof LOCALES)[number];
