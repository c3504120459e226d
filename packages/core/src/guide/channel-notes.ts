import type { Channel, Locale, Platform } from '@widerspruch/catalog';
import type { GuideFact } from './resolve.js';
import { resolveFact } from './resolve.js';

type NoteStep = 'route' | 'enter' | 'after' | 'good-to-know';

/** Where a channel's notes go when they do not say: form notes while filling it in. */
const DEFAULT_STEP: Readonly<Record<Channel['kind'], NoteStep | 'own'>> = {
  'web-form': 'enter',
  'in-app': 'route',
  'setting-toggle': 'own',
  email: 'own',
  letter: 'own',
};

function defaultStep(channel: Channel): NoteStep | 'own' {
  return DEFAULT_STEP[channel.kind];
}

/**
 * The notes of a platform's channels that belong in a guide step. Notes of channels other
 * than the AI-objection form go to the objection steps only when they say so.
 */
export function channelNotes(
  platform: Platform,
  target: NoteStep,
  locale: Locale,
  onlyChannel?: Channel,
): GuideFact[] {
  const channels = onlyChannel === undefined ? platform.channels : [onlyChannel];
  return channels.flatMap((channel) =>
    (channel.notes ?? [])
      .filter((note) => (note.step ?? defaultStep(channel)) === target)
      .map((note) => resolveFact(note, locale, platform.sources)),
  );
}
