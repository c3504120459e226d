/** What the CLI reads from and writes to; tests pass their own. */
export interface CliIo {
  readonly stdout: (text: string) => void;
  readonly stderr: (text: string) => void;
  readonly env: Readonly<Record<string, string | undefined>>;
  /** Whether standard input and output are an interactive terminal. */
  readonly interactive: boolean;
  /** Whether stderr is a terminal that shows colour. */
  readonly color: boolean;
  readonly columns: number;
  /** Today's date, YYYY-MM-DD, in the local time zone. */
  readonly today: () => string;
  /** The current time as an ISO timestamp. */
  readonly now: () => string;
}

let pipeWatched = false;

/**
 * Ends the process quietly when the reader of standard output goes away (`widerspruch scan
 * x.zip --json | head`), as command-line tools do, instead of crashing with EPIPE.
 */
function quitOnClosedPipe(): void {
  if (pipeWatched) return;
  pipeWatched = true;
  process.stdout.on('error', (error: NodeJS.ErrnoException) => {
    if (error.code === 'EPIPE') process.exit(0);
    process.stderr.write(`widerspruch: cannot write the output: ${error.message}\n`);
    process.exit(1);
  });
}

/** The real terminal of this process. `NO_COLOR` (any value) turns colour off. */
export function processIo(): CliIo {
  quitOnClosedPipe();
  const env = process.env;
  const noColor = env.NO_COLOR !== undefined && env.NO_COLOR !== '';
  return {
    stdout: (text) => process.stdout.write(text),
    stderr: (text) => process.stderr.write(text),
    env,
    interactive: process.stdin.isTTY === true && process.stdout.isTTY === true,
    color: !noColor && process.stdout.isTTY === true && env.TERM !== 'dumb',
    columns: process.stdout.columns ?? 80,
    today: () => {
      const d = new Date();
      const pad = (n: number) => String(n).padStart(2, '0');
      return `${d.getFullYear()}-${pad(d.getMonth() + 1)}-${pad(d.getDate())}`;
    },
    now: () => new Date().toISOString(),
  };
}
