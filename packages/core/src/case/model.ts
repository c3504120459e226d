import * as v from 'valibot';
import { isIsoDate } from '../deadline/calendar.js';
import { MAX_EVIDENCE_BYTES } from './evidence.js';

/** Kinds of case events. The case tracker and escalation add more kinds over time. */
export const CASE_EVENT_KINDS = [
  'drafted',
  'submitted',
  'setting-changed',
  'confirmation-received',
  'reply-received',
  'deadline-extended',
  'reminder-sent',
  'evidence-added',
  'complaint-filed',
  'erasure-requested',
  'access-requested',
  'note',
  'closed',
] as const;

/**
 * How an objection was sent, kept on its `submitted` event: a web form that confirms by
 * e-mail follows another process than a letter, which the company must answer within the
 * month of Art. 12(3) GDPR.
 */
export const SUBMISSION_CHANNELS = ['web-form', 'in-app', 'email', 'letter'] as const;

/** How an objection was sent. */
export type SubmissionChannel = (typeof SUBMISSION_CHANNELS)[number];

/** What a reply from the company says. */
export const REPLY_KINDS = [
  'accepted',
  'asks-for-reason',
  'asks-for-id',
  'rejected',
  'other',
] as const;

/** Kind of reply. */
export type ReplyKind = (typeof REPLY_KINDS)[number];

/** What happened in a case. */
export type CaseEventKind = (typeof CASE_EVENT_KINDS)[number];

/**
 * Longest values a stored case or profile may hold (in UTF-16 code units, as
 * `String.length` counts). Stores check them on write and read, and the apps refuse longer
 * input with a message naming the limit.
 */
export const CASE_LIMITS = {
  /** `Case.account`. */
  account: 500,
  /** `CaseEvent.note`. */
  text: 20_000,
  /** `Profile.name`. */
  profileName: 200,
} as const;

/** The day the GDPR applies from (Art. 99(2) GDPR); no objection under it can be older. */
export const GDPR_APPLIES_FROM = '2018-05-25';

/**
 * The latest day a stored date may name. Deadlines are computed months ahead of a stored
 * date, so a far-off year (9999-12-31) would overflow the calendar; imports refuse dates in
 * the future as the apps do ({@link caseDateProblem}), this bound guards every read.
 */
export const LATEST_CASE_DATE = '2199-12-31';

// Ids are made by the apps (UUIDs); visible ASCII only, so that none can carry a control.
const IdSchema = v.pipe(
  v.string(),
  v.minLength(1),
  v.maxLength(100),
  v.regex(/^[\x21-\x7e]+$/, 'must be letters, digits and signs without spaces'),
);
/** A real calendar day (not 2026-02-30) between the GDPR and {@link LATEST_CASE_DATE}. */
const inRange = (day: string, earliest: string) =>
  isIsoDate(day) && day >= earliest && day <= LATEST_CASE_DATE;
const TimestampSchema = v.pipe(
  v.string(),
  v.isoTimestamp('must be an ISO timestamp'),
  v.check(
    (value) => inRange(value.slice(0, 10), '2000-01-01'),
    'must be a real calendar day between 2000 and 2199',
  ),
);
const DateSchema = v.pipe(
  v.string(),
  v.isoDate('must be a date YYYY-MM-DD'),
  v.check(
    (value) => inRange(value, GDPR_APPLIES_FROM),
    'must be a real calendar day from 25 May 2018 (when the GDPR began to apply)',
  ),
);
/**
 * A label the apps store trimmed (an account, a person's name): text that begins or ends with
 * white space, or is nothing but white space, comes only from a hand-edited file and is
 * refused. Empty stays allowed where the person may leave the label out (the web app's
 * wizard records a case without an account name).
 */
const labelSchema = (limit: number) =>
  v.pipe(
    v.string(),
    v.maxLength(limit, `is longer than ${limit} characters`),
    v.check(
      (value) => value === value.trim(),
      'is blank or begins or ends with spaces (the apps store it trimmed)',
    ),
  );
const TextSchema = v.pipe(
  v.string(),
  v.maxLength(CASE_LIMITS.text, 'is longer than 20,000 characters'),
);

/** One event of a case: append-only, identified by its id. */
export const CaseEventSchema = v.object({
  id: IdSchema,
  kind: v.picklist(CASE_EVENT_KINDS),
  /** When the event was recorded (ISO timestamp with time zone). */
  at: TimestampSchema,
  /** The day it happened, as the person says (e.g. the date on a confirmation e-mail). */
  date: v.optional(DateSchema),
  note: v.optional(TextSchema),
  /** For `submitted`: how the objection was sent (unknown on cases recorded before). */
  via: v.optional(v.picklist(SUBMISSION_CHANNELS)),
  /** For `reply-received`: what the company answered. */
  reply: v.optional(v.picklist(REPLY_KINDS)),
  /** For `evidence-added`: the file kept with the case. */
  evidence: v.optional(
    v.object({
      sha256: v.pipe(v.string(), v.regex(/^[0-9a-f]{64}$/, 'must be a SHA-256 in hex')),
      name: v.pipe(v.string(), v.maxLength(500)),
      mediaType: v.pipe(v.string(), v.maxLength(200)),
      size: v.pipe(
        v.number(),
        v.integer(),
        v.minValue(0),
        v.maxValue(MAX_EVIDENCE_BYTES, 'is larger than 25 MB'),
      ),
      email: v.optional(
        v.object({
          from: v.optional(v.pipe(v.string(), v.maxLength(1000))),
          subject: v.optional(v.pipe(v.string(), v.maxLength(2000))),
          date: v.optional(v.pipe(v.string(), v.maxLength(100))),
        }),
      ),
    }),
  ),
});

/** An event of a case. */
export type CaseEvent = v.InferOutput<typeof CaseEventSchema>;

/** One objection of one account at one platform. Status is derived from the events. */
export const CaseSchema = v.object({
  id: IdSchema,
  platform: v.pipe(v.string(), v.regex(/^[a-z0-9-]+$/)),
  /** How the person recognises the account: an e-mail address or user name. */
  account: labelSchema(CASE_LIMITS.account),
  /** Whose account this is (a profile of the person or of someone they help). */
  profile: IdSchema,
  createdAt: TimestampSchema,
  events: v.array(CaseEventSchema),
});

/** A case. */
export type Case = v.InferOutput<typeof CaseSchema>;

/** A person whose accounts are tracked: the user, or a family member they help. */
export const ProfileSchema = v.object({
  id: IdSchema,
  name: labelSchema(CASE_LIMITS.profileName),
  createdAt: TimestampSchema,
});

/** A profile. */
export type Profile = v.InferOutput<typeof ProfileSchema>;
