// The comparator's self-test (issue 22, part 9): a check that could not have failed is worse than
// none. Every check feeds the comparison a copy of one of its own runs with one number changed (a
// metric, the final weights' digest, a traced checkpoint's digest) and the run itself: each change
// must be reported as a difference. It costs no training, so it is always on. Pure.
import type { RunResult, TraceCheckpoint } from '../contracts/run-result.js';
import { compareRuns } from './compare.js';
import { locateDivergence } from './divergence.js';
import { asControl } from './pinning.js';
import { controlRuns } from './run-roles.js';

/** A digest no run gives: SHA-256 hex is lower-case hexadecimal, and commands' digests are compared as strings. */
const PERTURBED = '(perturbed by the self-test)';

type Perturbation = { what: string; run: RunResult };

/** A different number: NaN stays NaN in every run only where it is NaN in each, so NaN becomes 0. */
const otherNumber = (value: number): number => (Number.isNaN(value) ? 0 : value === 0 ? 1 : -value);

/**
 * The run cut to one fold: its results and its checkpoints. The comparison treats every fold
 * alike, so one shows whether it sees a change, at a cost that does not grow with the folds.
 */
function onlyFold(run: RunResult, fold: number): RunResult {
  const trace = run.trace?.filter((checkpoint) => checkpoint.fold === fold);
  return { ...run, folds: run.folds.filter((result) => result.fold === fold), ...(trace ? { trace } : {}) };
}

/** The run with one change of each kind it has data for: the first metric, final weights and checkpoint. */
function perturbations(run: RunResult): Perturbation[] {
  const made: Perturbation[] = [];
  const withMetric = run.folds.find((fold) => Object.keys(fold.metrics).length > 0);
  if (withMetric) {
    const [name, value] = Object.entries(withMetric.metrics)[0]!;
    const folds = run.folds.map((fold) => (fold === withMetric ? { ...fold, metrics: { ...fold.metrics, [name]: otherNumber(value) } } : fold));
    made.push({ what: `${name} of fold ${withMetric.fold}`, run: { ...run, folds } });
  }
  const withWeights = run.folds.find((fold) => fold.weightsSha256 !== null);
  if (withWeights) {
    const folds = run.folds.map((fold) => (fold === withWeights ? { ...fold, weightsSha256: PERTURBED } : fold));
    made.push({ what: `the final weights of fold ${withWeights.fold}`, run: { ...run, folds } });
  }
  const trace = run.trace ?? [];
  const at = trace.findIndex((checkpoint) => Object.keys(checkpoint.digests).length > 0);
  if (at >= 0) {
    const checkpoint = trace[at]!;
    const name = Object.keys(checkpoint.digests)[0]!;
    const changed: TraceCheckpoint = { ...checkpoint, digests: { ...checkpoint.digests, [name]: PERTURBED } };
    made.push({ what: `a traced checkpoint of fold ${checkpoint.fold}`, run: { ...run, trace: trace.map((c, i) => (i === at ? changed : c)) } });
  }
  return made;
}

/**
 * The changes the comparison did not report as a difference, in words; empty when every one was
 * caught (or no control run finished with anything to change). A non-empty answer is a bug in
 * the comparison: the check's verdict cannot be trusted.
 */
export function comparatorMisses(runs: readonly RunResult[]): string[] {
  const run = controlRuns(runs).find((candidate) => candidate.status === 'ok' && candidate.folds.length > 0);
  if (!run) return [];
  // The first fold with metrics, with final weights, with a traced checkpoint (often one and the same).
  const chosen = [
    run.folds.find((fold) => Object.keys(fold.metrics).length > 0)?.fold,
    run.folds.find((fold) => fold.weightsSha256 !== null)?.fold,
    run.trace?.find((checkpoint) => Object.keys(checkpoint.digests).length > 0)?.fold,
  ];
  const misses = new Set<string>();
  for (const fold of new Set(chosen.filter((index) => index !== undefined))) {
    const original = asControl(onlyFold(run, fold), 1);
    for (const perturbed of perturbations(original)) {
      const pair = [original, asControl(perturbed.run, 2)];
      // At tolerance 0 a digest differing anywhere, the trace included, is a difference.
      const divergence = locateDivergence(pair, compareRuns(pair, 0));
      if (compareRuns(pair, 0, { divergence }).verdict !== 'not-reproducible') misses.add(perturbed.what);
    }
  }
  return [...misses];
}

/** The error a check reports when the self-test missed a change. */
export function selfTestError(misses: readonly string[]): string {
  return (
    `the comparison's self-test failed: a copy of a run with ${misses.join(', ')} changed was not reported as different, ` +
    'so this verdict cannot be trusted; this is a bug in tf-repro: please report it with report.json'
  );
}
