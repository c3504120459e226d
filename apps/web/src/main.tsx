import { render } from 'preact';
import { App } from './app.js';
import { enablePseudoLocale, preferredLocale, storedLocale, switchLocale } from './i18n/i18n.js';
import { startRouter } from './router.js';
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
  render(<App />, root);
  // A wizard run in progress is restored before the first page shows.
  await initStore(undefined, () => import('./state/wizard-run.js').then((m) => m.resumeWizard()));
  const saved = storedLocale(await getSetting<unknown>('locale'));
  if (saved !== undefined && !pseudo) await switchLocale(saved);
  if ('serviceWorker' in navigator && location.protocol !== 'file:') {
    navigator.serviceWorker.register('./sw.js').catch(() => {
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

void boot();
