import type { Catalog } from './check.js';

/** A URL found in the catalog, with where it stands. */
export interface CatalogUrl {
  readonly url: string;
  /** Record and field, e.g. `platforms/facebook → channels[0].url`. */
  readonly where: readonly string[];
}

/** Every https URL in the catalog, each once, with all the places it appears. */
export function catalogUrls(catalog: Catalog): CatalogUrl[] {
  const found = new Map<string, string[]>();
  const visit = (node: unknown, path: string, record: string): void => {
    if (typeof node === 'string') {
      if (/^https:\/\//.test(node)) {
        const list = found.get(node) ?? [];
        list.push(`${record} → ${path}`);
        found.set(node, list);
      }
      return;
    }
    if (Array.isArray(node)) {
      node.forEach((item, i) => {
        visit(item, `${path}[${i}]`, record);
      });
      return;
    }
    if (node !== null && typeof node === 'object') {
      for (const [key, value] of Object.entries(node)) {
        visit(value, path === '' ? key : `${path}.${key}`, record);
      }
    }
  };
  for (const p of catalog.platforms) visit(p, '', `platforms/${p.id}`);
  for (const c of catalog.controllers) visit(c, '', `controllers/${c.id}`);
  for (const a of catalog.authorities) visit(a, '', `authorities/${a.id}`);
  for (const r of catalog.remedies) visit(r, '', `remedies/${r.id}`);
  return [...found.entries()]
    .map(([url, where]) => ({ url, where }))
    .sort((a, b) => a.url.localeCompare(b.url));
}
