import type { Catalog, Platform } from '@widerspruch/catalog';

function plain(text: string): string {
  return text
    .normalize('NFD')
    .replace(/\p{M}/gu, '')
    .replace(/[\s.-]+/g, '')
    .toLowerCase();
}

/** Whether a service name contains the typed text (ignoring case, accents and spaces). */
export function matchesFilter(name: string, filter: string): boolean {
  return plain(name).includes(plain(filter));
}

/**
 * Whether a service matches the typed text by its own name or its company's ("Meta" finds
 * Facebook, Instagram, WhatsApp, Messenger and Threads).
 */
export function matchesService(catalog: Catalog, platform: Platform, filter: string): boolean {
  if (matchesFilter(platform.name, filter)) return true;
  const company = catalog.controllers.find((c) => c.id === platform.controller);
  return (
    company !== undefined &&
    plain(filter) !== '' &&
    (matchesFilter(company.shortName, filter) || matchesFilter(company.name, filter))
  );
}

/**
 * The order of services in the wizard, from the catalog's data rather than the alphabet:
 * an announced training start still ahead first (the soonest first), then services that
 * train on user data now, then the rest; within a group, the services that the most public
 * sources write about (the ones that concern the most people) first, then by name.
 */
export function serviceOrder(
  platforms: readonly Platform[],
  today: string,
  locale: string,
): Platform[] {
  const group = (p: Platform): [number, string] => {
    const { status, since } = p.aiTraining;
    if (status === 'announced' && since !== undefined && since > today) return [0, since];
    return [status === 'training' ? 1 : 2, ''];
  };
  return [...platforms].sort((a, b) => {
    const [ga, da] = group(a);
    const [gb, db] = group(b);
    return (
      ga - gb ||
      da.localeCompare(db) ||
      b.sources.length - a.sources.length ||
      a.name.localeCompare(b.name, locale)
    );
  });
}
