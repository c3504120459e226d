import type { CaseEventKind, ReplyKind } from '../../case/model.js';

/**
 * The wording of every letter in one language. Each language has its own module
 * (`de.ts`, `en.ts`, …) so that a translator touches one file; `LETTER_TEXT` in `index.ts`
 * is a `Record<Locale, LetterText>`, so a new language in the registry fails to compile
 * until its module exists and fills every field.
 *
 * Dates arrive already written out in the letter's language; legal terms and article
 * citations follow the official text of the GDPR in that language.
 */
export interface LetterText {
  readonly common: {
    readonly salutation: string;
    readonly closing: string;
    /** Second name line of the controller: for the attention of its data protection officer. */
    readonly forTheAttentionOfDpo: string;
    /** The account when none was recorded. */
    readonly accountNotGiven: string;
    /** Label of the list of enclosures. */
    readonly enclosures: string;
    /** The colon after a label ("Konto: …"); French sets a no-break space before it. */
    readonly colon: string;
    /** Label of the date in the PDF's information block. */
    readonly date: string;
    /** Page numbers in the PDF's footer. */
    readonly page: (n: number, of: number) => string;
    readonly labels: {
      readonly account: string;
      readonly controller: string;
      readonly date: string;
      readonly file: string;
      readonly whatHappened: string;
    };
  };
  readonly objection: {
    readonly subject: (p: { account: string }) => string;
    readonly opening: (p: {
      controller: string;
      company: string;
      platform: string;
      account: string;
    }) => string;
    /** Answer to a request for proof of identity (Art. 12(2) and (6) GDPR). */
    readonly identity: (p: { requestDate: string; platform: string; account: string }) => string;
    readonly demandsIntro: string;
    readonly demands: readonly string[];
    readonly deadline: (p: { due: string }) => string;
  };
  readonly reminder: {
    readonly subject: (p: { sent: string; account: string }) => string;
    readonly objectionOf: string;
    readonly opening: (p: { sent: string; platform: string; account: string }) => string;
    readonly expiredExtended: (p: { due: string }) => string;
    readonly expired: (p: { due: string }) => string;
    readonly expiredUndated: string;
    readonly deadline: (p: { due: string }) => string;
    /** Enclosure: the objection letter or e-mail itself. */
    readonly enclosedObjection: (p: { sent: string }) => string;
  };
  readonly complaint: {
    readonly subject: (p: { controller: string }) => string;
    readonly opening: (p: { controller: string }) => string;
    readonly objected: (p: {
      sent: string;
      platform: string;
      account: string;
      infringement: string;
    }) => string;
    readonly rejected: { readonly text: string; readonly articles: string };
    readonly asksForId: { readonly text: string; readonly articles: string };
    readonly inadequate: { readonly text: string; readonly articles: string };
    readonly noAnswer: {
      readonly text: string;
      readonly textDue: (p: { due: string }) => string;
      readonly articles: string;
    };
    readonly infringementOf: (p: { articles: string }) => string;
    readonly correspondence: string;
    readonly evidenceEnclosed: string;
    /** Cross-border processing: forward to the lead authority (before or under Reg. 2025/2518). */
    readonly crossBorder: (p: { lead: string; regulation2025: boolean }) => string;
    readonly examine: string;
    /** From 2 April 2027: the objection went to the controller first. */
    readonly priorRequest: (p: { sent: string; company: string; proof: string }) => string;
    readonly proofEnclosed: string;
    readonly proofNone: string;
  };
  readonly erasure: {
    readonly subject: (p: { account: string }) => string;
    readonly opening: (p: { sent: string }) => string;
    readonly demandsIntro: string;
    readonly demands: readonly string[];
    readonly deadline: (p: { due: string }) => string;
  };
  readonly access: {
    readonly subject: (p: { account: string }) => string;
    readonly opening: (p: { platform: string; account: string }) => string;
    readonly questions: readonly string[];
    readonly purpose: string;
    readonly deadline: (p: { due: string }) => string;
  };
  readonly dossier: {
    readonly subject: (p: { platform: string; controller: string }) => string;
    readonly recipient: string;
    readonly facts: string;
    readonly item: string;
    readonly detail: string;
    readonly dataSubject: string;
    readonly platformAndAccount: string;
    readonly objectionOn: string;
    readonly notSentYet: string;
    readonly answerDueOn: string;
    readonly nextStep: string;
    readonly timeline: string;
    readonly evidence: string;
    readonly checksums: string;
    readonly whoCanHelp: string;
    /** Who can help, each with its public source (information, not legal advice). */
    readonly help: readonly string[];
  };
  /** How the timeline names what happened. */
  readonly events: {
    readonly kinds: Readonly<Record<Exclude<CaseEventKind, 'submitted'>, string>>;
    readonly submitted: (p: { company: string }) => string;
    readonly extendedUntil: (p: { what: string; date: string }) => string;
    readonly replies: Readonly<Record<ReplyKind, string>>;
  };
}
