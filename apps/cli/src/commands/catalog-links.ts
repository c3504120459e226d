import { type Catalog, catalogUrls } from '@widerspruch/catalog';
import type { Locale } from '@widerspruch/catalog/locales';
import { failure, says, usageError } from '../errors.js';
import type { CliIo } from '../io.js';
import { localeFromEnv } from '../locale.js';
import { MESSAGES, type Messages } from '../text/messages.js';
import { printJson } from './context.js';
import { checkLinks, type LinkResult } from './link-check.js';

interface LinksOptions {
  readonly timeout: string;
  readonly concurrency: string;
  readonly only?: string;
  readonly json?: boolean;
  readonly strict?: boolean;
  readonly lang?: Locale;
}

/** `widerspruch catalog links`: checks every URL in the catalog and reports. */
export async function runCatalogLinks(
  io: CliIo,
  catalog: Catalog,
  opts: LinksOptions,
  stderrIsTerminal = process.stderr.isTTY === true,
): Promise<void> {
  const timeoutMs = wholeNumber(opts.timeout, '--timeout', 100, 600_000);
  const concurrency = wholeNumber(opts.concurrency, '--concurrency', 1, 64);
  const all = catalogUrls(catalog).filter(
    (u) => opts.only === undefined || u.url.includes(opts.only),
  );
  const where = new Map(all.map((u) => [u.url, u.where]));
  let done = 0;
  const results = await checkLinks(
    all.map((u) => u.url),
    { timeoutMs, concurrency, maxRedirects: 5 },
    () => {
      done++;
      if (!opts.json && stderrIsTerminal) io.stderr(`\r${done}/${all.length}`);
    },
  );
  if (!opts.json && stderrIsTerminal) io.stderr('\n');
  const bad = results.filter((r) => r.status === 'broken' || r.status === 'error');
  if (opts.json)
    printJson(io, {
      checked: results.length,
      problems: bad.length,
      results: results.map((r) => ({ ...r, where: where.get(r.url) })),
    });
  else io.stdout(report(results, where, MESSAGES[opts.lang ?? localeFromEnv(io.env)].links));
  if (opts.strict && bad.length > 0) {
    throw failure((m) => m.failure.linksUnreachable(bad.length));
  }
}

function report(
  results: readonly LinkResult[],
  where: Map<string, readonly string[]>,
  t: Messages['links'],
): string {
  const lines: string[] = [];
  for (const r of results) {
    if (r.status === 'ok') continue;
    const what =
      r.status === 'redirect'
        ? t.redirect(r.finalUrl ?? '')
        : r.status === 'broken'
          ? t.broken(String(r.code ?? r.detail))
          : t.unreachable(r.detail ?? '');
    const places = t.where((where.get(r.url) ?? []).join('; '));
    lines.push(`${r.status === 'redirect' ? '~' : '✗'} ${r.url}\n    ${what}\n    ${places}`);
  }
  const count = (s: LinkResult['status']) => results.filter((r) => r.status === s).length;
  lines.push(
    t.summary(results.length, count('ok'), count('redirect'), count('broken'), count('error')),
  );
  return `${lines.join('\n')}\n`;
}

/** An option's value as a whole number from `min` to `max`, or a usage error that says so. */
function wholeNumber(value: string, option: string, min: number, max: number): number {
  const n = Number(value);
  if (Number.isInteger(n) && n >= min && n <= max) return n;
  throw usageError(says((m) => m.input.wholeNumber(option, min, max, value)));
}
