import { findPlatform } from '@widerspruch/catalog';
import type { GuideStepId } from '@widerspruch/core';
import { useEffect, useState } from 'preact/hooks';
import { AsOf } from '../components/as-of.js';
import { FactView } from '../components/fact-view.js';
import { PageHeading } from '../components/page-heading.js';
import { StepView } from '../components/step-view.js';
import { loadPageMessages, locale, t } from '../i18n/i18n.js';
import { REMEDIES_MESSAGES } from '../i18n/page-messages.js';
import { hrefOf } from '../router.js';
import { loadCatalog, useCatalog } from '../state/catalog.js';
import { device } from '../state/wizard.js';
import { guideOf } from '../view/guide.js';
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
  const c = useCatalog({ platforms: [platform] });
  const painted = usePainted();
  if (c === undefined) return <p role="status">{t('loading')}</p>;
  const record = findPlatform(c, platform);
  const built = guideOf(c, {
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
          {/* Collapsed: filled in once the steps above are on screen, so they come first. */}
          {painted && rest.some((s) => s.routes.length > 0) && <DeviceSwitch />}
          {painted && rest.map((s) => <StepView key={s.id} step={s} headingLevel={3} />)}
        </details>
      )}
      {!notTraining && <RemediesBox platform={record.id} company={guide.controller.shortName} />}
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

type RemediesModule = typeof import('../components/remedies-summary.js');
let remediesModule: RemediesModule | undefined;

/**
 * The remedies box and the law-in-flux note, below the steps: they load on their own (code,
 * messages and the court cases of the catalog) once the steps are shown, so that the steps
 * do not wait for them. Nothing is shown until they are there.
 */
function RemediesBox({ platform, company }: { platform: string; company: string }) {
  const [box, setBox] = useState(remediesModule);
  useEffect(() => {
    if (box) return;
    Promise.all([
      import('../components/remedies-summary.js'),
      loadPageMessages(REMEDIES_MESSAGES),
      loadCatalog({ platforms: [platform], remedies: true }),
    ]).then(
      ([module]) => {
        remediesModule = module;
        setBox(module);
      },
      // Offline before the app was stored: the guide stands without the box.
      () => undefined,
    );
  }, [box, platform]);
  if (!box) return null;
  return (
    <>
      <box.RemediesSummary platform={platform} company={company} />
      <box.LawInFluxNote />
    </>
  );
}

/** False while a page renders for the first time, true once that render is on screen. */
function usePainted(): boolean {
  const [painted, setPainted] = useState(false);
  // Effects run after the browser has painted.
  useEffect(() => setPainted(true), []);
  return painted;
}
