import {
  CASE_STATE_TEXT,
  type CaseSummary,
  NEXT_ACTION_TEXT,
  REQUEST_KIND_TEXT,
  type RequestDeadline,
} from '@widerspruch/core';
import { formatDate, locale, t, tPlural } from '../i18n/i18n.js';
import { tx, txString, txWorded } from '../i18n/local-text.js';

/** The state badge of a case. */
export function StateBadge({ summary }: { summary: CaseSummary }) {
  return (
    <span class={`badge badge-${summary.state}`}>
      {txWorded(CASE_STATE_TEXT[summary.state][locale.value])}
    </span>
  );
}

/** The due date with days left (or overdue) and, on request, the rule it is counted by. */
export function DueLine({
  summary,
  withRule = false,
}: {
  summary: CaseSummary;
  withRule?: boolean;
}) {
  const due = summary.due;
  if (due === undefined) return null;
  const days = summary.daysLeft ?? 0;
  const relative = days >= 0 ? tPlural('case.daysLeft', days) : tPlural('case.overdueBy', -days);
  return (
    <div class="due">
      <p>
        <strong>{t('case.due', { date: formatDate(due.date) })}</strong>{' '}
        <span class={days < 0 ? 'overdue' : 'muted'}>({relative})</span>
      </p>
      {withRule ? (
        <details class="rule">
          <summary>{t('case.rule')}</summary>
          <p>{tx(due.rule.text)}</p>
        </details>
      ) : null}
    </div>
  );
}

/** What to do next, in words. */
export function NextAction({ summary }: { summary: CaseSummary }) {
  return (
    <p class="next-action">
      <strong>
        {t('case.next')}
        {t('punct.colon')}
      </strong>{' '}
      {tx(NEXT_ACTION_TEXT[summary.next])}
    </p>
  );
}

/** The due dates of access and erasure requests sent for the case. */
export function RequestLines({ requests }: { requests: readonly RequestDeadline[] }) {
  if (requests.length === 0) return null;
  return (
    <ul class="requests">
      {requests.map((r) => (
        <li key={r.kind}>
          {t(r.daysLeft < 0 ? 'case.requestPassed' : 'case.request', {
            name: txString(REQUEST_KIND_TEXT[r.kind]),
            sent: formatDate(r.sentOn),
            due: formatDate(r.due.date),
          })}
        </li>
      ))}
    </ul>
  );
}
