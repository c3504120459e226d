import type { AuthoredLocale, Catalog } from '@widerspruch/catalog';
import { findPlatform } from '@widerspruch/catalog';
import {
  CASE_STATE_TEXT,
  type Case,
  type CaseSummary,
  EVENT_KIND_TEXT,
  type LetterKind,
  letterObstacle,
  longDate,
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
import type { Style } from './style.js';
import { terminalValue } from './terminal.js';
import { wrap } from './wrap.js';

/** Short names of the letters, as listed under a case. */
const LETTER_NAME: Readonly<Record<LetterKind, Record<AuthoredLocale, string>>> = {
  objection: { de: 'Widerspruch als Brief', en: 'Objection letter' },
  reminder: { de: 'Erinnerung', en: 'Reminder' },
  complaint: { de: 'Beschwerde', en: 'Complaint' },
  erasure: { de: 'Antrag auf Löschung', en: 'Erasure request' },
  access: { de: 'Auskunftsersuchen', en: 'Access request' },
  dossier: { de: 'Dossier', en: 'Dossier' },
};

const GROUNDS_NAME: Readonly<Record<AuthoredLocale, string>> = {
  de: 'Neuer Widerspruch mit Gründen',
  en: 'New objection with grounds',
};

const GROUNDS_HINT: Readonly<Record<AuthoredLocale, string>> = {
  de: '(die Gründe zur Auswahl: widerspruch text --list-reasons)',
  en: '(the grounds to choose from: widerspruch text --list-reasons)',
};

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

function letterCommand(c: Case, letter: CaseLetter, locale: AuthoredLocale): string {
  const grounds = letter.grounds ? ` --reason <${locale === 'de' ? 'grund' : 'ground'}>` : '';
  return `widerspruch letter ${letter.kind} --case ${c.id.slice(0, 8)}${grounds}`;
}

/** The platform's rule change after the objection, if any (see `objectAgain`). */
function againFor(c: Case, catalog: Catalog | undefined) {
  const platform = catalog && findPlatform(catalog, c.platform);
  return (platform && objectAgain(c, platform)) || undefined;
}

function objectAgainJson(c: Case, catalog: Catalog | undefined, locale: AuthoredLocale) {
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
export function caseJson(c: Case, today: string, locale: AuthoredLocale, catalog?: Catalog) {
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

const AGAIN_MARK: Record<AuthoredLocale, string> = {
  de: '⚠ Regeln geändert – erneut prüfen',
  en: '⚠ policy changed – check again',
};

const AGAIN_HINT: Record<AuthoredLocale, string> = {
  de: 'Die Plattform hat ihre Regeln nach Ihrem Widerspruch geändert. Was zu tun ist, zeigt: widerspruch case show <fall>',
  en: 'The platform changed its policy after your objection. What to do is shown by: widerspruch case show <case>',
};

/** One line per case, what needs attention first; cases to object again to are marked. */
export function renderCaseList(
  cases: readonly Case[],
  catalog: Catalog,
  today: string,
  locale: AuthoredLocale,
  s: Style,
): string {
  if (cases.length === 0) {
    return locale === 'de'
      ? 'Noch keine Widersprüche gespeichert. Anlegen mit: widerspruch case add <plattform> --account <konto> --submitted <datum>\n'
      : 'No objections stored yet. Add one with: widerspruch case add <platform> --account <account> --submitted <date>\n';
  }
  const rows = sortByAttention(cases, today).map((c) => {
    const summary = summarizeCase(c, today);
    const name = findPlatform(catalog, c.platform)?.name ?? c.platform;
    const due = summary.due ? `${locale === 'de' ? 'fällig' : 'due'} ${summary.due.date}` : '';
    const state = CASE_STATE_TEXT[summary.state][locale];
    const marked = summary.state.includes('overdue') ? s.warn(state) : state;
    const again = againFor(c, catalog) ? `, ${s.warn(AGAIN_MARK[locale])}` : '';
    return `${s.bold(c.id.slice(0, 8))}  ${name.padEnd(10)} ${terminalValue(c.account || '–').padEnd(24)} ${marked}${due ? `, ${due}` : ''}${again}`;
  });
  const hint = cases.some((c) => againFor(c, catalog))
    ? `\n${s.warn(AGAIN_MARK[locale])}: ${AGAIN_HINT[locale]}\n`
    : '';
  return `${rows.join('\n')}\n${hint}`;
}

/** A case in full for a terminal, with a warning when the platform changed its rules since. */
export function renderCase(
  c: Case,
  catalog: Catalog,
  today: string,
  locale: AuthoredLocale,
  s: Style,
  columns: number,
): string {
  const width = Math.min(Math.max(columns, 40), 96);
  const summary = summarizeCase(c, today);
  const name = findPlatform(catalog, c.platform)?.name ?? c.platform;
  const l = locale === 'de';
  const lines = [
    s.bold(`${name} · ${terminalValue(c.account || '–')}`),
    `${l ? 'Fall' : 'Case'}: ${c.id}`,
    `${l ? 'Stand' : 'State'}: ${CASE_STATE_TEXT[summary.state][locale]}`,
  ];
  if (summary.submittedOn)
    lines.push(`${l ? 'Abgeschickt am' : 'Sent on'}: ${longDate(summary.submittedOn, locale)}`);
  if (summary.due) {
    lines.push(
      `${l ? 'Fällig am' : 'Due on'}: ${summary.due.date} (${longDate(summary.due.date, locale)})`,
    );
    lines.push(s.dim(wrap(summary.due.rule.text[locale], width, '  ', '  ')));
  }
  for (const request of requestDeadlines(c, today)) {
    const name = REQUEST_KIND_TEXT[request.kind][locale];
    const days = request.daysLeft;
    const passed = days < 0;
    const text = l
      ? `${name} vom ${longDate(request.sentOn, 'de')}: Antwort ${passed ? 'war' : 'ist'} fällig am ${longDate(request.due.date, 'de')}`
      : `${name} sent on ${longDate(request.sentOn, 'en')}: answer ${passed ? 'was' : 'is'} due on ${longDate(request.due.date, 'en')}`;
    const hint = passed
      ? l
        ? '. Ist keine gekommen, können Sie sich bei der Aufsichtsbehörde beschweren (Art. 77 DSGVO).'
        : '. If none came, you can complain to the supervisory authority (Art. 77 GDPR).'
      : '';
    lines.push(wrap(`${text}${hint}`, width, '', '  '));
  }
  const again = againFor(c, catalog);
  if (again) {
    lines.push('', s.warn(s.bold(`⚠ ${l ? 'Erneut prüfen' : 'Check again'}:`)));
    lines.push(s.warn(wrap(again.message[locale], width, '  ', '  ')));
  }
  lines.push(
    '',
    s.bold(l ? 'Nächster Schritt:' : 'Next step:'),
    wrap(NEXT_ACTION_TEXT[summary.next][locale], width, '  ', '  '),
  );
  // Sent again through the form: recorded as such, so the tracker again waits for the e-mail.
  if (summary.next === 'check-spam-resubmit')
    lines.push(
      `  ${l ? 'Eintragen' : 'Record it'}: widerspruch case event ${c.id.slice(0, 8)} submitted --via web-form`,
    );
  const letters = caseLetters(c, summary, today);
  if (letters.length > 0) {
    lines.push('', s.bold(l ? 'Passende Schreiben:' : 'Letters that fit:'));
    for (const letter of letters) {
      const when = letter.from
        ? ` – ${l ? 'ab dem' : 'from'} ${longDate(letter.from, locale)}`
        : '';
      // The command stays whole on its line, to be copied.
      const name = letter.grounds ? GROUNDS_NAME[locale] : LETTER_NAME[letter.kind][locale];
      const head = `${name}${when}:`;
      const command = letterCommand(c, letter, locale);
      if (2 + head.length + 1 + command.length <= width) lines.push(`  ${head} ${command}`);
      else lines.push(`  ${head}`, `    ${command}`);
      if (letter.grounds) lines.push(`    ${GROUNDS_HINT[locale]}`);
    }
  }
  lines.push('', s.bold(l ? 'Verlauf:' : 'Timeline:'));
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
        `${day}  ${EVENT_KIND_TEXT[e.kind][locale]}${detail ? ` — ${detail}` : ''}`,
        width,
        '  ',
        '              ',
      ),
    );
  }
  return `${lines.join('\n')}\n`;
}
