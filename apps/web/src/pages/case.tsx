import { type Catalog, findPlatform, primaryForm } from '@widerspruch/catalog';
import {
  type Case,
  EVENT_KIND_TEXT,
  orderedEvents,
  REPLY_KIND_TEXT,
  requestDeadlines,
  summarizeCase,
} from '@widerspruch/core';
import { DueLine, NextAction, RequestLines, StateBadge } from '../components/case-status.js';
import { EvidenceSection } from '../components/evidence-section.js';
import { NextSteps } from '../components/next-steps.js';
import { PageHeading } from '../components/page-heading.js';
import { RecordForm } from '../components/record-form.js';
import { formatDate, formatDateTime, locale, t } from '../i18n/i18n.js';
import { tx } from '../i18n/local-text.js';
import { downloadFile } from '../lib-download.js';
import { hrefOf, remedyHref } from '../router.js';
import { useCatalog } from '../state/catalog.js';
import { addEvent, cases, now, today } from '../state/store.js';
import { continueDraft } from '../state/wizard.js';
import { NoteForm, platformName } from './cases.js';

/** One case: state, due date with its rule, next step, evidence, timeline, actions. */
export function CasePage({ id }: { id: string }) {
  const c = cases.value.find((x) => x.id === id);
  // The letters need every authority (the complaint goes to the one competent for the person).
  const catalog = useCatalog({ platforms: c ? [c.platform] : [], authorities: true });
  if (catalog === undefined) return <p role="status">{t('loading')}</p>;
  if (c === undefined) {
    return (
      <section>
        <PageHeading>{t('case.notFound')}</PageHeading>
        <p>
          <a href={hrefOf('cases')}>{t('case.back')}</a>
        </p>
      </section>
    );
  }
  const summary = summarizeCase(c, today());
  const requests = requestDeadlines(c, today());
  const name = platformName(c.platform);
  return (
    <article class="case-page">
      <p>
        <a href={hrefOf('cases')}>← {t('case.back')}</a>
      </p>
      <PageHeading focusKey={c.id}>{`${name}${c.account ? ` · ${c.account}` : ''}`}</PageHeading>
      <p>
        <StateBadge summary={summary} />
      </p>
      <DueLine summary={summary} withRule />
      <RequestLines requests={requests} />
      <NextAction summary={summary} />
      {summary.state === 'no-confirmation' && <FormAgain c={c} />}
      {summary.state === 'draft' && (
        <p>
          <a class="button button-primary" href={hrefOf('wizard')} onClick={() => continueDraft(c)}>
            {t('cases.continueDraft')}
          </a>
        </p>
      )}
      {(summary.due || requests.length > 0) && <IcsButton c={c} name={name} />}
      <NextSteps c={c} summary={summary} catalog={catalog} />
      <EvidenceSection c={c} />
      <RecordForm c={c} />
      <section>
        <h2>{t('cases.addNote')}</h2>
        <NoteForm caseId={c.id} onDone={() => undefined} cancellable={false} />
      </section>
      <Timeline c={c} />
      {isMeta(catalog, c.platform) && (
        <p>
          <a href={remedyHref(c.platform)}>{t('case.remedy')}</a>
        </p>
      )}
    </article>
  );
}

function isMeta(catalog: Catalog, platform: string): boolean {
  const record = findPlatform(catalog, platform);
  return record?.controller === 'meta-platforms-ireland';
}

/**
 * No confirmation after a web-form objection: the form again, one tap away, and the button
 * that records the new sending (a second submission; the tracker starts afresh from it).
 */
function FormAgain({ c }: { c: Case }) {
  const catalog = useCatalog({ platforms: [c.platform] });
  const record = catalog && findPlatform(catalog, c.platform);
  const form = record && primaryForm(record);
  if (form === undefined) return null;
  return (
    <p class="button-row">
      <a class="button" href={form.url} target="_blank" rel="noopener noreferrer">
        {t('case.resubmitForm')} <span class="visually-hidden">{t('wizard.newTab')}</span>
        <span aria-hidden="true">↗</span>
      </a>
      <button
        type="button"
        class="button button-primary"
        onClick={() => void addEvent(c.id, { kind: 'submitted', date: today(), via: 'web-form' })}
      >
        {t('case.resubmitted')}
      </button>
    </p>
  );
}

function IcsButton({ c, name }: { c: Case; name: string }) {
  const download = async () => {
    const { datesIcs } = await import('../lib-ics.js');
    const ics = datesIcs([c], () => name, today(), locale.value, now());
    if (ics) downloadFile(`widerspruch-${c.platform}-${ics.first}.ics`, ics.text, 'text/calendar');
  };
  return (
    <p>
      <button type="button" class="button" onClick={() => void download()}>
        {t('case.ics')}
      </button>
    </p>
  );
}

function Timeline({ c }: { c: Case }) {
  return (
    <section>
      <h2>{t('case.timeline')}</h2>
      <ol class="timeline">
        {orderedEvents(c.events).map((e) => (
          <li key={e.id}>
            <span class="timeline-date">{formatDate(e.date ?? e.at)}</span>{' '}
            <strong>{tx(EVENT_KIND_TEXT[e.kind])}</strong>
            {e.reply && <> – {tx(REPLY_KIND_TEXT[e.reply])}</>}
            {e.evidence && <> – {e.evidence.name}</>}
            {e.note && <p class="note-text">{e.note}</p>}
            <span class="visually-hidden"> ({formatDateTime(e.at)})</span>
          </li>
        ))}
      </ol>
    </section>
  );
}
