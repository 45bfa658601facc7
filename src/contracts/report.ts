// The report: report.json's format, versioned (docs/report.md says what each field means and the
// schema policy). Bump REPORT_SCHEMA_VERSION when a field changes meaning.

import { type AcrossComparison } from './across.js';
import { type Drift } from './drift.js';
import { type RunFingerprint, type RunResult } from './run-result.js';
import { type CheckSettings, type Framework, type ShardSpec, type VaryFactor } from './settings.js';
import { type Verdict } from './verdict.js';

/**
 * 2: runs carry a `role` (RunRole). Version 1 reports are read as all control runs.
 * 3: a variance or largest difference that was not measured (fewer than two runs gave a value) is
 * null, never 0, with `notMeasured` saying why; a command's `variables` holds only what every run
 * got alike, `runVariables` the rest. Version 2 reports are read with the 0s they wrote where
 * nothing was compared made null.
 */
export const REPORT_SCHEMA_VERSION = 3;

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

export interface MetricComparison {
  /** One value per run, in run order; null where that run has no value. */
  values: (number | null)[];
  /** null where fewer than two runs gave a value: not measured. */
  maxAbsDiff: number | null;
  /** Population variance (ddof 0) across runs; null where fewer than two runs gave a value. */
  variance: number | null;
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
  /** The variables every run got alike, on top of the environment. */
  variables: Record<string, string>;
  /** Per run, in run order, the variables whose values differ between runs (TF_REPRO_RUN, its metrics and trace paths); absent in reports before 3. */
  runVariables?: Record<string, string>[];
  /** Each run's stdout and stderr logs, relative to the report directory; empty without one. */
  logs: string[];
}

type DivergenceStage = 'init' | 'epoch' | 'evaluation';

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
   * A distributed run: every rank at which the runs part at this point, lowest first (with DDP's
   * all-reduce every rank parts at the same step, whichever rank's data differed); absent: one process.
   */
  ranks?: number[];
  /**
   * The two runs' input digests there (`input_sha256`): 'differ', the data (order, augmentation,
   * fold split); 'same', the computation. Absent where either run recorded none.
   */
  inputs?: 'differ' | 'same';
  /**
   * How the batch was looked for, after the per-epoch trace found the epoch: re-training the
   * fold in two fresh processes with per-batch digests. Absent where no narrowing applies.
   */
  narrowing?: Narrowing;
}

/** Two ranks of one run whose replicas disagree: "ranks 0 and 1 disagree within run 1 from fold 0, epoch 1, batch 3, in bn.running_mean". */
export interface ReplicaDisagreement {
  run: number;
  /** The lowest rank there, and the lowest that differs from it. */
  ranks: [number, number];
  fold: number;
  /** 0: after initialisation; N: in or at the end of epoch N. */
  epoch: number;
  batch: number | null;
  /** The variables both ranks traced whose digests differ there, in the lower rank's order. */
  variables: string[];
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
  /** null: not measured (fewer than two runs with a value). */
  variance: number | null;
  maxAbsDiff: number | null;
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

type DiagnosedSettingKind = 'variable' | 'threads' | 'seeding';

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

/**
 * What a verdict rests on: how much the comparison saw agree or differ. A green check of metrics
 * alone is weaker than one of metrics, final weights and every traced checkpoint; the summary says which.
 */
export interface Evidence {
  /** Folds whose metrics were compared across the control runs. */
  metricFolds: number;
  /** Folds whose final weights were compared (every run that has the fold gave a digest). */
  weightFolds: number;
  /** Checkpoints compared in the runs' traces: the shortest control run's trace; 0 where some run has none. */
  tracedCheckpoints: number;
}

export interface Comparison {
  verdict: Verdict;
  /** One sentence saying why. */
  summary: string;
  tolerance: number;
  /** Mean over folds and metrics of the population variance across runs; null where none was measured. */
  variance: number | null;
  /** null where none was measured. */
  maxAbsDiff: number | null;
  /** Why variance and maxAbsDiff are null ("fail-fast stopped runs 1, 2 at fold 0"); null where they were measured. */
  notMeasured: string | null;
  folds: FoldComparison[];
  mismatchedFolds: number[];
  metricNames: string[];
  /** What the verdict rests on. Absent in reports of tf-repro before it. */
  evidence?: Evidence;
}

export interface Report {
  schemaVersion: typeof REPORT_SCHEMA_VERSION;
  tool: { name: string; version: string };
  createdAt: string;
  verdict: Verdict;
  summary: string;
  /** As comparison's: null where not measured, `notMeasured` saying why. */
  variance: number | null;
  maxAbsDiff: number | null;
  notMeasured: string | null;
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
  /**
   * Replicated data-parallel training (DDP): the first point where two ranks of one run hold
   * different weights (comparison/replicas.ts); null when every run's ranks agree; absent where no
   * run traced several unsharded ranks.
   */
  replicas?: ReplicaDisagreement | null;
  /** How much of the planned training ran (fail-fast stops the rest). */
  work?: WorkDone;
  /** `compare-nondeterministic`: with and without the determinism settings. */
  cost?: CostComparison;
  /** `diagnose`: which settings matter on this runner. */
  diagnosis?: Diagnosis;

  /** A shard leg's partial report: which shard, its folds and what merge checks. Absent: a whole check. */
  shard?: ShardHeader;
  /** A report merged from shard legs (tf-repro merge). */
  merged?: MergedShards;

  /** The leg that wrote this report (`label`): how `across` names it. Absent in older reports. */
  label?: string;
  /** `across`: complete checks of several runners compared; `runs` then holds one run per leg. */
  across?: AcrossComparison;
  /** `baseline`: how this check's per-fold results compare with the baseline's. */
  drift?: Drift;
  /** `vary`: the check's runs in other conditions; `verdict` above stays the control runs' own. */
  variations?: Variations;
  /** `negative-control`: one run with another seed, which must differ from the controls; `verdict` stays theirs. */
  negativeControl?: NegativeControl;
}

/**
 * The negative control (issue 22, part 9): one run of the command with another TF_REPRO_SEED,
 * compared with the first control run with results. 'differs': the comparison saw the other seed,
 * as it must; 'same': it did not (a warning: the metrics may not come from this run, or not depend
 * on the seed); 'failed': it did not finish; 'not-compared': no control run finished to compare with.
 */
export interface NegativeControl {
  seed: number;
  outcome: 'differs' | 'same' | 'failed' | 'not-compared';
  /** The control run it was compared with (1-based); null where none. */
  controlRun: number | null;
  /** Where its metrics differ most from the control run's (other: the negative control's value). */
  largest: NumbersDifference | null;
  /** The run itself (role 'negative-control'). */
  run: RunResult;
  error: string | null;
}

// Variations (issue 23): runs in other conditions, compared with the control runs.

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
