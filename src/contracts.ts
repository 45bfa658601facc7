// Types for the contracts between stages: settings → runs → comparison → report.
// What is written to disk carries REPORT_SCHEMA_VERSION; bump it when the format changes
// (docs/report.md, "Schema versions"): report/report-schema.ts reads the previous version too.

/** 2: runs carry a `role` (RunRole). Version 1 reports are read as all control runs. */
export const REPORT_SCHEMA_VERSION = 2;

export const BACKEND_CHOICES = ['auto', 'tensorflow-gpu', 'tensorflow', 'wasm', 'cpu'] as const;
export type BackendChoice = (typeof BACKEND_CHOICES)[number];
/** The backend a training process actually ran on. */
export type BackendName = 'tensorflow' | 'wasm' | 'cpu';

/** The native package's build: tfjs-node-gpu or tfjs-node. */
export type NativeFlavor = 'gpu' | 'cpu';

/** What a worker tries, in order; a native entry carries the folder it is imported from. */
export type WorkerBackend =
  { backend: 'tensorflow'; flavor: NativeFlavor; packageDir: string; native?: NativePackage } | { backend: 'wasm' } | { backend: 'cpu' };

/** How the check got the native package, and the libtensorflow inside it (provision/). */
export interface NativePackage {
  /** 'cached': found in the tool cache; 'built': compiled now against `libtensorflow`; 'installed': npm installed it now (its install downloads libtensorflow). */
  obtained: 'cached' | 'built' | 'installed';
  /** How long getting it took this check (0 when cached). */
  seconds: number;
  /** The tool-cache folder it is loaded from. */
  dir: string;
  /** Where its libtensorflow came from, in words: "the wheel …", "python3's TensorFlow (…): …", "the folder …", or "the download by @tensorflow/tfjs-node's install (libtensorflow 2.9.1)". */
  libtensorflowSource: string;
  /** The library has oneDNN kernels (known from building it; assumed on Linux x86-64 for the downloaded libtensorflow 2.9.1). */
  oneDnnBuiltIn: boolean;
  /**
   * Folders put first on the training processes' LD_LIBRARY_PATH: the CUDA libraries pip installed
   * beside a Python TensorFlow (site-packages/nvidia/…/lib), which its library finds relative to
   * where it was installed, not to its copy in the tool cache. Absent: none.
   */
  libraryPath?: string[];
}

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

/**
 * Digests of a model's variables at one point of one fold's training: what the divergence
 * locator compares across runs (comparison/divergence.ts). A command writes the same as JSON
 * Lines to $TF_REPRO_TRACE (comparison/trace-file.ts).
 */
export interface TraceCheckpoint {
  fold: number;
  /** 0: after initialisation, before any step; N >= 1: in or at the end of epoch N (1-based). */
  epoch: number;
  /** 1-based batch of the epoch, after its step; null: the end of the epoch (or initialisation). */
  batch: number | null;
  /**
   * Variable name → digest (SHA-256 hex of its float32 bytes for our own training; any string
   * from a command), in the model's order. A trace line without a variable gives the name
   * WHOLE_MODEL.
   */
  digests: Record<string, string>;
  /** The validation loss at the end of an epoch, where known: the report's chart. */
  valLoss?: number | null;
}

/** The variable name of a trace line that names none: a digest of the whole model. */
export const WHOLE_MODEL = '(model)';

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
  // Shards (issue #13, part 1): this leg trains only its share of the folds (comparison/shards.ts).
  /** Train only shard `index` of `count` (1-based) and write a partial report; absent or null: the whole check. */
  shard?: ShardSpec | null;
  // Across runners (issue #13, part 2): the leg's name, and the comparison of complete checks.
  /** This leg's name, written into its report (report.label); absent or null: made from the runner (inputs/label.ts). */
  label?: string | null;
  /** Globs of report.json files of complete checks to compare across runners, instead of training; absent or null: train. */
  across?: string[] | null;
  /** `across`: legs that differ fail the step (exit 1); false: a notice and a table. */
  failOnCrossRunnerDifference?: boolean;
  // Drift against a baseline (issue #13, part 3): `baseline`, `baseline-artifact`, `fail-on-drift`.
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
}

// Shards (issue #13, part 1): a check shared out by fold over matrix legs, merged by a later job.

/** `shard: 2/4`: this leg is shard 2 of 4. */
export interface ShardSpec {
  /** 1-based. */
  index: number;
  count: number;
}

/** What marks a shard leg's partial report, and what merge checks before it joins the legs. */
export interface ShardHeader extends ShardSpec {
  /** The folds this leg trained, ascending (comparison/shards.ts shardFolds). */
  folds: number[];
  /** SHA-256 of the settings that decide the numbers and the verdict (comparison/shards.ts settingsDigest). */
  settingsDigest: string;
  /** SHA-256 of the dataset as trained: its images and labels after `samples` (comparison/shards.ts datasetDigest). */
  datasetDigest: string;
  /** The tf-repro that trained it. */
  toolVersion: string;
  /** SHA-256 of the model file (null: the default model), as settingsDigest took it: merge recomputes the digest from the report's own settings. Absent in older reports. */
  modelSha256?: string | null;
}

/** A report merged from shard legs' partial reports. */
export interface MergedShards {
  /** How many shards were merged. */
  shards: number;
  /** The partial reports, in shard order. */
  files: string[];
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
   * TensorFlow's oneDNN CPU kernels as the process ran them: a library built with them, and
   * TF_ENABLE_ONEDNN_OPTS (which the determinism settings pin) or else TensorFlow's default (on
   * Linux, on for CPUs with AVX512_VNNI, AVX512_BF16, AVX_VNNI or AMX); null where TensorFlow is not the backend.
   */
  oneDnn?: boolean | null;
  /** The GPU a process was pinned to; null when not pinned. */
  cudaVisibleDevices?: string | null;
  /** Where the native backend's libtensorflow came from, and how this check got its package; null elsewhere. */
  nativePackage?: NativePackage | null;
  /** The thread pools TensorFlow sized (TF_NUM_INTRAOP_THREADS, TF_NUM_INTEROP_THREADS, else one per processor); null elsewhere. */
  tensorflowThreads?: { intraOp: number; interOp: number } | null;
  /** TensorFlow listed a GPU and runs its ops there; null where TensorFlow is not the backend. */
  gpuDevice?: boolean | null;
  /** What the preflight found on the machine (nvidia-smi, the CUDA and cuDNN libraries). */
  gpus?: { index: number; name: string; driverVersion: string; memoryTotalMiB: number | null }[];
  cudaVersion?: string | null;
  cudnnVersion?: string | null;
}

/**
 * What a command's run got, for the report's fingerprint. tf-repro does not see inside a command:
 * this is the machine, the determinism variables the run was given, and the Python and framework
 * versions the command itself wrote to $TF_REPRO_ENVIRONMENT (comparison/fingerprint.ts reads them).
 */
export interface CommandFingerprint extends NoTrainingFields {
  kind: 'command';
  platform: string;
  cpuModel: string;
  cpuCount: number;
  /** The processors the command may run on (os.availableParallelism: the CPU affinity where the OS has one). */
  visibleCpus: number;
  /** The framework's determinism variables as the run got them; null where unset. */
  determinismVariables: Record<string, string | null>;
  /** Python's version, as the command wrote it; null where it wrote none. */
  python: string | null;
  /** Package name → version (tensorflow, torch, jax, numpy…), as the command wrote them; empty where it wrote none. */
  frameworks: Record<string, string>;
}

/** What only a training process reports, absent from a command's fingerprint: `env.backend` reads as undefined there. */
type NoTrainingFields = { [K in Exclude<keyof EnvironmentFingerprint, 'platform' | 'cpuModel' | 'cpuCount' | 'determinismVariables'>]?: never };

/** A run's fingerprint: its training process's, or what its command got. */
export type RunFingerprint = EnvironmentFingerprint | CommandFingerprint;

/** 'stopped': cut short on purpose, by fail-fast after a divergence elsewhere; what it finished is kept. */
export type RunStatus = 'ok' | 'failed' | 'stopped';

/**
 * What a run is for. 'control': a repeat of the check, the runs the verdict compares (every run
 * today); 'varied': a run under varied conditions; 'negative-control': a run with another seed,
 * which must differ. Only control runs decide the verdict and trigger fail-fast; a run of another
 * role is compared with the controls apart (comparison/run-roles.ts).
 */
export const RUN_ROLES = ['control', 'varied', 'negative-control'] as const;
export type RunRole = (typeof RUN_ROLES)[number];

export interface RunResult {
  /** 1-based, as shown to users. */
  run: number;
  role: RunRole;
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
  environment: RunFingerprint | null;
  warnings: string[];
  /** Command mode: each artifact this run wrote, path → SHA-256. */
  artifacts?: Record<string, string>;
  /** The run's checkpoints, in the order they were recorded; absent where nothing was traced. */
  trace?: TraceCheckpoint[];
  /**
   * Training runs: whether every training step of every fold took the default CNN's fused wasm
   * step (training/fused-step.ts), false where any went through tfjs's ops (another model or
   * backend, TF_REPRO_FUSED_STEP=off, or a fallback its warnings name). Not part of the
   * environment's fingerprint: both paths give bitwise the same numbers. Absent in command mode
   * and before a fold ends.
   */
  fusedStep?: boolean;
  /** A varied run (`vary`): which conditions it changed, and how. Absent: a control run. */
  variation?: RunVariation;
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

export type DivergenceStage = 'init' | 'epoch' | 'evaluation';

/**
 * The first point where two runs part (comparison/divergence.ts): "runs 1 and 2 part at fold 0,
 * epoch 2, batch 37; first in conv2d_1/kernel".
 */
export interface Divergence {
  /** Two runs (1-based) that part there: the first run, and the first that differs from it. */
  runs: [number, number];
  fold: number;
  /**
   * 'init': the weights differ before any step; 'epoch': they part in (or at the end of) an
   * epoch; 'evaluation': every checkpoint agrees but the fold's results differ. null: no run was
   * traced (a command that writes no trace), so only the fold is known.
   */
  stage: DivergenceStage | null;
  /** 1-based epoch for 'epoch'; 0 for 'init'; null otherwise. */
  epoch: number | null;
  /** 1-based batch of that epoch, where per-batch digests found it; else null. */
  batch: number | null;
  /** The variables whose digests differ there, in the model's order. */
  variables: string[];
  /**
   * How the batch was looked for, after the per-epoch trace found the epoch: re-training the
   * fold in two fresh processes with per-batch digests. Absent where no narrowing applies.
   */
  narrowing?: Narrowing;
}

export interface Narrowing {
  /** 'found': the re-train named the batch; 'agreed': its two processes did not part (the cause is rarer than one fold); 'skipped' or 'failed': say why in detail. */
  status: 'found' | 'agreed' | 'skipped' | 'failed';
  detail: string;
  /** Wall time of the re-train. */
  seconds: number;
}

/** How much of the planned training ran, in fold-epochs (folds × epochs, over all runs). */
export interface WorkDone {
  trainedEpochs: number;
  plannedEpochs: number;
  /** Fail-fast stopped the rest after the first divergence. */
  stoppedEarly: boolean;
}

/** One side of the cost table: the runs with the determinism settings, or without. */
export interface CostSide {
  runs: number;
  verdict: Verdict;
  variance: number;
  maxAbsDiff: number;
  /** Mean wall time of one run (its processes' time added up). */
  secondsPerRun: number;
  divergence: Divergence | null;
}

export const COST_CASES = ['needed-and-sufficient', 'needed-to-pin', 'not-needed', 'not-sufficient', 'inconclusive'] as const;

/** One metric of one fold on two sides: the control's value, and the other side's (issue 23, part 4). */
export interface NumbersDifference {
  fold: number;
  metric: string;
  control: number | null;
  other: number | null;
}
export type CostCase = (typeof COST_CASES)[number];

/** `compare-nondeterministic`: the experiment's table, with and without the settings. */
export interface CostComparison {
  with: CostSide;
  without: CostSide;
  /** secondsPerRun with over without; null when either is 0. */
  overhead: number | null;
  case: CostCase;
  /** One or two sentences: which case, and why. */
  explanation: string;
  /** With and without the settings gave the same numbers (first run of each); null where either side has none, or in reports before it. */
  sameNumbers?: boolean | null;
  /** Where they differ most (control: with, other: without). */
  numbersDelta?: NumbersDifference | null;
}

export type DiagnosedSettingKind = 'variable' | 'threads' | 'seeding';

export interface DiagnosedSetting {
  /** e.g. 'TF_DETERMINISTIC_OPS', 'threads', 'shuffle'. */
  name: string;
  kind: DiagnosedSettingKind;
  /**
   * 'necessary': switched off alone, the runs part (needed for run-to-run reproducibility);
   * 'pins-numbers': they still agree, but on other numbers than with every setting on (needed to
   * pin the numbers: `delta`); 'not-needed': they agree on the same numbers; 'not-tried': no budget
   * left; 'failed': the trial could not run.
   */
  finding: 'necessary' | 'pins-numbers' | 'not-needed' | 'not-tried' | 'failed';
  /** For 'pins-numbers': the metric that moved most against every setting on (control) and with it off (other). */
  delta?: NumbersDifference | null;
  /** Wall time of the trial; null when not tried. */
  seconds: number | null;
  /** Where its runs parted, for a necessary setting. */
  divergence: Divergence | null;
  /** Why it failed or was not tried; otherwise empty. */
  detail: string;
}

/** `diagnose`: which settings matter on this runner. */
export interface Diagnosis {
  /** The configuration each trial ran, in words: "2 runs of fold 0, 1 epoch, 1,000 images". */
  configuration: string;
  /** The unpinned trial, every setting off: where the runs parted (null: they agreed, so none is needed here). A wire name: not drift's baseline. */
  baseline: { seconds: number; divergence: Divergence | null; verdict: Verdict; sameNumbers?: boolean | null; delta?: NumbersDifference | null };
  settings: DiagnosedSetting[];
  /** Every setting found not needed switched off together: does it still reproduce, and how fast. */
  fastest: { off: string[]; seconds: number; reproducible: boolean; allOnSeconds: number } | null;
  budgetMinutes: number;
  spentSeconds: number;
  /** What it could not try, in words (budget, a trial that failed). */
  notes: string[];
}

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
  environment: RunFingerprint | null;
  warnings: string[];
  errors: string[];
  /** Seeds supplied to a user model's layers (the same in every run and fold); absent for the default model. */
  suppliedSeeds?: SuppliedSeed[];
  /** Files the runs wrote, compared by SHA-256 (command mode with `artifacts`). */
  artifacts?: ArtifactComparison[];
  /** Command mode: what ran. */
  command?: CommandReport;
  /** Where the runs first part; null when they agree (or nothing could be compared). Absent in reports of tf-repro before 1.1. */
  divergence?: Divergence | null;
  /** How much of the planned training ran (fail-fast stops the rest). */
  work?: WorkDone;
  /** `compare-nondeterministic`: with and without the determinism settings. */
  cost?: CostComparison;
  /** `diagnose`: which settings matter on this runner. */
  diagnosis?: Diagnosis;
  // Shards (issue #13, part 1).
  /** A shard leg's partial report: which shard, its folds and what merge checks. Absent: a whole check. */
  shard?: ShardHeader;
  /** A report merged from shard legs (tf-repro merge). */
  merged?: MergedShards;
  // Across runners (issue #13, part 2).
  /** The leg that wrote this report (`label`): how `across` names it. Absent in older reports. */
  label?: string;
  /** `across`: complete checks of several runners compared; `runs` then holds one run per leg. */
  across?: AcrossComparison;
  /** `baseline`: how this check's per-fold results compare with the baseline's. */
  drift?: Drift;
  /** `vary`: the check's runs in other conditions; `verdict` above stays the control runs' own. */
  variations?: Variations;
}

// --- Across runners (issue #13, part 2: `across`, `label`, `fail-on-cross-runner-difference`) ---

/** One complete check (a matrix leg) that `across` read. */
export interface AcrossLeg {
  /** 1-based, in the order the files were found. */
  leg: number;
  /** Its report's label; for a report without one, its folder's name (the artifact's name). Made unique with " (2)". */
  label: string;
  /** The report.json it was read from, as found. */
  file: string;
  /** Its own verdict: reproducible within this runner, or not. */
  verdict: Verdict;
  summary: string;
  runs: number;
  folds: number;
  tolerance: number;
  toolVersion: string;
  durationSeconds: number;
  /** Its training process's fingerprint, or what its command got; null where its report has none (a command check of an earlier tf-repro). */
  environment: RunFingerprint | null;
  /** `vary` in that leg: its own variation results (each runner varies its own conditions); absent where it varied nothing. */
  variations?: LegVariations;
}

/** A leg's variation results, as `across` shows them. */
export interface LegVariations {
  /** The factors that changed its numbers. */
  sensitiveTo: VaryFactor[];
  /** The factors it varied that did not. */
  same: VaryFactor[];
  /** The factors it could not vary or did not try. */
  notVaried: VaryFactor[];
}

/** One fold across the legs: which legs gave the same weights and metrics. */
export interface AcrossFold {
  fold: number;
  /**
   * Legs (1-based) that agree, each group in leg order, groups ordered by their first leg. Agree:
   * every metric within the tolerance and, at tolerance 0, the same weights digest.
   */
  groups: number[][];
  /** Legs with no result for this fold (fail-fast stopped them, or a run failed). */
  missing: number[];
  /** Legs whose own runs differ in this fold: their first run that has it stands for them. */
  differsWithin: number[];
  /** Every leg in one group. */
  identical: boolean;
}

/** One field of the environment fingerprint, lined up across the legs. */
export interface FingerprintField {
  /** The fingerprint's name for it: 'backend', 'cpuModel', 'determinismVariables.TF_DETERMINISTIC_OPS', 'gpus'. */
  field: string;
  /** One per leg, as shown; null where that leg has none. */
  values: (string | null)[];
  differs: boolean;
}

/** `across`: two verdicts, reproducible within each runner and identical across them. */
export interface AcrossComparison {
  legs: AcrossLeg[];
  /** Every leg reproducible within itself (each leg's own verdict). */
  reproducibleWithin: boolean;
  /** Every fold identical on every leg. */
  identical: boolean;
  /** What agreement across legs allows: the largest of the legs' tolerances. */
  tolerance: number;
  folds: AcrossFold[];
  /** The legs' fingerprints, field by field (fields no leg has are left out). */
  fingerprint: FingerprintField[];
  /** The fields of `fingerprint` that differ between legs: where a cross-runner difference comes from. */
  differingFields: string[];
  failOnCrossRunnerDifference: boolean;
}

// Drift against a baseline (issue #13, part 3): report.drift (comparison/drift.ts).

/** 'unavailable': no baseline could be had (its `reason` says why); never a failure. */
export const DRIFT_STATUSES = ['unchanged', 'changed', 'unavailable'] as const;
export type DriftStatus = (typeof DRIFT_STATUSES)[number];

/** Where a baseline came from: a file the user named, or a run's artifact found with the GitHub API. */
export type BaselineSource =
  | { kind: 'file'; path: string }
  | {
      kind: 'run';
      /** The branch searched: the repository's default branch; null when it could not be learnt. */
      branch: string | null;
      artifact: string;
      /** The run whose artifact it is; null when none was found. */
      runId: number | null;
      url: string | null;
      /** The commit that run checked; null when unknown. */
      commit: string | null;
    };

/** One metric of one fold: the baseline's value, this check's, and this check's minus the baseline's; null where a side lacks it. */
export interface MetricDrift {
  baseline: number | null;
  current: number | null;
  delta: number | null;
}

/** A fold whose results moved: every metric of it (those that did not move too), and its final weights. */
export interface FoldDrift {
  fold: number;
  metrics: Record<string, MetricDrift>;
  /** The final weights' digests differ; null where either side has none. */
  weightsChanged: boolean | null;
}

/** A setting behind the numbers with another value in the baseline: drift is then expected. */
export interface SettingDifference {
  /** The input's name: 'seed', 'batch-size'. */
  name: string;
  baseline: string;
  current: string;
}

export interface Drift {
  status: DriftStatus;
  /** Why no baseline could be compared, for 'unavailable'; else null. */
  reason: string | null;
  source: BaselineSource;
  /** The baseline report: when, by which tf-repro, and its verdict; null when none was read. */
  baseline: { createdAt: string | null; toolVersion: string | null; verdict: Verdict | null } | null;
  /** Metrics within this of the baseline's count as unchanged: the check's tolerance (0: bitwise). */
  tolerance: number;
  /** Settings that decide the numbers and differ from the baseline's; compared anyway. */
  settingsDiffer: SettingDifference[];
  /** Folds finished on both sides and compared. */
  comparedFolds: number;
  /** Folds only the baseline, or only this check, finished: not compared. */
  onlyInBaseline: number[];
  onlyInCurrent: number[];
  /** The compared folds whose metrics moved beyond tolerance or whose weights changed, in fold order. */
  changedFolds: FoldDrift[];
  /** Some compared fold's final weights differ from the baseline's; null where no fold has digests on both sides. */
  weightsChanged: boolean | null;
  /** The metric that moved most; null when none moved. */
  largest: { fold: number; metric: string; delta: number } | null;
  /** What qualifies the comparison: a side whose runs differ among themselves, another tf-repro version. */
  notes: string[];
}

// Variations (issue 23): runs in other conditions, compared with the control runs.

/** What `vary` can change between a control run and a varied one, as users write them. */
export const VARY_FACTORS = ['path', 'tz', 'locale', 'env', 'umask', 'file-order', 'cpus', 'threads'] as const;
export type VaryFactor = (typeof VARY_FACTORS)[number];

/** How one varied run differed from the control runs: each factor it changed, in words ("TZ=Asia/Kathmandu (UTC+05:45)"). */
export type RunVariation = Partial<Record<VaryFactor, string>>;

/**
 * One factor's outcome. 'same': varied (alone or with others) and the numbers did not move;
 * 'differs': varied alone, or only together with `together`, and they moved; 'not-varied': this
 * runner cannot vary it (`reason` says why); 'not-tried': it could have been but was not (the
 * control runs differ among themselves, a cancel).
 */
export interface FactorOutcome {
  factor: VaryFactor;
  status: 'same' | 'differs' | 'not-varied' | 'not-tried';
  /** How it was varied, in words; for 'not-varied' and 'not-tried', why not. */
  how: string;
  reason: string | null;
  /** For 'differs': the trial (index into `trials`) that named it. */
  trial: number | null;
  /** For 'differs' found only in combination: the other factors of that combination. */
  together?: VaryFactor[];
}

/** One varied run: the factors it changed, and how it compared with the control run. */
export interface VariationTrial {
  factors: VaryFactor[];
  /** 'same': every metric within tolerance and, at tolerance 0, the same weights; 'failed': it did not finish (its error says why). */
  outcome: 'same' | 'differs' | 'failed';
  /** Where it parts from the control run (runs [control, varied]); null when it agrees or has no trace. */
  divergence: Divergence | null;
  /** The largest metric difference from the control run; null where nothing compared. */
  maxAbsDiff: number | null;
  /** The metric and fold of that difference, where one moved (other: the varied run's value). */
  largest: NumbersDifference | null;
  /** The run itself (role 'varied'), with how it was varied. */
  run: RunResult;
  error: string | null;
}

/** `vary`: the control runs in other conditions. */
export interface Variations {
  /** The factors asked for, as the input named them (`all` expanded). */
  requested: VaryFactor[];
  factors: FactorOutcome[];
  trials: VariationTrial[];
  /** The factors whose variation changed the numbers, in VARY_FACTORS order. */
  sensitiveTo: VaryFactor[];
  failOnVariation: boolean;
  /** Wall time of the varied runs, from the first start to the last end. */
  seconds: number;
  /** The control run they were compared with (1-based). */
  controlRun: number | null;
}

/** Exit codes shared by the CLI and the action's process. */
export const EXIT = { reproducible: 0, notReproducible: 1, error: 2 } as const;

/**
 * The step's verdict: the control runs' own, or 'condition-sensitive' where they reproduce but a
 * varied condition changed the numbers and `fail-on-variation` holds (exit 1, reproducible=false).
 */
export type StepVerdict = Verdict | 'condition-sensitive';

/** Errors as values at the edges: a parse or load either gives a value or says what is wrong. */
export type Parsed<T> = { ok: true; value: T } | { ok: false; error: string };

export const ok = <T>(value: T): Parsed<T> => ({ ok: true, value });
export const fail = <T = never>(error: string): Parsed<T> => ({ ok: false, error });

/** A problem with what the user gave us: shown as one line, no stack trace, exit code 2. */
export class UserError extends Error {
  override name = 'UserError';
}
