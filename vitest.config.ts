import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vitest/config';

const src = (p: string): string => fileURLToPath(new URL(p, import.meta.url));

export default defineConfig({
  resolve: {
    alias: {
      '@widerspruch/catalog/bundled': src('./packages/catalog/src/bundled.ts'),
      '@widerspruch/catalog/testing': src('./packages/catalog/src/testing/fixtures.ts'),
      '@widerspruch/catalog': src('./packages/catalog/src/index.ts'),
      '@widerspruch/core': src('./packages/core/src/index.ts'),
    },
  },
  test: {
    include: ['packages/*/src/**/*.test.ts', 'apps/*/src/**/*.test.ts', 'apps/*/test/**/*.test.ts'],
    pool: 'threads',
    // CI also writes a JSON report that .ci/run reads for its "N passed, N failed" line.
    reporters: process.env.CI
      ? ['default', ['json', { outputFile: '.tmp/vitest-report.json' }]]
      : ['default'],
  },
});
