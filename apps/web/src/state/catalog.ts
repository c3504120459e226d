import { signal } from '@preact/signals';
import type { Catalog } from '@widerspruch/catalog';

/** The platform catalog; loaded on demand so that it is not part of the initial bundle. */
export const catalog = signal<Catalog | undefined>(undefined);

let loading: Promise<Catalog> | undefined;

/** Loads the catalog chunk once. */
export function loadCatalog(): Promise<Catalog> {
  loading ??= import('@widerspruch/catalog/bundled').then(({ bundledCatalog }) => {
    const value = bundledCatalog();
    catalog.value = value;
    return value;
  });
  return loading;
}
