import type { CliIo } from '../src/io.js';

/** A CLI IO that records output, for tests. */
export function fakeIo(overrides: Partial<CliIo> = {}) {
  const out: string[] = [];
  const err: string[] = [];
  const io: CliIo = {
    stdout: (t) => {
      out.push(t);
    },
    stderr: (t) => {
      err.push(t);
    },
    env: { LANG: 'de_DE.UTF-8' },
    interactive: false,
    color: false,
    columns: 80,
    today: () => '2026-11-29',
    now: () => '2026-11-29T10:00:00.000Z',
    ...overrides,
  };
  return { io, stdout: () => out.join(''), stderr: () => err.join('') };
}
