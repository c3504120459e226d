import * as v from 'valibot';
import {
  FactSchema,
  HttpsUrlSchema,
  IdSchema,
  LocalizedTextSchema,
  SourceRefsSchema,
} from './common.js';

/** Device a menu path is written for. */
export const DeviceSchema = v.picklist(['desktop', 'mobile']);

/** A menu path: the labels to tap or click, in order, as the platform shows them. */
export const MenuPathSchema = v.strictObject({
  locale: v.picklist(['de', 'en']),
  device: DeviceSchema,
  steps: v.pipe(
    v.array(v.pipe(v.string(), v.nonEmpty())),
    v.minLength(2, 'a path has at least two steps'),
  ),
  /** A tip for finding the way (e.g. "scroll down to …"), in the path's language. Not a doubt. */
  hint: v.optional(v.pipe(v.string(), v.nonEmpty())),
  sources: SourceRefsSchema,
  uncertain: v.optional(LocalizedTextSchema),
});

/** Guide steps a channel note can be shown in. */
export const NOTE_STEPS = ['route', 'enter', 'after', 'good-to-know'] as const;

/** A sourced note on a channel; `step` says where the guide shows it (default: with the channel). */
export const ChannelNoteSchema = v.strictObject({
  ...FactSchema.entries,
  step: v.optional(v.picklist(NOTE_STEPS)),
});

/** A limit of one form field, and whether a source states it or it is our assumption. */
export const FieldLimitSchema = v.strictObject({
  maxLength: v.pipe(v.number(), v.integer(), v.minValue(1)),
  basis: v.picklist(['sourced', 'assumed']),
  sources: v.optional(SourceRefsSchema),
  note: LocalizedTextSchema,
});

const channelBase = {
  id: IdSchema,
  label: LocalizedTextSchema,
  sources: SourceRefsSchema,
  uncertain: v.optional(LocalizedTextSchema),
};

/** Another URL that sources give for the same form, kept with its sources. */
export const AlternateUrlSchema = v.strictObject({
  url: HttpsUrlSchema,
  note: LocalizedTextSchema,
  sources: SourceRefsSchema,
  uncertain: v.optional(LocalizedTextSchema),
});

/**
 * What a web form is for. Only `ai-objection` forms are offered as "the objection form";
 * the others are shown for what they are.
 */
export const FormPurposeSchema = v.picklist([
  'ai-objection',
  'general-objection',
  'data-rights',
  'third-party-data',
  'dpo-contact',
]);

/** A web form of the controller. */
export const WebFormChannelSchema = v.strictObject({
  ...channelBase,
  kind: v.literal('web-form'),
  purpose: FormPurposeSchema,
  url: HttpsUrlSchema,
  /** The form the app links to when a platform has several. */
  primary: v.optional(v.boolean()),
  /** What the form asks for; `unknown` where no source says, `varies` where sources differ. */
  requires: v.strictObject({
    login: v.picklist(['yes', 'no', 'unknown']),
    email: v.picklist(['yes', 'no', 'unknown']),
    country: v.picklist(['yes', 'no', 'varies', 'unknown']),
    reason: v.picklist(['required', 'optional', 'none', 'unknown']),
    verificationCode: v.picklist(['yes', 'no', 'varies', 'unknown']),
  }),
  fields: v.optional(v.strictObject({ reason: v.optional(FieldLimitSchema) })),
  confirmation: v.optional(FactSchema),
  alternates: v.optional(v.array(AlternateUrlSchema)),
  notes: v.optional(v.array(ChannelNoteSchema)),
});

/** A route through the platform's own menus that ends at the objection form. */
export const InAppChannelSchema = v.strictObject({
  ...channelBase,
  kind: v.literal('in-app'),
  leadsTo: v.optional(IdSchema),
  paths: v.pipe(v.array(MenuPathSchema), v.minLength(1)),
  notes: v.optional(v.array(ChannelNoteSchema)),
});

/** A setting the user switches off (or on) in the product itself. */
export const SettingToggleChannelSchema = v.strictObject({
  ...channelBase,
  kind: v.literal('setting-toggle'),
  /** The setting's label as the product shows it, without quotes (the guide adds them). */
  setting: v.pipe(
    LocalizedTextSchema,
    v.check(
      (label) => !/[„“”"]/.test(label.de + label.en),
      'setting labels are written without quotation marks; the guide adds them',
    ),
  ),
  defaultOn: v.boolean(),
  /**
   * The state that protects the person: 'off' for "use my data for AI" switches (the usual
   * case), 'on' for "block AI training" switches.
   */
  protectiveState: v.optional(v.picklist(['off', 'on'])),
  paths: v.pipe(v.array(MenuPathSchema), v.minLength(1)),
  notes: v.optional(v.array(ChannelNoteSchema)),
});

/** An e-mail address that accepts objections. */
export const EmailChannelSchema = v.strictObject({
  ...channelBase,
  kind: v.literal('email'),
  address: v.pipe(v.string(), v.email()),
  notes: v.optional(v.array(ChannelNoteSchema)),
});

/** A letter to the controller's postal address: the route when nothing else exists. */
export const LetterChannelSchema = v.strictObject({
  ...channelBase,
  kind: v.literal('letter'),
  notes: v.optional(v.array(ChannelNoteSchema)),
});

/** Any way to object. */
export const ChannelSchema = v.variant('kind', [
  WebFormChannelSchema,
  InAppChannelSchema,
  SettingToggleChannelSchema,
  EmailChannelSchema,
  LetterChannelSchema,
]);
