import type { AuthoredLocale, Device, Locale, WebFormChannel } from '@widerspruch/catalog';
import { coreText } from '../text/core-text.js';

export type FormPurpose = WebFormChannel['purpose'];

/** The wording of guide steps in one language. */
export interface GuideText {
  readonly device: Readonly<Record<Device, string>>;
  readonly openForm: { readonly title: string; readonly body: (platform: string) => string };
  readonly loginRequired: (platform: string) => string;
  readonly alternates: string;
  readonly inApp: {
    readonly title: string;
    readonly titleNoForm: string;
    readonly body: (device: string) => string;
  };
  readonly noRouteForDevice: (device: string, hasForm: boolean) => string;
  readonly otherForm: Readonly<Record<FormPurpose, string>>;
  /** When a menu path is documented only in another language: by that route's language. */
  readonly otherLocale: Readonly<Record<AuthoredLocale, string>>;
  readonly enter: { readonly title: string };
  readonly enterEmail: string;
  readonly enterCountry: string;
  readonly reasonOptional: string;
  readonly reasonRequired: string;
  readonly codeVaries: string;
  readonly codeYes: string;
  readonly requirementsUnknown: string;
  readonly after: { readonly title: string; readonly body: string };
  readonly coverage: { readonly title: string; readonly covers: string; readonly doesNot: string };
  /** `uncertain`: the plain advice when it is not known what one objection covers. */
  readonly linkedAccounts: { readonly title: string; readonly uncertain: string };
  readonly thirdParty: { readonly title: string; readonly form: string };
  readonly statusPosts: { readonly title: string };
  readonly goodToKnow: { readonly title: string };
  readonly routeVia: { readonly title: string; readonly body: (names: string) => string };
  readonly letter: {
    readonly title: string;
    readonly body: (company: string) => string;
    readonly onlyTitle: string;
    readonly onlyBody: (company: string) => string;
    readonly noAddress: string;
  };
  readonly noRoute: { readonly title: string; readonly body: string };
  readonly toggle: {
    readonly title: string;
    readonly titleOn: string;
    readonly body: (setting: string, defaultOn: boolean) => string;
    readonly bodyOn: (setting: string, defaultOn: boolean) => string;
    readonly otherPath: string;
  };
  readonly email: { readonly title: string; readonly body: string };
  readonly notTraining: { readonly title: string; readonly body: (platform: string) => string };
}

/** The guide wording for a language. */
export function guideText(locale: Locale): GuideText {
  return coreText(locale).guide;
}
