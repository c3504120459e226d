export {
  applyCatalogTranslations,
  type CatalogTranslations,
  mergeTranslations,
} from './catalog-translations.js';
export {
  type Catalog,
  type CatalogCheckResult,
  type CatalogFile,
  type CheckOptions,
  checkCatalog,
} from './check.js';
export {
  DEFAULT_STALE_DAYS,
  daysBetween,
  type StaleOptions,
  type StaleRecord,
  staleRecords,
} from './freshness.js';
export { type CatalogIssue, type CatalogIssueCode, formatCatalogIssue } from './issues.js';
export {
  AUTHORED_LOCALES,
  type AuthoredLocale,
  authoredFallback,
  DEFAULT_LOCALE,
  isAuthoredLocale,
  isLocale,
  LOCALE_INFO,
  LOCALES,
  type Locale,
  type LocaleInfo,
  localText,
  matchLocale,
  pluralCategory,
  TRANSLATED_LOCALES,
  type TranslatableText,
  type TranslatedLocale,
  textLocale,
} from './locales.js';
export {
  controllerOf,
  findAuthority,
  findController,
  findPlatform,
  inAppRoutes,
  isWebForm,
  otherForms,
  pathFor,
  primaryForm,
  remediesFor,
  remediesOfController,
} from './query.js';
export { GERMAN_LAENDER } from './schema/authority.js';
export { REMEDY_KINDS, REMEDY_TOPICS } from './schema/remedy.js';
export {
  checkTranslations,
  type LocaleTranslationReport,
  type TranslationCheckResult,
  TranslationFileSchema,
  type TranslationNote,
} from './translation-check.js';
export {
  applyTranslations,
  type TextField,
  type TranslationEntry,
  type TranslationFile,
  type TranslationReport,
  textFields,
  textHash,
} from './translations.js';
export type * from './types.js';
export { type CatalogUrl, catalogUrls } from './urls.js';
