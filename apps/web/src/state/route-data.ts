import { effect } from '@preact/signals';
import { loadCoreTextNow } from '../i18n/i18n.js';
import type { Route } from '../router.js';
import { route } from '../router.js';
import { type CatalogNeeds, loadCatalog, loadServices, loadStartIndex } from './catalog.js';
import { cases } from './store.js';
import { wizardPhase, wizardTasks } from './wizard.js';

/** What a page shows of the catalog: its index, and the records it needs. */
interface RouteData {
  readonly index?: 'start' | 'services';
  readonly records?: CatalogNeeds;
}

/**
 * The catalog data of each page, loaded as soon as the address changes, beside the page's
 * code rather than after it (each page still asks for what it shows; this is a head start).
 */
function routeData(r: Route): RouteData {
  switch (r.page) {
    case 'start':
      return { index: 'start' };
    case 'meta':
      return { records: { platforms: ['facebook', 'instagram'] } };
    case 'wizard': {
      const phase = wizardPhase.peek();
      const task = phase.phase === 'task' ? wizardTasks.peek()[phase.index] : undefined;
      return { index: 'services', ...(task ? { records: { platforms: [task.platform] } } : {}) };
    }
    case 'cases':
      return { records: { platforms: [...new Set(cases.peek().map((c) => c.platform))].sort() } };
    case 'case': {
      const id = r.id;
      const found = cases.peek().find((c) => c.id === id);
      return { records: { platforms: found ? [found.platform] : [], authorities: true } };
    }
    case 'guide':
      // The remedies box below the steps loads its part itself, after them.
      return { records: { platforms: [r.platform] } };
    case 'remedies':
      return { records: { platforms: [r.platform], authorities: true, remedies: true } };
    case 'scan':
      return { index: 'services' };
    case 'data':
    case 'not-found':
      return {};
  }
}

/**
 * Loads what the start page leads to (core's wording, the Meta records, the remedies box of
 * their guides), to be called once the app is stored for offline use: then it comes from that
 * store, not the network, and the step opens without waiting for it.
 */
export function prefetchLikelyNext(): void {
  void loadCoreTextNow().catch(() => undefined);
  void loadCatalog({ platforms: ['facebook', 'instagram'], remedies: true }).catch(() => undefined);
}

/** Starts loading each page's catalog data when the address changes (and for the first page). */
export function startRouteData(): void {
  effect(() => {
    const data = routeData(route.value);
    const failed = () => undefined; // The page asks again and says when it cannot load.
    if (data.index === 'start') void loadStartIndex().catch(failed);
    if (data.index === 'services') void loadServices().catch(failed);
    if (data.records) void loadCatalog(data.records).catch(failed);
  });
}
