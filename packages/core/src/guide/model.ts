import type {
  AuthoredLocale,
  Device,
  Locale,
  TrainingStatus,
  WebFormChannel,
} from '@widerspruch/catalog';
import type { ObjectionText } from '../objection/compose.js';
import type { GuideFact, GuideSource } from './resolve.js';
import type { GuidePart, GuideTask } from './step-kinds.js';

/** Kinds of guide steps, in the order they may appear. */
export type GuideStepId =
  | 'not-training'
  | 'route-via'
  | 'toggle'
  | 'open-form'
  | 'in-app'
  | 'enter'
  | 'after'
  | 'coverage'
  | 'linked-accounts'
  | 'third-party'
  | 'status-posts'
  | 'good-to-know'
  | 'other-forms'
  | 'email'
  | 'letter'
  | 'no-route';

/** A link shown in a step. */
export interface GuideLink {
  readonly label: string;
  readonly url: string;
  readonly uncertain?: string;
}

/** A menu path to follow in the platform's app or website. */
export interface GuideRoute {
  readonly id: string;
  readonly label: string;
  /** The language of the menu labels (the catalog documents them in its authored languages). */
  readonly locale: AuthoredLocale;
  readonly device: Device;
  /** False when no path is documented for the requested device or language. */
  readonly exact: boolean;
  readonly steps: readonly string[];
  /** A tip for finding the way, in the route's language. */
  readonly hint?: string;
  /** Sourced notes about this route (e.g. a question the form asks first). */
  readonly notes: readonly GuideFact[];
  readonly sources: readonly GuideSource[];
  readonly uncertain?: string;
}

/** A heading with the facts under it. */
export interface GuideSection {
  readonly heading: string;
  readonly facts: readonly GuideFact[];
  readonly links: readonly GuideLink[];
}

/** One step of the guide. */
export interface GuideStep {
  readonly id: GuideStepId;
  /** Before, with or after the objection text (from `GUIDE_STEP_KINDS`). */
  readonly part: GuidePart;
  /** What the step asks the person to do (from `GUIDE_STEP_KINDS`). */
  readonly task: GuideTask;
  readonly title: string;
  readonly paragraphs: readonly string[];
  readonly facts: readonly GuideFact[];
  readonly sections: readonly GuideSection[];
  readonly links: readonly GuideLink[];
  readonly routes: readonly GuideRoute[];
  /** Why the whole step is uncertain, if it is. */
  readonly uncertain?: string;
}

/** The objection form as the guide presents it. */
export interface GuideForm {
  readonly label: string;
  readonly url: string;
  readonly requires: WebFormChannel['requires'];
  readonly alternates: readonly GuideLink[];
  readonly sources: readonly GuideSource[];
  readonly uncertain?: string;
}

/** Everything a person needs to object at one platform, in one language, for one device. */
export interface Guide {
  readonly platform: {
    readonly id: string;
    readonly name: string;
    readonly status: TrainingStatus;
    readonly since?: string;
    readonly firstAnnouncedFor?: string;
    readonly verified: string;
    readonly quality: 'sourced' | 'verified' | 'tested';
  };
  readonly controller: { readonly name: string; readonly shortName: string };
  /** A note on who the controller is, when the catalog has one (e.g. it is not certain). */
  readonly controllerNote?: GuideFact;
  readonly locale: Locale;
  readonly device: Device;
  readonly summary: GuideFact;
  readonly form?: GuideForm;
  readonly inAppRoutes: readonly GuideRoute[];
  /** The default objection text (no grounds); compose another with `composeObjectionText`. */
  readonly text: ObjectionText;
  /** What the person does to object here; `TASK_TAKES_TEXT` says whether the text is sent. */
  readonly task: GuideTask;
  readonly steps: readonly GuideStep[];
}
