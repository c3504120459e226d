import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { daysInMonth, formatIsoDate, parseIsoDate, weekday } from './calendar.js';
import { addMonthsPeriod, addWeeksPeriod } from './rules.js';

describe('addMonthsPeriod (Art. 12(3) GDPR, Regulation 1182/71 Art. 3)', () => {
  it.each([
    ['2026-03-10', '2026-04-10', 'same date next month (a Friday)'],
    ['2026-01-31', '2026-03-02', '28 Feb 2026 is a Saturday → Monday 2 March'],
    ['2024-01-31', '2024-02-29', 'leap year: last day of February (a Thursday)'],
    ['2025-01-31', '2025-02-28', 'no 31 February: last day (a Friday)'],
    ['2026-12-15', '2027-01-15', 'across the year end'],
    ['2026-04-30', '2026-06-01', '30 May 2026 is a Saturday → Monday 1 June'],
    ['2026-08-31', '2026-09-30', '30 September 2026 is a Wednesday'],
    ['2026-10-31', '2026-11-30', '30 November 2026 is a Monday'],
  ])('%s → %s (%s)', (start, expected) => {
    expect(addMonthsPeriod(start, 1)).toBe(expected);
  });

  it('extends to three months', () => {
    expect(addMonthsPeriod('2026-03-10', 3)).toBe('2026-06-10');
    expect(addMonthsPeriod('2025-11-30', 3)).toBe('2026-03-02');
  });

  const dateArb = fc
    .date({
      min: new Date('2000-01-01T00:00:00Z'),
      max: new Date('2099-12-31T00:00:00Z'),
      noInvalidDate: true,
    })
    .map((d) => d.toISOString().slice(0, 10));

  it('always ends on a working day, after the start, within a month and three days', () => {
    fc.assert(
      fc.property(dateArb, fc.integer({ min: 1, max: 3 }), (start, months) => {
        const end = addMonthsPeriod(start, months);
        expect(weekday(parseIsoDate(end))).not.toBe(0);
        expect(weekday(parseIsoDate(end))).not.toBe(6);
        expect(end > start).toBe(true);
        const s = parseIsoDate(start);
        const e = parseIsoDate(end);
        const monthsApart = (e.year - s.year) * 12 + (e.month - s.month);
        expect([months, months + 1]).toContain(monthsApart);
      }),
    );
  });

  it('ends on the same day number, or the month end, before the weekend shift', () => {
    fc.assert(
      fc.property(dateArb, (start) => {
        const s = parseIsoDate(start);
        const end = parseIsoDate(addMonthsPeriod(start, 1));
        const target =
          s.month === 12 ? { year: s.year + 1, month: 1 } : { year: s.year, month: s.month + 1 };
        const expectedDay = Math.min(s.day, daysInMonth(target.year, target.month));
        const unshifted = formatIsoDate({ ...target, day: expectedDay });
        const shift = weekday(parseIsoDate(unshifted));
        const extra = shift === 6 ? 2 : shift === 0 ? 1 : 0;
        const diff =
          (Date.UTC(end.year, end.month - 1, end.day) - Date.parse(`${unshifted}T00:00:00Z`)) /
          86_400_000;
        expect(diff).toBe(extra);
      }),
    );
  });
});

describe('addWeeksPeriod', () => {
  it('adds two weeks and leaves the weekend', () => {
    expect(addWeeksPeriod('2026-04-13', 2)).toBe('2026-04-27');
    expect(addWeeksPeriod('2026-04-11', 2)).toBe('2026-04-27');
  });
});

describe('calendar', () => {
  it('knows leap years and rejects impossible dates', () => {
    expect(daysInMonth(2000, 2)).toBe(29);
    expect(daysInMonth(1900, 2)).toBe(28);
    expect(() => parseIsoDate('2026-02-29')).toThrow();
    expect(weekday(parseIsoDate('2026-11-29'))).toBe(0);
  });
});
