import { describe, expect, it } from 'vitest';
import { lawInFluxNote } from './law-in-flux.js';

describe('lawInFluxNote', () => {
  it('dates the note and says current law applies, in both languages', () => {
    const de = lawInFluxNote('de');
    expect(de.text).toContain('18. Juni 2026');
    expect(de.text).toContain('Es gilt das heutige Recht');
    expect(de.text).toContain('Zuletzt geprüft am 6. Dezember 2026');
    const en = lawInFluxNote('en');
    expect(en.text).toContain('18 June 2026');
    expect(en.text).toContain('Current law applies');
  });

  it('promises no new opt-out right', () => {
    for (const locale of ['de', 'en'] as const) {
      const { text } = lawInFluxNote(locale);
      expect(text).not.toMatch(/opt-out|Opt-out|neues Recht|new right/i);
    }
  });
});
