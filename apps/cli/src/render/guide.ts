import { type AuthoredLocale, authoredFallback } from '@widerspruch/catalog';
import {
  type Guide,
  type GuideFact,
  type GuideLink,
  type GuideStep,
  isStale,
  longDate,
  staleNotice,
} from '@widerspruch/core';
import type { Style } from './style.js';
import { wrap } from './wrap.js';

const LABELS = {
  de: {
    uncertain: 'Unsicher',
    sources: 'Quellen',
    text: 'Ihr Widerspruchstext',
    verified: 'Stand der Angaben',
    quality: {
      sourced: 'aus Quellen, nicht selbst geprüft',
      verified: 'geprüft',
      tested: 'getestet',
    },
    onlyLocale: 'nur mit englischen Menünamen belegt',
    onlyDevice: { desktop: 'für den Computer belegt', mobile: 'für das Smartphone belegt' },
  },
  en: {
    uncertain: 'Uncertain',
    sources: 'Sources',
    text: 'Your objection text',
    verified: 'Facts as of',
    quality: { sourced: 'from sources, not checked by us', verified: 'verified', tested: 'tested' },
    onlyLocale: 'documented with German menu labels only',
    onlyDevice: { desktop: 'documented for a computer', mobile: 'documented for a phone' },
  },
} as const;

/** How to render a guide. */
export interface RenderOptions {
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
  // The terminal's wording is still in two languages; the lead removes this bridge.
  const locale = authoredFallback(guide.locale);
  const l = LABELS[locale];
  const width = widthOf(options.columns);
  const certainController = guide.controllerNote?.uncertain === undefined;
  const title = certainController
    ? `${guide.platform.name} — ${guide.controller.name}`
    : guide.platform.name;
  const date = longDate(guide.platform.verified, locale);
  const lines = [
    s.bold(title),
    ...factLines(guide.summary, locale, s, width, '', options.showSources === true),
    s.dim(`${l.verified}: ${date} (${l.quality[guide.platform.quality]})`),
  ];
  if (options.today !== undefined && isStale(guide.platform.verified, options.today)) {
    lines.push(s.warn(wrap(`⚠ ${staleNotice(guide.platform.verified, locale)}`, width)));
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
  const locale = authoredFallback(guide.locale);
  const out = [s.bold(`${number}. ${step.title}`)];
  out.push(...stepLines(step, locale, s, width, options.showSources === true));
  if (step.id === 'enter' && options.withText) {
    out.push('', `   ${s.bold(LABELS[locale].text)}:`, '');
    out.push(wrap(guide.text.text, width, '   │ ', '   │ '));
  }
  return out.join('\n');
}

function stepLines(
  step: GuideStep,
  locale: AuthoredLocale,
  s: Style,
  width: number,
  showSources: boolean,
): string[] {
  const out: string[] = [];
  for (const p of step.paragraphs) out.push(wrap(p, width, '   '));
  out.push(...linkLines(step.links, locale, s, width));
  for (const route of step.routes) {
    const l = LABELS[locale];
    const why = route.locale !== locale ? l.onlyLocale : l.onlyDevice[route.device];
    const note = route.exact ? '' : ` (${why})`;
    out.push(s.bold(wrap(`${route.label}${note}`, width, '   ', '   ')));
    out.push(wrap(route.steps.join(' → '), width, '     ', '     '));
    if (route.uncertain)
      out.push(
        wrap(`⚠ ${LABELS[locale].uncertain}: ${route.uncertain}`, width, '     ', '       '),
      );
  }
  for (const fact of step.facts)
    out.push(...factLines(fact, locale, s, width, '   • ', showSources));
  for (const section of step.sections) {
    out.push(`   ${section.heading}`);
    out.push(...linkLines(section.links, locale, s, width));
    for (const fact of section.facts)
      out.push(...factLines(fact, locale, s, width, '   • ', showSources));
  }
  return out;
}

function linkLines(
  links: readonly GuideLink[],
  locale: AuthoredLocale,
  s: Style,
  width: number,
): string[] {
  const out: string[] = [];
  for (const link of links) {
    out.push(`   → ${link.label}`, `     ${s.link(link.url)}`);
    if (link.uncertain)
      out.push(wrap(`⚠ ${LABELS[locale].uncertain}: ${link.uncertain}`, width, '     ', '       '));
  }
  return out;
}

function factLines(
  fact: GuideFact,
  locale: AuthoredLocale,
  s: Style,
  width: number,
  bullet: string,
  showSources: boolean,
): string[] {
  const hang = ' '.repeat(bullet.length);
  const out = [wrap(fact.text, width, bullet, hang)];
  if (fact.uncertain) {
    out.push(
      s.warn(wrap(`⚠ ${LABELS[locale].uncertain}: ${fact.uncertain}`, width, hang, `${hang}  `)),
    );
  }
  if (showSources) {
    for (const source of fact.sources) out.push(s.dim(wrap(`↗ ${source.url}`, width, hang, hang)));
  }
  return out;
}
