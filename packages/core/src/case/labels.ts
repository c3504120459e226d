import { caseTextByKey } from './case-text.js';

/** Where a case stands, in words (the one table the web app and the CLI show). */
export const CASE_STATE_TEXT = caseTextByKey((t) => t.state);

/** Each event kind in words, for timelines and confirmations (web app and CLI alike). */
export const EVENT_KIND_TEXT = caseTextByKey((t) => t.event);

/** What a reply says, in words. */
export const REPLY_KIND_TEXT = caseTextByKey((t) => t.reply);

/** A follow-up request by its name, as its due date is shown (see `requestDeadlines`). */
export const REQUEST_KIND_TEXT = caseTextByKey((t) => t.request);
