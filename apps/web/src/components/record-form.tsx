import {
  type Case,
  type CaseEvent,
  EVENT_KIND_TEXT,
  REPLY_KIND_TEXT,
  REPLY_KINDS,
  type ReplyKind,
} from '@widerspruch/core';
import { useState } from 'preact/hooks';
import { t } from '../i18n/i18n.js';
import { tx, txString } from '../i18n/local-text.js';
import { addEvent, today } from '../state/store.js';

const KINDS = [
  'confirmation-received',
  'reply-received',
  'reminder-sent',
  'deadline-extended',
  'submitted',
  'closed',
] as const satisfies readonly CaseEvent['kind'][];

/** Records what happened in a case: an answer, a reminder, an extension, closing it. */
export function RecordForm({ c }: { c: Case }) {
  const [kind, setKind] = useState<(typeof KINDS)[number]>('confirmation-received');
  const [date, setDate] = useState(today());
  const [reply, setReply] = useState<ReplyKind>('accepted');
  const [saved, setSaved] = useState('');
  const futureAllowed = kind === 'deadline-extended';
  const inFuture = !futureAllowed && date > today();
  const prefix = `record-${c.id}`;
  return (
    <section>
      <h2>{t('case.recordTitle')}</h2>
      <form
        class="record-form"
        onSubmit={(e) => {
          e.preventDefault();
          if (inFuture || date === '') return;
          void addEvent(c.id, { kind, date, ...(kind === 'reply-received' ? { reply } : {}) }).then(
            () => setSaved(txString(EVENT_KIND_TEXT[kind])),
          );
        }}
      >
        <label class="field" for={`${prefix}-kind`}>
          {t('case.recordWhat')}
        </label>
        <select
          id={`${prefix}-kind`}
          value={kind}
          onChange={(e) => setKind(e.currentTarget.value as (typeof KINDS)[number])}
        >
          {KINDS.map((k) => (
            <option key={k} value={k}>
              {tx(EVENT_KIND_TEXT[k])}
            </option>
          ))}
        </select>
        {kind === 'reply-received' && (
          <>
            <label class="field" for={`${prefix}-reply`}>
              {t('case.replyKind')}
            </label>
            <select
              id={`${prefix}-reply`}
              value={reply}
              onChange={(e) => setReply(e.currentTarget.value as ReplyKind)}
            >
              {REPLY_KINDS.map((r) => (
                <option key={r} value={r}>
                  {tx(REPLY_KIND_TEXT[r])}
                </option>
              ))}
            </select>
          </>
        )}
        <label class="field" for={`${prefix}-date`}>
          {futureAllowed ? t('case.newDeadline') : t('case.date')}
        </label>
        <input
          id={`${prefix}-date`}
          type="date"
          value={date}
          required
          {...(futureAllowed ? {} : { max: today() })}
          aria-invalid={inFuture}
          onInput={(e) => setDate(e.currentTarget.value)}
        />
        {inFuture && (
          <p class="error" role="alert">
            {t('cases.dateInFuture')}
          </p>
        )}
        <div class="actions">
          <button type="submit" class="button button-primary">
            {t('case.record')}
          </button>
        </div>
        <p role="status" class="success">
          {saved}
        </p>
      </form>
    </section>
  );
}
