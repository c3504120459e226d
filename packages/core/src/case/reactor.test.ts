import { describe, expect, it } from 'vitest';
import { letterRefusal } from '../letter/preconditions.js';
import { caseWith } from '../testing/case-fixture.js';
import type { Case } from './model.js';
import { whatNext } from './reactor.js';
import { summarizeCase } from './state.js';

const submitted = { id: 's', kind: 'submitted', date: '2026-03-10' } as const;

/** Situation ids in order, the current one marked with `*`, one ahead with `>`. */
function situations(c: Case, today: string): string[] {
  return whatNext(summarizeCase(c, today)).map(
    (s) => `${s.current ? '*' : s.ahead ? '>' : ''}${s.id}`,
  );
}

/** The letters whatNext offers, each with why it cannot be written today (or 'ok'). */
function letters(c: Case, today: string): Record<string, string> {
  const out: Record<string, string> = {};
  for (const s of whatNext(summarizeCase(c, today)))
    for (const step of s.steps)
      if (step.letter)
        out[`${s.id}/${step.letter}`] = letterRefusal(step.letter, c, today)?.id ?? 'ok';
  return out;
}

const ALWAYS = ['form-fails', 'already-trained', 'legal-action'];

describe('whatNext', () => {
  it('offers the objection letter first while nothing is sent', () => {
    expect(situations(caseWith(), '2026-03-10')).toEqual([
      '*form-fails',
      'already-trained',
      'legal-action',
    ]);
    expect(letters(caseWith(), '2026-03-10')).toEqual({
      'form-fails/objection': 'ok',
      'already-trained/access': 'ok',
      'legal-action/dossier': 'ok',
    });
  });

  it('shows what comes if no answer arrives, with the letters for the day after the deadline', () => {
    const c = caseWith(submitted);
    expect(situations(c, '2026-04-10')).toEqual(['>no-answer', ...ALWAYS]);
    expect(whatNext(summarizeCase(c, '2026-04-10'))[0]?.title.de).toBe(
      'Falls bis zum Fristende keine Antwort kommt',
    );
    expect(letters(c, '2026-04-10')).toMatchObject({
      'no-answer/reminder': 'not-due',
      'no-answer/complaint': 'not-due',
    });
    expect(letterRefusal('reminder', c, '2026-04-10')).toMatchObject({
      due: '2026-04-10',
      from: '2026-04-11',
    });
    // On that day the situation is the current one and both letters can be written.
    expect(situations(c, '2026-04-11')).toEqual(['*no-answer', ...ALWAYS]);
    expect(whatNext(summarizeCase(c, '2026-04-11'))[0]?.title.de).toBe(
      'Keine Antwort bis zur Frist',
    );
    expect(letters(c, '2026-04-11')).toMatchObject({
      'no-answer/reminder': 'ok',
      'no-answer/complaint': 'ok',
    });
  });

  it('after a reminder, shows the complaint for when the reminder goes unanswered too', () => {
    const c = caseWith(submitted, { id: 'r', kind: 'reminder-sent', date: '2026-04-13' });
    expect(situations(c, '2026-04-20')).toEqual(['>reminder-unanswered', ...ALWAYS]);
    // The Art. 12(3) deadline has passed: the complaint can be written already.
    expect(letters(c, '2026-04-20')['reminder-unanswered/complaint']).toBe('ok');
    // A reminder sent before that deadline: the complaint waits for it.
    const early = caseWith(submitted, { id: 'r', kind: 'reminder-sent', date: '2026-04-01' });
    expect(letterRefusal('complaint', early, '2026-04-05')).toMatchObject({
      id: 'not-due',
      from: '2026-04-11',
    });
    expect(situations(early, '2026-04-16')).toEqual(['*reminder-unanswered', ...ALWAYS]);
    expect(letters(early, '2026-04-16')['reminder-unanswered/complaint']).toBe('ok');
  });

  it('offers a new objection with grounds, a complaint or erasure after an answer', () => {
    const reply = (r: 'asks-for-reason' | 'rejected') =>
      caseWith(submitted, { id: 'a', kind: 'reply-received', reply: r, date: '2026-03-20' });
    expect(situations(reply('asks-for-reason'), '2026-03-21')[0]).toBe('*asks-for-reason');
    expect(letters(reply('asks-for-reason'), '2026-03-21')['asks-for-reason/objection']).toBe('ok');
    expect(situations(reply('rejected'), '2026-03-21')[0]).toBe('*rejected');
    const id = caseWith(submitted, {
      id: 'a',
      kind: 'reply-received',
      reply: 'asks-for-id',
      date: '2026-03-20',
    });
    expect(situations(id, '2026-03-21')[0]).toBe('*asks-for-id');
    expect(letters(id, '2026-03-21')).toMatchObject({
      'asks-for-id/objection': 'ok',
      'asks-for-id/complaint': 'ok',
    });
    expect(letters(reply('rejected'), '2026-03-21')).toMatchObject({
      'rejected/complaint': 'ok',
      'rejected/erasure': 'ok',
    });
  });

  it('offers nothing about deadlines, nor help with the form, once confirmed', () => {
    const c = caseWith(submitted, { id: 'k', kind: 'confirmation-received', date: '2026-03-12' });
    expect(situations(c, '2026-05-01')).toEqual(ALWAYS.slice(1));
  });

  it('follows a web form: confirmation ahead, then check spam and object again, no reminder', () => {
    const sent = { ...submitted, via: 'web-form' } as const;
    expect(situations(caseWith(sent), '2026-03-11')).toEqual(['>no-confirmation', ...ALWAYS]);
    expect(situations(caseWith(sent), '2026-03-13')).toEqual(['*no-confirmation', ...ALWAYS]);
    const offered = letters(caseWith(sent), '2026-04-20');
    expect(Object.keys(offered)).not.toContain('no-answer/reminder');
    expect(offered['no-confirmation/objection']).toBe('ok');
    expect(letterRefusal('reminder', caseWith(sent), '2026-04-20')?.id).toBe('web-form');
  });

  it('never offers a letter as the current step that cannot be written today', () => {
    const cases: [Case, string][] = [
      [caseWith(), '2026-03-10'],
      [caseWith(submitted), '2026-04-11'],
      [caseWith({ ...submitted, via: 'web-form' }), '2026-03-13'],
      [caseWith(submitted, { id: 'r', kind: 'reminder-sent', date: '2026-04-13' }), '2026-05-01'],
      [caseWith(submitted, { id: 'f', kind: 'complaint-filed', date: '2026-04-13' }), '2026-09-01'],
      [
        caseWith(submitted, { id: 'i', kind: 'reply-received', reply: 'asks-for-id' }),
        '2026-03-21',
      ],
      [caseWith(submitted, { id: 'n', kind: 'reply-received', reply: 'rejected' }), '2026-03-21'],
    ];
    for (const [c, today] of cases)
      for (const s of whatNext(summarizeCase(c, today)).filter((x) => x.current))
        for (const step of s.steps)
          if (step.letter) expect(letterRefusal(step.letter, c, today), step.id).toBeUndefined();
  });
});
