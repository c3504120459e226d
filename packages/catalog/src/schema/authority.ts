import * as v from 'valibot';
import {
  FactSchema,
  HttpsUrlSchema,
  IdSchema,
  IsoDateSchema,
  LocalizedTextSchema,
  QualitySchema,
  SourceSchema,
} from './common.js';
import { PostalAddressSchema } from './controller.js';

/** German Länder, by the codes people know from licence plates and ISO 3166-2:DE. */
export const GERMAN_LAENDER = [
  'BW',
  'BY',
  'BE',
  'BB',
  'HB',
  'HH',
  'HE',
  'MV',
  'NI',
  'NW',
  'RP',
  'SL',
  'SN',
  'ST',
  'SH',
  'TH',
] as const;

/** A data protection supervisory authority (catalog/data/authorities/<id>.json). */
export const AuthoritySchema = v.strictObject({
  $schema: v.optional(v.string()),
  id: IdSchema,
  /** The official name in the authority's own language. */
  name: v.pipe(v.string(), v.nonEmpty()),
  /** Short form people use, e.g. "BfDI", "HmbBfDI", "DPC". */
  shortName: v.pipe(v.string(), v.nonEmpty()),
  /** How the app names it in German and English. */
  title: LocalizedTextSchema,
  /** national: a country's authority; federal: Germany's BfDI; state: a German Land's authority. */
  level: v.picklist(['national', 'federal', 'state']),
  country: v.pipe(v.string(), v.regex(/^[A-Z]{2}$/, 'must be an ISO 3166-1 alpha-2 code')),
  /** For German Land authorities: the Land. */
  region: v.optional(v.picklist(GERMAN_LAENDER)),
  /** Whom it supervises, in plain words (e.g. "companies in Bavaria"). */
  competence: FactSchema,
  address: PostalAddressSchema,
  email: v.optional(v.pipe(v.string(), v.email())),
  /** The authority's own web form for complaints, where one exists. */
  complaintForm: v.optional(HttpsUrlSchema),
  website: v.optional(HttpsUrlSchema),
  /** Languages complaints may be written in (ISO 639-1). */
  languages: v.pipe(v.array(v.pipe(v.string(), v.regex(/^[a-z]{2}$/))), v.minLength(1)),
  notes: v.optional(v.array(FactSchema)),
  quality: QualitySchema,
  verified: IsoDateSchema,
  sources: v.pipe(v.array(SourceSchema), v.minLength(1)),
});
