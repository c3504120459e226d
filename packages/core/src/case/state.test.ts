import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { caseWith } from '../testing/case-fixture.js';
import {
  extensionRange,
  needsAttention,
  requestDeadlines,
  sortByAttention,
  summarizeCase,
} from './state.js';

describe('summarizeCase for a web-form objection (confirmed by e-mail)', () => {
  const sent = { id: 's', kind: 'submitted', date: '2026-03-10', via: 'web-form' } as const;
  const after = (days: number) => {
    const d = new Date(Date.UTC(2026, 2, 10 + days));
    return d.toISOString().slice(0, 10);
  };

  it('expects the confirmation on the day and the day after, with no deadline', () => {
    for (const days of [0, 1]) {
      expect(summarizeCase(caseWith(sent), after(days))).toEqual({
        state: 'awaiting-confirmation',
        submittedOn: '2026-03-10',
        next: 'expect-confirmation',
      });
    }
  });

  it('after two days without one: check spam, then object again (no reminder, no month)', () => {
    for (const days of [2, 3, 35]) {
      const s = summarizeCase(caseWith(sent), after(days));
      expect(s).toEqual({
        state: 'no-confirmation',
        submittedOn: '2026-03-10',
        next: 'check-spam-resubmit',
      });
      expect(needsAttention(s)).toBe(true);
    }
  });

  it('is confirmed once the confirmation is recorded, at 0, 1, 3 and 35 days', () => {
    const c = caseWith(sent, { id: 'c', kind: 'confirmation-received', date: '2026-03-10' });
    for (const days of [0, 1, 3, 35]) {
      expect(summarizeCase(c, after(days))).toMatchObject({
        state: 'confirmed',
        next: 'keep-proof',
      });
      expect(summarizeCase(c, after(days)).due).toBeUndefined();
    }
  });

  it('starts afresh with a second submission through the form', () => {
    const c = caseWith(sent, { id: 's2', kind: 'submitted', date: '2026-03-14', via: 'web-form' });
    expect(summarizeCase(c, '2026-03-14')).toMatchObject({
      state: 'awaiting-confirmation',
      submittedOn: '2026-03-14',
    });
    expect(summarizeCase(c, '2026-03-16').state).toBe('no-confirmation');
  });

  it('counts the month of Art. 12(3) GDPR for a letter sent after the form', () => {
    const c = caseWith(sent, { id: 'l', kind: 'submitted', date: '2026-03-14', via: 'letter' });
    const s = summarizeCase(c, '2026-03-20');
    expect(s).toMatchObject({ state: 'awaiting-answer', next: 'wait' });
    expect(s.due?.date).toBe('2026-04-14');
  });

  it('counts the month for an answer asking for reasons, answered by a new objection', () => {
    const c = caseWith(
      sent,
      { id: 'r', kind: 'reply-received', date: '2026-03-12', reply: 'asks-for-reason' },
      { id: 'l', kind: 'submitted', date: '2026-03-14', via: 'email' },
    );
    expect(summarizeCase(c, '2026-04-20')).toMatchObject({ state: 'overdue' });
  });
});

describe('summarizeCase', () => {
  it('is a draft before submission', () => {
    expect(summarizeCase(caseWith(), '2026-03-10')).toEqual({ state: 'draft', next: 'submit' });
  });

  it('is due one month after submission (Art. 12(3) GDPR)', () => {
    const s = summarizeCase(
      caseWith({ id: 's', kind: 'submitted', date: '2026-03-10' }),
      '2026-03-20',
    );
    expect(s).toMatchObject({
      state: 'awaiting-answer',
      submittedOn: '2026-03-10',
      next: 'wait',
      daysLeft: 21,
    });
    expect(s.due?.date).toBe('2026-04-10');
    expect(s.due?.rule.id).toBe('art-12-3-one-month');
    expect(s.due?.rule.text.de).toContain('Art. 12 Abs. 3 DSGVO');
  });

  it('moves a deadline on a Saturday to Monday', () => {
    const s = summarizeCase(
      caseWith({ id: 's', kind: 'submitted', date: '2026-01-31' }),
      '2026-02-01',
    );
    expect(s.due?.date).toBe('2026-03-02');
  });

  it('is overdue the day after the due date, and then asks for a reminder', () => {
    const c = caseWith({ id: 's', kind: 'submitted', date: '2026-03-10' });
    expect(summarizeCase(c, '2026-04-10').state).toBe('awaiting-answer');
    expect(summarizeCase(c, '2026-04-11')).toMatchObject({
      state: 'overdue',
      next: 'send-reminder',
      daysLeft: -1,
    });
  });

  it('gives two weeks after a reminder, then suggests a complaint', () => {
    const c = caseWith(
      { id: 's', kind: 'submitted', date: '2026-03-10' },
      { id: 'r', kind: 'reminder-sent', date: '2026-04-13' },
    );
    expect(summarizeCase(c, '2026-04-20')).toMatchObject({
      state: 'reminded',
      due: { date: '2026-04-27' },
    });
    expect(summarizeCase(c, '2026-04-28')).toMatchObject({
      state: 'reminder-overdue',
      next: 'complain',
    });
  });

  it('uses an announced extension, at most three months after receipt', () => {
    const named = caseWith(
      { id: 's', kind: 'submitted', date: '2026-03-10' },
      { id: 'x', kind: 'deadline-extended', date: '2026-05-15' },
    );
    expect(summarizeCase(named, '2026-04-20').due).toMatchObject({
      date: '2026-05-15',
      rule: { id: 'art-12-3-extended' },
    });
    const tooLong = caseWith(
      { id: 's', kind: 'submitted', date: '2026-03-10' },
      { id: 'x', kind: 'deadline-extended', date: '2026-12-31' },
    );
    expect(summarizeCase(tooLong, '2026-04-20').due?.date).toBe('2026-06-10');
  });

  it.each([
    [{ kind: 'confirmation-received' as const }, 'confirmed', 'keep-proof'],
    [{ kind: 'reply-received' as const, reply: 'accepted' as const }, 'confirmed', 'keep-proof'],
    [
      { kind: 'reply-received' as const, reply: 'asks-for-reason' as const },
      'asks-for-reason',
      'resubmit-with-grounds',
    ],
    [
      { kind: 'reply-received' as const, reply: 'rejected' as const },
      'rejected',
      'escalate-rejection',
    ],
    [{ kind: 'reply-received' as const }, 'answered', 'review-answer'],
  ])('derives the state from the latest answer %o', (answer, state, next) => {
    const c = caseWith({ id: 's', kind: 'submitted', date: '2026-03-10' }, { id: 'a', ...answer });
    expect(summarizeCase(c, '2026-09-01')).toMatchObject({
      state,
      next,
      submittedOn: '2026-03-10',
    });
  });

  it('is closed when closed, whatever else happened', () => {
    const c = caseWith({ id: 's', kind: 'submitted' }, { id: 'z', kind: 'closed' });
    expect(summarizeCase(c, '2027-01-01')).toMatchObject({ state: 'closed', next: 'none' });
  });

  it('never reports a due date before the submission or on a weekend', () => {
    const dateArb = fc
      .date({
        min: new Date('2020-01-01T00:00:00Z'),
        max: new Date('2035-12-31T00:00:00Z'),
        noInvalidDate: true,
      })
      .map((d) => d.toISOString().slice(0, 10));
    fc.assert(
      fc.property(dateArb, (submitted) => {
        const s = summarizeCase(
          caseWith({ id: 's', kind: 'submitted', date: submitted }),
          submitted,
        );
        expect(s.due && s.due.date > submitted).toBe(true);
        const day = new Date(`${s.due?.date}T12:00:00Z`).getUTCDay();
        expect([0, 6]).not.toContain(day);
      }),
    );
  });
});

describe('extensionRange', () => {
  it('runs from the day after the one-month due date to three months after receipt', () => {
    expect(extensionRange(caseWith())).toBeUndefined();
    expect(extensionRange(caseWith({ id: 's', kind: 'submitted', date: '2026-01-10' }))).toEqual({
      earliest: '2026-02-11',
      latest: '2026-04-10',
    });
    // 2026-02-28 is a Saturday: the one-month due date moves to Monday 2026-03-02.
    expect(extensionRange(caseWith({ id: 's', kind: 'submitted', date: '2026-01-31' }))).toEqual({
      earliest: '2026-03-03',
      latest: '2026-04-30',
    });
  });
});

describe('requestDeadlines', () => {
  it('gives each follow-up request one month, as its letter states, without making it urgent', () => {
    const c = caseWith(
      { id: 's', kind: 'submitted', date: '2026-03-10' },
      { id: 'k', kind: 'confirmation-received', date: '2026-03-12' },
      { id: 'a1', kind: 'access-requested', date: '2026-04-01' },
      { id: 'e', kind: 'erasure-requested', date: '2026-01-31' },
      { id: 'a2', kind: 'access-requested', date: '2026-05-02' },
    );
    expect(requestDeadlines(c, '2026-05-02')).toEqual([
      {
        kind: 'access-requested',
        sentOn: '2026-05-02',
        due: { date: '2026-06-02', rule: expect.objectContaining({ id: 'art-12-3-one-month' }) },
        daysLeft: 31,
      },
      {
        kind: 'erasure-requested',
        sentOn: '2026-01-31',
        // 28 February 2026 is a Saturday: the next working day.
        due: { date: '2026-03-02', rule: expect.objectContaining({ id: 'art-12-3-one-month' }) },
        daysLeft: -61,
      },
    ]);
    // The objection's own state is untouched.
    expect(summarizeCase(c, '2026-05-02').state).toBe('confirmed');
  });

  it('has none before a request and none once the case is closed', () => {
    expect(requestDeadlines(caseWith({ id: 's', kind: 'submitted' }), '2026-03-10')).toEqual([]);
    const closed = caseWith(
      { id: 'a', kind: 'access-requested', date: '2026-04-01' },
      { id: 'c', kind: 'closed', date: '2026-04-20' },
    );
    expect(requestDeadlines(closed, '2026-04-21')).toEqual([]);
  });
});

describe('sortByAttention', () => {
  it('puts what needs acting on first, then drafts, then running deadlines, then the rest', () => {
    const withId = (id: string, ...events: Parameters<typeof caseWith>) => ({
      ...caseWith(...events),
      id,
    });
    const sent = (date: string) => ({ id: 's', kind: 'submitted', date }) as const;
    const cases = [
      withId('confirmed', sent('2026-03-01'), { id: 'k', kind: 'confirmation-received' }),
      withId('later', sent('2026-04-01')),
      withId('draft', { id: 'd', kind: 'drafted' }),
      withId('sooner', sent('2026-03-20')),
      withId('overdue', sent('2026-01-05')),
    ];
    expect(sortByAttention(cases, '2026-04-02').map((c) => c.id)).toEqual([
      'overdue',
      'draft',
      'sooner',
      'later',
      'confirmed',
    ]);
  });
});
