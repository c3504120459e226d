// Module hooks that append the URL of every file module a process loads to the file named
// by LOADED_LOG. Registered by `node --import <this folder>/register.mjs`.
import { appendFileSync } from 'node:fs';

export async function load(url, context, next) {
  if (url.startsWith('file:') && process.env.LOADED_LOG) {
    appendFileSync(process.env.LOADED_LOG, `${url}\n`);
  }
  return next(url, context);
}
