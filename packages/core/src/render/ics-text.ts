import type { Locale } from '@widerspruch/catalog';
import type { DeadlineRuleId } from '../deadline/rules.js';
import { de } from './ics-text.de.js';
import { en } from './ics-text.en.js';
import { es } from './ics-text.es.js';
import { fr } from './ics-text.fr.js';
import { it } from './ics-text.it.js';
import { nl } from './ics-text.nl.js';
import { pl } from './ics-text.pl.js';

/** What a calendar event about an objection's deadline says. */
export interface DeadlineEventText {
  readonly summary: string;
  readonly what: string;
  readonly next: string;
}

/** What a calendar file says, in one language. */
export interface CalendarText {
  readonly account: (account: string) => string;
  readonly dueOn: (date: string) => string;
  readonly sentAndDue: (sentOn: string, dueOn: string) => string;
  readonly answerDue: string;
  readonly requestNext: string;
  readonly objection: Readonly<Record<DeadlineRuleId, DeadlineEventText>>;
}

// All languages in one table: calendar files are a chunk of their own in the web app, loaded
// when one is saved, so their wording does not weigh on the first load.
const CALENDAR_TEXT: Readonly<Record<Locale, CalendarText>> = { de, en, fr, es, it, nl, pl };

/** The calendar wording for a language. */
export function calendarText(locale: Locale): CalendarText {
  return CALENDAR_TEXT[locale];
}
