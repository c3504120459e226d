import type { AuthoredLocale, Channel, Platform } from '@widerspruch/catalog';
import type { GuideFact } from './resolve.js';
import { resolveFact } from './resolve.js';

type NoteStep = 'route' | 'enter' | 'after' | 'good-to-know';

/** Where a channel's notes go when they do not say: form notes while filling it in. */
function defaultStep(channel: Channel): NoteStep | 'own' {
  if (channel.kind === 'web-form') return 'enter';
  if (channel.kind === 'in-app') return 'route';
  return 'own';
}

/**
 * The notes of a platform's channels that belong in a guide step. Notes of channels other
 * than the AI-objection form go to the objection steps only when they say so.
 */
export function channelNotes(
  platform: Platform,
  target: NoteStep,
  locale: AuthoredLocale,
  onlyChannel?: Channel,
): GuideFact[] {
  const channels = onlyChannel === undefined ? platform.channels : [onlyChannel];
  return channels.flatMap((channel) =>
    (channel.notes ?? [])
      .filter((note) => (note.step ?? defaultStep(channel)) === target)
      .map((note) => resolveFact(note, locale, platform.sources)),
  );
}
