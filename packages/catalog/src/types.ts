import type * as v from 'valibot';
import type { AuthoritySchema } from './schema/authority.js';
import type {
  AlternateUrlSchema,
  ChannelNoteSchema,
  ChannelSchema,
  EmailChannelSchema,
  FieldLimitSchema,
  InAppChannelSchema,
  LetterChannelSchema,
  MenuPathSchema,
  SettingToggleChannelSchema,
  WebFormChannelSchema,
} from './schema/channel.js';
import type { FactSchema, LocalizedTextSchema, SourceSchema } from './schema/common.js';
import type { ControllerSchema, PostalAddressSchema } from './schema/controller.js';
import type {
  HistoryEventSchema,
  PlatformNoteSchema,
  PlatformSchema,
  TrainingStatusSchema,
} from './schema/platform.js';
import type { JoinRouteSchema, RemedySchema } from './schema/remedy.js';

/** Text in German and English. */
export type LocalizedText = v.InferOutput<typeof LocalizedTextSchema>;
/** A public source of a record. */
export type Source = v.InferOutput<typeof SourceSchema>;
/** A sourced statement, possibly marked uncertain. */
export type Fact = v.InferOutput<typeof FactSchema>;
/** A way to object. */
export type Channel = v.InferOutput<typeof ChannelSchema>;
/** A web form. */
export type WebFormChannel = v.InferOutput<typeof WebFormChannelSchema>;
/** A route through the platform's menus. */
export type InAppChannel = v.InferOutput<typeof InAppChannelSchema>;
/** A setting to switch. */
export type SettingToggleChannel = v.InferOutput<typeof SettingToggleChannelSchema>;
/** An e-mail address for objections. */
export type EmailChannel = v.InferOutput<typeof EmailChannelSchema>;
/** A letter to the controller. */
export type LetterChannel = v.InferOutput<typeof LetterChannelSchema>;
/** A menu path for one locale and device. */
export type MenuPath = v.InferOutput<typeof MenuPathSchema>;
/** A form field's limit. */
export type FieldLimit = v.InferOutput<typeof FieldLimitSchema>;
/** Another URL circulating for the same form. */
export type AlternateUrl = v.InferOutput<typeof AlternateUrlSchema>;
/** A platform record. */
export type Platform = v.InferOutput<typeof PlatformSchema>;
/** A platform's AI-training status. */
export type TrainingStatus = v.InferOutput<typeof TrainingStatusSchema>;
/** A dated policy event. */
export type HistoryEvent = v.InferOutput<typeof HistoryEventSchema>;
/** A controller record. */
export type Controller = v.InferOutput<typeof ControllerSchema>;
/** A postal address. */
export type PostalAddress = v.InferOutput<typeof PostalAddressSchema>;
/** A device a menu path is written for. */
export type Device = MenuPath['device'];
/** A note on a platform, possibly with a topic. */
export type PlatformNote = v.InferOutput<typeof PlatformNoteSchema>;
/** A note on a channel with the guide step it belongs to. */
export type ChannelNote = v.InferOutput<typeof ChannelNoteSchema>;
/** A supervisory authority record. */
export type Authority = v.InferOutput<typeof AuthoritySchema>;
/** A court case or collective action about a platform's use of data. */
export type Remedy = v.InferOutput<typeof RemedySchema>;
/** One way to join a collective action. */
export type JoinRoute = v.InferOutput<typeof JoinRouteSchema>;
