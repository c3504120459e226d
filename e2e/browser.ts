import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { type Browser, type BrowserContext, chromium } from 'playwright-core';

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

/** Options of a browser profile. */
export interface ProfileOptions {
  locale?: string;
  viewport?: { width: number; height: number };
  /** 'block' keeps the service worker out, so that routes see every request. */
  serviceWorkers?: 'allow' | 'block';
}

/** A browser profile with empty storage, closed (and removed) by `close()`. */
export interface Profile {
  readonly context: BrowserContext;
  close(): Promise<void>;
}

/** A fresh browser profile with its own user-data dir. */
export interface FreshProfile extends Profile {
  /** The running browser; a new one after `restart()`. */
  readonly context: BrowserContext;
  /** Closes the browser and starts it again with the same user-data dir. */
  restart(): Promise<BrowserContext>;
}

/** Fails with a message that says how to install Chromium when it is missing. */
export function requireChromium(): void {
  if (!existsSync(CHROMIUM)) {
    throw new Error(
      `Chromium is missing at ${CHROMIUM}; the end-to-end tests need it. ` +
        "install Debian's chromium: apt-get install -y chromium",
    );
  }
}

function contextOptions(options: ProfileOptions) {
  return {
    locale: options.locale ?? 'de-DE',
    viewport: options.viewport ?? { width: 1280, height: 900 },
    serviceWorkers: options.serviceWorkers ?? 'allow',
  } as const;
}

function launch(dir: string, options: ProfileOptions): Promise<BrowserContext> {
  return chromium.launchPersistentContext(dir, {
    executablePath: CHROMIUM,
    headless: true,
    args: FLAGS,
    ...contextOptions(options),
  });
}

/** Starts Chromium with a new, empty profile. */
export async function freshProfile(options: ProfileOptions = {}): Promise<FreshProfile> {
  requireChromium();
  const dir = mkdtempSync(join(tmpdir(), 'widerspruch-chromium-'));
  let context: BrowserContext;
  try {
    context = await launch(dir, options);
  } catch (error) {
    rmSync(dir, { recursive: true, force: true });
    throw error;
  }
  return {
    get context() {
      return context;
    },
    restart: async () => {
      await context.close();
      context = await launch(dir, options);
      return context;
    },
    close: async () => {
      await context.close();
      rmSync(dir, { recursive: true, force: true });
    },
  };
}

/** One Chromium for many tests, each in a profile of its own. */
export interface SharedBrowser {
  /** A new isolated profile (a browser context with empty storage). */
  profile(options?: ProfileOptions): Promise<Profile>;
  /** Closes Chromium if it was started. */
  close(): Promise<void>;
}

/**
 * Chromium, started on first use and shared: a new context is much cheaper than a new
 * process, and as isolated (its own cookies, storage, service workers and cache). It starts
 * inside a test, not a hook, so that a missing Chromium fails each test with the reason.
 */
export function sharedBrowser(): SharedBrowser {
  let started: Promise<Browser> | undefined;
  return {
    profile: async (options = {}) => {
      requireChromium();
      started ??= chromium.launch({ executablePath: CHROMIUM, headless: true, args: FLAGS });
      const context = await (await started).newContext(contextOptions(options));
      return { context, close: () => context.close() };
    },
    close: async () => {
      if (started) await (await started.catch(() => undefined))?.close();
    },
  };
}
