import type { GroundId } from './grounds.js';

/** The wording of objection texts in one language. */
export interface ObjectionTemplate {
  /** The one-sentence objection, naming the company as people know it (e.g. "Meta"). */
  readonly objection: (company: string) => string;
  /** Heading of the grounds statement (Art. 21(1) GDPR). */
  readonly groundsIntro: string;
  /** Short labels for choosing grounds in a list. */
  readonly groundLabels: Readonly<Record<GroundId, string>>;
  /** The sentences for each ground, written in the first person. */
  readonly grounds: Readonly<Record<GroundId, string>>;
}
