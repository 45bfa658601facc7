// What a check was asked to do, validated (inputs/): the settings every later stage reads.

export const BACKEND_CHOICES = ['auto', 'tensorflow-gpu', 'tensorflow', 'wasm', 'cpu'] as const;

export type BackendChoice = (typeof BACKEND_CHOICES)[number];

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
   * A model to train instead of the default CNN: a Keras `to_json()` file or .keras archive, a
   * TensorFlow.js model.json or an ES module exporting createModel (model/user-model.ts). Absent or null: the default.
   */
  model?: string | null;
  /**
   * Seedings a deterministic run leaves off (diagnose switches them off one at a time to see
   * which matter). Absent or empty: every seeding is applied.
   */
  unseeded?: SeedingPart[];
  /**
   * What each training process records beside its results (TraceCheckpoint): 'epochs' (after
   * initialisation and after every epoch; the default), 'batches' (after every batch as well,
   * to narrow a divergence down), 'off'.
   */
  trace?: TraceDetail;
  /** Train only these folds (the narrowing re-train, diagnose); absent: all of them. */
  onlyFolds?: number[];
  /** Determinism variables a deterministic run leaves out (diagnose); absent or empty: none. */
  variablesOff?: string[];
  /**
   * `timeout-minutes`: how long each training process (a run, or the folds of it that one process
   * trains) and the model's check may take before they are killed. Absent or 0: no limit.
   */
  timeoutMinutes?: number;
  /** `max-model-parameters`, with `model`: a larger model is refused before it is built. Absent: MAX_MODEL_PARAMETERS. */
  maxModelParameters?: number;
}

/** The seedings a deterministic run of the default workload (or a model file) applies. */
export const SEEDING_PARTS = ['initializers', 'shuffle', 'dropout', 'math-random'] as const;

export type SeedingPart = (typeof SEEDING_PARTS)[number];

export type TraceDetail = 'off' | 'epochs' | 'batches';

/** What `vary` can change between a control run and a varied one, as users write them (issue 23). */
export const VARY_FACTORS = ['path', 'tz', 'locale', 'env', 'umask', 'file-order', 'cpus', 'threads'] as const;
export type VaryFactor = (typeof VARY_FACTORS)[number];

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
  /**
   * `folds` as given with the command: the folds it trains, which tf-repro then splits over the
   * runs side by side, naming each process's folds in TF_REPRO_FOLDS. Absent: each run is the command whole.
   */
  folds?: number;
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
  /**
   * The native backend from a TensorFlow the runner already has, instead of tfjs-node's download:
   * 'python' (python3's), a folder or a .whl file (provision/libtensorflow-source.ts). Absent or
   * null: none.
   */
  libtensorflow?: string | null;
  /** Stop at the first divergence, comparing the runs' digests as they arrive (report.work says what was skipped). */
  failFast: boolean;
  /** Also train the same runs without the determinism settings, for the cost table (report.cost). */
  compareNondeterministic: boolean;
  /** Find which settings matter on this runner (report.diagnosis), within diagnoseBudgetMinutes. */
  diagnose: boolean;
  diagnoseBudgetMinutes: number;
  /** The settings diagnose tries, by name (`diagnose-variables`); absent, null or empty: every one the check applies. */
  diagnoseVariables?: string[] | null;

  /** Train only shard `index` of `count` (1-based) and write a partial report; absent or null: the whole check. */
  shard?: ShardSpec | null;

  /** This leg's name, written into its report (report.label); absent or null: made from the runner (inputs/label.ts). */
  label?: string | null;
  /** Globs of report.json files of complete checks to compare across runners, instead of training; absent or null: train. */
  across?: string[] | null;
  /** `across`: legs that differ fail the step (exit 1); false: a notice and a table. */
  failOnCrossRunnerDifference?: boolean;

  /**
   * What to compare this check's per-fold results with: a report.json path, or 'main', the report
   * artifact of the newest successful run of this workflow on the default branch. Absent or null: none.
   */
  baseline?: string | null;
  /** The artifact that holds the baseline's report.json, for baseline 'main'. */
  baselineArtifact?: string;
  /** A drift fails the job (exit 1); false: a notice. A baseline that cannot be had never fails. */
  failOnDrift?: boolean;
  /** Where to write the verdict as JUnit XML (report/junit.ts); absent or null: nowhere. */
  junitFile?: string | null;
  /** `vary`: the factors to vary in extra runs; absent or empty: none. */
  vary?: VaryFactor[];
  /** `vary`: a factor that changes the numbers fails the step (exit 1, verdict 'condition-sensitive'); false: a notice. */
  failOnVariation?: boolean;
  /** A command check: one extra run with another seed (role 'negative-control'), whose numbers must differ from the controls' (report.negativeControl). */
  negativeControl?: boolean;
}

/** `shard: 2/4`: this leg is shard 2 of 4. */
export interface ShardSpec {
  /** 1-based. */
  index: number;
  count: number;
}
