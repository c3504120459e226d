import { bundledCatalog } from '@widerspruch/catalog/bundled';
import { describe, expect, it } from 'vitest';
import { type ServiceEntry, serviceEntries } from '../state/catalog-index.js';
import { matchesFilter, matchesService, serviceOrder } from './service-filter.js';

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

describe('matchesService and serviceOrder', () => {
  const services = serviceEntries(bundledCatalog(), 'de');

  it('finds every Meta service by the company name', () => {
    const found = services.filter((p) => matchesService(p, 'Meta'));
    expect(found.map((p) => p.id).sort()).toEqual(
      [
        'facebook',
        'instagram',
        'messenger',
        'meta-ai',
        'meta-ai-glasses',
        'threads',
        'whatsapp',
      ].sort(),
    );
    expect(services.filter((p) => matchesService(p, '')).length).toBe(services.length);
  });

  it('puts an announced start ahead first, then the most documented services that train now', () => {
    const order = serviceOrder(services, '2026-12-06', 'de').map((p) => p.id);
    expect(order.slice(0, 2)).toEqual(['facebook', 'instagram']);
    const soon = services.map((p) =>
      p.id === 'zoom' ? { ...p, status: 'announced' as const, since: '2027-01-01' } : p,
    );
    expect(serviceOrder(soon, '2026-12-06', 'de')[0]?.id).toBe('zoom');
    expect(order).not.toEqual([...order].sort());
  });

  it('sorts ties by name in the language, and sorts again only when its input changes', () => {
    const first = services[0];
    if (first === undefined) throw new Error('no services');
    const named = (id: string, name: string): ServiceEntry => ({
      ...first,
      id,
      name,
      status: 'training' as const,
      sourceCount: 1,
    });
    const list = [named('b', 'Zeta'), named('a', 'Äpfel'), named('c', 'Apfel')];
    const order = serviceOrder(list, '2026-12-06', 'de');
    expect(order.map((p) => p.name)).toEqual(['Apfel', 'Äpfel', 'Zeta']);
    expect(serviceOrder(list, '2026-12-06', 'de')).toBe(order);
    expect(serviceOrder([...list], '2026-12-06', 'de')).not.toBe(order);
    expect(serviceOrder(list, '2026-12-07', 'de')).not.toBe(order);
  });
});
