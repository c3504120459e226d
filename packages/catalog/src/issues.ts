import type * as v from 'valibot';

/** One problem found in a catalog file, located by file and field path. */
export interface CatalogIssue {
  /** File relative to the catalog's data folder, e.g. `platforms/facebook.json`. */
  readonly file: string;
  /** Field path inside the record, e.g. `channels[0].url`; empty for the whole record. */
  readonly path: string;
  readonly code: CatalogIssueCode;
  readonly message: string;
  readonly severity: 'error' | 'warning';
}

/** Machine-readable kinds of catalog issues. */
export type CatalogIssueCode =
  | 'invalid-json'
  | 'schema'
  | 'unknown-folder'
  | 'id-mismatch'
  | 'duplicate-id'
  | 'unknown-source'
  | 'unused-source'
  | 'duplicate-source'
  | 'duplicate-source-url'
  | 'future-date'
  | 'unknown-controller'
  | 'unknown-authority'
  | 'unknown-platform'
  | 'unknown-form'
  | 'unknown-channel'
  | 'duplicate-channel'
  | 'several-primary-forms'
  | 'weak-route'
  | 'invalid-translation'
  | 'unknown-locale';

type PathItem = { key?: unknown };

/** Formats a Valibot issue path as `a.b[0].c`. */
export function formatIssuePath(path: readonly PathItem[] | undefined): string {
  if (!path) return '';
  return joinPath(path.map((item) => item.key as string | number));
}

/** Joins keys as `a.b[0].c`. */
export function joinPath(keys: readonly (string | number)[]): string {
  let out = '';
  for (const key of keys) {
    if (typeof key === 'number') out += `[${key}]`;
    else out += out === '' ? key : `.${key}`;
  }
  return out;
}

/** Turns Valibot issues into catalog issues for one file, innermost message first. */
export function schemaIssues(
  file: string,
  issues: readonly v.BaseIssue<unknown>[],
): CatalogIssue[] {
  return issues.map((issue) => {
    const path = formatIssuePath(issue.path as PathItem[] | undefined);
    const field = path === '' ? 'record' : path;
    const detail =
      issue.type === 'strict_object' && issue.expected === 'never'
        ? `unknown field (not in the schema): ${path}`
        : issue.kind === 'schema' && issue.received === 'undefined'
          ? `missing required field ${field}`
          : `${field}: ${issue.message}`;
    return { file, path, code: 'schema', message: detail, severity: 'error' } as const;
  });
}

/** An error about one field of one catalog file. */
export function catalogError(
  file: string,
  path: string,
  code: CatalogIssueCode,
  message: string,
): CatalogIssue {
  return { file, path, code, message, severity: 'error' };
}

/** Renders an issue as one line a contributor understands. */
export function formatCatalogIssue(issue: CatalogIssue): string {
  const where = issue.path === '' ? issue.file : `${issue.file} → ${issue.path}`;
  return `${issue.severity === 'error' ? 'error' : 'warning'}: ${where}: ${issue.message}`;
}
