// Many similar cases for the tests that kill the CLI while it writes: each case has five
// notes of `noteLength` characters, so that a store or backup of them takes a while to write.
import type { Case } from '@widerspruch/core';

/** Case number `i` of profile `p`, with five notes of `noteLength` characters. */
export function bulkCase(i: number, noteLength: number): Case {
  return {
    id: `case-${i}`,
    platform: 'facebook',
    account: `konto-${i}@example.org`,
    profile: 'p',
    createdAt: '2026-03-10T00:00:00.000Z',
    events: Array.from({ length: 5 }, (_, j) => ({
      id: `e-${i}-${j}`,
      kind: 'note' as const,
      at: '2026-03-10T00:00:00.000Z',
      note: 'x'.repeat(noteLength),
    })),
  };
}
