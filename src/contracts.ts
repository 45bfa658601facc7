// Types for the contracts between stages: settings → runs → comparison → report.
// What is written to disk carries REPORT_SCHEMA_VERSION; bump it when a field changes meaning.

export const REPORT_SCHEMA_VERSION = 1;

export const BACKEND_CHOICES = ['auto', 'tensorflow-gpu', 'tensorflow', 'wasm', 'cpu'] as const;
export type BackendChoice = (typeof BACKEND_CHOICES)[number];
/** The backend a training process actually ran on. */
export type BackendName = 'tensorflow' | 'wasm' | 'cpu';

/** The native package's build: tfjs-node-gpu or tfjs-node. */
export type NativeFlavor = 'gpu' | 'cpu';

/** What a worker tries, in order; a native entry carries the folder it is imported from. */
export type WorkerBackend = { backend: 'tensorflow'; flavor: NativeFlavor; packageDir: string } | { backend: 'wasm' } | { backend: 'cpu' };

/** Everything that decides what the default workload trains, validated. */
export interface TrainingSettings {
  runs: number;
  folds: number;
  epochs: number;
  batchSize: number;
  validationSplit: number;
  seed: number;
  /** 0 means every image of the dataset. */
  samples: number;
  deterministic: boolean;
  backend: BackendChoice;
  threads: number;
  /** A directory of IDX files (or x.npy and y.npy); null means the embedded 10,000 MNIST digits. */
  dataset: string | null;
  /**
   * A model to train instead of the default CNN: a Keras `to_json()` file, a TensorFlow.js
   * model.json or an ES module exporting createModel (model/user-model.ts). Absent or null: the default.
   */
  model?: string | null;
}

export const FRAMEWORK_CHOICES = ['tensorflow', 'pytorch', 'jax', 'none'] as const;
/** Whose determinism variables a training command gets (determinism/framework-environment.ts). */
export type Framework = (typeof FRAMEWORK_CHOICES)[number];

/** The user's own training, run as a shell command `runs` times (runs/command-runs.ts). */
export interface CommandSettings {
  command: string;
  /** Where the command runs; null: the current directory. */
  workingDirectory: string | null;
  framework: Framework;
  /** Where each run writes its metrics, relative to workingDirectory; null: the TF_REPRO_METRICS path. */
  metricsFile: string | null;
  /** Per run; 0: no limit. */
  timeoutMinutes: number;
  /** Globs, relative to workingDirectory, of files each run writes, compared by SHA-256. */
  artifacts: string[];
}

export interface CheckSettings extends TrainingSettings {
  /** Largest absolute difference in a metric still counted as equal; 0 means bitwise. */
  tolerance: number;
  failOnMismatch: boolean;
  /** Where the JSON report, the experiment-format results and run logs go; null: nowhere. */
  reportDir: string | null;
  /**
   * Training processes side by side, each single-threaded unless `threads` says otherwise; 'auto':
   * one per processor (runs/schedule.ts). It changes how long a check takes, never its numbers.
   */
  parallel: number | 'auto';
  /** Absent or null: tf-repro trains (the default model or `model`); else the command trains. */
  command?: CommandSettings | null;
}

/** Images and labels as every stage after loading sees them (src/data loads them). */
export interface Dataset {
  /**
   * count*rows*cols values, row-major, image after image: uint8 pixels (scaled by 1/255 for
   * training) or, from a float32 x.npy, values used as they are.
   */
  images: Uint8Array | Float32Array;
  labels: Uint8Array;
  count: number;
  rows: number;
  cols: number;
  /** Where the images came from, for logs and the report. */
  source: string;
  /** One example's shape where it is not [rows, cols] (x.npy of shape (N, 784) or (N, 32, 32, 3)). */
  exampleShape?: number[];
}

/** A training process's report at the end of each epoch. */
export interface EpochProgress {
  fold: number;
  epoch: number;
  epochs: number;
  loss: number;
  valLoss: number | null;
  valAccuracy: number | null;
}

/** One fold's outcome inside one run. */
export interface FoldResult {
  fold: number;
  /** Metric name → value, e.g. { loss, accuracy }. */
  metrics: Record<string, number>;
  /** SHA-256 of the fold's final weights as float32 bytes, in layer order; null when unknown. */
  weightsSha256: string | null;
  trainSeconds: number | null;
  /** The GPU whose process trained this fold, e.g. "GPU 1 (NVIDIA A10G)"; absent when not pinned. */
  device?: string | null;
}

/** What the training process saw of its environment, for the report's fingerprint. */
export interface EnvironmentFingerprint {
  node: string;
  platform: string;
  cpuModel: string;
  cpuCount: number;
  tfjsVersion: string;
  backend: BackendName;
  backendVersion: string;
  /** e.g. "simd", "threaded-simd" for wasm. */
  backendDetail: string;
  threads: number;
  /** The determinism variables as the training process saw them; null where unset. */
  determinismVariables: Record<string, string | null>;
  /** The native backend's libtensorflow, as its binding reports it; null elsewhere. */
  libtensorflowVersion?: string | null;
  /**
   * TensorFlow's oneDNN CPU kernels: on by default in libtensorflow 2.9 on Linux x86-64, off with
   * TF_ENABLE_ONEDNN_OPTS=0; null where TensorFlow is not the backend.
   */
  oneDnn?: boolean | null;
  /** The GPU a process was pinned to; null when not pinned. */
  cudaVisibleDevices?: string | null;
  /** What the preflight found on the machine (nvidia-smi, the CUDA and cuDNN libraries). */
  gpus?: { index: number; name: string; driverVersion: string; memoryTotalMiB: number | null }[];
  cudaVersion?: string | null;
  cudnnVersion?: string | null;
}

export type RunStatus = 'ok' | 'failed';

export interface RunResult {
  /** 1-based, as shown to users. */
  run: number;
  status: RunStatus;
  /** One line, for a failed run. */
  error: string | null;
  startedAt: string;
  /**
   * Wall time of the processes that trained this run, added up (start-up included). With
   * `parallel` > 1 a run's folds may train in several processes at once, so this is what the run
   * costs on its own, not the span from its start to its end; the report's own durationSeconds
   * is the check's wall time.
   */
  durationSeconds: number;
  folds: FoldResult[];
  environment: EnvironmentFingerprint | null;
  warnings: string[];
  /** Command mode: each artifact this run wrote, path → SHA-256. */
  artifacts?: Record<string, string>;
}

export interface MetricComparison {
  /** One value per run, in run order; null where that run has no value. */
  values: (number | null)[];
  maxAbsDiff: number;
  /** Population variance (ddof 0) across runs. */
  variance: number;
  matches: boolean;
}

export interface FoldComparison {
  fold: number;
  metrics: Record<string, MetricComparison>;
  /** null when some run has no digest (e.g. results read from a text file). */
  weightsIdentical: boolean | null;
  matches: boolean;
}

/** A seed tf-repro gave to a user model's layer whose seed was null. */
export interface SuppliedSeed {
  /** The layer's name. */
  layer: string;
  /** Its place in the model's config: "2", or "3/layer" inside a wrapper. */
  position: string;
  /** e.g. "kernel_initializer", or "seed" for a Dropout layer (trained as a per-step seeded dropout). */
  field: string;
  seed: number;
}

/** One artifact path across the runs of a command. */
export interface ArtifactComparison {
  /** Relative to the working directory. */
  path: string;
  /** One digest per run, in run order; null where that run did not write the file. */
  sha256: (string | null)[];
  /** Runs (1-based) with the same bytes, largest group first. */
  groups: { sha256: string; runs: number[] }[];
  /** Runs that did not write it. */
  missingIn: number[];
  /** Every run wrote it, with the same bytes. */
  identical: boolean;
}

/** What a command check ran, for the report. */
export interface CommandReport {
  command: string;
  workingDirectory: string;
  framework: Framework;
  /** The variables each run got on top of the environment (TF_REPRO_RUN shown as for run 1). */
  variables: Record<string, string>;
  /** Each run's stdout and stderr logs, relative to the report directory; empty without one. */
  logs: string[];
}

export type Verdict = 'reproducible' | 'not-reproducible' | 'error';

export interface Comparison {
  verdict: Verdict;
  /** One sentence saying why. */
  summary: string;
  tolerance: number;
  /** Mean over folds and metrics of the population variance across runs. */
  variance: number;
  maxAbsDiff: number;
  folds: FoldComparison[];
  mismatchedFolds: number[];
  metricNames: string[];
}

export interface Report {
  schemaVersion: typeof REPORT_SCHEMA_VERSION;
  tool: { name: string; version: string };
  createdAt: string;
  verdict: Verdict;
  summary: string;
  variance: number;
  maxAbsDiff: number;
  durationSeconds: number;
  settings: Partial<CheckSettings> & { source: string };
  comparison: Comparison;
  runs: RunResult[];
  environment: EnvironmentFingerprint | null;
  warnings: string[];
  errors: string[];
  /** Seeds supplied to a user model's layers (the same in every run and fold); absent for the default model. */
  suppliedSeeds?: SuppliedSeed[];
  /** Files the runs wrote, compared by SHA-256 (command mode with `artifacts`). */
  artifacts?: ArtifactComparison[];
  /** Command mode: what ran. */
  command?: CommandReport;
}

/** Exit codes shared by the CLI and the action's process. */
export const EXIT = { reproducible: 0, notReproducible: 1, error: 2 } as const;

/** Errors as values at the edges: a parse or load either gives a value or says what is wrong. */
export type Parsed<T> = { ok: true; value: T } | { ok: false; error: string };

export const ok = <T>(value: T): Parsed<T> => ({ ok: true, value });
export const fail = <T = never>(error: string): Parsed<T> => ({ ok: false, error });

/** A problem with what the user gave us: shown as one line, no stack trace, exit code 2. */
export class UserError extends Error {
  override name = 'UserError';
}
