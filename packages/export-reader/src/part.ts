import { detectLayout, type Layout } from './layouts/index.js';
import { accountFromName, exportRootPrefix, isUnsafeName } from './paths.js';
import { type Problem, problem, type Result } from './problems.js';
import { type ZipEntry, ZipReadError, type ZipSource } from './zip-source.js';

/** One input (a ZIP or a folder) with its layout and files keyed by path in the export. */
export interface ExportPart {
  readonly source: ZipSource;
  readonly layout: Layout;
  /** The account name from Meta's export name, used to join parts of one export. */
  readonly account: string | undefined;
  readonly files: ReadonlyMap<string, ZipEntry>;
}

function refuse(p: Problem): Result<never> {
  return { ok: false, problems: [p] };
}

/** Maps an error of a source to a problem: archive errors by code, anything else unreadable. */
export function problemFor(error: unknown, path?: string): Problem {
  const detail = path === undefined ? {} : { path };
  return error instanceof ZipReadError
    ? problem(error.code, detail)
    : problem('unreadable', detail);
}

/**
 * Lists one input and finds its layout, refusing unsafe names (`..`, absolute paths),
 * encrypted archives, Meta's HTML format and anything that is no known export.
 */
export async function indexPart(source: ZipSource): Promise<Result<ExportPart>> {
  let entries: readonly ZipEntry[];
  try {
    entries = await source.list();
  } catch (error) {
    return refuse(problemFor(error));
  }
  const unsafe = entries.find((e) => isUnsafeName(e.name));
  if (unsafe) return refuse(problem('unsafe-path', { path: unsafe.name }));
  const files = entries.filter((e) => !e.directory);
  if (files.some((e) => e.encrypted)) return refuse(problem('encrypted'));
  const names = files.map((e) => e.name.replace(/\\/g, '/'));
  const prefix = exportRootPrefix(names);
  const byPath = new Map<string, ZipEntry>();
  files.forEach((entry, i) => {
    const path = (names[i] ?? '').slice(prefix.length);
    if (!byPath.has(path)) byPath.set(path, entry);
  });
  const layout = detectLayout([...byPath.keys()]);
  if (layout === 'html') return refuse(problem('html-export'));
  if (layout === undefined) return refuse(problem('not-an-export'));
  const account = accountFromName(prefix) ?? accountFromName(source.name);
  return { ok: true, value: { source, layout, account, files: byPath } };
}
