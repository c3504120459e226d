import {
  type Catalog,
  type Controller,
  type Device,
  findController,
  findPlatform,
  type Locale,
  type Platform,
} from '@widerspruch/catalog';
import { buildGuide } from '@widerspruch/core';

/** What a guide is built for. */
export interface GuideFor {
  readonly platform: string;
  readonly locale: Locale;
  readonly device: Device;
}

type Built = ReturnType<typeof buildGuide>;

/**
 * Guides built so far, per platform record: a guide is made of its platform's record and the
 * controllers it names (its own, and the one of a form for others' content). A catalog
 * snapshot changes whenever another record loads; these records stay the same objects.
 */
const built = new WeakMap<
  Platform,
  Map<string, { readonly from: readonly (Controller | undefined)[]; readonly guide: Built }>
>();

/** The records besides the platform's that a guide is made of. */
function controllersRead(catalog: Catalog, platform: Platform): (Controller | undefined)[] {
  return [
    findController(catalog, platform.controller),
    platform.thirdParty?.form && findController(catalog, platform.thirdParty.form.controller),
  ];
}

/**
 * A platform's guide, built once per record, language and device: building is pure, and a
 * page renders again for many reasons (a tick, a loaded source list, another record).
 */
export function guideOf(catalog: Catalog, request: GuideFor): Built {
  const platform = findPlatform(catalog, request.platform);
  if (platform === undefined) return buildGuide(catalog, request);
  let guides = built.get(platform);
  if (guides === undefined) {
    guides = new Map();
    built.set(platform, guides);
  }
  const key = `${request.locale}|${request.device}`;
  const from = controllersRead(catalog, platform);
  const found = guides.get(key);
  if (found?.from.every((c, i) => c === from[i])) return found.guide;
  const guide = buildGuide(catalog, request);
  guides.set(key, { from, guide });
  return guide;
}

/**
 * Builds a guide while the browser is idle, so that the page that shows it next (the wizard's
 * first task, say) renders without building it then.
 */
export function prepareGuide(catalog: Catalog, request: GuideFor): void {
  const run = () => {
    try {
      guideOf(catalog, request);
    } catch {
      // Core's wording for the language is not loaded yet: the page builds the guide itself.
    }
  };
  if (typeof requestIdleCallback === 'function') requestIdleCallback(run, { timeout: 2000 });
  else setTimeout(run, 200);
}
