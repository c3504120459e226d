import * as v from 'valibot';
import { WebFormChannelSchema } from './channel.js';
import {
  FactSchema,
  IdSchema,
  IsoDateSchema,
  LocalizedTextSchema,
  QualitySchema,
  SourceRefsSchema,
  SourceSchema,
} from './common.js';

/** A postal address as printed on a letter, with its sources. */
export const PostalAddressSchema = v.strictObject({
  lines: v.pipe(v.array(v.pipe(v.string(), v.nonEmpty())), v.minLength(1)),
  postalCode: v.pipe(v.string(), v.nonEmpty()),
  city: v.pipe(v.string(), v.nonEmpty()),
  country: v.pipe(v.string(), v.regex(/^[A-Z]{2}$/, 'must be an ISO 3166-1 alpha-2 code')),
  sources: SourceRefsSchema,
  uncertain: v.optional(LocalizedTextSchema),
});

/** A supervisory authority named for a controller, before the authority catalog exists. */
export const AuthorityRefSchema = v.strictObject({
  /** The authority's record in authorities/, when the directory has it. */
  authority: v.optional(IdSchema),
  name: LocalizedTextSchema,
  country: v.pipe(v.string(), v.regex(/^[A-Z]{2}$/)),
  role: v.picklist(['lead', 'national-lead']),
  sources: SourceRefsSchema,
  uncertain: v.optional(LocalizedTextSchema),
});

/** The legal entity responsible for processing (catalog/data/controllers/<id>.json). */
export const ControllerSchema = v.strictObject({
  $schema: v.optional(v.string()),
  id: IdSchema,
  name: v.pipe(v.string(), v.nonEmpty()),
  /** How letters and texts name the company, e.g. "Meta". */
  shortName: v.pipe(v.string(), v.nonEmpty()),
  formerNames: v.optional(v.array(v.string())),
  quality: QualitySchema,
  verified: IsoDateSchema,
  /** Postal address for letters; absent when no source gives one. */
  address: v.optional(PostalAddressSchema),
  outdatedAddresses: v.optional(v.array(FactSchema)),
  dpo: v.optional(
    v.strictObject({
      webForm: v.optional(IdSchema),
      email: v.optional(v.pipe(v.string(), v.email())),
      sources: SourceRefsSchema,
      uncertain: v.optional(LocalizedTextSchema),
    }),
  ),
  authorities: v.array(AuthorityRefSchema),
  forms: v.optional(v.array(WebFormChannelSchema)),
  notes: v.optional(v.array(FactSchema)),
  sources: v.pipe(v.array(SourceSchema), v.minLength(1)),
});
