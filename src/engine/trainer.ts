// How a check trains, whatever trains it: a Trainer is the default workload's training processes
// or the user's command; trainWatched runs one with fail-fast's watch on the digests as they arrive.
import type { RunResult, RunRole, TraceCheckpoint } from '../contracts/run-result.js';
import type { TrainingSettings } from '../contracts/settings.js';
import { DivergenceWatch } from '../comparison/divergence.js';
import type { RunHooks } from '../runs/training-processes.js';
import type { LaunchVariation } from '../runs/variation.js';

/** Why a trainer is asked to train: only the check's own runs show progress and keep logs. */
export type TrainingPurpose = 'check' | 'narrowing' | 'without' | 'diagnosis' | 'variation' | 'negative-control';

export interface TrainRequest {
  purpose: TrainingPurpose;
  hooks?: RunHooks;
  /** Aborting stops the training at once; its runs end 'stopped', keeping what they finished. */
  stop?: AbortSignal;
  /** Let every run advance together, so that a divergence shows before most of the work is done. */
  sideBySide?: boolean;
  /** A varied run (`vary`): its processes start in other conditions. */
  variation?: LaunchVariation;
}

/** Trains (or runs the command) with some settings changed; what the check's runs and every trial go through. */
export interface Trainer {
  kind: 'training' | 'command';
  train(changes: Partial<TrainingSettings>, request: TrainRequest): Promise<RunResult[]>;
  /** The role of run N as this trainer plans it; absent: every run is a control (so are all today). */
  roleOf?: (run: number) => RunRole;
}

export interface Watched {
  runs: RunResult[];
  stoppedEarly: boolean;
}

/**
 * Trains with the changes; with `failFast`, compares the control runs' digests as they arrive and
 * stops at the first divergence. A run of another role never triggers it: a varied run or the
 * negative control is expected to differ.
 */
export async function trainWatched(
  trainer: Trainer,
  changes: Partial<TrainingSettings>,
  purpose: TrainingPurpose,
  failFast: boolean,
  hooks?: RunHooks,
): Promise<Watched> {
  const stop = new AbortController();
  const watch = new DivergenceWatch();
  const onTrace = (run: number, checkpoint: TraceCheckpoint): void => {
    hooks?.onTrace?.(run, checkpoint);
    const control = (trainer.roleOf?.(run) ?? 'control') === 'control';
    if (failFast && control && !stop.signal.aborted && watch.add(run, checkpoint) !== null) stop.abort('divergence');
  };
  const runs = await trainer.train(changes, { purpose, hooks: { ...hooks, onTrace }, stop: stop.signal, sideBySide: failFast });
  return { runs, stoppedEarly: stop.signal.aborted };
}
