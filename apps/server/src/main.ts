import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { serve } from '@hono/node-server';
import { createApp } from './app.js';

/**
 * The port from the environment variable PORT: unset means 8080; anything but a whole number
 * from 1 to 65535 (an empty value, 0 for "any port", text) is an error message.
 */
export function parsePort(raw: string | undefined): number | { error: string } {
  if (raw === undefined) return 8080;
  const port = /^\s*\d+\s*$/.test(raw) ? Number(raw) : Number.NaN;
  if (Number.isInteger(port) && port >= 1 && port <= 65535) return port;
  return {
    error: `PORT must be a number from 1 to 65535, not "${raw}". Leave it unset for 8080.`,
  };
}

/** Starts the server on 127.0.0.1 (PORT, default 8080) and prints its address. */
export function main(): void {
  const port = parsePort(process.env.PORT);
  if (typeof port !== 'number') {
    process.stderr.write(`widerspruch: ${port.error}\n`);
    process.exit(2);
  }
  const hostname = process.env.HOST ?? '127.0.0.1';
  const root = join(dirname(fileURLToPath(import.meta.url)), '..', '..', 'web', 'dist');
  let app: ReturnType<typeof createApp>;
  try {
    app = createApp({ root });
  } catch (error) {
    process.stderr.write(`widerspruch: ${(error as Error).message}\n`);
    process.exit(1);
  }
  const server = serve({ fetch: app.fetch, port, hostname }, (info) => {
    process.stdout.write(`Widerspruch läuft / is running: http://${hostname}:${info.port}/\n`);
  });
  server.on('error', (error: NodeJS.ErrnoException) => {
    const hint =
      error.code === 'EADDRINUSE'
        ? `Port ${port} is in use. Start with another port, e.g. PORT=8081 npm start.`
        : error.message;
    process.stderr.write(`widerspruch: ${hint}\n`);
    process.exit(1);
  });
  const stop = () => server.close(() => process.exit(0));
  process.on('SIGINT', stop);
  process.on('SIGTERM', stop);
}
