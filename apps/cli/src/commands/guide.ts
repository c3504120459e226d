import { type Device, findPlatform } from '@widerspruch/catalog';
import type { Locale } from '@widerspruch/catalog/locales';
import {
  buildGuide,
  closestMatch,
  lawInFluxNote,
  objectBefore,
  remedyViews,
} from '@widerspruch/core';
import { fromProblems } from '../core-problems.js';
import { says, usageError } from '../errors.js';
import { CatalogTexts } from '../render/catalog-text.js';
import { renderGuide } from '../render/guide.js';
import { renderLawInFlux, renderRemedies } from '../render/remedies.js';
import { styleFor } from '../render/style.js';
import { type CommandContext, printJson } from './context.js';

interface GuideOptions {
  readonly lang?: Locale;
  readonly device: string;
  readonly json?: boolean;
  readonly sources?: boolean;
}

const DEVICES = ['desktop', 'mobile'] as const;

/** Parses a `--device` value. */
export function parseDevice(value: string): Device {
  const v = value.trim().toLowerCase();
  if (v === 'desktop' || v === 'mobile') return v;
  const guess = closestMatch(v, DEVICES);
  throw usageError(says((m) => m.input.unknownDevice(value, guess, DEVICES.join(', '))));
}

function objectBeforeOption(
  ctx: CommandContext,
  id: string,
  locale: Locale,
): { objectBefore?: string } {
  const platform = findPlatform(ctx.catalog, id);
  const warning = platform && objectBefore(platform, ctx.io.today());
  return warning ? { objectBefore: warning.message[locale] } : {};
}

/** `widerspruch guide <platform>`: the steps to object, for a language and device. */
export function runGuide(ctx: CommandContext, platform: string, opts: GuideOptions): void {
  const locale = opts.lang ?? ctx.envLocale;
  const device = parseDevice(opts.device);
  const guide = buildGuide(ctx.catalog, {
    platform: platform.toLowerCase(),
    locale: locale,
    device,
  });
  if (!guide.ok) throw fromProblems(guide.problems, ['unknown-platform']);
  const remedies = remedyViews(ctx.catalog, guide.value.platform.id, locale);
  const lawInFlux = lawInFluxNote(locale);
  if (opts.json) {
    printJson(ctx.io, { ...guide.value, remedies, lawInFlux });
    return;
  }
  // Core wrote the catalog's texts in the chosen language (English where a translation is
  // missing, which the note at the end then says once).
  const texts = new CatalogTexts(locale, ctx.catalog);
  const style = styleFor(ctx.io);
  ctx.io.stdout(
    renderGuide(texts.shown(guide.value), style, {
      locale,
      columns: ctx.io.columns,
      showSources: opts.sources === true,
      withText: true,
      today: ctx.io.today(),
      ...objectBeforeOption(ctx, guide.value.platform.id, locale),
    }),
  );
  const width = Math.min(Math.max(ctx.io.columns, 40), 96);
  const extra = [
    renderRemedies(texts.shown(remedies), locale, style, width, opts.sources === true),
    renderLawInFlux(lawInFlux, style, width),
  ].filter((part) => part !== '');
  const note = texts.note();
  if (note !== undefined) extra.push(style.dim(note));
  ctx.io.stdout(`\n${extra.join('\n\n')}\n`);
}
