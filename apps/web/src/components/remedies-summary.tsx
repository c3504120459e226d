import { lawInFluxNote, remedyViews } from '@widerspruch/core';
import { formatOr, locale, pseudoOf, t } from '../i18n/i18n.js';
import { txWorded } from '../i18n/local-text.js';
import { remedyHref } from '../router.js';
import { useCatalog } from '../state/catalog.js';

/**
 * A short box on a guide page: the collective action over AI training for the platform, how
 * to join it and at what cost, and a link to every route when the platform does not comply.
 */
export function RemediesSummary({ platform, company }: { platform: string; company: string }) {
  const c = useCatalog({ platforms: [platform], remedies: true });
  if (c === undefined) return null;
  const views = remedyViews(c, platform, locale.value).filter((r) => r.aboutAiTraining);
  const collective = views.find((r) => r.kind === 'collective-action');
  const individual = views.find((r) => r.kind === 'individual-case');
  return (
    <section class="step remedies-summary" aria-labelledby="remedies-summary">
      <h2 id="remedies-summary">{t('remedies.summaryTitle', { company })}</h2>
      {collective && (
        <p>
          <strong>{txWorded(collective.title)}.</strong>{' '}
          {collective.join &&
            t('remedies.summaryJoin', {
              ways: formatOr(collective.join.routes.map((w) => w.cost)),
            })}
        </p>
      )}
      {individual && (
        <p>
          {t('remedies.summaryExample', {
            title: pseudoOf(individual.title),
            date: individual.date,
          })}
        </p>
      )}
      <p>
        {t(
          individual
            ? 'remedies.summaryMore'
            : collective
              ? 'remedies.summaryGeneric'
              : 'remedies.summaryAll',
        )}
      </p>
      <p>
        <a href={remedyHref(platform)}>{t('remedies.summaryLink')}</a>
      </p>
    </section>
  );
}

/** The dated note that the law may change for AI training but has not (yet). */
export function LawInFluxNote() {
  const note = lawInFluxNote(locale.value);
  return (
    <aside class="hint law-in-flux" aria-label={pseudoOf(note.title)}>
      <p>
        <strong>
          {txWorded(note.title)}
          {t('punct.colon')}
        </strong>{' '}
        {txWorded(note.text)}
      </p>
    </aside>
  );
}
