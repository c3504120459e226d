import type { Platform } from '@widerspruch/catalog';
import type { SubmissionChannel } from './model.js';

/**
 * How an objection sent on a platform's main route is recorded: `web-form` when the platform
 * has an objection form that confirms by e-mail (so the tracker waits for that confirmation,
 * not for an answer within a month), else undefined (the month of Art. 12(3) GDPR counts).
 *
 * @example submissionVia(facebook) // 'web-form'
 */
export function submissionVia(platform: Platform | undefined): SubmissionChannel | undefined {
  const form = platform?.channels.find(
    (c) => c.kind === 'web-form' && c.purpose === 'ai-objection' && c.confirmation !== undefined,
  );
  return form === undefined ? undefined : 'web-form';
}
