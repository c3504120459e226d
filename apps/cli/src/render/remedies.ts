import type { Locale } from '@widerspruch/catalog/locales';
import type { RemedyFact, RemedyView } from '@widerspruch/core';
import { MESSAGES, type Messages } from '../text/messages.js';
import type { Style } from './style.js';
import { wrap } from './wrap.js';

/**
 * The court cases and collective actions of a platform for a terminal: those about AI
 * training first, then the others under their own heading, each with how to join it.
 */
export function renderRemedies(
  remedies: readonly RemedyView[],
  locale: Locale,
  s: Style,
  width: number,
  showSources: boolean,
): string {
  if (remedies.length === 0) return '';
  const m = MESSAGES[locale];
  const l = m.remedies;
  const out = [s.bold(l.heading)];
  const ai = remedies.filter((r) => r.aboutAiTraining);
  const other = remedies.filter((r) => !r.aboutAiTraining);
  for (const r of ai) out.push('', ...remedyLines(r, m, s, width, showSources));
  if (other.length > 0) {
    out.push('', s.bold(l.other));
    for (const r of other) out.push('', ...remedyLines(r, m, s, width, showSources));
  }
  out.push('', s.dim(l.notAdvice));
  return out.join('\n');
}

function remedyLines(
  r: RemedyView,
  m: Messages,
  s: Style,
  width: number,
  showSources: boolean,
): string[] {
  const l = m.remedies;
  const uncertain = m.guide.uncertain;
  const out = [s.bold(wrap(`• ${r.title}`, width, '', '  '))];
  const fact = (f: RemedyFact, label?: string) => {
    out.push(wrap(label ? `${label}${m.colon}${f.text}` : f.text, width, '  ', '  '));
    if (f.uncertain)
      out.push(s.warn(wrap(`⚠ ${uncertain}${m.colon}${f.uncertain}`, width, '  ', '    ')));
  };
  // Said first for a case about something else, so nobody joins it by mistake.
  const notAbout = r.notAbout && s.warn(wrap(`⚠ ${r.notAbout.text}`, width, '  ', '    '));
  if (notAbout && !r.aboutAiTraining) out.push(notAbout);
  out.push(wrap(`${r.claimant} · ${r.date}`, width, '  ', '  '));
  fact(r.forum);
  fact(r.about, l.about);
  fact(r.status, `${l.status} (${r.statusAsOf})`);
  if (r.join) {
    fact(r.join.who, l.who);
    out.push(`  ${l.how}${m.colon.trimEnd()}`);
    for (const route of r.join.routes) {
      out.push(wrap(`→ ${route.cost}: ${route.text}`, width, '    ', '      '));
      if (route.url) out.push(`      ${s.link(route.url)}`);
      if (route.uncertain) {
        out.push(
          s.warn(wrap(`⚠ ${uncertain}${m.colon}${route.uncertain}`, width, '      ', '        ')),
        );
      }
    }
    if (r.join.until) fact(r.join.until);
  }
  for (const limit of r.limits) fact(limit);
  if (notAbout && r.aboutAiTraining) out.push(notAbout);
  if (showSources) {
    out.push(`  ${l.sources}${m.colon.trimEnd()}`);
    // A URL stays on the line of its arrow, however long.
    for (const source of r.sources) out.push(s.dim(`    ↗ ${source.url}`));
  }
  return out;
}

/** The dated note that the law may change but has not, for a terminal. */
export function renderLawInFlux(
  note: { title: string; text: string },
  s: Style,
  width: number,
): string {
  return [s.bold(note.title), wrap(note.text, width, '  ', '  ')].join('\n');
}
