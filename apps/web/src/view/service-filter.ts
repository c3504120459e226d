import type { ServiceEntry } from '../state/catalog-index.js';

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
export function matchesService(service: ServiceEntry, filter: string): boolean {
  if (matchesFilter(service.name, filter)) return true;
  const company = service.company;
  return (
    plain(filter) !== '' &&
    company.name !== '' &&
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
  services: readonly ServiceEntry[],
  today: string,
  locale: string,
): readonly ServiceEntry[] {
  const last = lastOrder;
  if (last?.services === services && last.today === today && last.locale === locale) {
    return last.order;
  }
  const group = (p: ServiceEntry): [number, string] => {
    const { status, since } = p;
    if (status === 'announced' && since !== undefined && since > today) return [0, since];
    return [status === 'training' ? 1 : 2, ''];
  };
  const names = collator(locale);
  const keyed = services.map((p) => ({ p, key: group(p) }));
  keyed.sort(
    ({ p: a, key: [ga, da] }, { p: b, key: [gb, db] }) =>
      // The dates are ISO dates: their code points sort them.
      ga - gb ||
      (da < db ? -1 : da > db ? 1 : 0) ||
      b.sourceCount - a.sourceCount ||
      names.compare(a.name, b.name),
  );
  const order = keyed.map((k) => k.p);
  lastOrder = { services, today, locale, order };
  return order;
}

/** The last order computed: the wizard's list renders on every tick and keystroke. */
let lastOrder:
  | {
      services: readonly ServiceEntry[];
      today: string;
      locale: string;
      order: readonly ServiceEntry[];
    }
  | undefined;

const collators = new Map<string, Intl.Collator>();

/** One collator per language (`localeCompare` with a language builds one per call). */
function collator(locale: string): Intl.Collator {
  let found = collators.get(locale);
  if (found === undefined) {
    found = new Intl.Collator(locale);
    collators.set(locale, found);
  }
  return found;
}
