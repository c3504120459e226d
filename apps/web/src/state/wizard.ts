import { signal } from '@preact/signals';
import type { Device } from '@widerspruch/catalog';

/** One objection to make: a platform and an account. */
export interface Task {
  readonly platform: string;
  readonly account: string;
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
}
