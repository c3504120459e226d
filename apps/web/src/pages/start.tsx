import { objectBefore } from '@widerspruch/core';
import { FactList, FactView } from '../components/fact-view.js';
import { PageHeading } from '../components/page-heading.js';
import { formatDate, locale, t, useCoreText } from '../i18n/i18n.js';
import { tx } from '../i18n/local-text.js';
import { guideHref, hrefOf } from '../router.js';
import { useStartIndex } from '../state/catalog.js';
import { today } from '../state/store.js';
import { localFact, resolveFacts } from '../view/facts.js';

/** The start page: what happens with whose data since when, what an objection does. */
export function StartPage() {
  return (
    <section class="start">
      <PageHeading>{t('start.title')}</PageHeading>
      <p class="lead">{t('start.lead')}</p>
      <p class="start-actions">
        <a class="button button-primary" href={hrefOf('meta')}>
          {t('start.meta')}
        </a>{' '}
        <a class="button" href={hrefOf('wizard')}>
          {t('start.begin')}
        </a>
      </p>
      <p class="hint">{t('start.metaHint')}</p>
      <ObjectBeforeWarnings />
      <ol class="how">
        <li>{t('start.how1')}</li>
        <li>{t('start.how2')}</li>
        <li>{t('start.how3')}</li>
      </ol>
      <p class="privacy-note">{t('start.privacy')}</p>
      <MetaFacts />
      <p>
        <a href={hrefOf('cases')}>{t('start.cases')}</a>
      </p>
    </section>
  );
}

/** Announced training starts that are still ahead: object before them. */
function ObjectBeforeWarnings() {
  const c = useStartIndex();
  if (c === undefined) return null;
  const warnings = c.announced.flatMap((p) => {
    const w = objectBefore(p, today());
    return w ? [w] : [];
  });
  // The warnings are worded by core, whose texts the start page loads only when it has one.
  if (warnings.length === 0 || !useCoreText()) return null;
  return (
    <div class="warning" role="note">
      <p>
        <strong>{t('watch.objectBefore')}</strong>
      </p>
      <ul>
        {warnings.map((w) => (
          <li key={w.platform}>{tx(w.message)}</li>
        ))}
      </ul>
    </div>
  );
}

function MetaFacts() {
  const c = useStartIndex();
  if (c === undefined) return <p role="status">{t('loading')}</p>;
  const meta = c.meta;
  const facebook = meta.find((p) => p.id === 'facebook');
  if (facebook === undefined) return null;
  return (
    <>
      <h2>{t('start.whatHappens')}</h2>
      <ul class="platform-summaries">
        {meta.map((p) => (
          <li key={p.id}>
            <h3>
              {p.name}
              {t('punct.colon')} {t(`start.status.${p.aiTraining.status}`)}
              {p.aiTraining.since
                ? ` ${t('start.since', { date: formatDate(p.aiTraining.since) })}`
                : ''}
            </h3>
            <FactView fact={localFact(p.aiTraining.summary, locale.value, p.sources)} />
            <p>
              <a href={guideHref(p.id)}>{t('start.guide', { platform: p.name })}</a>
            </p>
          </li>
        ))}
      </ul>
      <h2>{t('start.whatItDoes')}</h2>
      <h3 class="h-small">{t('start.covers')}</h3>
      <FactList
        facts={resolveFacts(facebook.aiTraining.objectionCovers, locale.value, facebook.sources)}
      />
      <h3 class="h-small">{t('start.doesNot')}</h3>
      <FactList
        facts={resolveFacts(
          facebook.aiTraining.objectionDoesNotCover,
          locale.value,
          facebook.sources,
        )}
      />
      <p class="as-of">
        {t('fact.asOf', { date: formatDate(facebook.verified) })} ·{' '}
        {t(`fact.quality.${facebook.quality}`)}
      </p>
    </>
  );
}
