import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { type BrowserContext, chromium } from 'playwright-core';

/** Debian's Chromium; Playwright's own browser download does not work on our machines. */
export const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';

const FLAGS = [
  '--headless',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
];

/** A fresh browser profile (its own user-data dir), closed and removed by `close()`. */
export interface FreshProfile {
  readonly context: BrowserContext;
  close(): Promise<void>;
}

/** Starts Chromium with a new, empty profile. */
export async function freshProfile(
  options: { locale?: string; viewport?: { width: number; height: number } } = {},
): Promise<FreshProfile> {
  const dir = mkdtempSync(join(tmpdir(), 'widerspruch-chromium-'));
  const context = await chromium.launchPersistentContext(dir, {
    executablePath: CHROMIUM,
    headless: true,
    args: FLAGS,
    locale: options.locale ?? 'de-DE',
    viewport: options.viewport ?? { width: 1280, height: 900 },
    serviceWorkers: 'allow',
  });
  return {
    context,
    close: async () => {
      await context.close();
      rmSync(dir, { recursive: true, force: true });
    },
  };
}
