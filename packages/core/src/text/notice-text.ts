import type { Locale } from '@widerspruch/catalog';
import type { DeadlineRuleId } from '../deadline/rules.js';
import type { DatedRuleId } from '../law/dated-rules.js';
import { de } from './notice-text.de.js';
import { en } from './notice-text.en.js';
import { es } from './notice-text.es.js';
import { fr } from './notice-text.fr.js';
import { it } from './notice-text.it.js';
import { nl } from './notice-text.nl.js';
import { pl } from './notice-text.pl.js';

/** What a calendar event about an objection's deadline says. */
export interface DeadlineEventText {
  readonly summary: string;
  readonly what: string;
  readonly next: string;
}

/**
 * Core's notices in one language: the law-in-flux note, freshness and policy warnings,
 * deadline rules, calendar events and why an authority is offered. Dates come formatted.
 */
export interface NoticeText {
  readonly lawInFlux: {
    readonly title: string;
    readonly text: (lastSource: string, checked: string) => string;
  };
  readonly watch: {
    readonly objectBefore: (platform: string, startsOn: string, daysLeft: number) => string;
    readonly objectAgain: (
      platform: string,
      objectedOn: string,
      eventOn: string,
      event: string,
    ) => string;
    readonly stale: (verified: string, days: number) => string;
  };
  readonly deadline: {
    /** How periods are counted (Regulation 1182/71), appended to the GDPR rules. */
    readonly counting: string;
    readonly rule: Readonly<Record<DeadlineRuleId, (counting: string) => string>>;
  };
  readonly calendar: {
    readonly account: (account: string) => string;
    readonly dueOn: (date: string) => string;
    readonly sentAndDue: (sentOn: string, dueOn: string) => string;
    readonly answerDue: string;
    readonly requestNext: string;
    readonly objection: Readonly<Record<DeadlineRuleId, DeadlineEventText>>;
  };
  /** The names of the dated rules of law the app follows. */
  readonly datedRule: Readonly<Record<DatedRuleId, string>>;
  readonly authority: {
    readonly localLand: (land: string) => string;
    readonly localCountry: string;
    readonly lead: (controller: string) => string;
    readonly nationalLead: (authority: string, controller: string) => string;
    readonly noResidence: string;
    readonly noLand: string;
    readonly unknownLand: (region: string) => string;
    readonly unknownCountry: (country: string) => string;
    readonly forwarding: (reason: string, lead: string) => string;
  };
}

const NOTICE_TEXT: Readonly<Record<Locale, NoticeText>> = { de, en, fr, es, it, nl, pl };

/** Core's notices for a language. */
export function noticeText(locale: Locale): NoticeText {
  return NOTICE_TEXT[locale];
}

/** A notice in every language. */
export function inEveryLocale(
  text: (t: NoticeText, locale: Locale) => string,
): Readonly<Record<Locale, string>> {
  const out = {} as Record<Locale, string>;
  for (const [locale, t] of Object.entries(NOTICE_TEXT) as [Locale, NoticeText][]) {
    out[locale] = text(t, locale);
  }
  return out;
}
