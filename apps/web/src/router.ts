import { signal } from '@preact/signals';

/** A page of the app and its parameters. */
export type Route =
  | { readonly page: 'start' }
  | { readonly page: 'wizard' }
  | { readonly page: 'cases' }
  | { readonly page: 'data' }
  | { readonly page: 'scan' }
  | { readonly page: 'case'; readonly id: string }
  | { readonly page: 'guide'; readonly platform: string }
  | { readonly page: 'not-found' };

/** Parses a location hash such as `#/meine-widersprueche`. */
export function parseHash(hash: string): Route {
  const path = hash.replace(/^#/, '') || '/';
  switch (path) {
    case '/':
      return { page: 'start' };
    case '/widersprechen':
      return { page: 'wizard' };
    case '/meine-widersprueche':
      return { page: 'cases' };
    case '/daten':
      return { page: 'data' };
    case '/export':
      return { page: 'scan' };
    default:
      if (path.startsWith('/fall/') && path.length > 6) {
        const id = decoded(path.slice(6));
        return id === undefined ? { page: 'not-found' } : { page: 'case', id };
      }
      if (path.startsWith('/anleitung/') && path.length > 11) {
        const platform = decoded(path.slice(11));
        return platform === undefined ? { page: 'not-found' } : { page: 'guide', platform };
      }
      return { page: 'not-found' };
  }
}

/** A percent-encoded part of an address; undefined when malformed (a stray `%`). */
function decoded(part: string): string | undefined {
  try {
    return decodeURIComponent(part);
  } catch {
    return undefined;
  }
}

/** The address of one case's page. */
export function caseHref(id: string): string {
  return `#/fall/${encodeURIComponent(id)}`;
}

/** The address of a platform's guide (read only; the wizard records what was done). */
export function guideHref(platform: string): string {
  return `#/anleitung/${encodeURIComponent(platform)}`;
}

/** The hash of a page. */
export function hrefOf(page: Route['page']): string {
  const paths: Record<Route['page'], string> = {
    start: '#/',
    wizard: '#/widersprechen',
    cases: '#/meine-widersprueche',
    data: '#/daten',
    scan: '#/export',
    case: '#/meine-widersprueche',
    guide: '#/widersprechen',
    'not-found': '#/',
  };
  return paths[page];
}

/** The current route. */
export const route = signal<Route>(parseHash(typeof location === 'undefined' ? '' : location.hash));

/** Follows changes of the location hash. */
export function startRouter(): void {
  window.addEventListener('hashchange', () => {
    route.value = parseHash(location.hash);
  });
}

/** Goes to a page. */
export function navigate(page: Route['page']): void {
  location.hash = hrefOf(page);
}
