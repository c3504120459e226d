import { findPlatform } from '@widerspruch/catalog';
import { buildGuide } from '@widerspruch/core';
import { useEffect } from 'preact/hooks';
import { AsOf } from '../components/as-of.js';
import { FactView } from '../components/fact-view.js';
import { PageHeading } from '../components/page-heading.js';
import { LawInFluxNote, RemediesSummary } from '../components/remedies-summary.js';
import { StepView } from '../components/step-view.js';
import { locale, t } from '../i18n/i18n.js';
import { hrefOf } from '../router.js';
import { catalog, loadCatalog } from '../state/catalog.js';
import { device } from '../state/wizard.js';
import { DeviceSwitch } from './wizard-task.js';

/**
 * One platform's guide to read again (from a case, say): every route, what the objection
 * covers, and what happens next. Nothing is recorded here; the wizard does that.
 */
export function GuidePage({ platform }: { platform: string }) {
  useEffect(() => {
    void loadCatalog();
  }, []);
  const c = catalog.value;
  if (c === undefined) return <p role="status">{t('loading')}</p>;
  const record = findPlatform(c, platform);
  const built = buildGuide(c, { platform, locale: locale.value, device: device.value });
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
  return (
    <article class="task">
      <PageHeading focusKey={`guide-${platform}`}>
        {t('guide.title', { platform: record.name })}
      </PageHeading>
      <FactView fact={guide.summary} />
      <AsOf platform={record} />
      {guide.steps.some((s) => s.routes.length > 0) && <DeviceSwitch />}
      {guide.steps.map((s) => (
        <StepView key={s.id} step={s} />
      ))}
      <RemediesSummary platform={record.id} company={guide.controller.shortName} />
      <LawInFluxNote />
      <p>
        <a class="button button-primary" href={hrefOf('wizard')}>
          {t('guide.toWizard')}
        </a>
      </p>
    </article>
  );
}
