import {
  type Authority,
  type Catalog,
  findController,
  findPlatform,
  type Locale,
} from '@widerspruch/catalog';
import {
  type ComplaintLanguage,
  type ComplaintRoute,
  complaintLanguage,
  complaintRoute,
} from '../authority/complaint-route.js';
import {
  type AuthorityChoice,
  type AuthorityFinding,
  findAuthorities,
  type Residence,
} from '../authority/find.js';
import type { Case, CaseEvent, SubmissionChannel } from '../case/model.js';
import { summarizeCase } from '../case/state.js';
import type { GroundId } from '../objection/grounds.js';
import { loadCoreText } from '../text/core-text.js';
import { composeLetter } from './compose-letter.js';
import type { LetterContext, Sender } from './context.js';
import type { Letter, LetterKind } from './model.js';
import { type LetterRefusal, letterRefusal, recordedEvent } from './preconditions.js';

/** What a letter for a case is written from. */
export interface CaseLetterRequest {
  readonly kind: LetterKind;
  readonly catalog: Catalog;
  readonly case: Case;
  /** Today (YYYY-MM-DD), from the caller's clock. */
  readonly today: string;
  readonly sender: Sender;
  /** The person's interface language: the language of every letter except a complaint. */
  readonly locale: Locale;
  /** Where the person lives, for the authority of a complaint. */
  readonly residence?: Residence;
  /** For a complaint: a language the authority takes, instead of the one chosen for it. */
  readonly letterLocale?: Locale;
  /** Grounds for an objection (Art. 21(1) GDPR), in the order given. */
  readonly grounds?: readonly GroundId[];
  readonly note?: string;
}

/** Why no letter was written. */
export type CaseLetterFailure =
  | { readonly code: 'unknown-platform'; readonly platform: string }
  | { readonly code: 'refused'; readonly refusal: LetterRefusal }
  | { readonly code: 'no-authority'; readonly finding: AuthorityFinding }
  | {
      readonly code: 'language-not-accepted';
      readonly authority: Authority;
      readonly letterLocale: Locale;
    };

/** A complaint's authority, how it reaches it, and the language it is written in. */
export interface ComplaintDetails {
  readonly finding: AuthorityFinding;
  readonly choice: AuthorityChoice;
  readonly route: ComplaintRoute;
  readonly language: ComplaintLanguage;
}

/** A letter written for a case, with what the apps show and record around it. */
export interface CaseLetter {
  readonly letter: Letter;
  /**
   * When the letter is not in the interface language (a complaint in the authority's
   * language): the same letter in the interface language, for reading only.
   */
  readonly translation?: Letter;
  readonly complaint?: ComplaintDetails;
  /** The case event that recording the sent letter adds besides the letter as evidence. */
  readonly event: ReturnType<typeof recordedEvent>;
}

/**
 * The languages a letter for a case is written in: the letter's own (for a complaint, one
 * the authority takes) and the interface language of its reading copy. Empty when no
 * letter can be written.
 */
export function caseLetterLocales(request: CaseLetterRequest): readonly Locale[] {
  const plan = letterPlan(request);
  if (!plan.ok) return [];
  const letterLocale = plan.complaint?.language.locale ?? request.locale;
  return letterLocale === request.locale ? [letterLocale] : [letterLocale, request.locale];
}

/**
 * Loads core's wording in the languages a letter for a case needs (see
 * {@link caseLetterLocales}); an app that loads languages on demand awaits this before
 * {@link composeCaseLetter}.
 */
export async function loadCaseLetterTexts(request: CaseLetterRequest): Promise<void> {
  await Promise.all(caseLetterLocales(request).map((locale) => loadCoreText(locale)));
}

/**
 * Writes a letter for a case: platform → controller → authorities → letter (and its
 * translation) → complaint route → the event recording it adds. The one path both apps take,
 * so that grounds, refusals, the complaint's language and the recorded evidence are the same
 * on the command line and on the web.
 */
export function composeCaseLetter(
  request: CaseLetterRequest,
):
  | { readonly ok: true; readonly value: CaseLetter }
  | { readonly ok: false; readonly failure: CaseLetterFailure } {
  const plan = letterPlan(request);
  if (!plan.ok) return plan;
  const { kind, case: c, today } = request;
  const { platform, controller, choice, lead, complaint } = plan;
  const letterLocale = complaint?.language.locale ?? request.locale;
  const context = (locale: Locale): LetterContext => ({
    locale,
    today,
    sender: request.sender,
    case: c,
    summary: summarizeCase(c, today),
    platform,
    controller,
    ...(choice
      ? {
          authority: {
            record: choice.authority,
            // The finder words its reasons in the authored languages so far.
            reason: choice.reason[locale],
          },
        }
      : {}),
    ...(lead ? { leadAuthority: lead } : {}),
    ...(request.grounds && request.grounds.length > 0 ? { grounds: request.grounds } : {}),
    ...(request.note?.trim() ? { note: request.note } : {}),
  });
  const letter = composeLetter(kind, context(letterLocale));
  const translation =
    letterLocale === request.locale ? undefined : composeLetter(kind, context(request.locale));
  return {
    ok: true,
    value: {
      letter,
      ...(translation ? { translation } : {}),
      ...(complaint ? { complaint } : {}),
      event: recordedEvent(kind, c, today),
    },
  };
}

/** Who a letter for a case goes to and, for a complaint, which authority in which language. */
function letterPlan(request: CaseLetterRequest):
  | {
      readonly ok: true;
      readonly platform: NonNullable<ReturnType<typeof findPlatform>>;
      readonly controller: NonNullable<ReturnType<typeof findController>>;
      readonly choice: AuthorityChoice | undefined;
      readonly lead: Authority | undefined;
      readonly complaint: ComplaintDetails | undefined;
    }
  | { readonly ok: false; readonly failure: CaseLetterFailure } {
  const { kind, catalog, case: c, today } = request;
  const platform = findPlatform(catalog, c.platform);
  const controller = platform && findController(catalog, platform.controller);
  if (!platform || !controller)
    return { ok: false, failure: { code: 'unknown-platform', platform: c.platform } };
  const refusal = letterRefusal(kind, c, today);
  if (refusal) return { ok: false, failure: { code: 'refused', refusal } };
  const finding = findAuthorities(catalog, controller, request.residence ?? {}, { today });
  const choice = finding.recommended;
  const lead = finding.choices.find((x) => x.role === 'lead')?.authority;
  if (kind !== 'complaint')
    return { ok: true, platform, controller, choice, lead, complaint: undefined };
  if (!choice) return { ok: false, failure: { code: 'no-authority', finding } };
  const language = complaintLanguage(choice.authority, request.locale, request.letterLocale);
  if (!language) {
    const letterLocale = request.letterLocale ?? request.locale;
    return {
      ok: false,
      failure: { code: 'language-not-accepted', authority: choice.authority, letterLocale },
    };
  }
  const route = complaintRoute(choice.authority, { today });
  return {
    ok: true,
    platform,
    controller,
    choice,
    lead,
    complaint: { finding, choice, route, language },
  };
}

/** The forms in which a letter leaves the app, and what each records. */
export const LETTER_CHANNELS = ['text', 'pdf', 'eml', 'mailto'] as const;

/** A form in which a letter leaves the app. */
export type LetterChannel = (typeof LETTER_CHANNELS)[number];

/**
 * How each channel's copy is kept as evidence and how the sending is recorded: a new
 * channel fails to compile here until it says so.
 */
export const LETTER_CHANNEL: Readonly<
  Record<
    LetterChannel,
    { readonly extension: string; readonly mediaType: string; readonly via: SubmissionChannel }
  >
> = {
  text: { extension: 'txt', mediaType: 'text/plain', via: 'letter' },
  pdf: { extension: 'pdf', mediaType: 'application/pdf', via: 'letter' },
  eml: { extension: 'eml', mediaType: 'message/rfc822', via: 'email' },
  // A mailto link opens the person's mail program with the text: the text is kept.
  mailto: { extension: 'txt', mediaType: 'text/plain', via: 'email' },
};

/**
 * What recording a sent letter adds to the case: its copy as evidence (name and type of the
 * file to keep under `sha256`), then the letter's own event (see `recordedEvent`). The
 * apps add ids and times and store the bytes.
 */
export function letterRecord(
  caseLetter: CaseLetter,
  input: {
    readonly channel: LetterChannel;
    readonly today: string;
    readonly sha256: string;
    readonly size: number;
  },
): {
  readonly name: string;
  readonly mediaType: string;
  readonly events: readonly Omit<CaseEvent, 'id' | 'at'>[];
} {
  const channel = LETTER_CHANNEL[input.channel];
  const name = `${caseLetter.letter.kind}-${input.today}.${channel.extension}`;
  const { sha256, size, today } = input;
  const { mediaType } = channel;
  const kept: Omit<CaseEvent, 'id' | 'at'> = {
    kind: 'evidence-added',
    date: today,
    evidence: { sha256, name, mediaType, size },
  };
  const event = caseLetter.event;
  const sent: Omit<CaseEvent, 'id' | 'at'>[] = event
    ? [{ kind: event, date: today, ...(event === 'submitted' ? { via: channel.via } : {}) }]
    : [];
  return { name, mediaType, events: [kept, ...sent] };
}
