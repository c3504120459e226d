// Per-file set-up for the browser tests: the app server, the shared browser and a temporary
// folder, each started before a file's tests and closed after them.
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll } from 'vitest';
import { type SharedBrowser, sharedBrowser } from './browser.js';
import { startServer, type TestServer } from './server.js';

/** The built app served for this file's tests; `url` is there once the tests run. */
export function useServer(): { readonly url: string } {
  let server: TestServer | undefined;
  beforeAll(async () => {
    server = await startServer();
  });
  afterAll(async () => {
    await server?.close();
  });
  return {
    get url() {
      if (!server) throw new Error('the test server starts before the tests');
      return server.url;
    },
  };
}

/** The shared Chromium of this file (started on first use), closed after its tests. */
export function useBrowser(): SharedBrowser {
  const browser = sharedBrowser();
  afterAll(() => browser.close());
  return browser;
}

/** A temporary folder for this file's tests, removed after them; `path` is there then. */
export function useTempDir(prefix: string): { readonly path: string } {
  let dir: string | undefined;
  beforeAll(async () => {
    dir = await mkdtemp(join(tmpdir(), prefix));
  });
  afterAll(async () => {
    if (dir) await rm(dir, { recursive: true, force: true });
  });
  return {
    get path() {
      if (!dir) throw new Error('the temporary folder is made before the tests');
      return dir;
    },
  };
}
