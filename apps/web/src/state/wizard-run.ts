import { effect } from '@preact/signals';
import { LOCALES } from '@widerspruch/catalog/locales';
import { CASE_LIMITS, GROUND_IDS } from '@widerspruch/core';
import * as v from 'valibot';
import { getSetting, profiles, putSetting } from './store.js';
import {
  recordedCount,
  wizardChoices,
  wizardPhase,
  wizardProfile,
  wizardTasks,
  wizardText,
} from './wizard.js';

// Loaded on demand at start (not part of the first load): keeping the wizard run in IndexedDB.

/** The setting that keeps the run in progress, so that a reload or a new tab resumes it. */
const RUN_KEY = 'wizard-run';

/** The run as stored: checked when read back, as anything from storage. */
const RunSchema = v.object({
  phase: v.variant('phase', [
    v.object({ phase: v.literal('setup') }),
    v.object({
      phase: v.literal('task'),
      index: v.pipe(v.number(), v.integer(), v.minValue(0)),
      recordedCase: v.optional(v.string()),
    }),
    v.object({ phase: v.literal('done') }),
  ]),
  tasks: v.array(
    v.object({
      platform: v.string(),
      account: v.pipe(v.string(), v.maxLength(CASE_LIMITS.account)),
      draft: v.optional(v.string()),
    }),
  ),
  profile: v.optional(v.string()),
  recorded: v.pipe(v.number(), v.integer(), v.minValue(0)),
  choices: v.record(v.string(), v.array(v.pipe(v.string(), v.maxLength(CASE_LIMITS.account)))),
  text: v.optional(
    v.object({
      grounds: v.array(v.picklist(GROUND_IDS)),
      note: v.pipe(v.string(), v.maxLength(CASE_LIMITS.text)),
      locale: v.optional(v.picklist(LOCALES)),
    }),
  ),
});

/**
 * Restores the run kept in IndexedDB (if any, and if it reads back as a run), then keeps
 * every later change of it there: services chosen, accounts, step. Called once the store
 * is open.
 */
export async function resumeWizard(): Promise<void> {
  const parsed = v.safeParse(RunSchema, await getSetting(RUN_KEY));
  if (parsed.success) {
    const run = parsed.output;
    const index = run.phase.phase === 'task' ? run.phase.index : 0;
    // A run for a person no longer stored (deleted with everything else) is not resumed.
    const person = run.profile === undefined || profiles.value.some((p) => p.id === run.profile);
    if (person && (run.phase.phase !== 'task' || index < run.tasks.length)) {
      wizardTasks.value = run.tasks.map((t) => ({
        platform: t.platform,
        account: t.account,
        ...(t.draft === undefined ? {} : { draft: t.draft }),
      }));
      wizardPhase.value =
        run.phase.phase === 'task'
          ? {
              phase: 'task',
              index,
              ...(run.phase.recordedCase === undefined
                ? {}
                : { recordedCase: run.phase.recordedCase }),
            }
          : run.phase;
      wizardProfile.value = run.profile;
      recordedCount.value = run.recorded;
      wizardChoices.value = run.choices;
      if (run.text) {
        const { grounds, note, locale } = run.text;
        wizardText.value = { grounds, note, ...(locale ? { locale } : {}) };
      }
    }
  }
  effect(() => {
    const run = {
      phase: wizardPhase.value,
      tasks: wizardTasks.value,
      profile: wizardProfile.value,
      recorded: recordedCount.value,
      choices: wizardChoices.value,
      text: wizardText.value,
    };
    void putSetting(RUN_KEY, run);
  });
}
