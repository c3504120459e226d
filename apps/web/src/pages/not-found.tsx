import { PageHeading } from '../components/page-heading.js';
import { t } from '../i18n/i18n.js';
import { hrefOf } from '../router.js';

/** Shown for an unknown address. */
export function NotFoundPage() {
  return (
    <section>
      <PageHeading>{t('notFound.title')}</PageHeading>
      <p>
        <a href={hrefOf('start')}>{t('notFound.back')}</a>
      </p>
    </section>
  );
}
