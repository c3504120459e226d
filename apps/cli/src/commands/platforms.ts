import { localText, primaryForm } from '@widerspruch/catalog';
import type { Locale } from '@widerspruch/catalog/locales';
import { type Style, styleFor } from '../render/style.js';
import { MESSAGES } from '../text/messages.js';
import { type CommandContext, printJson } from './context.js';

interface PlatformsOptions {
  readonly lang?: Locale;
  readonly json?: boolean;
}

/** `widerspruch platforms`: every platform with its status and ways to object. */
export function runPlatforms(ctx: CommandContext, opts: PlatformsOptions): void {
  const locale = opts.lang ?? ctx.envLocale;
  const platforms = ctx.catalog.platforms.map((p) => ({
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
  }));
  if (opts.json) {
    printJson(ctx.io, { platforms });
    return;
  }
  const t = MESSAGES[locale].platforms;
  const s: Style = styleFor(ctx.io);
  const width = Math.max(...platforms.map((p) => p.id.length));
  for (const p of platforms) {
    const since = p.since ? ` ${t.since(p.since)}` : '';
    const what = p.headline ? ` (${p.headline})` : '';
    ctx.io.stdout(
      `${s.bold(p.id.padEnd(width))}  ${p.name} — ${t.status[p.status]}${since}${what}\n`,
    );
  }
  ctx.io.stdout(s.dim(`\n${t.hint}\n`));
}
