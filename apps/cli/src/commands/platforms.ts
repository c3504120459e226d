import { localText, type Platform, primaryForm } from '@widerspruch/catalog';
import type { Locale } from '@widerspruch/catalog/locales';
import { CatalogTexts } from '../render/catalog-text.js';
import { type Style, styleFor } from '../render/style.js';
import { MESSAGES } from '../text/messages.js';
import { type CommandContext, printJson } from './context.js';

interface PlatformsOptions {
  readonly lang?: Locale;
  readonly json?: boolean;
}

/**
 * A platform for `--json`. Its headline is in the chosen language, as in `guide --json`
 * (English where no translation is current).
 */
function platformJson(p: Platform, locale: Locale) {
  return {
    id: p.id,
    name: p.name,
    controller: p.controller,
    status: p.aiTraining.status,
    ...(p.aiTraining.since === undefined ? {} : { since: p.aiTraining.since }),
    ...(p.aiTraining.headline === undefined
      ? {}
      : { headline: localText(p.aiTraining.headline, locale) }),
    channels: p.channels.map((c) => c.kind),
    ...(primaryForm(p) === undefined ? {} : { form: primaryForm(p)?.url }),
    ...(p.routeVia === undefined ? {} : { routeVia: p.routeVia.platforms }),
    verified: p.verified,
    quality: p.quality,
  };
}

/** `widerspruch platforms`: every platform with its status and ways to object. */
export function runPlatforms(ctx: CommandContext, opts: PlatformsOptions): void {
  const locale = opts.lang ?? ctx.envLocale;
  if (opts.json) {
    printJson(ctx.io, { platforms: ctx.catalog.platforms.map((p) => platformJson(p, locale)) });
    return;
  }
  const t = MESSAGES[locale].platforms;
  const s: Style = styleFor(ctx.io);
  const texts = new CatalogTexts(locale);
  const width = Math.max(...ctx.catalog.platforms.map((p) => p.id.length));
  for (const p of ctx.catalog.platforms) {
    const since = p.aiTraining.since ? ` ${t.since(p.aiTraining.since)}` : '';
    const headline = p.aiTraining.headline && texts.text(p.aiTraining.headline);
    const what = headline ? ` (${headline})` : '';
    ctx.io.stdout(
      `${s.bold(p.id.padEnd(width))}  ${p.name} — ${t.status[p.aiTraining.status]}${since}${what}\n`,
    );
  }
  const note = texts.note();
  if (note !== undefined) ctx.io.stdout(`\n${s.dim(note)}\n`);
  ctx.io.stdout(s.dim(`\n${t.hint}\n`));
}
