import type { CliIo } from '../io.js';

/** Terminal styling that becomes plain text when colour is off (NO_COLOR, pipes). */
export interface Style {
  readonly bold: (text: string) => string;
  readonly dim: (text: string) => string;
  readonly warn: (text: string) => string;
  readonly link: (text: string) => string;
}

const plain: Style = { bold: (t) => t, dim: (t) => t, warn: (t) => t, link: (t) => t };

const ansi: Style = {
  bold: (t) => `\u001b[1m${t}\u001b[22m`,
  dim: (t) => `\u001b[2m${t}\u001b[22m`,
  warn: (t) => `\u001b[33m${t}\u001b[39m`,
  link: (t) => `\u001b[4m${t}\u001b[24m`,
};

/** The style for this terminal. */
export function styleFor(io: CliIo): Style {
  return io.color ? ansi : plain;
}
