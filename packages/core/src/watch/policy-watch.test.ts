import { bundledCatalog } from '@widerspruch/catalog/bundled';
import { describe, expect, it } from 'vitest';
import type { Case } from '../case/model.js';
import { isStale, objectAgain, objectBefore } from './policy-watch.js';

const catalog = bundledCatalog();
const facebook = catalog.platforms.find((p) => p.id === 'facebook');
if (facebook === undefined) throw new Error('catalog incomplete');

function caseSubmitted(date: string): Case {
  return {
    id: 'c',
    platform: 'facebook',
    account: 'a',
    profile: 'p',
    createdAt: `${date}T10:00:00.000Z`,
    events: [{ id: 's', kind: 'submitted', at: `${date}T10:00:00.000Z`, date }],
  };
}

describe('policy watch', () => {
  it('flags a case older than the platform’s newest policy event, naming that event', () => {
    const flag = objectAgain(caseSubmitted('2024-06-01'), facebook);
    expect(flag).toBeDefined();
    expect((flag?.event.date ?? '') > '2024-06-01').toBe(true);
    expect(flag?.message.de).toContain('widersprechen Sie im Zweifel erneut');
  });

  it('does not flag a case newer than every policy event, or a draft', () => {
    expect(objectAgain(caseSubmitted('2026-11-28'), facebook)).toBeUndefined();
    expect(objectAgain({ ...caseSubmitted('2024-06-01'), events: [] }, facebook)).toBeUndefined();
  });

  it('counts from the latest submission: objecting again after a policy change clears the flag', () => {
    const first = caseSubmitted('2024-06-01');
    const flag = objectAgain(first, facebook);
    const changedOn = flag?.event.date ?? '';
    expect(changedOn > '2024-06-01').toBe(true);
    const day = new Date(Date.parse(`${changedOn}T12:00:00Z`) + 86_400_000)
      .toISOString()
      .slice(0, 10);
    const again: Case = {
      ...first,
      events: [
        ...first.events,
        { id: 's2', kind: 'submitted', at: `${day}T10:00:00.000Z`, date: day },
      ],
    };
    expect(day > changedOn).toBe(true);
    expect(objectAgain(again, facebook)).toBeUndefined();
  });

  it('writes dates out in its messages, never as ISO dates', () => {
    const flag = objectAgain(caseSubmitted('2024-06-01'), facebook);
    expect(flag?.message.de).toContain('vom 1. Juni 2024');
    expect(flag?.message.en).toContain('of 1 June 2024');
    expect(flag?.message.de).not.toMatch(/\d{4}-\d{2}-\d{2}/);
  });

  it('warns before an announced start that lies ahead, and not after it', () => {
    const announced = {
      ...facebook,
      aiTraining: { ...facebook.aiTraining, status: 'announced' as const, since: '2026-12-15' },
    };
    expect(objectBefore(announced, '2026-11-29')).toMatchObject({
      startsOn: '2026-12-15',
      daysLeft: 16,
    });
    expect(objectBefore(announced, '2026-12-15')).toBeUndefined();
    expect(objectBefore(facebook, '2026-11-29')).toBeUndefined();
  });

  it('marks facts older than 180 days as possibly out of date', () => {
    expect(isStale('2026-06-02', '2026-11-29')).toBe(false);
    expect(isStale('2026-06-01', '2026-11-29')).toBe(true);
  });
});

describe('policy watch and the December 2026 records', () => {
  const find = (id: string) => {
    const p = catalog.platforms.find((x) => x.id === id);
    if (p === undefined) throw new Error(`catalog lacks ${id}`);
    return p;
  };

  it('flags an Atlassian objection made before its announced start of 17 August 2026', () => {
    const atlassian = find('atlassian');
    const flag = objectAgain({ ...caseSubmitted('2026-05-01'), platform: 'atlassian' }, atlassian);
    expect(flag?.event).toMatchObject({ date: '2026-08-17', kind: 'started' });
    expect(objectAgain({ ...caseSubmitted('2026-09-01'), platform: 'atlassian' }, atlassian)).toBe(
      undefined,
    );
  });

  it('flags a Claude objection made before the terms took effect on 8 October 2025', () => {
    const claude = find('anthropic-claude');
    const flag = objectAgain(
      { ...caseSubmitted('2025-09-01'), platform: 'anthropic-claude' },
      claude,
    );
    expect(flag?.event.date).toBe('2025-10-08');
  });

  it('warns "object before" for a record whose announced start lies ahead', () => {
    const atlassian = find('atlassian');
    const ahead = {
      ...atlassian,
      aiTraining: { ...atlassian.aiTraining, status: 'announced' as const },
    };
    expect(objectBefore(ahead, '2026-08-01')).toMatchObject({
      startsOn: '2026-08-17',
      daysLeft: 16,
    });
    expect(objectBefore(ahead, '2026-12-06')).toBeUndefined();
  });
});
