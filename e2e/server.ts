import type { AddressInfo } from 'node:net';
import { join } from 'node:path';
import { serve } from '@hono/node-server';
import { createApp } from '../apps/server/src/app.js';

/** The built web app served on 127.0.0.1 at a free port. */
export interface TestServer {
  readonly url: string;
  close(): Promise<void>;
}

/** Serves apps/web/dist (run `npm run build` first). */
export function startServer(): Promise<TestServer> {
  const app = createApp({ root: join(import.meta.dirname, '..', 'apps', 'web', 'dist') });
  return new Promise((resolve) => {
    const server = serve(
      { fetch: app.fetch, port: 0, hostname: '127.0.0.1' },
      (info: AddressInfo) => {
        resolve({
          url: `http://127.0.0.1:${info.port}/`,
          close: () => new Promise((done) => server.close(() => done())),
        });
      },
    );
  });
}
