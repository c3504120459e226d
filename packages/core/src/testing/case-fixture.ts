import type { Case, CaseEvent } from '../case/model.js';

/** A Facebook case with these events, recorded a second apart on 10 March 2026 (tests). */
export function caseWith(...events: Omit<CaseEvent, 'at'>[]): Case {
  return {
    id: 'c',
    platform: 'facebook',
    account: 'a@example.org',
    profile: 'p',
    createdAt: '2026-03-10T08:00:00.000Z',
    events: events.map((e, i) => ({ ...e, at: `2026-03-10T08:00:0${i}.000Z` })),
  };
}
