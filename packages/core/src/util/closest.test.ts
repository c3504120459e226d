import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { closestMatch, editDistance } from './closest.js';

describe('closestMatch', () => {
  const platforms = ['facebook', 'instagram', 'messenger', 'threads', 'whatsapp'];

  it('suggests the intended id for a typo', () => {
    expect(closestMatch('instagarm', platforms)).toBe('instagram');
    expect(closestMatch('facebok', platforms)).toBe('facebook');
    expect(closestMatch('Facebook', platforms)).toBe('facebook');
  });

  it('completes a prefix', () => {
    expect(closestMatch('insta', platforms)).toBe('instagram');
    expect(closestMatch('wha', ['de', 'en', 'whatsapp'])).toBe('whatsapp');
  });

  it('suggests nothing for empty or one-character input, even with a one-letter candidate', () => {
    for (const input of ['', ' ', 'q', 'y'])
      expect(closestMatch(input, ['x', 'de', ...platforms])).toBeUndefined();
    expect(closestMatch(' facebok ', platforms)).toBe('facebook');
  });

  it('suggests nothing for unrelated input', () => {
    expect(closestMatch('linkedin', platforms)).toBeUndefined();
    expect(closestMatch('x', platforms)).toBeUndefined();
  });
});

describe('editDistance', () => {
  it('is a metric on small strings', () => {
    fc.assert(
      fc.property(fc.string({ maxLength: 8 }), fc.string({ maxLength: 8 }), (a, b) => {
        expect(editDistance(a, a)).toBe(0);
        expect(editDistance(a, b)).toBe(editDistance(b, a));
        expect(editDistance(a, b)).toBeLessThanOrEqual(Math.max(a.length, b.length));
      }),
    );
  });
});
