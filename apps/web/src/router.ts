import { signal } from '@preact/signals';

/** A page of the app and its parameters. */
export type Route =
  | { readonly page: 'start' }
  | { readonly page: 'meta' }
  | { readonly page: 'wizard' }
  | { readonly page: 'cases' }
  | { readonly page: 'data' }
  | { readonly page: 'scan' }
  | { readonly page: 'case'; readonly id: string }
  | { readonly page: 'guide'; readonly platform: string }
  | { readonly page: 'remedies'; readonly platform: string }
  | { readonly page: 'not-found' };

/** Parses a location hash such as `#/meine-widersprueche`. */
export function parseHash(hash: string): Route {
  const path = hash.replace(/^#/, '') || '/';
  switch (path) {
    case '/':
      return { page: 'start' };
    case '/meta':
      return { page: 'meta' };
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
      if (path.startsWith('/abhilfe/') && path.length > 9) {
        return { page: 'remedies', platform: decodeURIComponent(path.slice(9)) };
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
    meta: '#/meta',
    wizard: '#/widersprechen',
    cases: '#/meine-widersprueche',
    data: '#/daten',
    scan: '#/export',
    case: '#/meine-widersprueche',
    guide: '#/widersprechen',
    remedies: '#/meine-widersprueche',
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

/** The address of the page on what to do when a platform ignores an objection, or when it is too late. */
export function remedyHref(platform: string): string {
  return `#/abhilfe/${encodeURIComponent(platform)}`;
}
