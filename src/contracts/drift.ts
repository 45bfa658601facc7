// report.drift: this check against a baseline report (`baseline`); part of report.json's format.

import { type Verdict } from './verdict.js';

/** 'unavailable': no baseline could be had (its `reason` says why); never a failure. */
type DriftStatus = 'unchanged' | 'changed' | 'unavailable';

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
