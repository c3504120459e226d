import { LOCALE_INFO, LOCALES } from '@widerspruch/catalog';
import type { ComponentChildren, ComponentType } from 'preact';
import { useEffect, useState } from 'preact/hooks';
import {
  loadCoreTextNow,
  loadPageMessages,
  locale,
  type MessageLoaders,
  storedLocale,
  switchLocale,
  t,
  useCoreText,
} from './i18n/i18n.js';
import { EnglishNote } from './i18n/local-text.js';
import {
  DATA_MESSAGES,
  LETTER_MESSAGES,
  META_MESSAGES,
  REMEDIES_MESSAGES,
  SCAN_MESSAGES,
} from './i18n/page-messages.js';
import { CasesPage } from './pages/cases.js';
import { NotFoundPage } from './pages/not-found.js';
import { StartPage } from './pages/start.js';
import { WizardPage } from './pages/wizard.js';
import { hrefOf, type Route, route } from './router.js';
import { putSetting, ready, storageError } from './state/store.js';

const NAV: readonly {
  page: Route['page'];
  key: 'nav.start' | 'nav.wizard' | 'nav.cases' | 'nav.scan' | 'nav.data';
}[] = [
  { page: 'start', key: 'nav.start' },
  { page: 'wizard', key: 'nav.wizard' },
  { page: 'cases', key: 'nav.cases' },
  { page: 'scan', key: 'nav.scan' },
  { page: 'data', key: 'nav.data' },
];

/** The app shell: header with navigation and language switch, the page, the footer. */
export function App() {
  const current = route.value.page;
  return (
    <>
      <a class="skip-link" href="#main">
        {t('nav.skip')}
      </a>
      <header class="site-header">
        <div class="wrap header-row">
          <a class="brand" href={hrefOf('start')}>
            {t('app.name')}
          </a>
          <LanguageMenu />
        </div>
        <nav class="wrap" aria-label={t('nav.main')}>
          <ul class="nav">
            {NAV.map((item) => (
              <li key={item.page}>
                <a
                  href={hrefOf(item.page)}
                  aria-current={
                    current === item.page ||
                    (current === 'case' && item.page === 'cases') ||
                    ((current === 'guide' || current === 'meta') && item.page === 'wizard')
                      ? 'page'
                      : undefined
                  }
                >
                  {t(item.key)}
                </a>
              </li>
            ))}
          </ul>
        </nav>
      </header>
      <main id="main" class="wrap" tabIndex={-1}>
        <EnglishNote within={mainElement} />
        <Page />
      </main>
      <footer class="site-footer">
        <div class="wrap">{t('footer.text')}</div>
      </footer>
    </>
  );
}

function Page() {
  if (!ready.value) return <p role="status">{t('loading')}</p>;
  if (storageError.value !== undefined) {
    return (
      <Problem title={t('error.title')}>
        <p>{t('error.storage')}</p>
      </Problem>
    );
  }
  const page = route.value.page;
  // The wizard and "My objections" word things with core's texts: they wait for them (the
  // pages loaded on demand load them beside their code, below).
  if ((page === 'wizard' || page === 'cases') && !useCoreText()) {
    return <p role="status">{t('loading')}</p>;
  }
  switch (page) {
    case 'start':
      return <StartPage />;
    case 'meta':
      return <Lazy page={PAGES.meta} props={{}} />;
    case 'wizard':
      return <WizardPage />;
    case 'cases':
      return <CasesPage />;
    case 'data':
      return <Lazy page={PAGES.data} props={{}} />;
    case 'scan':
      return <Lazy page={PAGES.scan} props={{}} />;
    case 'case':
      return <Lazy page={PAGES.case} props={{ id: route.value.id }} />;
    case 'guide':
      return <Lazy page={PAGES.guide} props={{ platform: route.value.platform }} />;
    case 'remedies':
      return <Lazy page={PAGES.remedies} props={{ platform: route.value.platform }} />;
    default:
      return <NotFoundPage />;
  }
}

/** A page whose code loads on demand; once loaded, it renders at once on later visits. */
interface LazyPage<P> {
  load: () => Promise<ComponentType<P>>;
  /** The load under way (started by the first render that shows the page). */
  loading?: Promise<ComponentType<P>>;
  loaded?: ComponentType<P>;
}

/** Starts loading a page's code once; a failed load is tried again next time. */
function loadPage<P>(page: LazyPage<P>): Promise<ComponentType<P>> {
  page.loading ??= page.load().then(
    (component) => {
      page.loaded = component;
      return component;
    },
    (error: unknown) => {
      delete page.loading;
      throw error;
    },
  );
  return page.loading;
}

function lazyPage<P>(load: () => Promise<ComponentType<P>>): LazyPage<P> {
  return { load };
}

// The start page, the wizard and "My objections" are in the first load; the other pages
// (Facebook and Instagram in one minute, the export scan with the ZIP reader's page code, a case with its letters and evidence,
// the data page, the guide) load when they are opened.
// A page that brings its own messages loads them, in the current language only, with its code.
const PAGES = {
  scan: lazyPage(() =>
    withMessages([SCAN_MESSAGES], import('./pages/scan.js')).then((m) => m.ScanPage),
  ),
  meta: lazyPage(() =>
    withMessages([META_MESSAGES], import('./pages/meta.js')).then((m) => m.MetaPage),
  ),
  case: lazyPage<{ id: string }>(() =>
    withMessages([LETTER_MESSAGES, META_MESSAGES], import('./pages/case.js')).then(
      (m) => m.CasePage,
    ),
  ),
  data: lazyPage(() =>
    withMessages([DATA_MESSAGES], import('./pages/data.js')).then((m) => m.DataPage),
  ),
  guide: lazyPage<{ platform: string }>(() =>
    withMessages([META_MESSAGES], import('./pages/guide.js')).then((m) => m.GuidePage),
  ),
  remedies: lazyPage<{ platform: string }>(() =>
    withMessages([REMEDIES_MESSAGES], import('./pages/remedies.js')).then((m) => m.RemediesPage),
  ),
};

/** A page's code with its messages and core's wording, all three loading at once. */
async function withMessages<M>(files: readonly MessageLoaders[], page: Promise<M>): Promise<M> {
  const [module] = await Promise.all([
    page,
    loadCoreTextNow(),
    ...files.map((f) => loadPageMessages(f)),
  ]);
  return module;
}

function Lazy<P extends object>({ page, props }: { page: LazyPage<P>; props: P }) {
  // Re-rendered when a page's code arrives (the same instance may show another page next).
  const [, rendered] = useState(0);
  const [failed, setFailed] = useState<LazyPage<P> | undefined>();
  // Started while rendering, not in an effect: effects run after the next frame, and the
  // page's code, messages and wording should be on their way at once.
  const Component = page.loaded;
  if (!Component && failed !== page) void loadPage(page).catch(() => undefined);
  useEffect(() => {
    // Rendered with the code: nothing to wait for. Else it may have arrived since this render
    // (effects run a frame later), and the promise, settled or not, brings the next render.
    if (Component) return;
    loadPage(page).then(
      () => rendered((n) => n + 1),
      // Its file is missing (say, an old tab after an update) or the device is offline
      // before the app was stored: said, with the way out, instead of loading for ever.
      () => setFailed(page),
    );
  }, [page, Component]);
  if (Component) return <Component {...props} />;
  if (failed === page) {
    return (
      <Problem title={t('error.title')}>
        <p>{t('error.pageLoad')}</p>
        <p>
          <button type="button" class="button button-primary" onClick={() => location.reload()}>
            {t('error.reload')}
          </button>
        </p>
      </Problem>
    );
  }
  return <p role="status">{t('loading')}</p>;
}

function Problem({ title, children }: { title: string; children: ComponentChildren }) {
  return (
    <section class="problem" role="alert">
      <h1>{title}</h1>
      {children}
    </section>
  );
}

function mainElement(): Element | null {
  return document.getElementById('main');
}

/** The language menu: every language in its own name; the choice is kept across visits. */
function LanguageMenu() {
  const choose = (event: Event) => {
    const chosen = storedLocale((event.currentTarget as HTMLSelectElement).value);
    if (chosen === undefined) return;
    void switchLocale(chosen);
    void putSetting('locale', chosen);
  };
  return (
    <label class="lang-menu">
      <span class="visually-hidden">{t('lang.label')}</span>
      <select class="lang-menu-select" value={locale.value} onChange={choose}>
        {LOCALES.map((l) => (
          <option key={l} value={l} lang={l}>
            {LOCALE_INFO[l].name}
          </option>
        ))}
      </select>
    </label>
  );
}
