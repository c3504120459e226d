import * as v from 'valibot';
import {
  FactSchema,
  HttpsUrlSchema,
  IdSchema,
  IsoDateSchema,
  LocalizedTextSchema,
  PartialDateSchema,
  QualitySchema,
  SourceRefsSchema,
  SourceSchema,
} from './common.js';

/** What kind of proceeding a remedy record describes. */
export const REMEDY_KINDS = [
  /** A collective action that consumers can join (e.g. a German Abhilfeklage). */
  'collective-action',
  /** A collective claim brought by an organisation that people cannot join themselves. */
  'collective-claim',
  /** A case brought by one person, notable because others can learn from it. */
  'individual-case',
  /** An organisation's application for a court injunction. */
  'injunction-application',
] as const;

/**
 * What a proceeding is about. The app shows AI-training proceedings as remedies for an
 * objection, and the others only as "a different matter", never mixed.
 */
export const REMEDY_TOPICS = ['ai-training', 'data-leak', 'tracking', 'general-data-use'] as const;

/** Where a proceeding stands; `asOf` is the date of the last source that says so. */
export const RemedyStatusSchema = v.strictObject({
  state: v.picklist(['open-to-join', 'pending', 'stayed', 'granted', 'rejected', 'closed']),
  asOf: IsoDateSchema,
  text: LocalizedTextSchema,
  sources: SourceRefsSchema,
  uncertain: v.optional(LocalizedTextSchema),
});

/** One way to join a collective action, with what it costs. */
export const JoinRouteSchema = v.strictObject({
  text: LocalizedTextSchema,
  url: v.optional(HttpsUrlSchema),
  /** Cost in euros; 0 when it is free of charge. */
  costEur: v.pipe(v.number(), v.minValue(0)),
  sources: SourceRefsSchema,
  uncertain: v.optional(LocalizedTextSchema),
});

/** Who can join a collective action and how. */
export const JoinSchema = v.strictObject({
  who: FactSchema,
  routes: v.pipe(v.array(JoinRouteSchema), v.minLength(1, 'needs at least one way to join')),
  /** Until when one can join, as far as known (e.g. "until three weeks after the hearing"). */
  until: v.optional(FactSchema),
});

/**
 * A court case or collective action about a platform's use of data
 * (catalog/data/remedies/<id>.json), linked to platforms and controllers.
 */
export const RemedySchema = v.strictObject({
  $schema: v.optional(v.string()),
  id: IdSchema,
  kind: v.picklist(REMEDY_KINDS),
  topic: v.picklist(REMEDY_TOPICS),
  title: LocalizedTextSchema,
  /** Who brings the case, e.g. a foundation or "one user". */
  claimant: LocalizedTextSchema,
  /** The court or register, with a case number where known. */
  forum: FactSchema,
  country: v.pipe(v.string(), v.regex(/^[A-Z]{2}$/, 'must be an ISO 3166-1 alpha-2 code')),
  /** When the case was filed or decided (the most relevant date), as precise as known. */
  date: PartialDateSchema,
  about: FactSchema,
  /** What the case is not about, when it is easily confused with another one. */
  notAbout: v.optional(FactSchema),
  platforms: v.pipe(v.array(IdSchema), v.minLength(1, 'needs at least one platform')),
  controllers: v.pipe(v.array(IdSchema), v.minLength(1, 'needs at least one controller')),
  status: RemedyStatusSchema,
  join: v.optional(JoinSchema),
  /** What the case means for a user, honestly: limits, costs, what it does not do. */
  limits: v.optional(v.array(FactSchema)),
  quality: QualitySchema,
  verified: IsoDateSchema,
  sources: v.pipe(v.array(SourceSchema), v.minLength(1)),
});
