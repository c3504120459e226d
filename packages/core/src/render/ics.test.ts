import fc from 'fast-check';
import ICAL from 'ical.js';
import { foldLines as libraryFold } from 'ical-generator';
import { describe, expect, it } from 'vitest';
import type { Case } from '../case/model.js';
import { requestDeadlines, summarizeCase } from '../case/state.js';
import { caseDates, foldLines, renderCalendarIcs, renderReminderIcs } from './ics.js';

const base: Case = {
  id: 'case-1',
  platform: 'facebook',
  account: 'a@example.org',
  profile: 'p',
  createdAt: '2026-03-10T08:00:00.000Z',
  events: [{ id: 's', kind: 'submitted', at: '2026-03-10T08:00:00.000Z', date: '2026-03-10' }],
};

function render(c: Case, locale: 'de' | 'en' = 'de') {
  const due = summarizeCase(c, '2026-03-10').due;
  if (!due) throw new Error('no due date');
  return renderReminderIcs({
    case: c,
    due,
    platformName: 'Facebook',
    locale,
    now: '2026-03-10T08:00:00.000Z',
  });
}

describe('renderReminderIcs', () => {
  it('is a valid calendar with an all-day event on the due date and an alarm', () => {
    const ics = render(base);
    expect(ics).toContain('\r\n');
    const component = new ICAL.Component(ICAL.parse(ics));
    const events = component.getAllSubcomponents('vevent');
    expect(events).toHaveLength(1);
    const event = new ICAL.Event(events[0]);
    expect(event.startDate.toString()).toBe('2026-04-10');
    expect(event.startDate.isDate).toBe(true);
    expect(event.summary).toBe('Widerspruch Facebook: Antwort fällig');
    expect(event.description).toContain('Art. 12 Abs. 3 DSGVO');
    expect(events[0]?.getAllSubcomponents('valarm')).toHaveLength(1);
  });

  it('ends every line with CRLF, the last one too (RFC 5545)', () => {
    const ics = render(base, 'en');
    expect(ics.endsWith('END:VCALENDAR\r\n')).toBe(true);
    expect(ics.replace(/\r\n/g, '')).not.toMatch(/[\r\n]/);
  });

  it('matches the golden file', async () => {
    const ics = render(base, 'en').replace(/DTSTAMP:\d+T\d+Z/, 'DTSTAMP:X');
    await expect(ics).toMatchFileSnapshot('./__golden__/reminder-en.ics');
  });

  it('cannot be made to add properties through the account label', () => {
    const ics = render({ ...base, account: 'x\r\nATTENDEE:mailto:evil@example.org\nBEGIN:VEVENT' });
    const component = new ICAL.Component(ICAL.parse(ics));
    const event = component.getFirstSubcomponent('vevent');
    expect(event?.getAllProperties('attendee')).toHaveLength(0);
    expect(component.getAllSubcomponents('vevent')).toHaveLength(1);
  });

  it('adds an event for each follow-up request, also when no objection deadline runs', () => {
    const c: Case = {
      ...base,
      events: [
        ...base.events,
        { id: 'k', kind: 'confirmation-received', at: '2026-03-12T08:00:00.000Z' },
        { id: 'a', kind: 'access-requested', at: '2026-05-04T08:00:00.000Z', date: '2026-05-04' },
        { id: 'e', kind: 'erasure-requested', at: '2026-05-05T08:00:00.000Z', date: '2026-05-05' },
      ],
    };
    expect(summarizeCase(c, '2026-05-05').due).toBeUndefined();
    const ics = renderReminderIcs({
      case: c,
      requests: requestDeadlines(c, '2026-05-05'),
      platformName: 'Facebook',
      locale: 'de',
      now: '2026-05-05T08:00:00.000Z',
    });
    const events = new ICAL.Component(ICAL.parse(ics))
      .getAllSubcomponents('vevent')
      .map((e) => new ICAL.Event(e));
    expect(events.map((e) => [e.startDate.toString(), e.summary])).toEqual([
      ['2026-06-04', 'Auskunftsersuchen Facebook: Antwort fällig'],
      ['2026-06-05', 'Antrag auf Löschung Facebook: Antwort fällig'],
    ]);
    expect(events[0]?.description).toContain('Abgeschickt am 4. Mai 2026, fällig am 4. Juni 2026.');
    expect(events[0]?.description).toContain('Art. 77 DSGVO');
    expect(new Set(events.map((e) => e.uid)).size).toBe(2);
  });

  it('puts several cases in one file, each event with its own UID; cases without a date are left out', () => {
    const other: Case = {
      ...base,
      id: 'case-2',
      events: [{ id: 's', kind: 'submitted', at: '2026-03-20T08:00:00.000Z', date: '2026-03-20' }],
    };
    const draft: Case = { ...base, id: 'case-3', events: [] };
    expect(caseDates(draft, '2026-03-21', 'Facebook')).toBeUndefined();
    const dates = [base, other, draft].flatMap((c) => caseDates(c, '2026-03-21', 'Facebook') ?? []);
    const ics = renderCalendarIcs(dates, 'en', '2026-03-21T08:00:00.000Z');
    const events = new ICAL.Component(ICAL.parse(ics))
      .getAllSubcomponents('vevent')
      .map((e) => new ICAL.Event(e));
    expect(events.map((e) => [e.uid, e.startDate.toString()])).toEqual([
      ['case-1-objection@widerspruch', '2026-04-10'],
      ['case-2-objection@widerspruch', '2026-04-20'],
    ]);
  });

  it('keeps one event per case and slot as its date moves, worded by the rule it follows', () => {
    const events = (c: Case, today: string) => {
      const dates = caseDates(c, today, 'Facebook');
      if (!dates) throw new Error('no dates');
      return new ICAL.Component(ICAL.parse(renderCalendarIcs([dates], 'de', `${today}T08:00:00Z`)))
        .getAllSubcomponents('vevent')
        .map((e) => new ICAL.Event(e));
    };
    const at = (day: string) => `${day}T08:00:00.000Z`;
    const reminded: Case = {
      ...base,
      events: [
        ...base.events,
        { id: 'r', kind: 'reminder-sent', at: at('2026-04-13'), date: '2026-04-13' },
      ],
    };
    const complained: Case = {
      ...reminded,
      events: [
        ...reminded.events,
        { id: 'f', kind: 'complaint-filed', at: at('2026-05-01'), date: '2026-05-01' },
      ],
    };
    const [first] = events(base, '2026-03-10');
    const [second] = events(reminded, '2026-04-13');
    const [third] = events(complained, '2026-05-01');
    // The same UID, a higher sequence: a calendar updates the one event.
    expect([first?.uid, second?.uid, third?.uid]).toEqual(
      Array(3).fill('case-1-objection@widerspruch'),
    );
    expect([first?.sequence, second?.sequence, third?.sequence]).toEqual([1, 2, 3]);
    expect(second?.startDate.toString()).toBe('2026-04-27');
    expect(second?.summary).toBe('Widerspruch Facebook: Erinnerungsfrist endet');
    expect(second?.description).toContain('bei der Aufsichtsbehörde beschweren (Art. 77 DSGVO)');
    expect(second?.description).not.toContain('schicken Sie eine Erinnerung');
    expect(third?.startDate.toString()).toBe('2026-08-03');
    expect(third?.summary).toBe('Beschwerde Facebook: Nachricht der Aufsichtsbehörde fällig');
    expect(third?.description).toContain('Art. 78 Abs. 2 DSGVO');
  });
});

describe('foldLines', () => {
  it('folds exactly as ical-generator does, for any text', () => {
    const line = fc.string({ unit: 'binary', maxLength: 300 });
    fc.assert(
      fc.property(fc.array(line, { maxLength: 4 }), (lines) => {
        const text = lines.map((l) => `X:${l.replace(/[\r\n]/g, '')}`).join('\r\n');
        expect(foldLines(text)).toBe(libraryFold(text));
      }),
      { numRuns: 300 },
    );
  });
});
