import { signal } from '@preact/signals';
import type { Device } from '@widerspruch/catalog';

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
/** Tasks kept for later in this run (saved as drafts). */
export const draftedCount = signal(0);
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
  recordedCount.value = 0;
  draftedCount.value = 0;
}

/** Opens the wizard on a saved draft, so that the objection is made and recorded on it. */
export function continueDraft(c: {
  id: string;
  platform: string;
  account: string;
  profile: string;
}): void {
  wizardTasks.value = [{ platform: c.platform, account: c.account, draft: c.id }];
  wizardProfile.value = c.profile;
  recordedCount.value = 0;
  draftedCount.value = 0;
  wizardPhase.value = { phase: 'task', index: 0 };
}
