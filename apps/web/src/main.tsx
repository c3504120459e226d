import { render } from 'preact';
import { App } from './app.js';
import { locale, type UiLocale } from './i18n/i18n.js';
import { startRouter } from './router.js';
import { getSetting, initStore } from './state/store.js';
import './styles.css';

async function boot(): Promise<void> {
  startRouter();
  const root = document.getElementById('app');
  if (root === null) return;
  render(<App />, root);
  await initStore();
  const saved = await getSetting<UiLocale>('locale');
  if (saved === 'de' || saved === 'en') locale.value = saved;
  document.documentElement.lang = locale.value;
  if ('serviceWorker' in navigator && location.protocol !== 'file:') {
    navigator.serviceWorker.register('./sw.js').catch(() => {
      // Offline support is an extra; the app works without it.
    });
  }
}

void boot();
