import { findPlatform } from '@widerspruch/catalog';
import { buildGuide, type GuideStepId } from '@widerspruch/core';
import { AsOf } from '../components/as-of.js';
import { FactView } from '../components/fact-view.js';
import { PageHeading } from '../components/page-heading.js';
import { LawInFluxNote, RemediesSummary } from '../components/remedies-summary.js';
import { StepView } from '../components/step-view.js';
import { locale, t } from '../i18n/i18n.js';
import { hrefOf } from '../router.js';
import { useCatalog } from '../state/catalog.js';
import { device } from '../state/wizard.js';
import { DeviceSwitch } from './wizard-task.js';

const PRIMARY_WITH_FORM: ReadonlySet<GuideStepId> = new Set([
  'not-training',
  'route-via',
  'open-form',
  'enter',
  'after',
]);
const PRIMARY_WITHOUT_FORM: ReadonlySet<GuideStepId> = new Set([
  'not-training',
  'route-via',
  'toggle',
  'in-app',
  'enter',
  'after',
  'email',
  'letter',
  'no-route',
]);

/**
 * One platform's guide to read again (from a case, say): every route, what the objection
 * covers, and what happens next. Nothing is recorded here; the wizard does that.
 */
export function GuidePage({ platform }: { platform: string }) {
  // The remedies box comes with the page, not after it.
  const c = useCatalog({ platforms: [platform], remedies: true });
  if (c === undefined) return <p role="status">{t('loading')}</p>;
  const record = findPlatform(c, platform);
  const built = buildGuide(c, {
    platform,
    locale: locale.value,
    device: device.value,
  });
  if (record === undefined || !built.ok)
    return (
      <section>
        <PageHeading>{t('guide.unknown', { platform })}</PageHeading>
        <p>
          <a href={hrefOf('wizard')}>{t('nav.wizard')}</a>
        </p>
      </section>
    );
  const guide = built.value;
  // Nothing to object to: no "how to object" heading, no remedies box.
  const notTraining = record.aiTraining.status === 'not-training';
  // The primary route first (the form, or the one way there is), what to enter and what comes
  // after; the fallbacks and the background collapsed below.
  const main = guide.form ? PRIMARY_WITH_FORM : PRIMARY_WITHOUT_FORM;
  // Of several steps of one kind (X's two settings, say), the first is the route; the
  // others are extras and wait below with the fallbacks.
  const primary = guide.steps.filter(
    (s, i) => main.has(s.id) && guide.steps.findIndex((o) => o.id === s.id) === i,
  );
  const rest = guide.steps.filter((s) => !primary.includes(s));
  return (
    <article class="task">
      <PageHeading focusKey={`guide-${platform}`}>
        {t(notTraining ? 'guide.titleNotTraining' : 'guide.title', { platform: record.name })}
      </PageHeading>
      <FactView fact={guide.summary} />
      <AsOf platform={record} />
      {primary.map((s) => (
        <StepView key={s.id} step={s} />
      ))}
      {rest.length > 0 && (
        <details class="more-routes">
          <summary>{t('guide.more')}</summary>
          {rest.some((s) => s.routes.length > 0) && <DeviceSwitch />}
          {rest.map((s) => (
            <StepView key={s.id} step={s} headingLevel={3} />
          ))}
        </details>
      )}
      {!notTraining && (
        <>
          <RemediesSummary platform={record.id} company={guide.controller.shortName} />
          <LawInFluxNote />
        </>
      )}
      <p>
        {platform === 'facebook' || platform === 'instagram' ? (
          <a class="button button-primary" href={hrefOf('meta')}>
            {t('start.meta')}
          </a>
        ) : notTraining ? (
          <a href={hrefOf('wizard')}>{t('meta.others')}</a>
        ) : (
          <a class="button button-primary" href={hrefOf('wizard')}>
            {t('guide.toWizard')}
          </a>
        )}
      </p>
    </article>
  );
}
