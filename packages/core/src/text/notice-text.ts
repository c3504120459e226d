import type { Locale } from '@widerspruch/catalog';
import type { DeadlineRuleId } from '../deadline/rules.js';
import type { DatedRuleId } from '../law/dated-rules.js';
import { coreText, inEveryLanguage } from './core-text.js';

/**
 * Core's notices in one language: the law-in-flux note, freshness and policy warnings,
 * deadline rules and why an authority is offered. Dates come formatted.
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

/** Core's notices for a language. */
export function noticeText(locale: Locale): NoticeText {
  return coreText(locale).notice;
}

/** A notice in every language, each worded when read. */
export function inEveryLocale(
  text: (t: NoticeText, locale: Locale) => string,
): Readonly<Record<Locale, string>> {
  return inEveryLanguage((locale) => text(noticeText(locale), locale));
}
