import * as v from 'valibot';
import { decodeBase64, encodeBase64 } from '../util/base64.js';
import { fail, ok, type Result } from '../util/result.js';
import { sha256Hex } from './evidence.js';
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
        name: v.string(),
        mediaType: v.string(),
        base64: v.string(),
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
  | 'damaged-evidence';

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
  return `${JSON.stringify(file, null, 2)}\n`;
}

/**
 * Reads an export file. Refuses, with a message a person understands, anything that is not
 * a Widerspruch export, comes from a newer or unknown version, is damaged, or names
 * platforms this version does not know. Refusing changes nothing.
 */
export async function parseExport(
  text: string,
  knownPlatforms: readonly string[],
): Promise<Result<ExportData, ImportProblem>> {
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch {
    return fail('invalid-json', {
      de: 'Diese Datei lässt sich nicht als Sicherung lesen (kein gültiges JSON). Wählen Sie die Sicherungsdatei, die Widerspruch gespeichert hat (im Browser „Sicherung speichern“, im Terminal „widerspruch case export“). Es wurde nichts geändert.',
      en: 'The file is not valid JSON. Choose the backup file Widerspruch saved (“Save a backup” in the browser, “widerspruch case export” in the terminal). Nothing was changed.',
    });
  }
  const header = v.safeParse(
    v.object({ format: v.literal('widerspruch'), version: v.unknown() }),
    json,
  );
  if (!header.success) {
    return fail('not-an-export', {
      de: 'Diese Datei ist keine Sicherung von Widerspruch. Es wurde nichts geändert.',
      en: 'This file is not a Widerspruch backup. Nothing was changed.',
    });
  }
  const version = header.output.version;
  if (typeof version === 'number' && Number.isInteger(version) && version > EXPORT_VERSION) {
    return fail('newer-version', {
      de: `Die Datei stammt aus einer neueren Version von Widerspruch (Format ${version}). Bitte aktualisieren Sie die App und importieren Sie dann erneut. Es wurde nichts geändert.`,
      en: `The file comes from a newer version of Widerspruch (format ${version}). Please update the app, then import again. Nothing was changed.`,
    });
  }
  if (version !== EXPORT_VERSION) {
    return fail('unknown-version', {
      de: `Die Datei hat eine unbekannte Formatversion (${String(version)}). Es wurde nichts geändert.`,
      en: `The file has an unknown format version (${String(version)}). Nothing was changed.`,
    });
  }
  const validated = validate(json, knownPlatforms);
  if (!validated.ok) return validated;
  return verifyEvidence(validated.value.data, validated.value.evidence);
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
      return fail('damaged-evidence', {
        de: `Ein Nachweis in der Datei („${item.name}“) ist beschädigt: Sein Inhalt passt nicht zu seiner Prüfsumme. Es wurde nichts geändert.`,
        en: `An evidence file in the backup ("${item.name}") is damaged: its content does not match its checksum. Nothing was changed.`,
      });
    }
    evidence.push({ sha256: item.sha256, name: item.name, mediaType: item.mediaType, bytes });
  }
  return ok({ ...data, evidence });
}

function validate(
  json: unknown,
  knownPlatforms: readonly string[],
): Result<{ data: ExportData; evidence: RawEvidence }, ImportProblem> {
  const parsed = v.safeParse(ExportFileSchema, json);
  if (!parsed.success) {
    const issue = parsed.issues[0];
    const where = v.getDotPath(issue) ?? '';
    return fail('invalid', {
      de: `Die Datei ist beschädigt: ${where} ${issue.message}. Es wurde nichts geändert.`,
      en: `The file is damaged: ${where} ${issue.message}. Nothing was changed.`,
    });
  }
  const { profiles, cases } = parsed.output;
  const unknown = [...new Set(cases.map((c) => c.platform))].filter(
    (p) => !knownPlatforms.includes(p),
  );
  if (unknown.length > 0) {
    return fail('unknown-platform', {
      de: `Die Datei enthält Widersprüche für Plattformen, die diese Version nicht kennt: ${unknown.join(', ')}. Bitte aktualisieren Sie die App. Es wurde nichts geändert.`,
      en: `The file contains objections for platforms this version does not know: ${unknown.join(', ')}. Please update the app. Nothing was changed.`,
    });
  }
  const profileIds = new Set(profiles.map((p) => p.id));
  const orphan = cases.find((c) => !profileIds.has(c.profile));
  if (orphan !== undefined) {
    return fail('unknown-profile', {
      de: 'Die Datei ist unvollständig: Ein Widerspruch gehört zu keiner Person in der Datei. Es wurde nichts geändert.',
      en: 'The file is incomplete: an objection belongs to no person in the file. Nothing was changed.',
    });
  }
  return ok({
    data: { profiles: uniqueProfiles(profiles), cases: mergeCaseLists([], cases) },
    evidence: parsed.output.evidence ?? [],
  });
}

function uniqueProfiles(profiles: readonly Profile[]): Profile[] {
  const byId = new Map<string, Profile>();
  for (const p of profiles) if (!byId.has(p.id)) byId.set(p.id, p);
  return [...byId.values()];
}
