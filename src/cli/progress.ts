// Progress on stderr: a bar with run, fold, epoch and ETA on a terminal; a line per fold elsewhere
// (CI logs, where a metric's name must not act as a workflow command), so that stdout holds the
// report alone.
import cliProgress from 'cli-progress';
import type { EpochProgress, FoldResult } from '../contracts/run-result.js';
import type { RunHooks } from '../runs/training-processes.js';
import { exact } from '../report/format.js';
import { inertLines } from '../util/log-text.js';

export interface ProgressDisplay {
  hooks: RunHooks;
  stop(): void;
}

/** `trainedFolds`: the folds each run trains (a shard's share); absent: all of them. */
export function createProgress(
  totals: { runs: number; folds: number; epochs: number; trainedFolds?: number },
  stream: NodeJS.WriteStream = process.stderr,
): ProgressDisplay {
  if (!stream.isTTY) {
    return {
      hooks: {
        onFold: (run: number, fold: FoldResult) =>
          stream.write(
            inertLines(
              `run ${run} of ${totals.runs}, fold ${fold.fold} (${fold.fold + 1} of ${totals.folds}): ${Object.entries(fold.metrics)
                .map(([k, v]) => `${k} ${exact(v)}`)
                .join(', ')}\n`,
            ),
          ),
      },
      stop: () => {},
    };
  }
  const bar = new cliProgress.SingleBar(
    {
      stream,
      format: 'run {run}/{runs} · fold {fold} of {folds} · epoch {epoch}/{epochs} |{bar}| {percentage}% · ETA {eta_formatted} · val acc {valAccuracy}',
      hideCursor: true,
      etaBuffer: 20,
    },
    cliProgress.Presets.shades_classic,
  );
  const total = totals.runs * (totals.trainedFolds ?? totals.folds) * totals.epochs;
  const payload = { run: 1, runs: totals.runs, fold: 0, folds: totals.folds, epoch: 0, epochs: totals.epochs, valAccuracy: '—' };
  bar.start(total, 0, payload);
  let foldsDone = 0;
  return {
    hooks: {
      onRunStart: (run: number) => bar.update({ run }),
      onEpoch: (run: number, progress: EpochProgress) => {
        bar.increment(1, {
          run,
          fold: progress.fold,
          epoch: progress.epoch,
          valAccuracy: progress.valAccuracy === null ? '—' : progress.valAccuracy.toFixed(4),
        });
      },
      onFold: () => {
        foldsDone++;
        bar.update(foldsDone * totals.epochs);
      },
    },
    stop: () => bar.stop(),
  };
}
