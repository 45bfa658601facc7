// SIGINT (Ctrl-C; a runner cancelling the job) and SIGTERM as a cancel rather than sudden death:
// the first aborts the check, which kills every process it started and reports what had finished;
// a second ends this process at once (the check's own 'exit' handler still kills its processes).
import { constants } from 'node:os';

const SIGNALS = ['SIGINT', 'SIGTERM'] as const;

export interface Termination {
  /** Aborted, with the signal's name as its reason, when the first signal comes. */
  signal: AbortSignal;
  /** 128 + the number of the signal that came, as a shell reports a process it ended; null if none came. */
  exitCode(): number | null;
  /** Back to Node's default: a signal ends the process. */
  dispose(): void;
}

export function cancelOnTermination(): Termination {
  const controller = new AbortController();
  let received: NodeJS.Signals | null = null;
  const exitCodeOf = (name: NodeJS.Signals): number => 128 + constants.signals[name];
  const onSignal = (name: NodeJS.Signals): void => {
    if (received !== null) process.exit(exitCodeOf(name));
    received = name;
    controller.abort(name);
  };
  for (const name of SIGNALS) process.on(name, onSignal);
  return {
    signal: controller.signal,
    exitCode: () => (received === null ? null : exitCodeOf(received)),
    dispose: () => {
      for (const name of SIGNALS) process.off(name, onSignal);
    },
  };
}
