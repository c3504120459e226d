import type { Catalog } from '@widerspruch/catalog';
import { findPlatform } from '@widerspruch/catalog';
import type { Locale } from '@widerspruch/catalog/locales';
import {
  CASE_STATE_TEXT,
  type Case,
  type CaseSummary,
  type LetterKind,
  letterObstacle,
  NEXT_ACTION_TEXT,
  objectAgain,
  orderedEvents,
  REPLY_KIND_TEXT,
  REQUEST_KIND_TEXT,
  requestDeadlines,
  sortByAttention,
  summarizeCase,
  whatNext,
} from '@widerspruch/core';
import { formatDay } from '../text/format.js';
import { MESSAGES } from '../text/messages.js';
import { eventKindLabel } from './event-kind.js';
import type { Style } from './style.js';
import { terminalValue } from './terminal.js';
import { wrap } from './wrap.js';

/** A letter that fits the case now, or from a day on (while the company's deadline runs). */
interface CaseLetter {
  readonly kind: LetterKind;
  /** Set when the letter can be written only from this day on (YYYY-MM-DD). */
  readonly from?: string;
  /** The step asks for grounds (a new objection after the company asked for reasons). */
  readonly grounds: boolean;
}

/**
 * The letters for the situation the case is in now or is heading for, as whatNext offers
 * them; the situations that are always worth knowing about stay in the web app's list.
 */
function caseLetters(c: Case, summary: CaseSummary, today: string): CaseLetter[] {
  const out: CaseLetter[] = [];
  for (const situation of whatNext(summary)) {
    if (!situation.current && !situation.ahead) continue;
    for (const step of situation.steps) {
      if (!step.letter || out.some((l) => l.kind === step.letter)) continue;
      const obstacle = letterObstacle(step.letter, c, today);
      // Offered but not writable, and not just waiting for a day: nothing to point to.
      if (obstacle && !obstacle.from) continue;
      out.push({
        kind: step.letter,
        ...(obstacle?.from ? { from: obstacle.from } : {}),
        grounds: step.id === 'resubmit-with-grounds',
      });
    }
  }
  return out;
}

function letterCommand(c: Case, letter: CaseLetter, locale: Locale): string {
  const grounds = letter.grounds ? ` --reason <${MESSAGES[locale].case.ground}>` : '';
  return `widerspruch letter ${letter.kind} --case ${c.id.slice(0, 8)}${grounds}`;
}

/** The platform's rule change after the objection, if any (see `objectAgain`). */
function againFor(c: Case, catalog: Catalog | undefined) {
  const platform = catalog && findPlatform(catalog, c.platform);
  return (platform && objectAgain(c, platform)) || undefined;
}

function objectAgainJson(c: Case, catalog: Catalog | undefined, locale: Locale) {
  const again = againFor(c, catalog);
  return again
    ? {
        objectAgain: {
          date: again.event.date,
          kind: again.event.kind,
          text: again.message[locale],
        },
      }
    : {};
}

/** A case as JSON for scripts: its record, derived state, due date with rule, next action. */
export function caseJson(c: Case, today: string, locale: Locale, catalog?: Catalog) {
  const _authored = locale;
  const summary = summarizeCase(c, today);
  return {
    id: c.id,
    platform: c.platform,
    account: c.account,
    profile: c.profile,
    createdAt: c.createdAt,
    state: summary.state,
    ...(summary.submittedOn ? { submittedOn: summary.submittedOn } : {}),
    ...(summary.due
      ? {
          due: {
            date: summary.due.date,
            rule: summary.due.rule.id,
            ruleText: summary.due.rule.text[locale],
          },
        }
      : {}),
    ...(summary.daysLeft === undefined ? {} : { daysLeft: summary.daysLeft }),
    next: { id: summary.next, text: NEXT_ACTION_TEXT[summary.next][locale] },
    requests: requestDeadlines(c, today).map((r) => ({
      kind: r.kind,
      sentOn: r.sentOn,
      due: { date: r.due.date, rule: r.due.rule.id },
      daysLeft: r.daysLeft,
    })),
    letters: caseLetters(c, summary, today).map((l) => ({
      kind: l.kind,
      ...(l.from ? { from: l.from } : {}),
    })),
    ...objectAgainJson(c, catalog, locale),
    events: orderedEvents(c.events),
  };
}

/** One line per case, what needs attention first; cases to object again to are marked. */
export function renderCaseList(
  cases: readonly Case[],
  catalog: Catalog,
  today: string,
  locale: Locale,
  s: Style,
): string {
  const t = MESSAGES[locale].case;
  const c = MESSAGES[locale].colon;
  if (cases.length === 0) return `${t.empty}\n`;
  const rows = sortByAttention(cases, today).map((c) => {
    const summary = summarizeCase(c, today);
    const name = findPlatform(catalog, c.platform)?.name ?? c.platform;
    const due = summary.due ? t.due(summary.due.date) : '';
    const state = CASE_STATE_TEXT[summary.state][locale];
    const marked = summary.state.includes('overdue') ? s.warn(state) : state;
    const again = againFor(c, catalog) ? `, ${s.warn(t.againMark)}` : '';
    return `${s.bold(c.id.slice(0, 8))}  ${name.padEnd(10)} ${terminalValue(c.account || '–').padEnd(24)} ${marked}${due ? `, ${due}` : ''}${again}`;
  });
  const hint = cases.some((c) => againFor(c, catalog))
    ? `\n${s.warn(t.againMark)}${c}${t.againHint}\n`
    : '';
  return `${rows.join('\n')}\n${hint}`;
}

/** A case in full for a terminal, with a warning when the platform changed its rules since. */
export function renderCase(
  c: Case,
  catalog: Catalog,
  today: string,
  locale: Locale,
  s: Style,
  columns: number,
): string {
  const t = MESSAGES[locale].case;
  const colon = MESSAGES[locale].colon;
  const _authored = locale;
  const width = Math.min(Math.max(columns, 40), 96);
  const summary = summarizeCase(c, today);
  const name = findPlatform(catalog, c.platform)?.name ?? c.platform;
  const lines = [
    s.bold(`${name} · ${terminalValue(c.account || '–')}`),
    `${t.caseLabel}${colon}${c.id}`,
    `${t.stateLabel}${colon}${CASE_STATE_TEXT[summary.state][locale]}`,
  ];
  if (summary.submittedOn)
    lines.push(`${t.sentOn}${colon}${formatDay(summary.submittedOn, locale)}`);
  if (summary.due) {
    lines.push(`${t.dueOn}${colon}${summary.due.date} (${formatDay(summary.due.date, locale)})`);
    lines.push(s.dim(wrap(summary.due.rule.text[locale], width, '  ', '  ')));
  }
  for (const request of requestDeadlines(c, today)) {
    const name = REQUEST_KIND_TEXT[request.kind][locale];
    const passed = request.daysLeft < 0;
    const sentOn = formatDay(request.sentOn, locale);
    const text = t.request(name, sentOn, formatDay(request.due.date, locale), passed);
    const hint = passed ? t.requestPassedHint : '';
    lines.push(wrap(`${text}${hint}`, width, '', '  '));
  }
  const again = againFor(c, catalog);
  if (again) {
    lines.push('', s.warn(s.bold(`⚠ ${t.checkAgain}${colon.trimEnd()}`)));
    lines.push(s.warn(wrap(again.message[locale], width, '  ', '  ')));
  }
  lines.push(
    '',
    s.bold(t.nextStep),
    wrap(NEXT_ACTION_TEXT[summary.next][locale], width, '  ', '  '),
  );
  // Sent again through the form: recorded as such, so the tracker again waits for the e-mail.
  if (summary.next === 'check-spam-resubmit')
    lines.push(
      `  ${t.recordIt}${colon}widerspruch case event ${c.id.slice(0, 8)} submitted --via web-form`,
    );
  const letters = caseLetters(c, summary, today);
  if (letters.length > 0) {
    lines.push('', s.bold(t.lettersThatFit));
    for (const letter of letters) {
      const when = letter.from ? ` – ${t.fromDay(formatDay(letter.from, locale))}` : '';
      // The command stays whole on its line, to be copied.
      const name = letter.grounds ? t.groundsName : t.letterName[letter.kind];
      const head = `${name}${when}${colon.trimEnd()}`;
      const command = letterCommand(c, letter, locale);
      if (2 + head.length + 1 + command.length <= width) lines.push(`  ${head} ${command}`);
      else lines.push(`  ${head}`, `    ${command}`);
      if (letter.grounds) lines.push(`    ${t.groundsHint}`);
    }
  }
  lines.push('', s.bold(t.timeline));
  for (const e of orderedEvents(c.events)) {
    const day = e.date ?? e.at.slice(0, 10);
    const detail = [
      e.reply && REPLY_KIND_TEXT[e.reply][locale],
      e.evidence
        ? `${terminalValue(e.evidence.name)} (sha256 ${e.evidence.sha256.slice(0, 12)}…)`
        : undefined,
      e.note && terminalValue(e.note),
    ]
      .filter(Boolean)
      .join(' · ');
    lines.push(
      wrap(
        `${day}  ${eventKindLabel(e.kind, locale)}${detail ? ` — ${detail}` : ''}`,
        width,
        '  ',
        '              ',
      ),
    );
  }
  return `${lines.join('\n')}\n`;
}
