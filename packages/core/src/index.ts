export {
  BACKUP_ITERATIONS,
  type DecryptProblem,
  decryptBackup,
  ENCRYPTED_FORMAT,
  encryptBackup,
  encryptedBackupProblem,
  isEncryptedBackup,
  MIN_PASSPHRASE_LENGTH,
} from './case/backup-crypto.js';
export { type CaseText, caseText, type OfferedStepId } from './case/case-text.js';
export {
  checkEvidenceSize,
  type EmailSummary,
  type EvidenceProblem,
  isEmailFile,
  MAX_EVIDENCE_BYTES,
  sha256Hex,
} from './case/evidence.js';
export {
  EXPORT_VERSION,
  type ExportData,
  type ImportProblem,
  type ParsedExport,
  parseExport,
  serializeExport,
} from './case/export-file.js';
export {
  caseConflicts,
  conflictsMessage,
  conflictText,
  type ImportConflict,
  ImportConflictError,
  importConflicts,
} from './case/import-conflicts.js';
export {
  CASE_STATE_TEXT,
  EVENT_KIND_TEXT,
  REPLY_KIND_TEXT,
  REQUEST_KIND_TEXT,
} from './case/labels.js';
export { mergeCase, mergeCaseLists } from './case/merge.js';
export {
  CASE_EVENT_KINDS,
  CASE_LIMITS,
  type Case,
  type CaseEvent,
  type CaseEventKind,
  CaseSchema,
  GDPR_APPLIES_FROM,
  LATEST_CASE_DATE,
  type Profile,
  ProfileSchema,
  REPLY_KINDS,
  type ReplyKind,
  SUBMISSION_CHANNELS,
  type SubmissionChannel,
} from './case/model.js';
export { type OfferedStep, type Situation, type SituationId, whatNext } from './case/reactor.js';
// Letters and the authority finder are '@widerspruch/core/letters'; the .eml renderer
// (mimetext) is '@widerspruch/core/eml'; the PDF renderer is '@widerspruch/core/pdf'.
// Each loads only where it is needed.
export type { CaseRepository, EvidenceBlob, LoadedData } from './case/repository.js';
export {
  type CaseState,
  type CaseSummary,
  type DueDate,
  eventDate,
  extensionRange,
  identityRequestedOn,
  NEXT_ACTION_TEXT,
  type NextActionId,
  needsAttention,
  type RequestDeadline,
  requestDeadlines,
  runningDates,
  sortByAttention,
  submittedOn,
  summarizeCase,
} from './case/state.js';
export { confirmedOn, orderedEvents } from './case/status.js';
export { InvalidRecordError, validRecord } from './case/valid-record.js';
export { submissionVia } from './case/via.js';
export {
  compareIsoDates,
  formatIsoDate,
  isIsoDate,
  parseIsoDate,
} from './deadline/calendar.js';
export {
  addMonthsPeriod,
  addWeeksPeriod,
  DEADLINE_RULES,
  type DeadlineRule,
  type DeadlineRuleId,
} from './deadline/rules.js';
export { buildGuide, type GuideRequest } from './guide/build-guide.js';
export type {
  Guide,
  GuideForm,
  GuideLink,
  GuideRoute,
  GuideSection,
  GuideStep,
  GuideStepId,
} from './guide/model.js';
export { type GuideFact, type GuideSource, resolveFact } from './guide/resolve.js';
export {
  GUIDE_STEP_KINDS,
  type GuidePart,
  type GuideStepKind,
  type GuideTask,
  guideTask,
  TASK_TAKES_TEXT,
} from './guide/step-kinds.js';
export {
  type DatedRule,
  type DatedRuleId,
  GDPR_PROCEDURAL_REGULATION,
  type LawSource,
  ruleApplies,
} from './law/dated-rules.js';
export { LAW_IN_FLUX, lawInFluxNote } from './law/law-in-flux.js';
// Whether a letter can be written today (no letter texts: those are in '/letters').
export {
  type LetterObstacle,
  type LetterRefusalId,
  letterObstacle,
} from './letter/availability.js';
export { LETTER_KINDS, type LetterKind } from './letter/model.js';
export {
  composeObjectionText,
  loadObjectionTemplate,
  normalizeNote,
  type ObjectionText,
  type ObjectionTextProblem,
  type ObjectionTextRequest,
  objectionTemplate,
} from './objection/compose.js';
export { GROUND_IDS, type GroundId, isGroundId } from './objection/grounds.js';
export { objectionTextFor, type PlatformTextRequest } from './objection/platform-text.js';
export type { ObjectionTemplate } from './objection/template.js';
export { lookupPlatform } from './platform-lookup.js';
export {
  CONFLICTS_SHOWN,
  type ConflictField,
  type CoreProblem,
  type CoreProblemCode,
  conflictLine,
  conflictList,
  type ProblemText,
  problemInEveryLocale,
  problemOf,
  problemText,
  refuse,
} from './problem/core-problem.js';
export {
  REMEDY_ROUTE_IDS,
  type RemedyPage,
  type RemedyRoute,
  type RemedyRouteId,
  remedyPage,
} from './remedy/remedy-page.js';
export {
  type RemedyFact,
  type RemedyJoinRoute,
  type RemedyView,
  remedyView,
  remedyViews,
} from './remedy/remedy-view.js';
export {
  CORE_TEXT_LOADERS,
  type CoreText,
  coreText,
  inEveryLanguage,
  isCoreTextLoaded,
  loadCoreText,
  registerCoreText,
} from './text/core-text.js';
export { type NoticeText, noticeText } from './text/notice-text.js';
// E-mail reading (postal-mime) and .ics rendering (ical-generator) have their own entry
// points, '@widerspruch/core/email' and '@widerspruch/core/ics', so that the web app loads
// them only when needed.
export { countryName, formatPostalAddress } from './util/address.js';
export { closestMatch, editDistance } from './util/closest.js';
export { longDate, longDateOf } from './util/date-text.js';
export { isEmailAddress } from './util/email-address.js';
export { type PluralForms, plural } from './util/plural.js';
export { ok, type Problem, type Result } from './util/result.js';
export { terminalBlock, terminalJson, terminalValue } from './util/terminal-text.js';
export {
  FRESHNESS_DAYS,
  isStale,
  type ObjectAgain,
  type ObjectBefore,
  objectAgain,
  objectBefore,
  staleNotice,
} from './watch/policy-watch.js';
