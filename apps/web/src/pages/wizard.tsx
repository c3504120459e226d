import { useEffect } from 'preact/hooks';
import { PageHeading } from '../components/page-heading.js';
import { t, tPlural } from '../i18n/i18n.js';
import { hrefOf } from '../router.js';
import { useServices } from '../state/catalog.js';
import {
  dropUnknownServices,
  keptDrafts,
  leaveWizard,
  recordedCount,
  resetWizard,
  wizardPhase,
} from '../state/wizard.js';
import { WizardSetup } from './wizard-setup.js';
import { WizardTask } from './wizard-task.js';

/** The guided objection: choose services and accounts, then one platform after another. */
export function WizardPage() {
  useEffect(() => leaveWizard, []);
  const services = useServices();
  // A run kept from an earlier version may name a service the catalog no longer has.
  useEffect(() => {
    if (services !== undefined) dropUnknownServices(new Set(services.map((p) => p.id)));
  }, [services]);
  if (services === undefined) return <p role="status">{t('loading')}</p>;
  const phase = wizardPhase.value;
  if (phase.phase === 'setup') return <WizardSetup services={services} />;
  if (phase.phase === 'task') return <WizardTask index={phase.index} />;
  const kept = keptDrafts();
  return (
    <section>
      <PageHeading focusKey="done">
        {t(recordedCount.value === 0 && kept > 0 ? 'wizard.doneTitleLater' : 'wizard.doneTitle')}
      </PageHeading>
      {(recordedCount.value > 0 || kept === 0) && (
        <p>{tPlural('wizard.doneText', recordedCount.value)}</p>
      )}
      {kept > 0 && <p>{tPlural('wizard.doneDrafts', kept)}</p>}
      <p>
        <a class="button button-primary" href={hrefOf('cases')} onClick={() => resetWizard()}>
          {t('wizard.finish')}
        </a>{' '}
        <button type="button" class="button button-quiet" onClick={() => resetWizard()}>
          {t('wizard.again')}
        </button>
      </p>
    </section>
  );
}
