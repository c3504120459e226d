// Build side of the web app's catalog loading: the catalog as small modules, so that the
// browser loads only what a page shows. Vite makes each module a chunk of its own.
//
//   virtual:catalog/start/<locale>     what the start page shows (names, the Meta summary), and
//                                      loaders of what it leads to (the Meta records, remedies)
//   virtual:catalog/services/<locale>  the wizard's list of services
//   virtual:catalog/records            loaders of the records below (loaded with the first record)
//   virtual:catalog/platform/<id>      a platform's record (its sources by id only); imports its
//                                      controllers' modules
//   virtual:catalog/sources/<id>       a platform's sources (loaded when a disclosure shows them)
//   virtual:catalog/controller/<id>    a controller's record
//   virtual:catalog/folder/<folder>    all authorities, all remedies (each needed as a whole)
//   virtual:catalog/translations/<locale>               loaders of that locale's translations
//   virtual:catalog/translation/<locale>/<folder>/<id>  one record's translation file
//   virtual:catalog/translation/<locale>/<folder>       a whole folder's translation files
//
// Records carry the authored texts (German and English: the objection text can be chosen in
// either, and English is the fallback of every other language); the translations of other
// languages load beside them and are merged in the browser. The start and service indexes
// are written per locale with the translations already merged. `npm run build` checks the
// catalog (`catalog check`) before this runs, so the records are not checked again here.
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import {
  AUTHORED_LOCALES,
  type Authority,
  type Catalog,
  type Controller,
  isLocale,
  LOCALES,
  type Locale,
  type Platform,
  type Remedy,
  type TranslatedLocale,
} from '@widerspruch/catalog';
import type { Plugin } from 'vite';
// The source (as the web build aliases it), so that this runs the same in the build and in tests.
import {
  applyTranslations,
  type TranslationFile,
} from '../../packages/catalog/src/translations.js';
import {
  controllersOf,
  META_SUMMARY_IDS,
  serviceEntries,
  startIndex,
} from './src/state/catalog-index.js';

const PREFIX = 'virtual:catalog/';
const FOLDERS = ['platforms', 'controllers', 'authorities', 'remedies'] as const;
type Folder = (typeof FOLDERS)[number];
/** Folders loaded as a whole: the complaint route and the remedies search all of them. */
const WHOLE: readonly Folder[] = ['authorities', 'remedies'];

interface Records extends Catalog {
  readonly platforms: Platform[];
  readonly controllers: Controller[];
  readonly authorities: Authority[];
  readonly remedies: Remedy[];
}
/** Translation files of one locale: `<folder>/<id>` → file. */
type Translations = Map<string, TranslationFile>;

function readJson(path: string): unknown {
  return JSON.parse(readFileSync(path, 'utf8'));
}

function readRecords(dataDir: string): Records {
  // Checked by `catalog check` before the web build runs.
  const of = <T extends { id: string }>(folder: Folder): T[] =>
    readdirSync(join(dataDir, folder))
      .filter((f) => f.endsWith('.json'))
      .map((f) => readJson(join(dataDir, folder, f)) as T)
      .sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
  return {
    platforms: of<Platform>('platforms'),
    controllers: of<Controller>('controllers'),
    authorities: of<Authority>('authorities'),
    remedies: of<Remedy>('remedies'),
  };
}

/** The translation files of a language (none when the language has no folder yet). */
function readTranslations(dir: string, locale: TranslatedLocale): Translations {
  const found: Translations = new Map();
  for (const folder of FOLDERS) {
    const path = join(dir, locale, folder);
    if (!existsSync(path)) continue;
    for (const file of readdirSync(path)
      .filter((f) => f.endsWith('.json'))
      .sort()) {
      found.set(`${folder}/${file.slice(0, -5)}`, readJson(join(path, file)) as TranslationFile);
    }
  }
  return found;
}

function translated(records: Records, locale: TranslatedLocale, files: Translations): Records {
  const merge = <T extends { id: string }>(folder: Folder, list: T[]): T[] =>
    list.map((r) => {
      const file = files.get(`${folder}/${r.id}`);
      return file ? applyTranslations(r, locale, file).data : r;
    });
  return {
    platforms: merge('platforms', records.platforms),
    controllers: merge('controllers', records.controllers),
    authorities: merge('authorities', records.authorities),
    remedies: merge('remedies', records.remedies),
  };
}

/** A module that exports the value as `data` (parsed from a string: faster than a literal). */
const dataModule = (value: unknown, head = ''): string =>
  `${head}export const data = JSON.parse(${JSON.stringify(JSON.stringify(value))});\n`;

const loaders = (entries: [string, string][]): string =>
  `{${entries.map(([key, id]) => `${JSON.stringify(key)}: () => import(${JSON.stringify(PREFIX + id)})`).join(',\n')}}`;

/** The file name (without hash) of a catalog chunk, from its module id; else undefined. */
export function catalogChunkName(moduleId: string | null): string | undefined {
  if (!moduleId?.startsWith(`\0${PREFIX}`)) return undefined;
  return `catalog-${moduleId.slice(PREFIX.length + 1).replace(/[^a-z0-9-]+/gi, '-')}`;
}

/** The catalog split into chunks (see the top of this file). */
export function catalogChunks(options: { dataDir: string; translationsDir: string }): Plugin {
  let records: Records | undefined;
  let files: Map<TranslatedLocale, Translations> | undefined;
  const load = () => {
    records ??= readRecords(options.dataDir);
    if (!files) {
      files = new Map();
      for (const locale of LOCALES) {
        if ((AUTHORED_LOCALES as readonly string[]).includes(locale)) continue;
        const l = locale as TranslatedLocale;
        files.set(l, readTranslations(options.translationsDir, l));
      }
    }
    return { records, files };
  };
  const catalogIn = (locale: Locale): Catalog => {
    const { records, files } = load();
    const own = files.get(locale as TranslatedLocale);
    return own ? translated(records, locale as TranslatedLocale, own) : records;
  };
  const module = (path: string): string | undefined => {
    const { records, files } = load();
    const [kind, ...rest] = path.split('/');
    const name = rest.join('/');
    switch (kind) {
      case 'start': {
        if (!isLocale(name)) return undefined;
        // The start page's links lead here: these load without waiting for the record list.
        const next = records.platforms
          .filter((p) => (META_SUMMARY_IDS as readonly string[]).includes(p.id))
          .map((p): [string, string] => [p.id, `platform/${p.id}`]);
        return dataModule(
          startIndex(catalogIn(name)),
          `export const platforms = ${loaders(next)};\n` +
            `export const remedies = () => import(${JSON.stringify(`${PREFIX}folder/remedies`)});\n`,
        );
      }
      case 'services':
        return isLocale(name) ? dataModule(serviceEntries(catalogIn(name), name)) : undefined;
      case 'records':
        return [
          `export const platforms = ${loaders(records.platforms.map((p) => [p.id, `platform/${p.id}`]))};`,
          `export const controllers = ${loaders(records.controllers.map((c) => [c.id, `controller/${c.id}`]))};`,
          ...WHOLE.map(
            (f) => `export const ${f} = () => import(${JSON.stringify(`${PREFIX}folder/${f}`)});`,
          ),
          '',
        ].join('\n');
      case 'platform': {
        const platform = records.platforms.find((p) => p.id === name);
        if (!platform) return undefined;
        const ids = controllersOf(platform).filter((id) =>
          records.controllers.some((c) => c.id === id),
        );
        const imports = ids.map(
          (id, i) =>
            `import { data as c${i} } from ${JSON.stringify(`${PREFIX}controller/${id}`)};\n`,
        );
        // The sources' titles and addresses are a third of a record: they load with the
        // disclosure that shows them; the record names them by id.
        const head =
          `${imports.join('')}export const controllers = [${ids.map((_, i) => `c${i}`).join(', ')}];\n` +
          `export const sourceIds = ${JSON.stringify(platform.sources.map((s) => s.id))};\n` +
          `export const sources = () => import(${JSON.stringify(`${PREFIX}sources/${platform.id}`)});\n`;
        return dataModule({ ...platform, sources: [] }, head);
      }
      case 'sources': {
        const platform = records.platforms.find((p) => p.id === name);
        return platform && dataModule(platform.sources);
      }
      case 'controller': {
        const controller = records.controllers.find((c) => c.id === name);
        return controller && dataModule(controller);
      }
      case 'folder':
        return WHOLE.includes(name as Folder) ? dataModule(records[name as Folder]) : undefined;
      case 'translations': {
        const found = files.get(name as TranslatedLocale);
        if (!found) return undefined;
        const keys = [...found.keys()];
        const entries: [string, string][] = [
          ...keys
            .filter((k) => !WHOLE.some((f) => k.startsWith(`${f}/`)))
            .map((k): [string, string] => [k, `translation/${name}/${k}`]),
          ...WHOLE.filter((f) => keys.some((k) => k.startsWith(`${f}/`))).map(
            (f): [string, string] => [f, `translation/${name}/${f}`],
          ),
        ];
        return `export const data = ${loaders(entries)};\n`;
      }
      case 'translation': {
        const [locale, folder, id] = rest;
        const found = files.get(locale as TranslatedLocale);
        if (!found || folder === undefined) return undefined;
        if (id !== undefined) {
          const file = found.get(`${folder}/${id}`);
          return file && dataModule(file);
        }
        const whole = Object.fromEntries(
          [...found.entries()]
            .filter(([k]) => k.startsWith(`${folder}/`))
            .map(([k, v]) => [k.slice(folder.length + 1), v]),
        );
        return dataModule(whole);
      }
      default:
        return undefined;
    }
  };
  return {
    name: 'widerspruch-catalog-chunks',
    resolveId(id) {
      return id.startsWith(PREFIX) ? `\0${id}` : undefined;
    },
    load(id) {
      if (!id.startsWith(`\0${PREFIX}`)) return undefined;
      const source = module(id.slice(PREFIX.length + 1));
      if (source === undefined) this.error(`no catalog module ${id.slice(1)}`);
      return source;
    },
  };
}
