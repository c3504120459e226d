// Adding a language needs new files plus one line in the locale registry, and the compiler
// or `catalog check` names everything still missing. This test shows it on a copy of the
// sources: it adds a language "xx" to LOCALES, regenerates the catalog modules, type-checks
// the packages, the CLI and the web app, and runs the translation check on the copy.
// Slow (two type-checks of the whole code base, about 10–30 s): it runs in the vitest
// project "integration", `npx vitest run --project integration`.
import { spawnSync } from 'node:child_process';
import {
  cpSync,
  existsSync,
  mkdirSync,
  mkdtempSync,
  readFileSync,
  rmSync,
  writeFileSync,
} from 'node:fs';
import { dirname, join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

const repo = join(dirname(fileURLToPath(import.meta.url)), '..', '..', '..');
const packages = ['packages/catalog', 'packages/core', 'packages/export-reader', 'apps/cli'];
let copy = '';

/** One compiler error: file (relative to the copy), code and message. */
interface TscError {
  readonly file: string;
  readonly code: string;
  readonly message: string;
}

function tsc(project: string): { status: number | null; errors: TscError[] } {
  const bin = join(repo, 'node_modules', 'typescript', 'bin', 'tsc');
  const run = spawnSync(process.execPath, [bin, '-p', project, '--pretty', 'false'], {
    cwd: copy,
    encoding: 'utf8',
  });
  const errors = run.stdout
    .split('\n')
    .map((line) => line.match(/^(.+?)\(\d+,\d+\): error (TS\d+): (.*)$/))
    .filter((m) => m !== null)
    .map((m) => ({
      file: relative(copy, join(copy, m[1]!)),
      code: m[2]!,
      message: m[3]!,
    }));
  return { status: run.status, errors };
}

/** `paths` that point every package entry (`@widerspruch/core/letters` …) at the copy's sources. */
function sourcePaths(): Record<string, string[]> {
  const paths: Record<string, string[]> = {};
  for (const pkg of packages) {
    const json = JSON.parse(readFileSync(join(repo, pkg, 'package.json'), 'utf8'));
    for (const [key, value] of Object.entries<{ types?: string } | string>(json.exports ?? {})) {
      const types = typeof value === 'string' ? undefined : value.types;
      if (!types?.startsWith('./dist/')) continue;
      const source = types.replace(/^\.\/dist\//, `./${pkg}/src/`).replace(/\.d\.ts$/, '.ts');
      paths[json.name + key.slice(1)] = [source];
    }
  }
  return paths;
}

beforeAll(() => {
  mkdirSync(join(repo, '.tmp'), { recursive: true });
  // Inside the repository, so that the copy resolves its dependencies from node_modules.
  copy = mkdtempSync(join(repo, '.tmp', 'new-locale-'));
  // The catalog's generated modules are made again below, from the changed registry.
  const catalogGenerated = join(repo, 'packages/catalog/src/generated');
  const skip = (src: string) =>
    !/[/\\](dist|node_modules)([/\\]|$)/.test(src) && !src.startsWith(catalogGenerated);
  for (const dir of [...packages, 'apps/web'])
    cpSync(join(repo, dir), join(copy, dir), { recursive: true, filter: skip });
  cpSync(join(repo, 'tsconfig.base.json'), join(copy, 'tsconfig.base.json'));

  // The one line a new language needs in the registry.
  const registry = join(copy, 'packages/catalog/src/locales.ts');
  const source = readFileSync(registry, 'utf8');
  const added = source.replace(
    "export const LOCALES = ['de', 'en', 'fr', 'es', 'it', 'nl', 'pl'] as const;",
    "export const LOCALES = ['de', 'en', 'fr', 'es', 'it', 'nl', 'pl', 'xx'] as const;",
  );
  if (added === source) throw new Error('LOCALES in locales.ts no longer has the expected form');
  writeFileSync(registry, added);

  const build = spawnSync(
    process.execPath,
    [join(copy, 'packages/catalog/scripts/build-catalog.mjs')],
    {
      encoding: 'utf8',
    },
  );
  if (build.status !== 0) throw new Error(`build-catalog failed: ${build.stderr}`);
  writeFileSync(
    join(copy, 'tsconfig.check.json'),
    JSON.stringify({
      extends: './tsconfig.base.json',
      compilerOptions: {
        noEmit: true,
        composite: false,
        declaration: false,
        declarationMap: false,
        types: ['node'],
        paths: sourcePaths(),
      },
      include: packages.map((p) => `${p}/src`),
      exclude: ['**/*.test.ts'],
    }),
  );
}, 60_000);

afterAll(() => {
  if (copy) rmSync(copy, { recursive: true, force: true });
});

describe('adding a language', () => {
  it('generates its catalog translation module from the registry alone', () => {
    expect(existsSync(join(copy, 'packages/catalog/src/generated/translations-xx.ts'))).toBe(true);
    const loaders = readFileSync(
      join(copy, 'packages/catalog/src/generated/translation-loaders.ts'),
      'utf8',
    );
    expect(loaders).toContain(
      "xx: async () => (await import('./translations-xx.js')).translations",
    );
  });

  it('makes the compiler name every place that still needs the language, and only those', () => {
    const packagesCheck = tsc(join(copy, 'tsconfig.check.json'));
    const webCheck = tsc(join(copy, 'apps/web/tsconfig.json'));
    const errors = [...packagesCheck.errors, ...webCheck.errors];
    const report = errors.map((e) => `${e.file}: ${e.code} ${e.message}`).join('\n');
    if (process.env.NEW_LOCALE_REPORT) writeFileSync(process.env.NEW_LOCALE_REPORT, report);
    expect(packagesCheck.status, report).not.toBe(0);
    // The registry itself: the new language needs its name and Intl tag.
    expect(errors).toContainEqual(
      expect.objectContaining({
        file: 'packages/catalog/src/locales.ts',
        message: expect.stringContaining("'xx'"),
      }),
    );
    // Every error is about the missing language, none about something else breaking.
    for (const error of errors) expect(error.message, report).toMatch(/xx/);
    if (process.env.SHOW_LOCALE_ERRORS) console.log(report);
  }, 120_000);

  it('makes catalog check report every catalog text as missing in the language', () => {
    const script = join(copy, 'report.ts');
    writeFileSync(
      script,
      [
        "import { readdirSync, readFileSync } from 'node:fs';",
        "import { join, relative } from 'node:path';",
        "import { checkTranslations } from './packages/catalog/src/translation-check.ts';",
        'const read = (dir: string) =>',
        '  (readdirSync(dir, { recursive: true }) as string[])',
        "    .filter((f) => f.endsWith('.json'))",
        "    .map((f) => ({ file: f.split('\\\\').join('/'), data: JSON.parse(readFileSync(join(dir, f), 'utf8')) }));",
        `const root = ${JSON.stringify(join(copy, 'packages/catalog'))};`,
        "const result = checkTranslations(read(join(root, 'data')), read(join(root, 'translations')));",
        'console.log(JSON.stringify(result.locales.map((r) => ({ locale: r.locale, texts: r.texts, translated: r.translated, missing: r.missing.length }))));',
      ].join('\n'),
    );
    const tsx = join(repo, 'node_modules', 'tsx', 'dist', 'cli.mjs');
    const run = spawnSync(process.execPath, [tsx, script], { cwd: copy, encoding: 'utf8' });
    expect(run.stderr).toBe('');
    const reports: { locale: string; texts: number; translated: number; missing: number }[] =
      JSON.parse(run.stdout);
    const xx = reports.find((r) => r.locale === 'xx');
    expect(xx).toBeDefined();
    expect(xx!.texts).toBeGreaterThan(0);
    expect(xx).toMatchObject({ translated: 0, missing: xx!.texts });
    expect(reports.find((r) => r.locale === 'fr')!.translated).toBeGreaterThan(0);
  }, 60_000);
});
