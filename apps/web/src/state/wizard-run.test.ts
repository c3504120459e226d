import 'fake-indexeddb/auto';
import { beforeEach, describe, expect, it } from 'vitest';
import {
  addProfile,
  getSetting,
  initStore,
  profiles,
  putSetting,
  ready,
  storageError,
} from './store.js';
import {
  deleteEverything,
  dropUnknownServices,
  recordedCount,
  resetWizard,
  wizardChoices,
  wizardPhase,
  wizardProfile,
  wizardTasks,
} from './wizard.js';
import { resumeWizard } from './wizard-run.js';

let counter = 0;
const open = (before?: () => Promise<void>) =>
  initStore(`wizard-run-${++counter}`, async () => {
    await before?.();
    await resumeWizard();
  });
const settle = () => new Promise((resolve) => setTimeout(resolve, 20));

beforeEach(() => {
  resetWizard();
  wizardProfile.value = undefined;
});

describe('the wizard run kept in IndexedDB', () => {
  it('is forgotten with everything else, and not written back at the next step', async () => {
    await open();
    const me = await addProfile('Ich');
    wizardProfile.value = me.id;
    wizardChoices.value = { instagram: ['anna@example.org'] };
    await settle();
    expect(JSON.stringify(await getSetting('wizard-run'))).toContain('anna@example.org');
    await deleteEverything();
    // The next step of the wizard stores the run again: without the deleted account.
    wizardChoices.value = { facebook: [''] };
    await settle();
    const stored = JSON.stringify(await getSetting('wizard-run'));
    expect(stored).not.toContain('anna@example.org');
    expect(stored).not.toContain(me.id);
    expect(wizardProfile.value).toBeUndefined();
    expect(profiles.value).toEqual([]);
  });

  it('is not resumed for a person that is no longer stored', async () => {
    await open(() =>
      putSetting('wizard-run', {
        phase: { phase: 'task', index: 0 },
        tasks: [{ platform: 'instagram', account: 'anna@example.org' }],
        profile: 'gone',
        recorded: 0,
        choices: {},
      }),
    );
    expect(wizardPhase.value).toEqual({ phase: 'setup' });
    expect(wizardTasks.value).toEqual([]);
    expect(wizardProfile.value).toBeUndefined();
  });

  it('never keeps the app from opening when it cannot be restored', async () => {
    await initStore(`wizard-run-${++counter}`, () => Promise.reject(new Error('offline')));
    expect(ready.value).toBe(true);
    expect(storageError.value).toBeUndefined();
  });

  it('ignores a malformed run and starts afresh', async () => {
    await open(() => putSetting('wizard-run', { phase: { phase: 'task', index: -1 }, tasks: 7 }));
    expect(wizardPhase.value).toEqual({ phase: 'setup' });
    expect(wizardTasks.value).toEqual([]);
  });
});

describe('dropUnknownServices', () => {
  const known = new Set(['facebook', 'instagram']);

  it('leaves out tasks and choices of services the catalog does not have', () => {
    wizardChoices.value = { gone: [''], facebook: ['a'] };
    wizardTasks.value = [
      { platform: 'gone', account: '' },
      { platform: 'facebook', account: 'a' },
      { platform: 'instagram', account: 'b' },
    ];
    wizardPhase.value = { phase: 'task', index: 2, recordedCase: 'c1' };
    dropUnknownServices(known);
    expect(wizardChoices.value).toEqual({ facebook: ['a'] });
    expect(wizardTasks.value.map((t) => t.platform)).toEqual(['facebook', 'instagram']);
    expect(wizardPhase.value).toEqual({ phase: 'task', index: 1, recordedCase: 'c1' });
  });

  it('moves on from a step whose service is gone', () => {
    wizardTasks.value = [
      { platform: 'facebook', account: 'a' },
      { platform: 'gone', account: '' },
      { platform: 'instagram', account: 'b' },
    ];
    wizardPhase.value = { phase: 'task', index: 1 };
    dropUnknownServices(known);
    expect(wizardPhase.value).toEqual({ phase: 'task', index: 1 });
    expect(wizardTasks.value[1]?.platform).toBe('instagram');
  });

  it('ends the run when no step is left, or starts afresh when nothing was recorded', () => {
    wizardTasks.value = [{ platform: 'gone', account: '' }];
    wizardPhase.value = { phase: 'task', index: 0 };
    recordedCount.value = 1;
    dropUnknownServices(known);
    expect(wizardPhase.value).toEqual({ phase: 'done' });
    wizardTasks.value = [{ platform: 'gone', account: '' }];
    wizardPhase.value = { phase: 'task', index: 0 };
    recordedCount.value = 0;
    dropUnknownServices(known);
    expect(wizardPhase.value).toEqual({ phase: 'setup' });
  });
});
