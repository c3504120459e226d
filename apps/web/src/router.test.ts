import { describe, expect, it } from 'vitest';
import { caseHref, parseHash } from './router.js';

describe('parseHash', () => {
  it('reads a case page back from its address', () => {
    expect(parseHash(caseHref('a b/ü%'))).toEqual({ page: 'case', id: 'a b/ü%' });
  });

  it('takes a malformed percent sign as an unknown page instead of throwing', () => {
    expect(parseHash('#/fall/%E0%A4%A')).toEqual({ page: 'not-found' });
    expect(parseHash('#/fall/%')).toEqual({ page: 'not-found' });
    expect(parseHash('#/anleitung/%zz')).toEqual({ page: 'not-found' });
  });
});
