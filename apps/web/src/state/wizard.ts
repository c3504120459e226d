import { effect, signal } from '@preact/signals';
import type { Device } from '@widerspruch/catalog';
import { CASE_LIMITS, type Case, summarizeCase } from '@widerspruch/core';
import * as v from 'valibot';
import { cases, getSetting, putSetting, today } from './store.js';

/** One objection to make: a platform and an account; `draft` when it continues a saved draft. */
export interface Task {
  readonly platform: string;
  readonly account: string;
  /** The id of the draft case this task continues: what is recorded goes on that case. */
  readonly draft?: string;
}

/** Where the wizard stands. */
export type WizardPhase =
  | { readonly phase: 'setup' }
  | { readonly phase: 'task'; readonly index: number; readonly recordedCase?: string }
  | { readonly phase: 'done' };

export const wizardPhase = signal<WizardPhase>({ phase: 'setup' });
export const wizardTasks = signal<readonly Task[]>([]);
export const wizardProfile = signal<string | undefined>(undefined);
export const recordedCount = signal(0);
/** On the setup step: the services chosen so far, each with its account labels. */
export const wizardChoices = signal<Record<string, string[]>>({});
export const device = signal<Device>(detectDevice());

function detectDevice(): Device {
  if (typeof matchMedia === 'undefined') return 'mobile';
  const narrow = matchMedia('(max-width: 700px)').matches;
  return narrow || matchMedia('(pointer: coarse)').matches ? 'mobile' : 'desktop';
}

/** Starts the wizard again from the choice of services. */
export function resetWizard(): void {
  wizardPhase.value = { phase: 'setup' };
  wizardTasks.value = [];
  wizardChoices.value = {};
  recordedCount.value = 0;
}

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
    if (run.phase.phase !== 'task' || index < run.tasks.length) {
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
    }
  }
  effect(() => {
    const run = {
      phase: wizardPhase.value,
      tasks: wizardTasks.value,
      profile: wizardProfile.value,
      recorded: recordedCount.value,
      choices: wizardChoices.value,
    };
    void putSetting(RUN_KEY, run);
  });
}

/**
 * Opens the wizard on a saved draft, so that the objection is made and recorded on it. A run
 * in progress keeps its services: the draft is put in as the next one (or shown, if it is in
 * the run already).
 */
export function continueDraft(c: {
  id: string;
  platform: string;
  account: string;
  profile: string;
}): void {
  const task: Task = { platform: c.platform, account: c.account, draft: c.id };
  const phase = wizardPhase.value;
  if (phase.phase === 'task') {
    const tasks = wizardTasks.value;
    const known = tasks.findIndex((t) => t.draft === c.id);
    if (known >= 0) {
      wizardPhase.value = { phase: 'task', index: known };
      return;
    }
    const at = phase.recordedCase === undefined ? phase.index : phase.index + 1;
    wizardTasks.value = [...tasks.slice(0, at), task, ...tasks.slice(at)];
    wizardPhase.value = { phase: 'task', index: at };
    return;
  }
  wizardTasks.value = [task];
  wizardProfile.value = c.profile;
  recordedCount.value = 0;
  wizardPhase.value = { phase: 'task', index: 0 };
}

/**
 * When the wizard page is left: a finished run, or one that only continued saved drafts
 * (they stay saved), starts afresh next time; a run with new services is kept to come back to.
 */
export function leaveWizard(): void {
  const phase = wizardPhase.value;
  if (phase.phase === 'done') resetWizard();
  else if (phase.phase === 'task' && wizardTasks.value.every((t) => t.draft !== undefined)) {
    resetWizard();
  }
}

/**
 * The saved draft a task records on: the one it continues (whatever has become of it since),
 * else a draft kept earlier for the same service, account and person.
 */
export function draftFor(task: Task, profile: string): Case | undefined {
  if (task.draft !== undefined) return cases.value.find((c) => c.id === task.draft);
  const account = task.account.trim();
  return cases.value.find(
    (c) =>
      c.profile === profile && c.platform === task.platform && c.account === account && isDraft(c),
  );
}

export function isDraft(c: Case): boolean {
  return summarizeCase(c, today()).state === 'draft';
}

/** How many services of this run are kept as drafts now (a draft sent since is not counted). */
export function keptDrafts(): number {
  const profile = wizardProfile.value;
  if (profile === undefined) return 0;
  const kept = new Set<string>();
  for (const task of wizardTasks.value) {
    const draft = draftFor(task, profile);
    if (draft && isDraft(draft)) kept.add(draft.id);
  }
  return kept.size;
}
