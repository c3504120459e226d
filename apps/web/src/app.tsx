import type { ComponentChildren, ComponentType } from 'preact';
import { useEffect, useState } from 'preact/hooks';
import { locale, switchLocale, t } from './i18n/i18n.js';
import { CasePage } from './pages/case.js';
import { CasesPage } from './pages/cases.js';
import { DataPage } from './pages/data.js';
import { GuidePage } from './pages/guide.js';
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
          <LanguageSwitch />
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
                    (current === 'guide' && item.page === 'wizard')
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
  switch (route.value.page) {
    case 'start':
      return <StartPage />;
    case 'wizard':
      return <WizardPage />;
    case 'cases':
      return <CasesPage />;
    case 'data':
      return <DataPage />;
    case 'scan':
      return <LazyScanPage />;
    case 'case':
      return <CasePage id={route.value.id} />;
    case 'guide':
      return <GuidePage platform={route.value.platform} />;
    default:
      return <NotFoundPage />;
  }
}

/** The export scan page loads on demand (it brings the ZIP reader's page code). */
function LazyScanPage() {
  const [Page, setPage] = useState<ComponentType | undefined>();
  useEffect(() => {
    void import('./pages/scan.js').then((m) => setPage(() => m.ScanPage));
  }, []);
  return Page ? <Page /> : <p role="status">{t('loading')}</p>;
}

function Problem({ title, children }: { title: string; children: ComponentChildren }) {
  return (
    <section class="problem" role="alert">
      <h1>{title}</h1>
      {children}
    </section>
  );
}

function LanguageSwitch() {
  const other = locale.value === 'de' ? 'en' : 'de';
  return (
    <button
      type="button"
      class="lang-switch"
      lang={other}
      aria-label={t('lang.switchLabel')}
      onClick={() => {
        void switchLocale(other);
        void putSetting('locale', other);
      }}
    >
      {t('lang.switch')}
    </button>
  );
}
