/**
 * Building blocks for the statement of grounds "relating to his or her particular
 * situation" that Art. 21(1) GDPR allows with an objection. Each id has a sentence in
 * every template language.
 */
export const GROUND_IDS = [
  'creative-work',
  'children',
  'other-people',
  'sensitive-details',
  'public-role',
  'safety-risk',
  'professional-reputation',
  'loss-of-control',
] as const;

/** One building block of the grounds statement. */
export type GroundId = (typeof GROUND_IDS)[number];

/** Whether a string names a known ground. */
export function isGroundId(value: string): value is GroundId {
  return (GROUND_IDS as readonly string[]).includes(value);
}
