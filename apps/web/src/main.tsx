import { render } from 'preact';
import { App } from './app.js';
import { enablePseudoLocale, preferredLocale, storedLocale, switchLocale } from './i18n/i18n.js';
import { startRouter } from './router.js';
import { catalogSettled } from './state/catalog.js';
import { prefetchLikelyNext, startRouteData } from './state/route-data.js';
import { getSetting, initStore } from './state/store.js';
import './styles.css';

async function boot(): Promise<void> {
  startRouter();
  const root = document.getElementById('app');
  if (root === null) return;
  // The browser's language first (no German flash for English readers), then the one the
  // person chose in the app, once the store is open.
  const pseudo = pseudoLocaleWanted();
  await (pseudo ? enablePseudoLocale() : switchLocale(preferredLocale()));
  startRouteData();
  render(<App />, root);
  // A wizard run in progress is restored before the first page shows.
  await initStore(undefined, () => import('./state/wizard-run.js').then((m) => m.resumeWizard()));
  const saved = storedLocale(await getSetting<unknown>('locale'));
  if (saved !== undefined && !pseudo) await switchLocale(saved);
  if ('serviceWorker' in navigator && location.protocol !== 'file:') {
    // The worker stores the whole app for offline use; it starts once the first page and its
    // part of the catalog are in, a few seconds have passed and the browser is idle, so that it
    // competes neither with the first render nor with the first tap (whose page then loads).
    afterFirstPage()
      .then(() => navigator.serviceWorker.register('./sw.js'))
      .then(() => navigator.serviceWorker.ready)
      .then(prefetchLikelyNext)
      .catch(() => {
        // Offline support is an extra; the app works without it.
      });
  }
}

/**
 * Whether a test asked for the pseudo-locale (the e2e suite sets this key; nothing in the app
 * does, so people never see it).
 */
function pseudoLocaleWanted(): boolean {
  try {
    return localStorage.getItem('widerspruch.test.pseudo-locale') === 'on';
  } catch {
    return false;
  }
}

/** How long after the first page the app starts storing itself for offline use. */
const OFFLINE_STORE_DELAY_MS = 3000;

async function afterFirstPage(): Promise<void> {
  if (document.readyState !== 'complete') {
    await new Promise((done) => window.addEventListener('load', done, { once: true }));
  }
  await catalogSettled();
  await new Promise((done) => setTimeout(done, OFFLINE_STORE_DELAY_MS));
  await catalogSettled();
  await new Promise((done) =>
    'requestIdleCallback' in window
      ? requestIdleCallback(done, { timeout: 2000 })
      : setTimeout(done, 200),
  );
}

void boot();
