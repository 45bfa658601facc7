// What determinism costs, and whether it was needed: the runs with the settings beside the same
// runs without them (compare-nondeterministic), as the experiment this project automates set them
// side by side, and which of four cases the runner is in. Pure.

import type { Comparison, CostCase, CostComparison, CostSide, Divergence, NumbersDifference } from '../contracts/report.js';
import type { RunResult } from '../contracts/run-result.js';
import { formatDiff } from './compare.js';
import { partingPlace } from './divergence.js';
import { mean } from './statistics.js';
import { controlRuns } from './run-roles.js';

/** One side of the table from its runs and their comparison: the runs with results, and their mean time. */
export function costSide(runs: readonly RunResult[], comparison: Comparison, divergence: Divergence | null): CostSide {
  const withResults = controlRuns(runs).filter((r) => r.folds.length > 0);
  return {
    runs: withResults.length,
    verdict: comparison.verdict,
    variance: comparison.variance,
    maxAbsDiff: comparison.maxAbsDiff,
    secondsPerRun: withResults.length > 0 ? mean(withResults.map((r) => r.durationSeconds)) : 0,
    divergence,
  };
}

export interface CostOptions {
  /** With and without the settings gave the same numbers (their first runs); null where a side has none. */
  sameNumbers?: boolean | null;
  /** Where they differ most (control: with, other: without). */
  numbersDelta?: NumbersDifference | null;
  /**
   * Whether the runs without the settings were still seeded (a command seeds as it likes). The
   * default workload trains them with no seed at all, so if they agree the check is broken.
   */
  freeRunsWereSeeded: boolean;
}

/** "runs 1 and 2 part at fold 0, epoch 2 (first in dense/kernel)", or the spread where no divergence is known. */
function howTheyPart(side: CostSide): string {
  const d = side.divergence;
  if (d) return `runs ${d.runs[0]} and ${d.runs[1]} part ${partingPlace(d)}`;
  return `the runs differ (variance ${formatDiff(side.variance)}, largest difference ${formatDiff(side.maxAbsDiff)})`;
}

/** With over without, where both took measurable time. */
function overheadOf(withSide: CostSide, withoutSide: CostSide): number | null {
  const ok = (s: number) => Number.isFinite(s) && s > 0;
  return ok(withSide.secondsPerRun) && ok(withoutSide.secondsPerRun) ? withSide.secondsPerRun / withoutSide.secondsPerRun : null;
}

function decide(withSide: CostSide, withoutSide: CostSide, overhead: number | null, options: CostOptions): { case: CostCase; explanation: string } {
  const withOk = withSide.verdict === 'reproducible';
  const withoutOk = withoutSide.verdict === 'reproducible';
  const errors = [withSide.verdict === 'error' ? 'with' : null, withoutSide.verdict === 'error' ? 'without' : null].filter((s) => s !== null);
  if (errors.length > 0) {
    const which = errors.length === 2 ? 'neither side could be compared' : `the runs ${errors[0] as string} the settings could not be compared`;
    return { case: 'inconclusive', explanation: `Inconclusive: ${which} (verdict error), so there is nothing to set the other side against.` };
  }
  if (withOk && !withoutOk) {
    return {
      case: 'needed-and-sufficient',
      explanation: `The settings are needed and sufficient here: without them ${howTheyPart(withoutSide)}; with them the runs agree.`,
    };
  }
  if (withOk && withoutOk) {
    if (!options.freeRunsWereSeeded) {
      return {
        case: 'inconclusive',
        explanation:
          'Inconclusive: the runs without the settings agreed too, but they train with no seed at all, which cannot give the same numbers twice unless the check is broken: the settings reached those runs, or nothing was compared.',
      };
    }
    if (options.sameNumbers === false) {
      const delta = options.numbersDelta ? ` (${numbersDeltaWords(options.numbersDelta)})` : '';
      return {
        case: 'needed-to-pin',
        explanation: `Each side agrees with itself, but without the settings the numbers are other ones${delta}: a runner without them gets other numbers.`,
      };
    }
    return { case: 'not-needed', explanation: `Not needed on this runner: the runs without the settings agreed too${notNeededCost(overhead)}.` };
  }
  if (!withOk && !withoutOk) {
    return {
      case: 'not-sufficient',
      explanation: `Not sufficient on this runner: with the settings ${howTheyPart(withSide)}, and without them the runs vary too (variance ${formatDiff(withSide.variance)} with, ${formatDiff(withoutSide.variance)} without).`,
    };
  }
  return {
    case: 'inconclusive',
    explanation: `Inconclusive: with the settings ${howTheyPart(withSide)}, yet without them the runs agreed, so the difference is not for want of the settings: it comes and goes, or the settings bring it. Run the check again to tell.`,
  };
}

/**
 * What the settings cost where they were not needed, as measured: a ratio of 1 or more is time
 * they cost; below 1 the runs with them were faster (other work on the runner, a cache the first
 * side warmed), which is no cost at all and is said so.
 */
function notNeededCost(overhead: number | null): string {
  if (overhead === null) return '; what the settings cost in time was not measured';
  const ratio = `${overhead.toFixed(2)}×`;
  if (overhead >= 1) return `, so here the settings only cost time: a run takes ${ratio} as long with them`;
  return `; the runs with the settings were faster (${ratio}); the settings cost no time here`;
}

/** "loss of fold 0: 0.29427 with, 0.30461 without". */
export function numbersDeltaWords(delta: NumbersDifference, control = 'with', other = 'without'): string {
  return `${delta.metric} of fold ${delta.fold}: ${String(delta.control)} ${control}, ${String(delta.other)} ${other}`;
}

/** The experiment's table: both sides, the overhead (with over without), whether they gave the same numbers, and which case this is. */
export function costComparison(withSide: CostSide, withoutSide: CostSide, options: CostOptions): CostComparison {
  const overhead = overheadOf(withSide, withoutSide);
  const numbers = options.sameNumbers === undefined ? {} : { sameNumbers: options.sameNumbers, numbersDelta: options.numbersDelta ?? null };
  return { with: withSide, without: withoutSide, overhead, ...decide(withSide, withoutSide, overhead, options), ...numbers };
}
