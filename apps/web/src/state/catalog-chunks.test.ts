import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { bundledCatalog } from '@widerspruch/catalog/bundled';
import { afterAll, describe, expect, it } from 'vitest';
import { textHash } from '../../../../packages/catalog/src/translations.js';
import { catalogChunkName, catalogChunks } from '../../catalog-chunks.js';
import { serviceEntries, startIndex } from './catalog-index.js';

const dataDir = fileURLToPath(new URL('../../../../packages/catalog/data', import.meta.url));
const translationsDir = mkdtempSync(join(tmpdir(), 'widerspruch-translations-'));
afterAll(() => rmSync(translationsDir, { recursive: true, force: true }));

const catalog = bundledCatalog();
const facebook = catalog.platforms.find((p) => p.id === 'facebook');
const headline = facebook?.aiTraining.headline?.en ?? '';
mkdirSync(join(translationsDir, 'fr', 'platforms'), { recursive: true });
writeFileSync(
  join(translationsDir, 'fr', 'platforms', 'facebook.json'),
  JSON.stringify({
    'aiTraining/headline': {
      text: 'contenus publics',
      source: textHash(headline),
      reviewed: false,
    },
  }),
);

/** The source of a catalog module, as the build gets it. */
function source(id: string, dir = translationsDir): string {
  const plugin = catalogChunks({ dataDir, translationsDir: dir });
  const load = plugin.load as (this: unknown, id: string) => string;
  const resolved = (plugin.resolveId as (id: string) => string | undefined)(id);
  if (resolved === undefined) throw new Error(`not a catalog module: ${id}`);
  return load.call(
    {
      error: (message: string) => {
        throw new Error(message);
      },
    },
    resolved,
  );
}

/** The `data` a module without imports exports. */
async function data(id: string, dir?: string): Promise<unknown> {
  const code = source(id, dir);
  const module = await import(`data:text/javascript,${encodeURIComponent(code)}`);
  return module.data;
}

describe('catalogChunks', () => {
  it('writes the start index and the service list of a language', async () => {
    expect(await data('virtual:catalog/start/de')).toEqual(startIndex(catalog));
    expect(await data('virtual:catalog/services/en')).toEqual(serviceEntries(catalog, 'en'));
  });

  it('merges a current translation into that language only', async () => {
    const fr = (await data('virtual:catalog/services/fr')) as { id: string; headline?: unknown }[];
    expect(fr.find((s) => s.id === 'facebook')?.headline).toEqual({
      text: 'contenus publics',
      lang: 'fr',
    });
    const es = (await data('virtual:catalog/services/es')) as { id: string; headline?: unknown }[];
    expect(es.find((s) => s.id === 'facebook')?.headline).toEqual({ text: headline, lang: 'en' });
  });

  it('lists the translation files of a language and finds none where there is no folder', () => {
    expect(source('virtual:catalog/translations/fr')).toContain(
      '"platforms/facebook": () => import("virtual:catalog/translation/fr/platforms/facebook")',
    );
    expect(source('virtual:catalog/translations/fr', join(translationsDir, 'none'))).toBe(
      'export const data = {};\n',
    );
  });

  it("makes a platform's chunk import its controllers' chunks", async () => {
    const code = source('virtual:catalog/platform/facebook');
    expect(code).toContain(
      'import { data as c0 } from "virtual:catalog/controller/meta-platforms-ireland";',
    );
    expect(code).toContain('export const controllers = [c0];');
    expect(await data('virtual:catalog/controller/meta-platforms-ireland')).toEqual(
      catalog.controllers.find((c) => c.id === 'meta-platforms-ireland'),
    );
    expect(await data('virtual:catalog/folder/authorities')).toEqual(catalog.authorities);
  });

  it("leaves a platform's sources out of its chunk, naming them by id, in a chunk of their own", async () => {
    const record = catalog.platforms.find((p) => p.id === 'facebook');
    if (!record) throw new Error('no facebook record');
    const code = source('virtual:catalog/platform/facebook');
    expect(code).toContain(
      `export const sourceIds = ${JSON.stringify(record.sources.map((s) => s.id))};`,
    );
    expect(code).toContain(
      'export const sources = () => import("virtual:catalog/sources/facebook");',
    );
    for (const s of record.sources) expect(code).not.toContain(s.url);
    expect(await data('virtual:catalog/sources/facebook')).toEqual(record.sources);
    expect(() => source('virtual:catalog/sources/nope')).toThrow(/no catalog module/);
  });

  it('refuses a module the catalog does not have', () => {
    expect(() => source('virtual:catalog/platform/nope')).toThrow(/no catalog module/);
    expect(() => source('virtual:catalog/start/xx')).toThrow(/no catalog module/);
  });

  it('names chunks after what they hold', () => {
    expect(catalogChunkName('\0virtual:catalog/platform/facebook')).toBe(
      'catalog-platform-facebook',
    );
    expect(catalogChunkName('/src/main.tsx')).toBeUndefined();
  });
});
