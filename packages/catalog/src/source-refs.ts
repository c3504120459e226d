import { type CatalogIssue, joinPath } from './issues.js';
import type { Source } from './types.js';

interface WithSources {
  readonly sources: readonly Source[];
}

/**
 * Checks that every `sources` list inside a record names sources defined in the record's
 * top-level `sources`, that source ids are unique, and warns about sources nobody cites.
 */
export function checkSourceRefs(file: string, record: WithSources): CatalogIssue[] {
  const issues: CatalogIssue[] = [];
  const defined = new Map<string, number>();
  record.sources.forEach((source, i) => {
    if (defined.has(source.id)) {
      issues.push({
        file,
        path: `sources[${i}].id`,
        code: 'duplicate-source',
        message: `source id "${source.id}" is defined twice`,
        severity: 'error',
      });
    } else defined.set(source.id, i);
  });
  // One entry per address: a source is known by its id in the record and by its address
  // wherever several records' sources are shown together.
  const addresses = new Map<string, string>();
  record.sources.forEach((source, i) => {
    const first = addresses.get(source.url);
    if (first !== undefined && first !== source.id) {
      issues.push({
        file,
        path: `sources[${i}].url`,
        code: 'duplicate-source-url',
        message: `source "${source.id}" has the same address as source "${first}"; cite one of them`,
        severity: 'error',
      });
    } else addresses.set(source.url, source.id);
  });
  const used = new Set<string>();
  walk(record, [], (path, refs) => {
    refs.forEach((ref, i) => {
      used.add(ref);
      if (!defined.has(ref)) {
        issues.push({
          file,
          path: joinPath([...path, i]),
          code: 'unknown-source',
          message: `source "${ref}" is not defined in this record's sources`,
          severity: 'error',
        });
      }
    });
  });
  for (const [id, i] of defined) {
    if (!used.has(id)) {
      issues.push({
        file,
        path: `sources[${i}]`,
        code: 'unused-source',
        message: `source "${id}" is not cited by any fact`,
        severity: 'warning',
      });
    }
  }
  return issues;
}

type Visit = (path: (string | number)[], refs: readonly string[]) => void;

function walk(node: unknown, path: (string | number)[], visit: Visit): void {
  if (Array.isArray(node)) {
    node.forEach((item, i) => {
      walk(item, [...path, i], visit);
    });
    return;
  }
  if (node === null || typeof node !== 'object') return;
  for (const [key, value] of Object.entries(node)) {
    const isRefList =
      key === 'sources' && Array.isArray(value) && value.every((x) => typeof x === 'string');
    if (isRefList && path.length > 0) visit([...path, key], value as string[]);
    else if (key !== 'sources' || path.length > 0) walk(value, [...path, key], visit);
  }
}
