import { signal } from '@preact/signals';
import {
  type Authority,
  type Catalog,
  type Controller,
  isAuthoredLocale,
  type Locale,
  type Platform,
  type Remedy,
  type Source,
} from '@widerspruch/catalog';
import { useEffect, useRef } from 'preact/hooks';
import { locale } from '../i18n/i18n.js';
import type { ServiceEntry, StartIndex } from './catalog-index.js';

/**
 * The platform catalog, loaded in parts so that the first load carries only what the start
 * page shows: the start index (names, the Meta summary) first, the wizard's list of services
 * with the wizard, and a platform's record (with its controllers) when a page shows it.
 * The build makes each part a chunk (`apps/web/catalog-chunks.ts`); records carry the
 * authored German and English texts, and another language's translations load beside them
 * and are merged here. Once loaded, a part is kept, so pages opened again render at once.
 */

type Module<T> = { readonly data: T };
type StartModule = typeof import('virtual:catalog/start/de');

const START: Record<Locale, () => Promise<StartModule>> = {
  de: () => import('virtual:catalog/start/de'),
  en: () => import('virtual:catalog/start/en'),
  fr: () => import('virtual:catalog/start/fr'),
  es: () => import('virtual:catalog/start/es'),
  it: () => import('virtual:catalog/start/it'),
  nl: () => import('virtual:catalog/start/nl'),
  pl: () => import('virtual:catalog/start/pl'),
};

const SERVICES: Record<Locale, () => Promise<Module<readonly ServiceEntry[]>>> = {
  de: () => import('virtual:catalog/services/de'),
  en: () => import('virtual:catalog/services/en'),
  fr: () => import('virtual:catalog/services/fr'),
  es: () => import('virtual:catalog/services/es'),
  it: () => import('virtual:catalog/services/it'),
  nl: () => import('virtual:catalog/services/nl'),
  pl: () => import('virtual:catalog/services/pl'),
};

/** What a page needs of the catalog besides the indexes. */
export interface CatalogNeeds {
  /** Platforms by id (each with the controllers it names); unknown ids load as absent. */
  readonly platforms?: readonly string[];
  /** Every supervisory authority (complaint letters, remedies). */
  readonly authorities?: boolean;
  /** Every court case and collective action (remedies). */
  readonly remedies?: boolean;
}

/** The records of one locale loaded so far. */
interface Store {
  /** A platform's record, or null when the catalog has no platform of that id. */
  readonly platforms: Map<string, Platform | null>;
  readonly controllers: Map<string, Controller>;
  authorities?: readonly Authority[];
  remedies?: readonly Remedy[];
  snapshot?: Catalog;
}

/** Stores by language; German and English share one (the records as authored). */
const stores = new Map<Locale | 'authored', Store>();
const storeKey = (l: Locale): Locale | 'authored' => (isAuthoredLocale(l) ? 'authored' : l);
const starts = signal<Partial<Record<Locale, StartIndex>>>({});
const services = signal<Partial<Record<Locale, readonly ServiceEntry[]>>>({});
/** Counts changes of the stores, so that components reading the catalog render again. */
const version = signal(0);
const pending = new Map<string, Promise<unknown>>();

/** Runs a load once per key (a failed one may be tried again). */
function once<T>(key: string, run: () => Promise<T>): Promise<T> {
  let found = pending.get(key) as Promise<T> | undefined;
  if (!found) {
    found = run();
    pending.set(key, found);
    found.catch(() => pending.delete(key));
  }
  return found;
}

function storeOf(l: Locale): Store {
  let store = stores.get(storeKey(l));
  if (!store) {
    store = { platforms: new Map(), controllers: new Map() };
    stores.set(storeKey(l), store);
  }
  return store;
}

function changed(store: Store): void {
  delete store.snapshot;
  version.value++;
}

const byId = <T extends { id: string }>(a: T, b: T) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0);

/** The loaded records as a catalog (lists sorted by id, as in the full catalog). */
function snapshotOf(store: Store): Catalog {
  store.snapshot ??= {
    platforms: [...store.platforms.values()].filter((p) => p !== null).sort(byId),
    controllers: [...store.controllers.values()].sort(byId),
    authorities: store.authorities ?? [],
    remedies: store.remedies ?? [],
  };
  return store.snapshot;
}

/** The translations' code, loaded only for a language other than German and English. */
const translating = () => import('./catalog-translate.js');

/** A record with the locale's current translations merged in (as it is for German and English). */
async function translate<T>(l: Locale, key: string, record: T): Promise<T> {
  return isAuthoredLocale(l) ? record : (await translating()).translate(l, key, record);
}

/** A folder loaded as a whole, with the locale's current translations merged in. */
async function translateAll<T extends { id: string }>(
  l: Locale,
  folder: string,
  records: readonly T[],
): Promise<readonly T[]> {
  return isAuthoredLocale(l) ? records : (await translating()).translateAll(l, folder, records);
}

const recordLoaders = () => once('records', () => import('virtual:catalog/records'));

/** Loaders the start index brought (the Meta records, remedies): no wait for the record list. */
let direct: Pick<StartModule, 'platforms' | 'remedies'> | undefined;

function loadPlatform(l: Locale, id: string): Promise<unknown> {
  return once(`${storeKey(l)}:platform:${id}`, async () => {
    const store = storeOf(l);
    const load = direct?.platforms[id] ?? (await recordLoaders()).platforms[id];
    if (!load) {
      store.platforms.set(id, null);
      return changed(store);
    }
    const module = await load();
    sourceLoaders.set(id, module.sources);
    const record: Platform = { ...module.data, sources: module.sourceIds.map(pendingSource) };
    const [platform, ...controllers] = await Promise.all([
      translate(l, `platforms/${id}`, record),
      ...module.controllers.map((c) => translate(l, `controllers/${c.id}`, c)),
    ]);
    for (const c of controllers) store.controllers.set(c.id, c);
    store.platforms.set(id, platform);
    changed(store);
  });
}

/**
 * A source whose title and address have not loaded yet: a platform's record comes with its
 * sources named by id only, and their details load when a disclosure shows them
 * ({@link loadPendingSources}). Its address is empty until then.
 */
export function pendingSource(id: string): Source {
  return { id, url: '', title: '', strength: 'weak' };
}

/** Whether a source (or a guide's source) is still waiting for its details. */
export function isPendingSource(source: { readonly url: string }): boolean {
  return source.url === '';
}

/** Where each loaded platform's sources come from. */
const sourceLoaders = new Map<string, () => Promise<{ readonly data: readonly Source[] }>>();

/**
 * Loads the sources' details of every platform shown so far in the current language (a
 * disclosure that lists sources calls this when it opens). Resolves once they are in.
 */
export async function loadPendingSources(l: Locale = locale.value): Promise<void> {
  const store = storeOf(l);
  await Promise.all(
    [...store.platforms]
      .filter(([, p]) => p?.sources.some(isPendingSource))
      .map(([id]) =>
        once(`${storeKey(l)}:sources:${id}`, async () => {
          const load = sourceLoaders.get(id);
          if (!load) return;
          const sources = (await load()).data;
          const platform = store.platforms.get(id);
          if (!platform) return;
          store.platforms.set(id, { ...platform, sources: [...sources] });
          changed(store);
        }),
      ),
  );
}

function loadWhole(l: Locale, folder: 'authorities' | 'remedies'): Promise<unknown> {
  return once(`${storeKey(l)}:${folder}`, async () => {
    const store = storeOf(l);
    if (folder === 'authorities') {
      const list = (await (await recordLoaders()).authorities()).data;
      store.authorities = await translateAll(l, folder, list);
    } else {
      const list = (await (direct?.remedies ?? (await recordLoaders()).remedies)()).data;
      store.remedies = await translateAll(l, folder, list);
    }
    changed(store);
  });
}

/** The catalog with what a page needs, when all of it is loaded already (else undefined). */
export function loadedCatalog(needs: CatalogNeeds, l: Locale): Catalog | undefined {
  const store = stores.get(storeKey(l));
  if (!store) return undefined;
  if (needs.platforms?.some((id) => !store.platforms.has(id))) return undefined;
  if (needs.authorities && !store.authorities) return undefined;
  if (needs.remedies && !store.remedies) return undefined;
  return snapshotOf(store);
}

/** Loads what a page needs of the catalog; resolves with the catalog holding it. */
export async function loadCatalog(needs: CatalogNeeds, l: Locale = locale.value): Promise<Catalog> {
  await Promise.all([
    ...(needs.platforms ?? []).map((id) => loadPlatform(l, id)),
    ...(needs.authorities ? [loadWhole(l, 'authorities')] : []),
    ...(needs.remedies ? [loadWhole(l, 'remedies')] : []),
  ]);
  return snapshotOf(storeOf(l));
}

const needsKey = (needs: CatalogNeeds): string =>
  `${needs.platforms?.join(',') ?? ''}|${needs.authorities ? 'a' : ''}|${needs.remedies ? 'r' : ''}`;

/**
 * The catalog with what a component needs in the current language, or undefined while that
 * loads (the component shows that it is loading; it renders again when the parts arrive).
 * After a change of language, the catalog in the previous language stands in until the new
 * one is there, so that a page keeps its state (an open letter, say) instead of unmounting.
 */
export function useCatalog(needs: CatalogNeeds): Catalog | undefined {
  const l: Locale = locale.value;
  void version.value;
  const ready = loadedCatalog(needs, l);
  const what = needsKey(needs);
  const last = useRef<{ what: string; catalog: Catalog } | undefined>(undefined);
  if (ready) last.current = { what, catalog: ready };
  const key = `${l}/${what}`;
  useEffect(() => {
    if (loadedCatalog(needs, l) === undefined) void loadCatalog(needs, l).catch(noteFailure);
  }, [key]);
  return ready ?? (last.current?.what === what ? last.current.catalog : undefined);
}

/** Loads the start page's index of a locale. */
export function loadStartIndex(l: Locale = locale.value): Promise<StartIndex> {
  return once(`start:${l}`, async () => {
    const module = await START[l]();
    direct ??= module;
    const index = module.data;
    starts.value = { ...starts.value, [l]: index };
    return index;
  });
}

/** The start page's index in the current language, loading it when needed. */
export function useStartIndex(): StartIndex | undefined {
  const l: Locale = locale.value;
  const index = starts.value[l];
  useEffect(() => {
    if (index === undefined) void loadStartIndex(l).catch(noteFailure);
  }, [l, index]);
  // After a change of language, the previous one's stands in until the new one is there.
  return index ?? Object.values(starts.value)[0];
}

/** Loads the wizard's list of services of a locale. */
export function loadServices(l: Locale = locale.value): Promise<readonly ServiceEntry[]> {
  return once(`services:${l}`, async () => {
    const list = (await SERVICES[l]()).data;
    services.value = { ...services.value, [l]: list };
    return list;
  });
}

/** The wizard's list of services in the current language, loading it when needed. */
export function useServices(): readonly ServiceEntry[] | undefined {
  const l: Locale = locale.value;
  const list = services.value[l];
  useEffect(() => {
    if (list === undefined) void loadServices(l).catch(noteFailure);
  }, [l, list]);
  // After a change of language, the previous one's stands in until the new one is there.
  return list ?? Object.values(services.value)[0];
}

/**
 * The display name of a platform, from the start index or a loaded record (its id when
 * neither is there).
 */
export function platformName(id: string): string {
  const l: Locale = locale.value;
  void version.value;
  return starts.value[l]?.names[id] ?? stores.get(storeKey(l))?.platforms.get(id)?.name ?? id;
}

/** Resolves once no part of the catalog is loading any more (parts asked for meanwhile included). */
export async function catalogSettled(): Promise<void> {
  let seen = -1;
  while (pending.size !== seen) {
    seen = pending.size;
    await Promise.allSettled([...pending.values()]);
  }
}

/**
 * A part that could not be loaded (offline before the app was stored, say): the page keeps
 * saying it is loading, and opening it again tries again (a failed load is not kept).
 */
function noteFailure(): void {}
