import { batch, signal } from '@preact/signals';
import type { Device, Locale } from '@widerspruch/catalog';
import { type Case, type GroundId, summarizeCase } from '@widerspruch/core';
import { cases, deleteAll, today } from './store.js';

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
/** The grounds, note and language chosen for the objection texts of this run. */
export interface WizardText {
  readonly grounds: readonly GroundId[];
  readonly note: string;
  readonly locale?: Locale;
}
export const wizardText = signal<WizardText>({ grounds: [], note: '' });
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
  wizardText.value = { grounds: [], note: '' };
  recordedCount.value = 0;
}

/**
 * Deletes everything stored on this device, and with it the run in progress: its accounts and
 * its person would otherwise be stored again at the wizard's next step, and what it records
 * would belong to a person that no longer exists.
 */
export async function deleteEverything(): Promise<void> {
  batch(() => {
    resetWizard();
    wizardProfile.value = undefined;
  });
  await deleteAll();
}

/**
 * Leaves out of the run the services the catalog does not have (a run kept by an earlier
 * version): their tasks and choices. The step in progress moves on to the next service the
 * catalog has, or to the end; with nothing left and nothing recorded, back to the start.
 */
export function dropUnknownServices(known: ReadonlySet<string>): void {
  batch(() => {
    const choices = wizardChoices.value;
    if (Object.keys(choices).some((id) => !known.has(id)))
      wizardChoices.value = Object.fromEntries(
        Object.entries(choices).filter(([id]) => known.has(id)),
      );
    const tasks = wizardTasks.value;
    if (tasks.every((t) => known.has(t.platform))) return;
    const kept = tasks.filter((t) => known.has(t.platform));
    wizardTasks.value = kept;
    const phase = wizardPhase.value;
    if (phase.phase !== 'task') return;
    const current = tasks[phase.index];
    const index = tasks.slice(0, phase.index).filter((t) => known.has(t.platform)).length;
    if (index < kept.length)
      wizardPhase.value =
        current && known.has(current.platform) ? { ...phase, index } : { phase: 'task', index };
    else if (kept.length === 0 && recordedCount.value === 0) resetWizard();
    else wizardPhase.value = { phase: 'done' };
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
