// What a training process (and the model preflight's process) and its parent say to each other over the IPC channel.
import type { WorkerBackend } from '../contracts/backend.js';
import type { SuppliedSeed } from '../contracts/report.js';
import type { EnvironmentFingerprint, EpochProgress, FoldResult, TraceCheckpoint } from '../contracts/run-result.js';
import type { TrainingSettings } from '../contracts/settings.js';
import type { InflatedImages } from '../data/idx-files.js';

/** argv[2] of the entry script that makes it a training worker. */
export const WORKER_ARGUMENT = '--tf-repro-worker';

export interface WorkerJob {
  settings: TrainingSettings;
  /** The backends to try, in order, as provisioning chose (src/provision). */
  backends: WorkerBackend[];
  run: number;
  folds: number[];
  /** The parent's inflated copy of the image file, with its digest; null: none, the process inflates it. */
  inflatedImages: InflatedImages | null;
}

export type WorkerMessage =
  | { type: 'started'; environment: EnvironmentFingerprint; warnings: string[] }
  | { type: 'epoch'; progress: EpochProgress }
  /** Sent as each checkpoint is recorded (settings.trace), in order: the parent compares runs as they arrive. */
  | { type: 'trace'; checkpoint: TraceCheckpoint }
  /** `steps`: which path the fold's training steps took (training/train.ts's tally). */
  | { type: 'fold'; result: FoldResult; steps: FoldSteps }
  | { type: 'done'; stats: ProcessStats }
  | { type: 'error'; message: string };

/** Whether every training step of a fold took the default CNN's fused step, and why not where that is worth a warning. */
export interface FoldSteps {
  fused: boolean;
  warnings: string[];
}

/** What a training process measured of itself, for benchmarks and logs. */
export interface ProcessStats {
  /** From the process's start until its backend was ready (Node, tfjs and the backend loading). */
  startupSeconds: number;
  /** Reading and checking the dataset, from the job's arrival (while tfjs loads beside it). */
  datasetSeconds: number;
  /** Training and evaluating its folds (their trainSeconds added up). */
  trainSeconds: number;
  /** The most memory the process ever held (resident set size). */
  peakRssBytes: number;
  /** tf.memory().numTensors after each fold: flat when nothing leaks from fold to fold. */
  tensorsAfterFold: number[];
}

/** argv[2] of the entry script that makes it the model preflight: the user's model checked once, in a process of its own. */
export const PREFLIGHT_ARGUMENT = '--tf-repro-model-preflight';

export interface PreflightJob {
  settings: TrainingSettings & { model: string };
}

/** What the preflight found: what the report says of the model. */
export interface CheckedModel {
  description: string;
  seeds: SuppliedSeed[];
  warnings: string[];
}

export type PreflightMessage =
  /** The dataset is loaded; the model is built next: the memory it takes from here is the model's. */
  { type: 'building' } | { type: 'checked'; model: CheckedModel } | { type: 'error'; message: string; userError: boolean; stack: string };

/** A child's message to its parent, resolved once it is handed to the IPC channel. */
export function sendToParent(message: WorkerMessage | PreflightMessage): Promise<void> {
  return new Promise((resolve, reject) => process.send!(message, (error: Error | null) => (error ? reject(error) : resolve())));
}
