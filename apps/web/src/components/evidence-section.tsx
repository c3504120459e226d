import { type Case, orderedEvents } from '@widerspruch/core';
import { useState } from 'preact/hooks';
import { formatDate, locale, t } from '../i18n/i18n.js';
import { downloadFile } from '../lib-download.js';
import { addEvent, getEvidence, today } from '../state/store.js';

type Status =
  | { kind: 'idle' }
  | { kind: 'busy' }
  | { kind: 'error'; text: string }
  | { kind: 'done'; text: string; confirmationDate?: string };

/** The files kept with a case, and a drop zone to add one. */
export function EvidenceSection({ c }: { c: Case }) {
  const [status, setStatus] = useState<Status>({ kind: 'idle' });
  const [over, setOver] = useState(false);
  const items = orderedEvents(c.events).flatMap((e) =>
    e.kind === 'evidence-added' && e.evidence ? [{ id: e.id, at: e.at, evidence: e.evidence }] : [],
  );
  const attach = async (file: File) => {
    setStatus({ kind: 'busy' });
    const { attachEvidence } = await import('../state/evidence.js');
    const result = await attachEvidence(c.id, file);
    if (!result.ok) {
      setStatus({ kind: 'error', text: result.message[locale.value] });
      return;
    }
    const day = result.email?.date ? new Date(result.email.date) : undefined;
    const iso = day && !Number.isNaN(day.getTime()) ? day.toISOString().slice(0, 10) : today();
    setStatus({
      kind: 'done',
      text: t('case.attached', { name: file.name }),
      ...(result.metaConfirmation ? { confirmationDate: iso } : {}),
    });
  };
  return (
    <section>
      <h2>{t('case.evidence')}</h2>
      {items.length === 0 ? (
        <p class="hint">{t('case.noEvidence')}</p>
      ) : (
        <ul class="evidence">
          {items.map((e) => (
            <li key={e.id}>
              <EvidenceItem e={e} />
            </li>
          ))}
        </ul>
      )}
      <fieldset
        class={over ? 'dropzone dropzone-over' : 'dropzone'}
        onDragOver={(ev) => {
          ev.preventDefault();
          setOver(true);
        }}
        onDragLeave={() => setOver(false)}
        onDrop={(ev) => {
          ev.preventDefault();
          setOver(false);
          const file = ev.dataTransfer?.files[0];
          if (file) void attach(file);
        }}
      >
        <legend>{t('case.drop')}</legend>
        <input
          id={`evidence-${c.id}`}
          aria-label={t('case.drop')}
          type="file"
          accept=".eml,message/rfc822,image/*,application/pdf"
          aria-describedby={`evidence-hint-${c.id}`}
          onChange={(ev) => {
            const file = ev.currentTarget.files?.[0];
            ev.currentTarget.value = '';
            if (file) void attach(file);
          }}
        />
        <p id={`evidence-hint-${c.id}`} class="hint">
          {t('case.dropHint')}
        </p>
      </fieldset>
      <p role="status" class={status.kind === 'error' ? 'error' : 'success'}>
        {status.kind === 'busy' ? t('loading') : status.kind === 'idle' ? '' : status.text}
      </p>
      {status.kind === 'done' && status.confirmationDate && (
        <div class="offer">
          <p>{t('case.metaConfirmation')}</p>
          <button
            type="button"
            class="button button-primary"
            onClick={() =>
              void addEvent(c.id, {
                kind: 'confirmation-received',
                date: status.confirmationDate ?? today(),
              }).then(() => setStatus({ kind: 'idle' }))
            }
          >
            {t('case.recordConfirmation', { date: formatDate(status.confirmationDate) })}
          </button>
        </div>
      )}
    </section>
  );
}

function EvidenceItem({
  e,
}: {
  e: { evidence: NonNullable<Case['events'][number]['evidence']>; at: string };
}) {
  const ev = e.evidence;
  const download = async () => {
    const blob = await getEvidence(ev.sha256);
    if (blob === undefined) return;
    downloadFile(blob.name, blob.bytes as Uint8Array<ArrayBuffer>, blob.mediaType);
  };
  return (
    <div>
      <strong class="url">{ev.name}</strong>{' '}
      <span class="muted">({Math.ceil(ev.size / 1024)} KB)</span>
      {ev.email && (
        <dl class="email-meta">
          {ev.email.from && (
            <>
              <dt>{t('case.emailFrom')}</dt>
              <dd>{ev.email.from}</dd>
            </>
          )}
          {ev.email.subject && (
            <>
              <dt>{t('case.emailSubject')}</dt>
              <dd>{ev.email.subject}</dd>
            </>
          )}
          {ev.email.date && (
            <>
              <dt>{t('case.emailDate')}</dt>
              <dd>{ev.email.date}</dd>
            </>
          )}
        </dl>
      )}
      <p class="muted sha">
        {t('case.sha')}: <span class="url">{ev.sha256}</span>
      </p>
      <button type="button" class="button button-small" onClick={() => void download()}>
        {t('case.download')}
        <span class="visually-hidden">: {ev.name}</span>
      </button>
    </div>
  );
}
