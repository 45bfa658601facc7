// What a training process and its parent say to each other over the IPC channel.
import type { EnvironmentFingerprint, FoldResult, TrainingSettings } from '../contracts.js';
import type { EpochProgress } from '../workload/train.js';

/** argv[2] of the entry script that makes it a training worker. */
export const WORKER_ARGUMENT = '--tf-repro-worker';

export interface WorkerJob {
  settings: TrainingSettings;
  run: number;
  folds: number[];
}

export type WorkerMessage =
  | { type: 'started'; environment: EnvironmentFingerprint; warnings: string[] }
  | { type: 'epoch'; progress: EpochProgress }
  | { type: 'fold'; result: FoldResult }
  | { type: 'done' }
  | { type: 'error'; message: string; userError: boolean };
