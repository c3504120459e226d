import { describe, expect, it } from 'vitest';
import { checkCatalog } from './check.js';
import { catalogFixture } from './testing/fixtures.js';
import { catalogUrls } from './urls.js';

describe('catalogUrls', () => {
  it('lists every https URL once with all the places it appears', () => {
    const result = checkCatalog(catalogFixture(), { today: '2026-11-29' });
    if (!result.ok) throw new Error('fixture invalid');
    const urls = catalogUrls(result.catalog);
    expect(urls.map((u) => u.url)).toEqual([
      'https://example.org/help',
      'https://example.org/imprint',
      'https://example.org/object',
    ]);
    expect(urls.find((u) => u.url === 'https://example.org/object')?.where).toEqual([
      'platforms/example → channels[0].url',
    ]);
  });
});
