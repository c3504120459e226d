import { findPlatform } from '@widerspruch/catalog';
import {
  type Case,
  confirmedOn,
  needsAttention,
  objectAgain,
  orderedEvents,
  runningDates,
  sortByAttention,
  submittedOn,
  summarizeCase,
} from '@widerspruch/core';
import { useState } from 'preact/hooks';
import { DueLine, NextAction, StateBadge } from '../components/case-status.js';
import { PageHeading } from '../components/page-heading.js';
import { formatDate, formatDateTime, locale, t, tPlural } from '../i18n/i18n.js';
import { tx } from '../i18n/local-text.js';
import { downloadFile } from '../lib-download.js';
import { caseHref, hrefOf } from '../router.js';
import { platformName as catalogName, useCatalog } from '../state/catalog.js';
import { addEvent, cases, deleteCase, now, profiles, today, unreadable } from '../state/store.js';
import { continueDraft } from '../state/wizard.js';

/** "My objections": every case, what needs attention first, with due date and next step. */
export function CasesPage() {
  const all = sortByAttention(cases.value, today());
  // Wait for the cases' platforms, so that names (and flags) are right from the first paint.
  const loaded = useCatalog({ platforms: [...new Set(all.map((c) => c.platform))].sort() });
  if (all.length > 0 && loaded === undefined) return <p role="status">{t('loading')}</p>;
  return (
    <section>
      <PageHeading>{t('cases.title')}</PageHeading>
      {unreadable.value > 0 && (
        <p class="warning" role="status">
          {tPlural('cases.unreadable', unreadable.value)}
        </p>
      )}
      {all.length === 0 ? (
        <>
          <p>{t('cases.empty')}</p>
          <p>
            <a class="button button-primary" href={hrefOf('wizard')}>
              {t('cases.startWizard')}
            </a>
          </p>
        </>
      ) : (
        profiles.value
          .filter((p) => all.some((c) => c.profile === p.id))
          .map((p) => (
            <section key={p.id} class="profile-group">
              {profiles.value.length > 1 && <h2>{p.name}</h2>}
              <ul class="cases">
                {all
                  .filter((c) => c.profile === p.id)
                  .map((c) => (
                    <li key={c.id}>
                      <CaseCard c={c} grouped={profiles.value.length > 1} />
                    </li>
                  ))}
              </ul>
            </section>
          ))
      )}
      {all.some((c) => runningDates(c, today())) && (
        <p>
          <button type="button" class="button" onClick={() => void downloadAllDates(all)}>
            {t('cases.icsAll')}
          </button>
        </p>
      )}
      {all.length > 0 && (
        <p>
          <a href={hrefOf('data')}>{t('nav.data')}</a>
        </p>
      )}
    </section>
  );
}

/** Every running due date of every case, in one calendar file. */
async function downloadAllDates(all: readonly Case[]): Promise<void> {
  const { datesIcs } = await import('../lib-ics.js');
  const ics = datesIcs(all, platformName, today(), locale.value, now());
  if (ics) downloadFile(`widerspruch-${today()}.ics`, ics.text, 'text/calendar');
}

/** The display name of a platform, from the catalog when it is loaded. */
export function platformName(id: string): string {
  return catalogName(id);
}

/** One case; its heading is an h3 under the person's h2 when there are several people. */
function CaseCard({ c, grouped }: { c: Case; grouped: boolean }) {
  const [mode, setMode] = useState<'view' | 'confirm' | 'note'>('view');
  const summary = summarizeCase(c, today());
  const confirmed = confirmedOn(c);
  const notes = orderedEvents(c.events).filter((e) => e.kind === 'note');
  const name = platformName(c.platform);
  const headingId = `case-${c.id}`;
  const attention = needsAttention(summary);
  const Heading = grouped ? 'h3' : 'h2';
  return (
    <article class={attention ? 'case case-attention' : 'case'} aria-labelledby={headingId}>
      <Heading id={headingId}>
        {name}
        {c.account && <span class="muted"> · {c.account}</span>}
      </Heading>
      <p>
        <StateBadge summary={summary} />
        {attention && <span class="attention"> {t('case.attention')}</span>}
      </p>
      <ul class="dates">
        {summary.submittedOn && (
          <li>{t('cases.submitted', { date: formatDate(summary.submittedOn) })}</li>
        )}
        {confirmed && <li>{t('cases.confirmed', { date: formatDate(confirmed) })}</li>}
      </ul>
      <DueLine summary={summary} />
      <NextAction summary={summary} />
      <ObjectAgainFlag c={c} />
      {notes.length > 0 && (
        <div class="notes">
          <p class="section-heading">{t('cases.notes')}</p>
          <ul>
            {notes.map((n) => (
              <li key={n.id}>
                <span class="muted">{formatDateTime(n.at)}:</span>{' '}
                <span class="note-text">{n.note}</span>
              </li>
            ))}
          </ul>
        </div>
      )}
      {mode === 'confirm' && <ConfirmForm caseId={c.id} onDone={() => setMode('view')} />}
      {mode === 'note' && <NoteForm caseId={c.id} onDone={() => setMode('view')} />}
      {mode === 'view' && (
        <div class="actions">
          {summary.state === 'draft' && (
            <a
              class="button button-primary"
              href={hrefOf('wizard')}
              onClick={() => continueDraft(c)}
            >
              {t('cases.continueDraft')}
              <span class="visually-hidden">
                : {name} {c.account}
              </span>
            </a>
          )}
          <a class="button" href={caseHref(c.id)}>
            {t('case.details')}
            <span class="visually-hidden">
              : {name} {c.account}
            </span>
          </a>
          {(summary.state === 'awaiting-answer' ||
            summary.state === 'awaiting-confirmation' ||
            summary.state === 'no-confirmation' ||
            summary.state.includes('overdue') ||
            summary.state === 'reminded') && (
            <button type="button" class="button" onClick={() => setMode('confirm')}>
              {t('cases.markConfirmed')}
            </button>
          )}
          <button type="button" class="button button-quiet" onClick={() => setMode('note')}>
            {t('cases.addNote')}
          </button>
          <button
            type="button"
            class="button button-danger"
            onClick={() => {
              if (
                confirm(t('cases.deleteConfirm', { platform: name, account: c.account || '–' }))
              ) {
                void deleteCase(c.id);
              }
            }}
          >
            {t('cases.delete')}
            <span class="visually-hidden">
              : {name} {c.account}
            </span>
          </button>
        </div>
      )}
    </article>
  );
}

/** Flags a case when the platform changed its policy after the objection. */
function ObjectAgainFlag({ c }: { c: Case }) {
  const cat = useCatalog({ platforms: [c.platform] });
  const platform = cat && findPlatform(cat, c.platform);
  const again = platform && objectAgain(c, platform);
  if (!again) return null;
  return (
    <p class="warning">
      <strong>
        {t('watch.objectAgain')}
        {t('punct.colon')}
      </strong>{' '}
      {tx(again.message)}
    </p>
  );
}

/** A form to record the date a confirmation arrived. */
export function ConfirmForm({ caseId, onDone }: { caseId: string; onDone: () => void }) {
  const [date, setDate] = useState(today());
  const inFuture = date > today();
  const found = cases.value.find((c) => c.id === caseId);
  const sent = found === undefined ? undefined : submittedOn(found);
  const beforeSent = sent !== undefined && date < sent;
  const id = `confirm-date-${caseId}`;
  return (
    <form
      class="inline-form"
      onSubmit={(e) => {
        e.preventDefault();
        if (inFuture || beforeSent || date === '') return;
        void addEvent(caseId, { kind: 'confirmation-received', date }).then(onDone);
      }}
    >
      <label class="field" for={id}>
        {t('cases.confirmDate')}
      </label>
      <input
        id={id}
        type="date"
        value={date}
        max={today()}
        {...(sent === undefined ? {} : { min: sent })}
        required
        aria-invalid={inFuture || beforeSent}
        onInput={(e) => setDate(e.currentTarget.value)}
      />
      {inFuture && (
        <p class="error" role="alert">
          {t('cases.dateInFuture')}
        </p>
      )}
      {beforeSent && (
        <p class="error" role="alert">
          {t('cases.dateBeforeSent')}
        </p>
      )}
      <div class="actions">
        <button type="submit" class="button button-primary">
          {t('cases.save')}
        </button>
        <button type="button" class="button button-quiet" onClick={onDone}>
          {t('cases.cancel')}
        </button>
      </div>
    </form>
  );
}

/** A form to add a note. */
export function NoteForm({
  caseId,
  onDone,
  cancellable = true,
}: {
  caseId: string;
  onDone: () => void;
  cancellable?: boolean;
}) {
  const [note, setNote] = useState('');
  const id = `note-${caseId}`;
  const done = () => {
    setNote('');
    onDone();
  };
  return (
    <form
      class="inline-form"
      onSubmit={(e) => {
        e.preventDefault();
        if (note.trim() === '') return;
        void addEvent(caseId, { kind: 'note', note: note.trim() }).then(done);
      }}
    >
      <label class="field" for={id}>
        {t('cases.noteLabel')}
      </label>
      <textarea
        id={id}
        rows={3}
        maxLength={20000}
        value={note}
        onInput={(e) => setNote(e.currentTarget.value)}
      />
      <div class="actions">
        <button type="submit" class="button button-primary">
          {t('cases.save')}
        </button>
        {cancellable && (
          <button type="button" class="button button-quiet" onClick={onDone}>
            {t('cases.cancel')}
          </button>
        )}
      </div>
    </form>
  );
}
