import { CASE_LIMITS, type Case, orderedEvents, problemText } from '@widerspruch/core';
import type { ComponentChildren } from 'preact';
import { useState } from 'preact/hooks';
import { formatDate, locale, t } from '../i18n/i18n.js';
import { txWorded } from '../i18n/local-text.js';
import { downloadFile } from '../lib-download.js';
import { addEvent, getEvidence, today } from '../state/store.js';

type Status =
  | { kind: 'idle' }
  | { kind: 'busy' }
  | { kind: 'error'; text: ComponentChildren }
  | { kind: 'done'; text: string; confirmationDate?: string };

/** The files kept with a case, and the ways to add one. */
export function EvidenceSection({ c }: { c: Case }) {
  const items = orderedEvents(c.events).flatMap((e) =>
    e.kind === 'evidence-added' && e.evidence ? [{ id: e.id, at: e.at, evidence: e.evidence }] : [],
  );
  return (
    <section>
      <h2>{t('case.evidence')}</h2>
      <p class="hint">{t('proof.noteVsEvidence')}</p>
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
      <EvidenceAdd c={c} />
    </section>
  );
}

/**
 * Whether files can be dragged here: not on a touch screen or a phone-sized window, where
 * "drag here" means nothing.
 */
function canDrag(): boolean {
  return (
    typeof matchMedia === 'undefined' ||
    !matchMedia('(pointer: coarse), (max-width: 700px)').matches
  );
}

/**
 * Adds evidence to a case: a screenshot (PNG, JPEG, WebP), a saved e-mail (.eml) or PDF,
 * or the text of the confirmation e-mail pasted in (what a phone's mail app can give).
 * Each is kept unchanged and identified by its SHA-256.
 */
export function EvidenceAdd({ c }: { c: Case }) {
  const [status, setStatus] = useState<Status>({ kind: 'idle' });
  const [over, setOver] = useState(false);
  const [pasted, setPasted] = useState('');
  const drag = canDrag();
  const attach = async (file: File) => {
    setStatus({ kind: 'busy' });
    const { attachEvidence } = await import('../state/evidence.js');
    const result = await attachEvidence(c.id, file);
    if (!result.ok) {
      setStatus({ kind: 'error', text: txWorded(problemText(result.problem, locale.value)) });
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
  const keepPasted = () => {
    const text = pasted.trim();
    if (text === '') {
      setStatus({ kind: 'error', text: t('proof.pasteEmpty') });
      return;
    }
    const name = `${t('proof.pastedName')}-${today()}.txt`;
    void attach(new File([text], name, { type: 'text/plain' })).then(() => setPasted(''));
  };
  const input = `evidence-${c.id}`;
  return (
    <>
      <fieldset
        class={over ? 'dropzone dropzone-over' : 'dropzone'}
        {...(drag
          ? {
              onDragOver: (ev: DragEvent) => {
                ev.preventDefault();
                setOver(true);
              },
              onDragLeave: () => setOver(false),
              onDrop: (ev: DragEvent) => {
                ev.preventDefault();
                setOver(false);
                const file = ev.dataTransfer?.files[0];
                if (file) void attach(file);
              },
            }
          : {})}
      >
        <legend>{t(drag ? 'case.drop' : 'case.choose')}</legend>
        <input
          id={input}
          aria-label={t(drag ? 'case.drop' : 'case.choose')}
          type="file"
          accept="image/png,image/jpeg,image/webp,.eml,message/rfc822,application/pdf"
          aria-describedby={`${input}-hint`}
          onChange={(ev) => {
            const file = ev.currentTarget.files?.[0];
            ev.currentTarget.value = '';
            if (file) void attach(file);
          }}
        />
        <p id={`${input}-hint`} class="hint">
          {t('case.dropHint')}
        </p>
        <details class="paste">
          <summary>{t('proof.paste')}</summary>
          <label class="field" for={`${input}-paste`}>
            {t('proof.pasteLabel')}
          </label>
          <textarea
            id={`${input}-paste`}
            rows={4}
            value={pasted}
            maxLength={CASE_LIMITS.text}
            onInput={(e) => setPasted(e.currentTarget.value)}
          />
          <button type="button" class="button button-small" onClick={keepPasted}>
            {t('proof.pasteKeep')}
          </button>
        </details>
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
    </>
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
      <details class="tech">
        <summary>{t('case.technical')}</summary>
        <p class="muted sha">
          {t('case.sha')}
          {t('punct.colon')} <span class="url">{ev.sha256}</span>
        </p>
      </details>
      <button type="button" class="button button-small" onClick={() => void download()}>
        {t('case.download')}
        <span class="visually-hidden">: {ev.name}</span>
      </button>
    </div>
  );
}
