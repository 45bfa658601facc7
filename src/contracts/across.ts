// report.across: complete checks of several runners compared (`across`); part of report.json's format.

import { type RunFingerprint } from './run-result.js';
import { type VaryFactor } from './settings.js';
import { type Verdict } from './verdict.js';

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
