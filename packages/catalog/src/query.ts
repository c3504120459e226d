import type { Catalog } from './check.js';
import type { AuthoredLocale } from './schema/common.js';
import type {
  Authority,
  Channel,
  Controller,
  Device,
  InAppChannel,
  MenuPath,
  Platform,
  Remedy,
  WebFormChannel,
} from './types.js';

/** The platform with this id, if the catalog has it. */
export function findPlatform(catalog: Catalog, id: string): Platform | undefined {
  return catalog.platforms.find((p) => p.id === id);
}

/** The controller with this id, if the catalog has it. */
export function findController(catalog: Catalog, id: string): Controller | undefined {
  return catalog.controllers.find((c) => c.id === id);
}

/** The controller of a platform; a checked catalog always has it. */
export function controllerOf(catalog: Catalog, platform: Platform): Controller {
  const controller = findController(catalog, platform.controller);
  if (controller === undefined) {
    throw new Error(`catalog invariant: controller ${platform.controller} missing`);
  }
  return controller;
}

/**
 * The AI-objection form the app links to: the one marked primary, else the first web form
 * whose purpose is `ai-objection`. Forms for other purposes are never "the" objection form.
 */
export function primaryForm(platform: Platform): WebFormChannel | undefined {
  const forms = platform.channels.filter(isWebForm).filter((f) => f.purpose === 'ai-objection');
  return forms.find((f) => f.primary === true) ?? forms[0];
}

/** Web forms of a platform that are not its AI-objection form (e.g. general data-rights forms). */
export function otherForms(platform: Platform): WebFormChannel[] {
  const primary = primaryForm(platform);
  return platform.channels.filter(isWebForm).filter((f) => f !== primary);
}

/** The in-app routes of a platform, in catalog order. */
export function inAppRoutes(platform: Platform): InAppChannel[] {
  return platform.channels.filter((c): c is InAppChannel => c.kind === 'in-app');
}

/**
 * The menu path of a route for a locale and device. Falls back to the other device in the
 * same locale, then to any path; `exact` says whether the match was exact.
 */
export function pathFor(
  route: { readonly paths: readonly MenuPath[] },
  locale: AuthoredLocale,
  device: Device,
): { path: MenuPath; exact: boolean } | undefined {
  const exact = route.paths.find((p) => p.locale === locale && p.device === device);
  if (exact) return { path: exact, exact: true };
  const sameLocale = route.paths.find((p) => p.locale === locale);
  if (sameLocale) return { path: sameLocale, exact: false };
  const any = route.paths[0];
  return any ? { path: any, exact: false } : undefined;
}

/** Whether a channel is a web form. */
export function isWebForm(channel: Channel): channel is WebFormChannel {
  return channel.kind === 'web-form';
}

/** The authority with this id, if the directory has it. */
export function findAuthority(catalog: Catalog, id: string): Authority | undefined {
  return catalog.authorities.find((a) => a.id === id);
}

/**
 * The court cases and collective actions linked to a platform: those about AI training
 * first, then the others (which the app shows as a different matter), each group newest
 * first.
 */
export function remediesFor(catalog: Catalog, platformId: string): Remedy[] {
  return catalog.remedies
    .filter((r) => r.platforms.includes(platformId))
    .sort(
      (a, b) =>
        Number(b.topic === 'ai-training') - Number(a.topic === 'ai-training') ||
        (a.date < b.date ? 1 : a.date > b.date ? -1 : 0),
    );
}

/** The court cases and collective actions that name a controller, newest first. */
export function remediesOfController(catalog: Catalog, controllerId: string): Remedy[] {
  return catalog.remedies
    .filter((r) => r.controllers.includes(controllerId))
    .sort((a, b) => (a.date < b.date ? 1 : a.date > b.date ? -1 : 0));
}
