import type { GuideStep } from './model.js';
import { GUIDE_STEP_KINDS } from './step-kinds.js';

/** A guide step with its kind and empty defaults for the parts not given. */
export function step(
  id: GuideStep['id'],
  title: string,
  parts: Partial<Omit<GuideStep, 'id' | 'title' | 'part' | 'task'>>,
): GuideStep {
  const kind = GUIDE_STEP_KINDS[id];
  return {
    id,
    ...kind,
    title,
    paragraphs: [],
    facts: [],
    sections: [],
    links: [],
    routes: [],
    ...parts,
  };
}
