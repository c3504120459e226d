import { existsSync } from 'node:fs';
import { serveStatic } from '@hono/node-server/serve-static';
import { Hono } from 'hono';
import { SECURITY_HEADERS } from './security-headers.js';

/** Options of the web server. */
export interface ServerOptions {
  /** The built web app (apps/web/dist). */
  readonly root: string;
}

/**
 * The HTTP app: serves the built web app with strict security headers. Hashed assets are
 * cached for a year; everything else is revalidated so that updates arrive.
 */
export function createApp(options: ServerOptions): Hono {
  if (!existsSync(options.root)) {
    throw new Error(`The web app is not built (${options.root} is missing). Run "npm run build".`);
  }
  const app = new Hono();
  app.use('*', async (c, next) => {
    await next();
    for (const [name, value] of Object.entries(SECURITY_HEADERS)) c.header(name, value);
    const path = new URL(c.req.url).pathname;
    c.header(
      'Cache-Control',
      path.startsWith('/assets/') ? 'public, max-age=31536000, immutable' : 'no-cache',
    );
    if (path.endsWith('.webmanifest')) c.header('Content-Type', 'application/manifest+json');
  });
  // Only files are served: another method is answered 405 with the methods that work.
  app.use('*', async (c, next) => {
    if (c.req.method === 'GET' || c.req.method === 'HEAD') return next();
    c.header('Allow', 'GET, HEAD');
    return c.text('Method not allowed', 405);
  });
  // Brotli or gzip copies written by the build are sent where the browser accepts them.
  app.use('*', serveStatic({ root: options.root, precompressed: true }));
  app.notFound((c) => c.text('Not found', 404));
  return app;
}
