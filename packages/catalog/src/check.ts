import * as v from 'valibot';
import { type CatalogIssue, schemaIssues } from './issues.js';
import {
  checkAuthorities,
  checkAuthorityRefs,
  checkControllerLinks,
  checkPlatformLinks,
} from './links.js';
import { checkRemedyLinks } from './remedy-links.js';
import { AuthoritySchema } from './schema/authority.js';
import { ControllerSchema } from './schema/controller.js';
import { PlatformSchema } from './schema/platform.js';
import { RemedySchema } from './schema/remedy.js';
import { checkSourceRefs } from './source-refs.js';
import type { Authority, Controller, Platform, Remedy } from './types.js';
import { checkWeakRoutes } from './weak-routes.js';

/** A catalog file as read from disk or bundled: its path below `data/` and its parsed JSON. */
export interface CatalogFile {
  readonly file: string;
  readonly data: unknown;
}

/** All records of a catalog, validated. */
export interface Catalog {
  readonly platforms: readonly Platform[];
  readonly controllers: readonly Controller[];
  readonly authorities: readonly Authority[];
  /** Court cases and collective actions, linked to platforms and controllers. */
  readonly remedies: readonly Remedy[];
}

/** Result of checking a catalog: the catalog when no error was found, and every issue. */
export type CatalogCheckResult =
  | { readonly ok: true; readonly catalog: Catalog; readonly issues: readonly CatalogIssue[] }
  | { readonly ok: false; readonly issues: readonly CatalogIssue[] };

/** Options for {@link checkCatalog}. */
export interface CheckOptions {
  /** Today's date (YYYY-MM-DD) from the caller's clock; verified dates may not be later. */
  readonly today: string;
}

/**
 * Validates catalog files: the schema of each record, then the semantic rules (ids match
 * file names, no duplicates, sources referenced exist, dates not in the future,
 * controllers, platforms and forms referenced exist).
 */
export function checkCatalog(
  files: readonly CatalogFile[],
  options: CheckOptions,
): CatalogCheckResult {
  const issues: CatalogIssue[] = [];
  const platforms: { file: string; record: Platform }[] = [];
  const controllers: { file: string; record: Controller }[] = [];
  const authorities: { file: string; record: Authority }[] = [];
  const remedies: { file: string; record: Remedy }[] = [];
  for (const { file, data } of files) {
    const folder = file.split('/')[0];
    const schema =
      folder === 'platforms'
        ? PlatformSchema
        : folder === 'controllers'
          ? ControllerSchema
          : folder === 'authorities'
            ? AuthoritySchema
            : folder === 'remedies'
              ? RemedySchema
              : null;
    if (schema === null) {
      issues.push(unknownFolder(file));
      continue;
    }
    const parsed = v.safeParse(schema, data);
    if (!parsed.success) {
      issues.push(...schemaIssues(file, parsed.issues));
      continue;
    }
    const record = parsed.output;
    issues.push(...checkIdMatchesFile(file, record.id), ...checkSourceRefs(file, record));
    issues.push(...checkDates(file, record, options.today));
    if (folder === 'platforms') {
      platforms.push({ file, record: record as Platform });
      issues.push(...checkWeakRoutes(file, record as Platform));
    } else if (folder === 'controllers') controllers.push({ file, record: record as Controller });
    else if (folder === 'remedies') remedies.push({ file, record: record as Remedy });
    else authorities.push({ file, record: record as Authority });
  }
  issues.push(
    ...duplicateIds(platforms),
    ...duplicateIds(controllers),
    ...duplicateIds(authorities),
    ...duplicateIds(remedies),
  );
  issues.push(...checkAuthorities(authorities));
  issues.push(...checkAuthorityRefs(controllers, authorities));
  issues.push(...checkControllerLinks(controllers));
  issues.push(...checkPlatformLinks(platforms, controllers));
  issues.push(...checkRemedyLinks(remedies, platforms, controllers, options.today));
  const catalog: Catalog = {
    platforms: platforms.map((p) => p.record).sort((a, b) => a.id.localeCompare(b.id)),
    controllers: controllers.map((c) => c.record).sort((a, b) => a.id.localeCompare(b.id)),
    authorities: authorities.map((a) => a.record).sort((a, b) => a.id.localeCompare(b.id)),
    remedies: remedies.map((r) => r.record).sort((a, b) => a.id.localeCompare(b.id)),
  };
  return issues.some((i) => i.severity === 'error')
    ? { ok: false, issues }
    : { ok: true, catalog, issues };
}

function unknownFolder(file: string): CatalogIssue {
  return {
    file,
    path: '',
    code: 'unknown-folder',
    message: 'records belong in platforms/, controllers/, authorities/ or remedies/',
    severity: 'error',
  };
}

function checkIdMatchesFile(file: string, id: string): CatalogIssue[] {
  const expected = file
    .split('/')
    .pop()
    ?.replace(/\.json$/, '');
  if (expected === id) return [];
  return [
    {
      file,
      path: 'id',
      code: 'id-mismatch',
      message: `id "${id}" must equal the file name "${expected}"`,
      severity: 'error',
    },
  ];
}

function checkDates(
  file: string,
  record: Platform | Controller | Authority | Remedy,
  today: string,
): CatalogIssue[] {
  const issues: CatalogIssue[] = [];
  const future = (path: string, date: string, what: string): void => {
    if (date > today) {
      issues.push({
        file,
        path,
        code: 'future-date',
        message: `${what} ${date} is in the future (today is ${today})`,
        severity: 'error',
      });
    }
  };
  future('verified', record.verified, 'verified date');
  if ('history' in record) {
    record.history.forEach((event, i) => {
      future(`history[${i}].date`, event.date, 'event date');
    });
  }
  return issues;
}

function duplicateIds(
  records: readonly { file: string; record: { id: string } }[],
): CatalogIssue[] {
  const seen = new Map<string, string>();
  const issues: CatalogIssue[] = [];
  for (const { file, record } of records) {
    const first = seen.get(record.id);
    if (first === undefined) seen.set(record.id, file);
    else
      issues.push({
        file,
        path: 'id',
        code: 'duplicate-id',
        message: `id "${record.id}" is already used by ${first}`,
        severity: 'error',
      });
  }
  return issues;
}
