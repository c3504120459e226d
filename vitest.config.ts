import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vitest/config';

const src = (p: string): string => fileURLToPath(new URL(p, import.meta.url));

const alias = {
  '@widerspruch/catalog/bundled': src('./packages/catalog/src/bundled.ts'),
  '@widerspruch/catalog/locales': src('./packages/catalog/src/locales.ts'),
  '@widerspruch/catalog/testing': src('./packages/catalog/src/testing/fixtures.ts'),
  '@widerspruch/catalog': src('./packages/catalog/src/index.ts'),
  '@widerspruch/core/all-texts': src('./packages/core/src/text/all-texts.ts'),
  '@widerspruch/core/closest': src('./packages/core/src/util/closest.ts'),
  '@widerspruch/core/date-text': src('./packages/core/src/util/date-text.ts'),
  '@widerspruch/core/eml': src('./packages/core/src/letter/render-eml.ts'),
  '@widerspruch/core/letters': src('./packages/core/src/letters.ts'),
  '@widerspruch/core/email': src('./packages/core/src/case/email.ts'),
  '@widerspruch/core/ics': src('./packages/core/src/render/ics.ts'),
  '@widerspruch/core/pdf': src('./packages/core/src/letter/pdf.ts'),
  '@widerspruch/core/terminal': src('./packages/core/src/util/terminal-text.ts'),
  '@widerspruch/core/testing': src('./packages/core/src/testing/repository-contract.ts'),
  '@widerspruch/core': src('./packages/core/src/index.ts'),
  '@widerspruch/export-reader/testing': src('./packages/export-reader/test/index.ts'),
  '@widerspruch/export-reader/blob': src('./packages/export-reader/src/blob-source.ts'),
  '@widerspruch/export-reader/folder': src('./packages/export-reader/src/folder-source.ts'),
  '@widerspruch/export-reader': src('./packages/export-reader/src/index.ts'),
};

export default defineConfig({
  test: {
    // CI also writes a JSON report that .ci/run reads for its "N passed, N failed" line.
    reporters: process.env.CI
      ? ['default', ['json', { outputFile: '.tmp/vitest-report.json' }]]
      : ['default'],
    projects: [
      {
        resolve: { alias },
        test: {
          name: 'unit',
          // Core's and the CLI's wording in every language (the web app and the CLI load only
          // the language they show; apps/cli/test/startup.test.ts checks that on the built CLI).
          setupFiles: ['packages/core/src/text/all-texts.ts', 'apps/cli/test/all-cli-texts.ts'],
          include: [
            'packages/*/src/**/*.test.ts',
            'apps/*/src/**/*.test.ts',
            'apps/*/test/**/*.test.ts',
          ],
          exclude: ['**/*.integration.test.ts', '**/node_modules/**'],
          pool: 'threads',
          sequence: { groupOrder: 0 },
        },
      },
      {
        // Slow tests over a copy of the sources (e.g. type-checking it with a new language);
        // run with `npx vitest run --project integration`.
        resolve: { alias },
        test: {
          name: 'integration',
          include: ['packages/*/src/**/*.integration.test.ts'],
          sequence: { groupOrder: 0 },
          pool: 'forks',
          testTimeout: 120_000,
          hookTimeout: 120_000,
        },
      },
      {
        // The built web app (run `npm run build` first) in Debian's Chromium; see e2e/.
        resolve: { alias },
        test: {
          name: 'e2e',
          setupFiles: ['packages/core/src/text/all-texts.ts'],
          include: ['e2e/**/*.e2e.test.ts'],
          // After the unit tests (groupOrder), two files at a time; files share one module
          // cache (isolate: false) so that Playwright and axe are loaded once per worker.
          sequence: { groupOrder: 1 },
          pool: 'forks',
          maxWorkers: 2,
          isolate: false,
          testTimeout: 60_000,
          hookTimeout: 60_000,
        },
      },
    ],
  },
});
