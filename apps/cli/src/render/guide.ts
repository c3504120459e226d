import type { Locale } from '@widerspruch/catalog/locales';
import {
  type Guide,
  type GuideFact,
  type GuideLink,
  type GuideStep,
  isStale,
  staleNotice,
} from '@widerspruch/core';
import { formatDay } from '../text/format.js';
import { MESSAGES, type Messages } from '../text/messages.js';
import type { Style } from './style.js';
import { wrap } from './wrap.js';

/** How to render a guide. */
export interface RenderOptions {
  /** The language of the labels (the guide's texts come in their own language). */
  readonly locale: Locale;
  readonly columns: number;
  readonly showSources?: boolean;
  /** Print the default objection text after the "enter" step (the plain `guide` command). */
  readonly withText?: boolean;
  /** Today's date, to mark facts older than 180 days. */
  readonly today?: string;
  /** A warning that the platform's announced training start is still ahead. */
  readonly objectBefore?: string;
}

function widthOf(columns: number): number {
  return Math.min(Math.max(columns, 40), 96);
}

/** The guide as text for a terminal: header, then every step numbered. */
export function renderGuide(guide: Guide, s: Style, options: RenderOptions): string {
  const steps = guide.steps.map((step, i) => renderStep(guide, step, i + 1, s, options));
  return `${[renderGuideHeader(guide, s, options), ...steps].join('\n\n')}\n`;
}

/** The platform, the summary of what it does, and how current the facts are. */
export function renderGuideHeader(guide: Guide, s: Style, options: RenderOptions): string {
  const l = MESSAGES[options.locale].guide;
  const width = widthOf(options.columns);
  const certainController = guide.controllerNote?.uncertain === undefined;
  const title = certainController
    ? `${guide.platform.name} — ${guide.controller.name}`
    : guide.platform.name;
  const date = formatDay(guide.platform.verified, options.locale);
  const lines = [
    s.bold(title),
    ...factLines(
      guide.summary,
      MESSAGES[options.locale],
      s,
      width,
      '',
      options.showSources === true,
    ),
    s.dim(
      `${l.verified}${MESSAGES[options.locale].colon}${date} (${l.quality[guide.platform.quality]})`,
    ),
  ];
  if (options.today !== undefined && isStale(guide.platform.verified, options.today)) {
    lines.push(s.warn(wrap(`⚠ ${staleNotice(guide.platform.verified, options.locale)}`, width)));
  }
  if (options.objectBefore) lines.push(s.warn(wrap(`⚠ ${options.objectBefore}`, width)));
  return lines.join('\n');
}

/** One numbered step. */
export function renderStep(
  guide: Guide,
  step: GuideStep,
  number: number,
  s: Style,
  options: RenderOptions,
): string {
  const width = widthOf(options.columns);
  const out = [s.bold(`${number}. ${step.title}`)];
  const m = MESSAGES[options.locale];
  const l = m.guide;
  out.push(...stepLines(step, guide.locale, m, s, width, options.showSources === true));
  if (step.id === 'enter' && options.withText) {
    out.push('', `   ${s.bold(l.text)}${m.colon.trimEnd()}`, '');
    out.push(wrap(guide.text.text, width, '   │ ', '   │ '));
  }
  return out.join('\n');
}

function stepLines(
  step: GuideStep,
  guideLocale: Guide['locale'],
  m: Messages,
  s: Style,
  width: number,
  showSources: boolean,
): string[] {
  const l = m.guide;
  const out: string[] = [];
  for (const p of step.paragraphs) out.push(wrap(p, width, '   '));
  out.push(...linkLines(step.links, m, s, width));
  for (const route of step.routes) {
    const why =
      route.locale !== guideLocale ? l.onlyLocale[route.locale] : l.onlyDevice[route.device];
    const note = route.exact ? '' : ` (${why})`;
    out.push(s.bold(wrap(`${route.label}${note}`, width, '   ', '   ')));
    out.push(wrap(route.steps.join(' → '), width, '     ', '     '));
    if (route.uncertain)
      out.push(wrap(`⚠ ${l.uncertain}${m.colon}${route.uncertain}`, width, '     ', '       '));
  }
  for (const fact of step.facts) out.push(...factLines(fact, m, s, width, '   • ', showSources));
  for (const section of step.sections) {
    out.push(`   ${section.heading}`);
    out.push(...linkLines(section.links, m, s, width));
    for (const fact of section.facts)
      out.push(...factLines(fact, m, s, width, '   • ', showSources));
  }
  return out;
}

function linkLines(links: readonly GuideLink[], m: Messages, s: Style, width: number): string[] {
  const out: string[] = [];
  for (const link of links) {
    out.push(`   → ${link.label}`, `     ${s.link(link.url)}`);
    if (link.uncertain)
      out.push(
        wrap(`⚠ ${m.guide.uncertain}${m.colon}${link.uncertain}`, width, '     ', '       '),
      );
  }
  return out;
}

function factLines(
  fact: GuideFact,
  m: Messages,
  s: Style,
  width: number,
  bullet: string,
  showSources: boolean,
): string[] {
  const hang = ' '.repeat(bullet.length);
  const out = [wrap(fact.text, width, bullet, hang)];
  if (fact.uncertain) {
    out.push(
      s.warn(wrap(`⚠ ${m.guide.uncertain}${m.colon}${fact.uncertain}`, width, hang, `${hang}  `)),
    );
  }
  if (showSources) {
    for (const source of fact.sources) out.push(s.dim(wrap(`↗ ${source.url}`, width, hang, hang)));
  }
  return out;
}
