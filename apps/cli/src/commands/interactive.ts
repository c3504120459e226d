import * as p from '@clack/prompts';
import { type Catalog, type Device, findPlatform } from '@widerspruch/catalog';
import { localizedCatalog } from '@widerspruch/catalog/bundled';
import { LOCALE_INFO, type Locale } from '@widerspruch/catalog/locales';
import {
  buildGuide,
  GROUND_IDS,
  type GroundId,
  objectionTemplate,
  objectionTextFor,
  problemText,
  type SubmissionChannel,
  submissionVia,
  TASK_TAKES_TEXT,
} from '@widerspruch/core';
import { CliFailure, EXIT } from '../errors.js';
import type { CliIo } from '../io.js';
import { CatalogTexts } from '../render/catalog-text.js';
import { renderGuideHeader, renderStep } from '../render/guide.js';
import { styleFor } from '../render/style.js';
import { MESSAGES } from '../text/messages.js';
import { defaultProfileName } from './case-input.js';
import { profileFor, withStore } from './case-store.js';

class Cancelled extends Error {}

function answer<T>(value: T | symbol): Exclude<T, symbol> {
  if (p.isCancel(value) || typeof value === 'symbol') throw new Cancelled();
  return value as Exclude<T, symbol>;
}

/** The interactive guide: asks which platforms the person uses and walks through each. */
export async function runInteractive(io: CliIo, locale: Locale): Promise<number> {
  const t = MESSAGES[locale].interactive;
  const catalog = await localizedCatalog(locale);
  // One for the whole walk, so that the note on English texts comes once.
  const texts = new CatalogTexts(locale, catalog);
  let noted = false;
  const stopWatching = restoreTerminalOnSignal(io);
  try {
    p.intro(t.intro);
    p.note(t.about);
    const ids = answer(
      await p.multiselect<string>({
        message: t.choose,
        // In the order people read them: by name (ids sort "anthropic-claude" under A).
        options: [...catalog.platforms]
          .sort((a, b) => a.name.localeCompare(b.name, LOCALE_INFO[locale].intl))
          .map((pl) => ({ value: pl.id, label: pl.name })),
        required: true,
        showInstructions: false,
      }),
    );
    const device = answer(
      await p.select<Device>({
        message: t.device,
        options: (['mobile', 'desktop'] as const).map((d) => ({ value: d, label: t.devices[d] })),
        showInstructions: false,
      }),
    );
    for (const [i, id] of ids.entries()) {
      await walkPlatform(io, catalog, {
        id,
        device,
        locale,
        texts,
        index: i + 1,
        total: ids.length,
      });
      // Said once, after the first platform that showed a text in English.
      const note: string | undefined = noted ? undefined : texts.note();
      if (note !== undefined) p.log.info(note);
      noted ||= note !== undefined;
    }
    p.outro(t.outro);
    return EXIT.ok;
  } catch (error) {
    if (error instanceof Cancelled) {
      p.cancel(t.cancelled);
      return EXIT.ok;
    }
    throw error;
  } finally {
    stopWatching();
  }
}

/** Shows the cursor again (the prompts hide it) and leaves a fresh line. */
const RESTORE = '\u001b[?25h\n';

/**
 * While the prompts run, a SIGINT or SIGTERM sent from outside (not Ctrl-C, which the prompts
 * read as a key) would end the process with the cursor hidden: show it again, then end with
 * the usual exit code (128 + signal number). Returns a function that stops watching.
 */
export function restoreTerminalOnSignal(
  io: CliIo,
  exit: (code: number) => void = (code) => process.exit(code),
): () => void {
  const handlers = (['SIGINT', 'SIGTERM'] as const).map((signal) => {
    const handler = () => {
      io.stdout(RESTORE);
      exit(signal === 'SIGINT' ? 130 : 143);
    };
    process.once(signal, handler);
    return () => process.off(signal, handler);
  });
  return () => {
    for (const off of handlers) off();
  };
}

interface Walk {
  readonly id: string;
  readonly device: Device;
  readonly locale: Locale;
  /** The catalog's texts in the walk's language. */
  readonly texts: CatalogTexts;
  readonly index: number;
  readonly total: number;
}

async function walkPlatform(io: CliIo, catalog: Catalog, walk: Walk): Promise<void> {
  const t = MESSAGES[walk.locale].interactive;
  const { yes, no } = MESSAGES[walk.locale].case;
  const built = buildGuide(catalog, {
    platform: walk.id,
    locale: walk.locale,
    device: walk.device,
  });
  if (!built.ok) return;
  const guide = walk.texts.shown(built.value);
  const style = styleFor(io);
  const options = { locale: walk.locale, columns: io.columns };
  const numbered = guide.steps.map((step, i) => ({ step, n: i + 1 }));
  const show = (part: typeof numbered) => {
    if (part.length === 0) return;
    io.stdout(
      `${part.map(({ step, n }) => renderStep(guide, step, n, style, options)).join('\n\n')}\n\n`,
    );
  };
  p.log.step(t.progress(walk.index, walk.total, guide.platform.name));
  io.stdout(`${renderGuideHeader(guide, style, options)}\n\n`);
  show(numbered.filter(({ step }) => step.part === 'before-text'));
  const takesText = TASK_TAKES_TEXT[guide.task];
  const isToggle = guide.task === 'toggle';
  if (takesText) {
    show(numbered.filter(({ step }) => step.part === 'with-text'));
    p.note(await askText(catalog, walk), t.textTitle);
    show(numbered.filter(({ step }) => step.id === 'after'));
    const sent = answer(
      await p.confirm({ message: t.sent, active: yes, inactive: no, initialValue: true }),
    );
    if (sent)
      await recordCase(io, walk, 'submitted', submissionVia(findPlatform(catalog, walk.id)));
    p.log.info(sent ? t.sentYes : t.sentLater);
  } else if (isToggle) {
    const done = answer(
      await p.confirm({
        message: t.settingDone,
        active: yes,
        inactive: no,
        initialValue: true,
      }),
    );
    if (done) await recordCase(io, walk, 'setting-changed');
  }
  const rest = numbered.filter(({ step }) => step.part === 'after-text' && step.id !== 'after');
  const more = answer(
    await p.confirm({ message: t.more, active: yes, inactive: no, initialValue: true }),
  );
  if (more) show(rest);
}

/** Keeps what the person did as a case in the store, so `case list` shows the plan's progress. */
async function recordCase(
  io: CliIo,
  walk: Walk,
  kind: 'submitted' | 'setting-changed',
  via?: SubmissionChannel,
): Promise<void> {
  const t = MESSAGES[walk.locale].interactive;
  try {
    await withStore(
      io,
      undefined,
      async (store, path) => {
        const profile = await profileFor(store, defaultProfileName(walk.locale), io);
        const at = io.now();
        await store.putCase({
          id: crypto.randomUUID(),
          platform: walk.id,
          account: '',
          profile,
          createdAt: at,
          events: [
            { id: crypto.randomUUID(), kind, at, date: io.today(), ...(via ? { via } : {}) },
          ],
        });
        p.log.info(t.recorded(path));
      },
      'create',
    );
  } catch (error) {
    if (!(error instanceof CliFailure)) throw error;
    p.log.warn(error.messages.map((m) => m[walk.locale]).join(' '));
  }
}

async function askText(catalog: Catalog, walk: Walk): Promise<string> {
  const t = MESSAGES[walk.locale].interactive;
  const { yes, no } = MESSAGES[walk.locale].case;
  const labels = objectionTemplate(walk.locale).groundLabels;
  const wantsGrounds = answer(
    await p.confirm({ message: t.addGrounds, active: yes, inactive: no, initialValue: false }),
  );
  let grounds: GroundId[] = [];
  let note = '';
  if (wantsGrounds) {
    grounds = answer(
      await p.multiselect<GroundId>({
        message: t.grounds,
        options: GROUND_IDS.map((id) => ({ value: id, label: labels[id] })),
        required: false,
        showInstructions: false,
      }),
    );
  }
  for (;;) {
    if (wantsGrounds) note = answer(await p.text({ message: t.note, defaultValue: '' }));
    const result = objectionTextFor(catalog, {
      platform: walk.id,
      locale: walk.locale,
      grounds,
      note,
    });
    if (result.ok) return result.value.text;
    for (const problem of result.problems) p.log.warn(problemText(problem.detail, walk.locale));
    if (!wantsGrounds) return '';
  }
}
