import type { Locale } from '@widerspruch/catalog/locales';
import { GROUND_IDS, objectionTemplate, objectionTextFor } from '@widerspruch/core';
import { fromProblems } from '../core-problems.js';
import { says, usageError } from '../errors.js';
import { terminalBlock } from '../render/terminal.js';
import { type CommandContext, printJson } from './context.js';

interface TextOptions {
  readonly lang?: Locale;
  readonly reason?: string[];
  readonly note?: string;
  readonly listReasons?: boolean;
  readonly json?: boolean;
}

/** `widerspruch text <platform>`: the objection text, with optional grounds and note. */
export function runText(
  ctx: CommandContext,
  platform: string | undefined,
  opts: TextOptions,
): void {
  const locale = opts.lang ?? ctx.envLocale;
  if (opts.listReasons) {
    const labels = objectionTemplate(locale).groundLabels;
    if (opts.json)
      printJson(ctx.io, { reasons: GROUND_IDS.map((id) => ({ id, label: labels[id] })) });
    else ctx.io.stdout(`${GROUND_IDS.map((id) => `${id.padEnd(24)} ${labels[id]}`).join('\n')}\n`);
    return;
  }
  if (platform === undefined) {
    throw usageError(says((m) => m.input.platformMissing));
  }
  const result = objectionTextFor(ctx.catalog, {
    platform: platform.toLowerCase(),
    locale: locale,
    grounds: opts.reason ?? [],
    ...(opts.note === undefined ? {} : { note: opts.note }),
  });
  if (!result.ok) {
    throw fromProblems(result.problems, ['unknown-platform', 'unknown-ground', 'too-long']);
  }
  if (opts.json) printJson(ctx.io, result.value);
  else ctx.io.stdout(`${terminalBlock(result.value.text)}\n`);
}
