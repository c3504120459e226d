import type { Locale } from '@widerspruch/catalog';
import type { Guide, GuideFact, GuideStep } from '@widerspruch/core';
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
    exactNo: 'nicht für dieses Gerät belegt',
  },
  en: {
    uncertain: 'Uncertain',
    sources: 'Sources',
    text: 'Your objection text',
    verified: 'Facts as of',
    quality: { sourced: 'from sources, not checked by us', verified: 'verified', tested: 'tested' },
    exactNo: 'not documented for this device',
  },
} as const;

/** The guide as text for a terminal of the given width. */
export function renderGuide(guide: Guide, s: Style, columns: number, showSources = false): string {
  const width = Math.min(Math.max(columns, 40), 96);
  const l = LABELS[guide.locale];
  const out: string[] = [];
  out.push(s.bold(`${guide.platform.name} — ${guide.controller.name}`));
  out.push(...factLines(guide.summary, guide.locale, s, width, '', showSources));
  out.push(
    s.dim(`${l.verified}: ${guide.platform.verified} (${l.quality[guide.platform.quality]})`),
  );
  guide.steps.forEach((step, i) => {
    out.push('', s.bold(`${i + 1}. ${step.title}`));
    out.push(...stepLines(step, guide.locale, s, width, showSources));
    if (step.id === 'enter') {
      out.push('', `   ${s.bold(l.text)}:`, '');
      out.push(wrap(guide.text.text, width, '   │ ', '   │ '));
    }
  });
  return `${out.join('\n')}\n`;
}

function stepLines(
  step: GuideStep,
  locale: Locale,
  s: Style,
  width: number,
  showSources: boolean,
): string[] {
  const out: string[] = [];
  for (const p of step.paragraphs) out.push(wrap(p, width, '   '));
  for (const link of step.links) {
    out.push(`   → ${link.label}`, `     ${s.link(link.url)}`);
    if (link.uncertain)
      out.push(wrap(`⚠ ${LABELS[locale].uncertain}: ${link.uncertain}`, width, '     ', '       '));
  }
  for (const route of step.routes) {
    const note = route.exact ? '' : s.dim(` (${LABELS[locale].exactNo})`);
    out.push(`   ${s.bold(route.label)}${note}`);
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
    for (const fact of section.facts)
      out.push(...factLines(fact, locale, s, width, '   • ', showSources));
  }
  return out;
}

function factLines(
  fact: GuideFact,
  locale: Locale,
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
