// Progress of a command check on stderr: a line when each run starts and when it ends. A command's
// own output goes to its log files, not here, so that stdout holds the report alone.
import type { RunResult } from '../contracts/run-result.js';
import type { RunHooks } from '../runs/training-processes.js';
import type { ProgressDisplay } from './progress.js';
import { inertLines } from '../util/log-text.js';
import { plural } from '../util/text.js';

/** How a run ended: done, stopped on purpose by fail-fast after another run parted, or failed. */
function runEnd(result: RunResult): string {
  const after = `${result.durationSeconds.toFixed(1)} s`;
  if (result.status === 'ok') return `done in ${after}, ${plural(result.folds.length, 'fold')}`;
  if (result.status === 'stopped') return `stopped by fail-fast after ${after}`;
  return `failed after ${after}`;
}

export function createCommandProgress(totals: { runs: number; command: string }, stream: NodeJS.WritableStream = process.stderr): ProgressDisplay {
  const hooks: RunHooks = {
    onRunStart: (run: number) => stream.write(inertLines(`run ${run} of ${totals.runs}: ${totals.command}\n`)),
    onRunEnd: (result: RunResult) => stream.write(`run ${result.run} of ${totals.runs}: ${runEnd(result)}\n`),
  };
  return { hooks, stop: () => {} };
}
