import {
  authoredFallback,
  type Device,
  inAppRoutes,
  type Locale,
  localText,
  type Platform,
  pathFor,
} from '@widerspruch/catalog';
import type { GuideRoute } from './model.js';
import { localize, resolveFact, resolveSources } from './resolve.js';

/**
 * The in-app routes of a platform for a language and device: the exact path where one is
 * documented, else the closest one (`exact: false`), with the route's notes and hints.
 */
export function guideRoutes(platform: Platform, locale: Locale, device: Device): GuideRoute[] {
  return inAppRoutes(platform).flatMap((route) => {
    const match = pathFor(route, authoredFallback(locale), device);
    if (match === undefined) return [];
    const uncertain = localize(match.path.uncertain, locale) ?? localize(route.uncertain, locale);
    const notes = (route.notes ?? [])
      .filter((n) => n.step === undefined || n.step === 'route')
      .map((n) => resolveFact(n, locale, platform.sources));
    const out: GuideRoute = {
      id: route.id,
      label: localText(route.label, locale),
      locale: match.path.locale,
      device: match.path.device,
      exact: match.exact,
      steps: match.path.steps,
      ...(match.path.hint === undefined ? {} : { hint: match.path.hint }),
      notes,
      sources: resolveSources([...route.sources, ...match.path.sources], platform.sources),
    };
    return [uncertain === undefined ? out : { ...out, uncertain }];
  });
}
