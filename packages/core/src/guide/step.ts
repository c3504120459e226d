import type { GuideStep } from './model.js';

/** A guide step with empty defaults for the parts not given. */
export function step(
  id: GuideStep['id'],
  title: string,
  parts: Partial<Omit<GuideStep, 'id' | 'title'>>,
): GuideStep {
  return { id, title, paragraphs: [], facts: [], sections: [], links: [], routes: [], ...parts };
}
