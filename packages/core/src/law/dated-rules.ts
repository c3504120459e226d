import type { Locale } from '@widerspruch/catalog';
import { inEveryLocale } from '../text/notice-text.js';

/** A public source of a rule of law, as the catalog cites its sources. */
export interface LawSource {
  /** Unique among the rule's sources. */
  readonly id: string;
  readonly title: string;
  readonly url: string;
  readonly publisher: string;
  readonly published: string;
}

/** A rule of law that applies from a fixed date on. Core has no clock: callers pass today. */
export interface DatedRule {
  readonly id: DatedRuleId;
  /** First day the rule applies (YYYY-MM-DD). */
  readonly from: string;
  readonly name: Readonly<Record<Locale, string>>;
  readonly sources: readonly LawSource[];
}

/** The dated rules the app follows. */
export type DatedRuleId = 'gdpr-procedural-regulation';

/**
 * Regulation (EU) 2025/2518 (GDPR Procedural Regulation), applicable from 2 April 2027 to
 * complaints about cross-border processing: a complaint about a data subject's request must
 * be preceded by that request to the controller, and the authority that receives a complaint
 * sends it to the presumed lead authority within six weeks.
 */
export const GDPR_PROCEDURAL_REGULATION: DatedRule = {
  id: 'gdpr-procedural-regulation',
  from: '2027-04-02',
  name: inEveryLocale((t) => t.datedRule['gdpr-procedural-regulation']),
  sources: [
    {
      id: 'arthur-cox-procedural-regulation',
      title: 'Cross-border processing complaints: the GDPR Procedural Regulation',
      url: 'https://www.arthurcox.com/knowledge/cross-border-processing-complaints',
      publisher: 'Arthur Cox',
      published: '2025-12-19',
    },
  ],
};

/** Whether a dated rule applies on the given day (YYYY-MM-DD). */
export function ruleApplies(rule: DatedRule, today: string): boolean {
  return today >= rule.from;
}
