import { describe, expect, it } from 'vitest';
import { withinJsonDepth } from './json-depth.js';

describe('withinJsonDepth', () => {
  it('counts arrays and objects, not brackets in strings', () => {
    expect(withinJsonDepth('[[{"a":[1]}]]', 4)).toBe(true);
    expect(withinJsonDepth('[[{"a":[1]}]]', 3)).toBe(false);
    expect(withinJsonDepth('["[[[[", "\\"[[[["]', 1)).toBe(true);
    expect(withinJsonDepth(`${'['.repeat(1e5)}${']'.repeat(1e5)}`, 64)).toBe(false);
  });
});
