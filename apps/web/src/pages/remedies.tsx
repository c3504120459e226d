import {
  type RemedyJoinRoute,
  type RemedyRoute,
  type RemedyView,
  remedyPage,
} from '@widerspruch/core';
import { SourceList } from '../components/certainty.js';
import { FactList } from '../components/fact-view.js';
import { PageHeading } from '../components/page-heading.js';
import { locale, t, tPlural } from '../i18n/i18n.js';
import { txWorded } from '../i18n/local-text.js';
import { guideHref, hrefOf } from '../router.js';
import { useCatalog } from '../state/catalog.js';
import { today } from '../state/store.js';

/**
 * What to do when a platform ignores an objection, or when it is too late: every route with
 * its sources and honest limits, and the court cases and collective actions of the catalog.
 */
export function RemediesPage({ platform }: { platform: string }) {
  const c = useCatalog({ platforms: [platform], authorities: true, remedies: true });
  if (c === undefined) return <p role="status">{t('loading')}</p>;
  const page = remedyPage(c, platform, locale.value, today());
  if (page === undefined) {
    return (
      <section>
        <PageHeading>{t('remedies.unknown', { platform })}</PageHeading>
        <p>
          <a href={hrefOf('wizard')}>{t('nav.wizard')}</a>
        </p>
      </section>
    );
  }
  return (
    <article class="task remedies">
      <PageHeading focusKey={`remedies-${platform}`}>
        {t('remedies.title', { company: page.company })}
      </PageHeading>
      <p class="lead">{t('remedies.lead')}</p>
      <p class="muted">{t('remedies.platform', { platform: page.platform.name })}</p>
      <nav aria-label={t('remedies.onThisPage')}>
        <p class="section-heading">{t('remedies.onThisPage')}</p>
        <ul class="links">
          {page.routes.map((route) => (
            <li key={route.id}>
              <button type="button" class="button-quiet jump" onClick={() => jumpTo(route.id)}>
                {txWorded(route.title)}
              </button>
            </li>
          ))}
        </ul>
      </nav>
      {page.routes.map((route) => (
        <RouteSection key={route.id} route={route} company={page.company} />
      ))}
      <p>
        <a href={guideHref(page.platform.id)}>
          {t('remedies.toGuide', { platform: page.platform.name })}
        </a>
      </p>
    </article>
  );
}

/** Scrolls to a route's heading and moves the focus there (the hash is the app's router). */
function jumpTo(id: string): void {
  const heading = document.getElementById(`remedy-${id}`);
  heading?.scrollIntoView();
  heading?.focus();
}

function RouteSection({ route, company }: { route: RemedyRoute; company: string }) {
  return (
    <section class={`step remedy-route remedy-${route.id}`}>
      <h2 id={`remedy-${route.id}`} tabIndex={-1}>
        {txWorded(route.title)}
      </h2>
      <p>{txWorded(route.text)}</p>
      {route.id === 'visibility' && route.facts.length > 0 ? (
        <details class="step-fallback">
          <summary>{t('remedies.used', { company, count: route.facts.length })}</summary>
          <FactList facts={route.facts} />
        </details>
      ) : (
        <FactList facts={route.facts} />
      )}
      {route.id === 'delete' && (
        <p>
          <a class="button" href={hrefOf('scan')}>
            {t('remedies.toExport')}
          </a>
        </p>
      )}
      {route.id === 'advice' && (
        <p>
          <a class="button" href={hrefOf('cases')}>
            {t('remedies.toCases')}
          </a>
        </p>
      )}
      {route.remedies.length > 0 && (
        <>
          <h3 class="h-small">{t('remedies.cases')}</h3>
          {route.remedies.map((r) => (
            <RemedyCard key={r.id} remedy={r} />
          ))}
        </>
      )}
      {route.otherMatters.map((r) => (
        <details key={r.id} class="step-fallback remedy-other">
          <summary>
            <h3 class="h-small">
              {t('remedies.otherMatters')} {txWorded(r.title)}
            </h3>
          </summary>
          <RemedyCard remedy={r} />
        </details>
      ))}
    </section>
  );
}

/**
 * One court case or collective action: who, what, status, how to join and at what cost, and
 * what it does not do; the doubts and the sources sit in one disclosure.
 */
export function RemedyCard({ remedy: r }: { remedy: RemedyView }) {
  const doubts = [r.forum, r.status, ...(r.join?.routes ?? []), ...r.limits]
    .map((f) => f.uncertain)
    .filter((u): u is string => u !== undefined);
  return (
    <div class="route remedy">
      <p class="route-label">
        <strong>{txWorded(r.title)}</strong>
      </p>
      {r.notAbout && !r.aboutAiTraining && <p class="warning">{txWorded(r.notAbout.text)}</p>}
      <p class="muted">
        {txWorded(r.claimant)} · {r.date} · {txWorded(r.forum.text)}
      </p>
      <p>{txWorded(r.about.text)}</p>
      <p>
        <strong>
          {t('remedies.status', { date: r.statusAsOf })}
          {t('punct.colon')}
        </strong>{' '}
        {txWorded(r.status.text)}
      </p>
      {r.join && (
        <>
          <p class="section-heading">{t('remedies.who')}</p>
          <p>{txWorded(r.join.who.text)}</p>
          <p class="section-heading">{t('remedies.how')}</p>
          <ul class="links">
            {r.join.routes.map((way) => (
              <JoinWay key={txWorded(way.text)} way={way} />
            ))}
          </ul>
          {r.join.until && <p>{txWorded(r.join.until.text)}</p>}
        </>
      )}
      {(r.limits.length > 0 || (r.notAbout && r.aboutAiTraining)) && (
        <>
          <p class="section-heading">{t('remedies.limits')}</p>
          {r.limits.map((limit) => (
            <p key={txWorded(limit.text)}>{txWorded(limit.text)}</p>
          ))}
          {r.notAbout && r.aboutAiTraining && <p>{txWorded(r.notAbout.text)}</p>}
        </>
      )}
      <details class="certainty sources">
        <summary>
          {t('certainty.title')}{' '}
          <span class="muted">
            (
            {[
              doubts.length > 0 ? tPlural('certainty.doubts', doubts.length) : t('certainty.sure'),
              tPlural('certainty.sources', r.sources.length),
            ].join(' · ')}
            )
          </span>
        </summary>
        {doubts.map((d) => (
          <p key={d} class="uncertain">
            <strong>
              {t('fact.uncertain')}
              {t('punct.colon')}
            </strong>{' '}
            {txWorded(d)}
          </p>
        ))}
        <SourceList sources={r.sources} />
      </details>
    </div>
  );
}

function JoinWay({ way }: { way: RemedyJoinRoute }) {
  return (
    <li>
      <strong>
        {txWorded(way.cost)}
        {t('punct.colon')}
      </strong>{' '}
      {txWorded(way.text)}{' '}
      {way.url && (
        <a href={way.url} target="_blank" rel="noopener noreferrer">
          {new URL(way.url).host}
        </a>
      )}
    </li>
  );
}
