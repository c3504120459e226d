import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { serve } from '@hono/node-server';
import { createApp } from './app.js';

/** Starts the server on 127.0.0.1 (PORT, default 8080) and prints its address. */
export function main(): void {
  const raw = process.env.PORT ?? '8080';
  const port = Number(raw);
  if (!Number.isInteger(port) || port < 0 || port > 65535) {
    process.stderr.write(`widerspruch: PORT must be a number from 0 to 65535, not "${raw}".\n`);
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
