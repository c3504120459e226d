import type { AuthoredLocale } from '@widerspruch/catalog';
import { primaryForm } from '@widerspruch/catalog';
import { type Style, styleFor } from '../render/style.js';
import { type CommandContext, printJson } from './context.js';

interface PlatformsOptions {
  readonly lang?: AuthoredLocale;
  readonly json?: boolean;
}

const STATUS: Record<string, Record<AuthoredLocale, string>> = {
  training: { de: 'trainiert KI mit Nutzerdaten', en: 'trains AI on user data' },
  announced: { de: 'KI-Training angekündigt', en: 'AI training announced' },
  paused: { de: 'KI-Training pausiert', en: 'AI training paused' },
  'not-training': {
    de: 'trainiert nicht mit Nutzerinhalten',
    en: 'does not train on user content',
  },
  unclear: { de: 'unklar', en: 'unclear' },
};

/** `widerspruch platforms`: every platform with its status and ways to object. */
export function runPlatforms(ctx: CommandContext, opts: PlatformsOptions): void {
  const locale = opts.lang ?? ctx.envLocale;
  const platforms = ctx.catalog.platforms.map((p) => ({
    id: p.id,
    name: p.name,
    controller: p.controller,
    status: p.aiTraining.status,
    ...(p.aiTraining.since === undefined ? {} : { since: p.aiTraining.since }),
    ...(p.aiTraining.headline === undefined ? {} : { headline: p.aiTraining.headline[locale] }),
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
  const s: Style = styleFor(ctx.io);
  const width = Math.max(...platforms.map((p) => p.id.length));
  for (const p of platforms) {
    const since = p.since ? (locale === 'de' ? ` seit ${p.since}` : ` since ${p.since}`) : '';
    const what = p.headline ? ` (${p.headline})` : '';
    ctx.io.stdout(
      `${s.bold(p.id.padEnd(width))}  ${p.name} — ${STATUS[p.status]?.[locale]}${since}${what}\n`,
    );
  }
  const hint =
    locale === 'de'
      ? '\nAnleitung: widerspruch guide <plattform>   Text: widerspruch text <plattform>\n'
      : '\nGuide: widerspruch guide <platform>   Text: widerspruch text <platform>\n';
  ctx.io.stdout(s.dim(hint));
}
