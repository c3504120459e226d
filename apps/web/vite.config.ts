import { createHash } from 'node:crypto';
import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join, relative, sep } from 'node:path';
import { fileURLToPath } from 'node:url';
import { brotliCompressSync, constants, gzipSync } from 'node:zlib';
import { defineConfig, type Plugin } from 'vite';
import { catalogChunkName, catalogChunks } from './catalog-chunks.js';

const here = (p: string): string => fileURLToPath(new URL(p, import.meta.url));

function listFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((e) =>
    e.isDirectory() ? listFiles(join(dir, e.name)) : [join(dir, e.name)],
  );
}

/** Copies the DejaVu fonts the PDF letters embed into fonts/ (loaded only for PDFs). */
function pdfFonts(): Plugin {
  return {
    name: 'widerspruch-pdf-fonts',
    apply: 'build',
    generateBundle() {
      const dir = here('../../node_modules/dejavu-fonts-ttf/ttf');
      for (const name of ['DejaVuSans.ttf', 'DejaVuSans-Bold.ttf']) {
        this.emitFile({
          type: 'asset',
          fileName: `fonts/${name}`,
          source: readFileSync(join(dir, name)),
        });
      }
    },
  };
}

/**
 * Writes a Brotli (`.br`) and a gzip (`.gz`) copy next to every compressible file of the
 * build, which the server sends to browsers that accept them (the budget is counted in
 * gzip; the largest catalog chunk, all authorities, is 100 KB as it is and 15 KB as gzip).
 */
function precompress(): Plugin {
  let outDir = '';
  return {
    name: 'widerspruch-precompress',
    apply: 'build',
    configResolved(config) {
      outDir = config.build.outDir.startsWith('/')
        ? config.build.outDir
        : join(config.root, config.build.outDir);
    },
    writeBundle() {
      for (const file of listFiles(outDir)) {
        if (!/\.(?:js|css|html|svg|json|webmanifest|ttf)$/.test(file)) continue;
        const data = readFileSync(file);
        if (data.length < 1024) continue;
        // The best quality costs seconds on the large lazy chunks and fonts for a few %.
        const quality = data.length <= 256 * 1024 ? 11 : 9;
        writeFileSync(
          `${file}.br`,
          brotliCompressSync(data, { params: { [constants.BROTLI_PARAM_QUALITY]: quality } }),
        );
        writeFileSync(`${file}.gz`, gzipSync(data, { level: 9 }));
      }
    },
  };
}

/** Emits sw.js with the list of every file of the build, so the app works offline. */
function serviceWorker(): Plugin {
  return {
    name: 'widerspruch-service-worker',
    apply: 'build',
    generateBundle(_options, bundle) {
      const publicDir = here('./public');
      const publicFiles = listFiles(publicDir).map((f) =>
        relative(publicDir, f).split(sep).join('/'),
      );
      const files = [...Object.keys(bundle), ...publicFiles]
        .filter((f) => !f.endsWith('.map'))
        .sort();
      const precache = ['./', ...files.map((f) => `./${f}`)];
      const hash = createHash('sha256');
      for (const [name, item] of Object.entries(bundle).sort(([a], [b]) => a.localeCompare(b))) {
        hash.update(name);
        hash.update(item.type === 'chunk' ? item.code : item.source);
      }
      const version = hash.digest('hex').slice(0, 16);
      const source = readFileSync(here('./sw/sw-template.js'), 'utf8')
        .replace('__VERSION__', version)
        .replace('__PRECACHE__', JSON.stringify(precache));
      this.emitFile({ type: 'asset', fileName: 'sw.js', source });
    },
  };
}

export default defineConfig({
  base: './',
  resolve: {
    alias: {
      '@widerspruch/export-reader/blob': here('../../packages/export-reader/src/blob-source.ts'),
      '@widerspruch/export-reader/folder': here(
        '../../packages/export-reader/src/folder-source.ts',
      ),
      '@widerspruch/export-reader': here('../../packages/export-reader/src/index.ts'),
      '@widerspruch/catalog/bundled': here('../../packages/catalog/src/bundled.ts'),
      '@widerspruch/catalog/locales': here('../../packages/catalog/src/locales.ts'),
      '@widerspruch/catalog/translations': here('../../packages/catalog/src/translations.ts'),
      '@widerspruch/catalog': here('../../packages/catalog/src/index.ts'),
      '@widerspruch/core/email': here('../../packages/core/src/case/email.ts'),
      '@widerspruch/core/ics': here('../../packages/core/src/render/ics.ts'),
      '@widerspruch/core/pdf': here('../../packages/core/src/letter/pdf.ts'),
      '@widerspruch/core/letters': here('../../packages/core/src/letters.ts'),
      '@widerspruch/core/eml': here('../../packages/core/src/letter/render-eml.ts'),
      '@widerspruch/core': here('../../packages/core/src/index.ts'),
      // The browser build of mimetext (its default export is the Node build).
      mimetext: here('../../node_modules/mimetext/dist/mimetext.browser.es.js'),
    },
  },
  oxc: {
    jsx: { runtime: 'automatic', importSource: 'preact' },
  },
  build: {
    target: 'es2022',
    outDir: 'dist',
    emptyOutDir: true,
    sourcemap: false,
    modulePreload: { polyfill: false },
    rolldownOptions: {
      output: {
        // The catalog's chunks are named after what they hold (`catalog-platform-facebook-….js`).
        chunkFileNames: (chunk) =>
          `assets/${catalogChunkName(chunk.facadeModuleId) ?? '[name]'}-[hash].js`,
      },
    },
    // The lazy PDF chunk is large by nature; the initial load is checked by bench/web-budget.mjs
    // and everything until the start page is complete by bench/first-load.mjs.
    chunkSizeWarningLimit: 700,
  },
  worker: { format: 'es' },
  plugins: [
    catalogChunks({
      dataDir: here('../../packages/catalog/data'),
      translationsDir: here('../../packages/catalog/translations'),
    }),
    pdfFonts(),
    serviceWorker(),
    precompress(),
  ],
});
