import * as v from 'valibot';
import { ChannelSchema } from './channel.js';
import {
  FactSchema,
  IdSchema,
  IsoDateSchema,
  LocalizedTextSchema,
  QualitySchema,
  SourceRefsSchema,
  SourceSchema,
} from './common.js';

/** Where a platform stands on training AI with its users' content. */
export const TrainingStatusSchema = v.picklist([
  'training',
  'announced',
  'paused',
  'not-training',
  'unclear',
]);

/** One dated event in a platform's AI-training policy. */
export const HistoryEventSchema = v.strictObject({
  date: IsoDateSchema,
  kind: v.picklist([
    'announced',
    'paused',
    'started',
    'changed',
    'authority',
    'court',
    'legal-action',
  ]),
  text: LocalizedTextSchema,
  sources: SourceRefsSchema,
  uncertain: v.optional(LocalizedTextSchema),
});

/** What the platform trains on, since when, and what an objection changes. */
export const AiTrainingSchema = v.strictObject({
  status: TrainingStatusSchema,
  since: v.optional(IsoDateSchema),
  firstAnnouncedFor: v.optional(IsoDateSchema),
  /** A few words for lists: what is used, e.g. "only messages to Meta AI" (see dataUsed). */
  headline: v.optional(LocalizedTextSchema),
  summary: FactSchema,
  dataUsed: v.array(FactSchema),
  dataExcluded: v.array(FactSchema),
  objectionCovers: v.array(FactSchema),
  objectionDoesNotCover: v.array(FactSchema),
  /** Whether opting out also removes data already used for training (almost never). */
  retroactive: v.optional(FactSchema),
  legalBasis: v.optional(FactSchema),
});

/** A form of the controller (not of this platform) that a platform points to. */
export const FormRefSchema = v.strictObject({
  controller: IdSchema,
  form: IdSchema,
});

/** The honest options for content that other people posted about the user. */
export const ThirdPartySchema = v.strictObject({
  form: v.optional(FormRefSchema),
  advice: v.pipe(v.array(FactSchema), v.minLength(1)),
});

/** For products without their own route: which platforms' objection applies. */
export const RouteViaSchema = v.strictObject({
  platforms: v.pipe(v.array(IdSchema), v.minLength(1)),
  fact: FactSchema,
});

/** Topics of platform notes that the guide places in a step of their own. */
export const NOTE_TOPICS = ['status-posts', 'scams', 'deadline', 'meta-ai', 'other'] as const;

/** A sourced note about a platform, optionally tagged with a topic. */
export const PlatformNoteSchema = v.strictObject({
  ...FactSchema.entries,
  topic: v.optional(v.picklist(NOTE_TOPICS)),
});

/**
 * How a person gets their data export (for the export scan): where to ask for it, which
 * format and period to choose, how long it usually takes. Each part is a sourced fact.
 */
export const DataExportSchema = v.strictObject({
  /** Where in the app or website the export is requested (menu path). */
  request: FactSchema,
  /** The format to choose (e.g. JSON, not HTML), where there is a choice. */
  format: v.optional(FactSchema),
  /** The period to choose (the whole period), where there is a choice. */
  period: v.optional(FactSchema),
  /** How long preparing the export usually takes. */
  waiting: v.optional(FactSchema),
});

/** A platform whose owner may train AI on its users' data (catalog/data/platforms/<id>.json). */
export const PlatformSchema = v.strictObject({
  $schema: v.optional(v.string()),
  id: IdSchema,
  name: v.pipe(v.string(), v.nonEmpty()),
  controller: IdSchema,
  /** How to get the data export the export scan reads. */
  dataExport: v.optional(DataExportSchema),
  controllerNote: v.optional(FactSchema),
  quality: QualitySchema,
  verified: IsoDateSchema,
  aiTraining: AiTrainingSchema,
  channels: v.array(ChannelSchema),
  routeVia: v.optional(RouteViaSchema),
  linkedAccounts: v.optional(FactSchema),
  thirdParty: v.optional(ThirdPartySchema),
  notes: v.optional(v.array(PlatformNoteSchema)),
  history: v.array(HistoryEventSchema),
  sources: v.pipe(v.array(SourceSchema), v.minLength(1)),
});

export { SourceRefsSchema };
