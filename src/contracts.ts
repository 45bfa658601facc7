// Types for the contracts between stages: settings → runs → comparison → report.
// What is written to disk carries REPORT_SCHEMA_VERSION; bump it when a field changes meaning.

export const REPORT_SCHEMA_VERSION = 1;

export const BACKEND_CHOICES = ['auto', 'tensorflow', 'wasm', 'cpu'] as const;
export type BackendChoice = (typeof BACKEND_CHOICES)[number];
/** The backend a training process actually ran on. */
export type BackendName = 'tensorflow' | 'wasm' | 'cpu';

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
  /** A directory of IDX files; null means the embedded 10,000 MNIST digits. */
  dataset: string | null;
}

export interface CheckSettings extends TrainingSettings {
  /** Largest absolute difference in a metric still counted as equal; 0 means bitwise. */
  tolerance: number;
  failOnMismatch: boolean;
  /** Where the JSON report, the experiment-format results and run logs go; null: nowhere. */
  reportDir: string | null;
}

/** One fold's outcome inside one run. */
export interface FoldResult {
  fold: number;
  /** Metric name → value, e.g. { loss, accuracy }. */
  metrics: Record<string, number>;
  /** SHA-256 of the fold's final weights as float32 bytes, in layer order; null when unknown. */
  weightsSha256: string | null;
  trainSeconds: number | null;
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
}

export type RunStatus = 'ok' | 'failed';

export interface RunResult {
  /** 1-based, as shown to users. */
  run: number;
  status: RunStatus;
  /** One line, for a failed run. */
  error: string | null;
  startedAt: string;
  durationSeconds: number;
  folds: FoldResult[];
  environment: EnvironmentFingerprint | null;
  warnings: string[];
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
