#!/usr/bin/env node
// Serves the built web app on http://127.0.0.1:8080 (PORT and HOST to change).
import { existsSync } from 'node:fs';

const main = new URL('../dist/main.js', import.meta.url);
if (!existsSync(main)) {
  process.stderr.write(
    'widerspruch: the server is not built yet. Run "npm ci" or "npm run build" first.\n',
  );
  process.exit(1);
}
const { main: run } = await import(main.href);
run();
