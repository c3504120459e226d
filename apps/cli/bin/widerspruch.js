#!/usr/bin/env node
// Entry point of the `widerspruch` command. The TypeScript sources in ../src are built to
// ../dist by `npm ci` (the root package's prepare script) or `npm run build`.
import { existsSync } from 'node:fs';

const main = new URL('../dist/main.js', import.meta.url);
if (!existsSync(main)) {
  process.stderr.write(
    'widerspruch: the command is not built yet. Run "npm ci" or "npm run build" in the repository first.\n',
  );
  process.exit(1);
}
const { runCli } = await import(main.href);
process.exitCode = await runCli(process.argv.slice(2));
