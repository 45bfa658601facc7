// Whether two sides gave the same numbers, not only each the same twice (issue 23, part 4): a
// control run against a varied run, a diagnosis trial or the runs without the settings. A setting
// whose absence changes the numbers is needed to pin them, even where each side agrees with
// itself: a runner without it gets other numbers. Pure.
import type { NumbersDifference } from '../contracts/report.js';
import type { RunResult } from '../contracts/run-result.js';
import { compareRuns } from './compare.js';

export interface NumbersAgainst {
  /** Every metric within the tolerance and, at tolerance 0, the same weights (where both have digests). */
  same: boolean;
  /** The largest metric difference between the two, where one moved. */
  largest: NumbersDifference | null;
  /** Its size; null where no metric was compared. */
  maxAbsDiff: number | null;
}

/** A run as a control run numbered `run`, for a comparison of two sides' runs with each other. */
export function asControl(run: RunResult, number: number): RunResult {
  return { ...run, run: number, role: 'control' };
}

/** `other`'s numbers against `control`'s (one run each, the first with results). */
export function numbersAgainst(control: RunResult, other: RunResult, tolerance: number): NumbersAgainst {
  // Compared as two controls: compareRuns compares control runs only, and `other` may be a varied run.
  const comparison = compareRuns([asControl(control, control.run), asControl(other, control.run + 1)], tolerance);
  let largest: NumbersDifference | null = null;
  let maxAbsDiff: number | null = null;
  for (const fold of control.folds) {
    const theirs = other.folds.find((candidate) => candidate.fold === fold.fold);
    if (!theirs) continue;
    for (const [metric, value] of Object.entries(fold.metrics)) {
      const otherValue = theirs.metrics[metric];
      if (otherValue === undefined || value === null || otherValue === null) continue;
      const diff = Math.abs(value - otherValue);
      const larger = maxAbsDiff === null || diff > maxAbsDiff || (Number.isNaN(diff) && !Number.isNaN(maxAbsDiff));
      if (!larger) continue;
      maxAbsDiff = diff;
      if (diff > 0 || Number.isNaN(diff)) largest = { fold: fold.fold, metric, control: value, other: otherValue };
    }
  }
  return { same: comparison.verdict === 'reproducible', largest, maxAbsDiff };
}

/** The first run with results, which stands for its side. */
export function firstWithResults(runs: readonly RunResult[]): RunResult | null {
  return runs.find((run) => run.status === 'ok' && run.folds.length > 0) ?? null;
}
