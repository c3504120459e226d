import type { TranslatedLocale } from '@widerspruch/catalog';
import { applyTranslations, type TranslationFile } from '@widerspruch/catalog/translations';

/**
 * Merging a language's catalog translations into the records, loaded only for a language
 * other than German and English (see `catalog.ts`). The build lists each language's
 * translation files in one chunk (`virtual:catalog/translations/<locale>`), keyed by
 * `<folder>/<id>`, or by the folder for the folders loaded as a whole.
 */

type Loaders = Readonly<Record<string, () => Promise<{ readonly data: unknown }>>>;

const TRANSLATIONS: Record<TranslatedLocale, () => Promise<{ readonly data: Loaders }>> = {
  fr: () => import('virtual:catalog/translations/fr'),
  es: () => import('virtual:catalog/translations/es'),
  it: () => import('virtual:catalog/translations/it'),
  nl: () => import('virtual:catalog/translations/nl'),
  pl: () => import('virtual:catalog/translations/pl'),
};

const lists = new Map<TranslatedLocale, Promise<Loaders>>();

/** The translation file (or folder of files) under a key, if the language has one. */
async function fileOf(l: TranslatedLocale, key: string): Promise<unknown> {
  let list = lists.get(l);
  if (!list) {
    list = TRANSLATIONS[l]().then((m) => m.data);
    lists.set(l, list);
    list.catch(() => lists.delete(l));
  }
  const load = (await list)[key];
  return load ? (await load()).data : undefined;
}

/** A record with the language's current translations merged in. */
export async function translate<T>(l: TranslatedLocale, key: string, record: T): Promise<T> {
  const file = (await fileOf(l, key)) as TranslationFile | undefined;
  return file ? applyTranslations(record, l, file).data : record;
}

/** A folder loaded as a whole, with the language's current translations merged in. */
export async function translateAll<T extends { id: string }>(
  l: TranslatedLocale,
  folder: string,
  records: readonly T[],
): Promise<readonly T[]> {
  const files = (await fileOf(l, folder)) as Readonly<Record<string, TranslationFile>> | undefined;
  if (!files) return records;
  return records.map((r) => {
    const file = files[r.id];
    return file ? applyTranslations(r, l, file).data : r;
  });
}
