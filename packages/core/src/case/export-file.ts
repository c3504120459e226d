import * as v from 'valibot';
import { addDays, formatIsoDate, parseIsoDate } from '../deadline/calendar.js';
import { refuse } from '../problem/core-problem.js';
import { decodeBase64, encodeBase64 } from '../util/base64.js';
import { ok, type Result } from '../util/result.js';
import { terminalJson } from '../util/terminal-text.js';
import { MAX_EVIDENCE_BYTES, sha256Hex } from './evidence.js';
import { caseConflicts, type ImportConflict } from './import-conflicts.js';
import { mergeCaseLists } from './merge.js';
import { type Case, CaseSchema, type Profile, ProfileSchema } from './model.js';
import type { EvidenceBlob } from './repository.js';

/** The version of the export format this code writes. Older versions are migrated on import. */
export const EXPORT_VERSION = 1;

const ExportFileSchema = v.object({
  format: v.literal('widerspruch'),
  version: v.literal(EXPORT_VERSION),
  exportedAt: v.pipe(v.string(), v.isoTimestamp()),
  profiles: v.array(ProfileSchema),
  cases: v.array(CaseSchema),
  evidence: v.optional(
    v.array(
      v.object({
        sha256: v.pipe(v.string(), v.regex(/^[0-9a-f]{64}$/)),
        name: v.pipe(v.string(), v.maxLength(500)),
        mediaType: v.pipe(v.string(), v.maxLength(200)),
        // 25 MB as base64 (4 characters per 3 bytes), checked before anything is decoded.
        base64: v.pipe(
          v.string(),
          v.maxLength(Math.ceil(MAX_EVIDENCE_BYTES / 3) * 4, 'is larger than 25 MB'),
        ),
      }),
    ),
  ),
});

/** Everything a person keeps in Widerspruch, as one portable file. */
export interface ExportData {
  readonly profiles: readonly Profile[];
  readonly cases: readonly Case[];
  /** Files kept with cases; optional so that a file without evidence stays small. */
  readonly evidence?: readonly EvidenceBlob[];
}

/** Why an export file was refused. */
export type ImportProblem =
  | 'invalid-json'
  | 'not-an-export'
  | 'newer-version'
  | 'unknown-version'
  | 'invalid'
  | 'unknown-platform'
  | 'unknown-profile'
  | 'damaged-evidence'
  | 'missing-evidence'
  | 'future-date'
  | 'conflict';

/** An export as read: its data, and the evidence files left out because no case uses them. */
export interface ParsedExport extends ExportData {
  /** Names of evidence files in the backup that no case refers to (not imported). */
  readonly unusedEvidence: readonly string[];
}

/** Writes the portable export file (JSON, versioned). */
export function serializeExport(data: ExportData, exportedAt: string): string {
  const file = {
    format: 'widerspruch',
    version: EXPORT_VERSION,
    exportedAt,
    profiles: data.profiles,
    cases: data.cases,
    evidence: (data.evidence ?? []).map((e) => ({
      sha256: e.sha256,
      name: e.name,
      mediaType: e.mediaType,
      base64: encodeBase64(e.bytes),
    })),
  };
  // Escaped so that a backup printed to a terminal cannot run a control sequence.
  return `${terminalJson(JSON.stringify(file, null, 2))}\n`;
}

/**
 * Reads an export file. Refuses, with a message a person understands, anything that is not
 * a Widerspruch export, comes from a newer or unknown version, is damaged, or names
 * platforms this version does not know. Refusing changes nothing.
 */
export async function parseExport(
  text: string,
  knownPlatforms: readonly string[],
  today?: string,
): Promise<Result<ParsedExport, ImportProblem>> {
  let json: unknown;
  try {
    // A byte-order mark (as some editors save UTF-8) is not part of the JSON.
    json = JSON.parse(text.replace(/^\uFEFF/, ''));
  } catch {
    if (looksCutOff(text)) return refuse('invalid-json', { code: 'backup-cut-off' });
    return refuse('invalid-json', { code: 'backup-not-json' });
  }
  const header = v.safeParse(
    v.object({ format: v.literal('widerspruch'), version: v.unknown() }),
    json,
  );
  if (!header.success) {
    return refuse('not-an-export', { code: 'not-a-backup' });
  }
  const version = header.output.version;
  if (typeof version === 'string' && /^\s*\d+\s*$/.test(version))
    return refuse('unknown-version', { code: 'version-as-text', version });
  if (typeof version === 'number' && Number.isInteger(version) && version > EXPORT_VERSION) {
    return refuse('newer-version', { code: 'newer-version', version });
  }
  if (version !== EXPORT_VERSION) {
    return refuse('unknown-version', { code: 'unknown-version', version: String(version) });
  }
  const validated = validate(json, knownPlatforms, today);
  if (!validated.ok) return validated;
  const used = new Set(
    validated.value.data.cases.flatMap((c) => c.events.flatMap((e) => e.evidence?.sha256 ?? [])),
  );
  const raw = validated.value.evidence;
  const missing = [...used].filter((sha) => !raw.some((e) => e.sha256 === sha));
  if (missing.length > 0) return missingEvidence(validated.value.data.cases, missing);
  const verified = await verifyEvidence(
    validated.value.data,
    raw.filter((e) => used.has(e.sha256)),
  );
  if (!verified.ok) return verified;
  const unusedEvidence = raw.filter((e) => !used.has(e.sha256)).map((e) => e.name);
  return ok({ ...verified.value, unusedEvidence });
}

/** Whether unparseable text looks like the start of a JSON document cut off early. */
function looksCutOff(text: string): boolean {
  const trimmed = text.replace(/^\uFEFF/, '').trim();
  return trimmed.startsWith('{') && !trimmed.endsWith('}');
}

function missingEvidence(
  cases: readonly Case[],
  missing: readonly string[],
): Result<never, ImportProblem> {
  const event = cases
    .flatMap((c) => c.events.map((e) => ({ c, e })))
    .find(({ e }) => e.evidence !== undefined && missing.includes(e.evidence.sha256));
  const name = event?.e.evidence?.name ?? '';
  const id = event?.c.id ?? '';
  return refuse('missing-evidence', {
    code: 'missing-evidence',
    file: name,
    caseId: id,
    more: missing.length - 1,
  });
}

/** Evidence as the file holds it: base64, not yet checked against its SHA-256. */
type RawEvidence = NonNullable<v.InferOutput<typeof ExportFileSchema>['evidence']>;

async function verifyEvidence(
  data: ExportData,
  raw: RawEvidence,
): Promise<Result<ExportData, ImportProblem>> {
  const evidence: EvidenceBlob[] = [];
  for (const item of raw) {
    const bytes = decodeBase64(item.base64);
    if (bytes === undefined || (await sha256Hex(bytes)) !== item.sha256) {
      return refuse('damaged-evidence', { code: 'damaged-evidence', file: item.name });
    }
    evidence.push({ sha256: item.sha256, name: item.name, mediaType: item.mediaType, bytes });
  }
  return ok({ ...data, evidence });
}

function validate(
  json: unknown,
  knownPlatforms: readonly string[],
  today: string | undefined,
): Result<{ data: ExportData; evidence: RawEvidence }, ImportProblem> {
  const parsed = v.safeParse(ExportFileSchema, json);
  if (!parsed.success) {
    const issue = parsed.issues[0];
    const where = withCaseId(v.getDotPath(issue) ?? '', json);
    return refuse('invalid', { code: 'invalid-backup', where, issue: issue.message });
  }
  const { profiles, cases } = parsed.output;
  const unknown = [...new Set(cases.map((c) => c.platform))].filter(
    (p) => !knownPlatforms.includes(p),
  );
  if (unknown.length > 0) {
    return refuse('unknown-platform', { code: 'unknown-platforms', platforms: unknown });
  }
  const profileIds = new Set(profiles.map((p) => p.id));
  const orphan = cases.find((c) => !profileIds.has(c.profile));
  if (orphan !== undefined) {
    return refuse('unknown-profile', { code: 'unknown-profile' });
  }
  if (today !== undefined) {
    const future = futureDate(cases, today);
    if (future !== undefined) return future;
  }
  const duplicates = duplicateConflicts(cases);
  if (duplicates.length > 0) {
    return refuse('conflict', { code: 'conflicts', conflicts: duplicates });
  }
  return ok({
    data: { profiles: uniqueProfiles(profiles), cases: mergeCaseLists([], cases) },
    evidence: parsed.output.evidence ?? [],
  });
}

/**
 * A path into the file, with the id of the case or person it lies in when that id is
 * readable (`cases.3.account (id 7f3a…)`), so that the message names the record to correct.
 */
function withCaseId(where: string, json: unknown): string {
  const at = /^(cases|profiles)\.(\d+)(?:\.|$)/.exec(where);
  if (at === null) return where;
  const list = (json as Record<string, unknown>)[at[1] as string];
  const id = Array.isArray(list) ? (list[Number(at[2])] as { id?: unknown } | null)?.id : undefined;
  return typeof id === 'string' && /^[\x21-\x7e]{1,100}$/.test(id) ? `${where} (id ${id})` : where;
}

function uniqueProfiles(profiles: readonly Profile[]): Profile[] {
  const byId = new Map<string, Profile>();
  for (const p of profiles) if (!byId.has(p.id)) byId.set(p.id, p);
  return [...byId.values()];
}

/**
 * The day after which no event of an import may lie: tomorrow (time zones differ), or for an
 * extended deadline the latest end the GDPR allows, two further months (Art. 12(3) GDPR),
 * with a margin. The apps refuse later dates on input alike.
 */
function futureDate(
  cases: readonly Case[],
  today: string,
): Result<never, ImportProblem> | undefined {
  const later = (n: number) => formatIsoDate(addDays(parseIsoDate(today), n));
  const tomorrow = later(1);
  const extended = later(400);
  for (const c of cases)
    for (const e of c.events) {
      const day = e.date ?? e.at.slice(0, 10);
      const latest = e.kind === 'deadline-extended' ? extended : tomorrow;
      if (day > latest || e.at.slice(0, 10) > tomorrow || c.createdAt.slice(0, 10) > tomorrow)
        return refuse('future-date', {
          code: 'future-date',
          caseId: c.id,
          date: day > latest ? day : e.at.slice(0, 10),
          today,
        });
    }
  return undefined;
}

/** Conflicts between copies of one case within the file itself. */
function duplicateConflicts(cases: readonly Case[]): ImportConflict[] {
  const first = new Map<string, Case>();
  const conflicts: ImportConflict[] = [];
  for (const c of cases) {
    const known = first.get(c.id);
    if (known === undefined) first.set(c.id, c);
    else conflicts.push(...caseConflicts(known, c));
  }
  // An event id repeated inside one case with other content is a conflict too.
  for (const c of cases) {
    const seen = new Map<string, string>();
    for (const e of c.events) {
      const json = JSON.stringify(e);
      const known = seen.get(e.id);
      if (known !== undefined && known !== json)
        conflicts.push({ record: 'event', id: c.id, eventId: e.id, fields: ['(content)'] });
      seen.set(e.id, json);
    }
  }
  return conflicts;
}
