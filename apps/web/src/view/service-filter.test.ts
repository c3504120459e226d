import { describe, expect, it } from 'vitest';
import { matchesFilter } from './service-filter.js';

describe('matchesFilter', () => {
  it('finds a service by part of its name, ignoring case, accents, spaces and dots', () => {
    expect(matchesFilter('Instagram', 'insta')).toBe(true);
    expect(matchesFilter('Instagram', 'INSTA')).toBe(true);
    expect(matchesFilter('WordPress.com', 'wordpress com')).toBe(true);
    expect(matchesFilter('Mistral Le Chat', 'lechat')).toBe(true);
    expect(matchesFilter('Ärzte-App', 'arzte')).toBe(true);
    expect(matchesFilter('Facebook', 'insta')).toBe(false);
  });

  it('lets every service through an empty filter', () => {
    expect(matchesFilter('X', '')).toBe(true);
    expect(matchesFilter('X', '  ')).toBe(true);
  });
});
