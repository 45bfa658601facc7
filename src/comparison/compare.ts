// Compares the per-fold metrics (and weight digests) of several runs of the same training.

import type { Comparison, Divergence, Evidence, FoldComparison, MetricComparison } from '../contracts/report.js';
import type { RunResult } from '../contracts/run-result.js';
import type { Verdict } from '../contracts/verdict.js';
import { describeDivergence } from './divergence.js';
import { controlRuns, isControl } from './run-roles.js';
import { maxAbsDiff, mean, populationVariance } from './statistics.js';
import { ownValue } from '../util/records.js';
import { listed, plural, withCommas } from '../util/text.js';

/**
 * A run takes part when it is a control run (run-roles.ts: only those decide the verdict) and it
 * finished, or got at least one fold done before failing.
 */
function participates(run: RunResult): boolean {
  return isControl(run) && (run.status === 'ok' || run.folds.length > 0);
}

/** Metric names across runs, in first-seen order. */
function metricNamesOf(runs: readonly RunResult[]): string[] {
  const names = new Set<string>();
  for (const run of runs) for (const f of run.folds) for (const name of Object.keys(f.metrics)) names.add(name);
  return [...names];
}

/** Each run's folds by index, built once: looking a fold up must not scan the run's folds. */
export function foldsByIndex<T extends { fold: number }>(folds: readonly T[]): Map<number, T> {
  const byIndex = new Map<number, T>();
  for (const fold of folds) if (!byIndex.has(fold.fold)) byIndex.set(fold.fold, fold);
  return byIndex;
}

/** 3.1e-3; "infinite" where a NaN or infinity stands against a number; "not measured" for null (fewer than two values). */
export function formatDiff(x: number | null): string {
  if (x === null) return 'not measured';
  if (!Number.isFinite(x)) return 'infinite (a NaN or infinity against a number)';
  if (x === 0) return '0';
  return Number(x.toPrecision(2)).toExponential();
}

function foldList(folds: readonly number[]): string {
  return `${folds.length === 1 ? 'fold' : 'folds'} ${listed(folds)}`;
}

function runList(runs: readonly RunResult[]): string {
  return `${runs.length === 1 ? 'run' : 'runs'} ${listed(runs.map((r) => r.run))}`;
}

/** What else the comparison knows about the runs. */
export interface CompareOptions {
  /**
   * Where the runs first part (divergence.ts locateDivergence, or fail-fast's DivergenceWatch).
   * At tolerance 0 a divergence in the trace is a difference even where the metrics and final
   * weights agree; at a larger tolerance it changes nothing. With runs that fail-fast stopped, the
   * summary leads with it.
   */
  divergence?: Divergence | null;
}

/**
 * Compares the control runs fold by fold; a run of another role gives null in every `values`
 * (which line up with `runs`) and counts for nothing. Values are equal when |a − b| <= tolerance, so tolerance 0 means
 * exact equality. NaN policy (see statistics.ts): NaNs in the same place in every run count as
 * equal, since a failure repeated bit for bit is still reproducible; a NaN against a number is a
 * mismatch with maxAbsDiff Infinity (and variance NaN, as numpy gives).
 *
 * A value missing from a participating run (a fold a crashed run never reached, a file lacking
 * a fold) makes that metric not match and the verdict 'error'; everything is still computed over
 * the values present so the report can show how far the finished runs agree.
 *
 * A run with status 'stopped' was cut short on purpose by fail-fast, after a divergence: the folds
 * it did not finish are not missing. A fold is compared over the runs that finished it (and left
 * out when fewer than two did); the overall variance is over the folds every run not failed
 * finished, where there are any. The verdict is 'not-reproducible' when a fold or the divergence
 * shows a difference, and 'error' when the runs were stopped yet nothing shows one.
 */
export function compareRuns(runs: readonly RunResult[], tolerance: number, options: CompareOptions = {}): Comparison {
  const divergence = options.divergence ?? null;
  const taking = runs.filter(participates);
  const metricNames = metricNamesOf(taking);
  const foldIndices = [...new Set(taking.flatMap((r) => r.folds.map((f) => f.fold)))].sort((a, b) => a - b);
  // One map per input run, so that every lookup below is constant time; non-participants have none.
  const byIndex = runs.map((r) => (participates(r) ? foldsByIndex(r.folds) : null));
  const controls = controlRuns(runs);
  const stopped = controls.filter((r) => r.status === 'stopped');

  const missing: Array<{ run: number; fold: number; metric: string | null }> = [];
  // Folds that a stopped run did not finish: compared over the others, left out of the variance.
  const cutShort = new Set<number>();
  const folds: FoldComparison[] = [];
  for (const fold of foldIndices) {
    // One entry per input run so values[i] lines up with runs[i]; non-participants give null.
    const entries = byIndex.map((folds) => folds?.get(fold));
    // Where a run lacks the fold, is that a gap that counts (missing) or one fail-fast left (stopped)?
    const stoppedGap = runs.map((r, i) => isControl(r) && r.status === 'stopped' && entries[i] === undefined);
    const counted = byIndex.map((folds, i) => folds !== null && !stoppedGap[i]);
    const present = entries.filter((e) => e !== undefined);
    if (stoppedGap.some(Boolean)) {
      // Fewer than two runs finished it before the others were stopped: nothing to compare.
      if (present.length < 2 && runs.every((_, i) => !counted[i] || entries[i])) continue;
      cutShort.add(fold);
    }
    runs.forEach((r, i) => {
      if (counted[i] && !entries[i]) missing.push({ run: r.run, fold, metric: null });
    });

    const metrics = new Map<string, MetricComparison>();
    for (const name of metricNames) {
      const values = entries.map((e) => (e === undefined ? null : (ownValue(e.metrics, name) ?? null)));
      const presentValues = values.filter((v): v is number => v !== null);
      const incomplete = runs.some((_, i) => counted[i] && values[i] === null);
      runs.forEach((r, i) => {
        if (counted[i] && entries[i] && values[i] === null) missing.push({ run: r.run, fold, metric: name });
      });
      // One value (or none) measures no spread: null, never a 0 that reads as "identical".
      const measured = presentValues.length >= 2;
      const diff = measured ? maxAbsDiff(presentValues) : null;
      metrics.set(name, {
        values,
        maxAbsDiff: diff,
        variance: measured ? populationVariance(presentValues) : null,
        matches: !incomplete && diff !== null && diff <= tolerance,
      });
    }

    const digests = present.map((e) => e.weightsSha256);
    const weightsIdentical = present.length < 2 || digests.some((d) => d === null) ? null : digests.every((d) => d === digests[0]);
    // At tolerance 0 we promise bitwise reproducibility, and differing weights break it.
    const matches = [...metrics.values()].every((m) => m.matches) && (tolerance > 0 || weightsIdentical !== false);
    // Object.fromEntries defines each name as an own property, `__proto__` included.
    folds.push({ fold, metrics: Object.fromEntries(metrics), weightsIdentical, matches });
  }

  // Folds with fewer runs in them would weigh a different spread: the variance is over those
  // every run finished, unless fail-fast left none.
  const measuredIn = (some: readonly FoldComparison[]): number[] =>
    some.flatMap((f) => Object.values(f.metrics).flatMap((m) => (m.variance === null ? [] : [m.variance])));
  const completeVariances = measuredIn(folds.filter((f) => !cutShort.has(f.fold)));
  const variances = completeVariances.length > 0 ? completeVariances : measuredIn(folds);
  const diffs = folds.flatMap((f) => Object.values(f.metrics).flatMap((m) => (m.maxAbsDiff === null ? [] : [m.maxAbsDiff])));
  // Fewer than two runs with a value anywhere: nothing was measured, and the reason says why.
  const variance = variances.length > 0 ? mean(variances) : null;
  const largest = diffs.length > 0 ? diffs.reduce((acc, d) => Math.max(acc, d), 0) : null;
  const mismatchedFolds = folds.filter((f) => !f.matches).map((f) => f.fold);

  const failed = controls.filter((r) => r.status === 'failed');
  const withResults = controls.filter((r) => r.folds.length > 0);
  // A difference between values two runs both have, whatever other runs lack.
  const metricFolds = folds.filter((f) => Object.values(f.metrics).some((m) => differs(m, tolerance)));
  const weightFolds = tolerance === 0 ? folds.filter((f) => f.weightsIdentical === false) : [];
  // At tolerance 0 any difference in the weights counts, also one the final weights no longer show.
  const traceCounts = divergence !== null && tolerance === 0;
  const shown = metricFolds.length > 0 || weightFolds.length > 0 || traceCounts;
  let verdict: Verdict;
  if (failed.length > 0 || missing.length > 0) verdict = 'error';
  else if (shown && (withResults.length >= 2 || stopped.length > 0)) verdict = 'not-reproducible';
  else if (withResults.length < 2 || stopped.length > 0) verdict = 'error';
  else verdict = 'reproducible';

  const evidence = evidenceOf(taking, folds);
  const summary = summarize({
    verdict,
    taking,
    failed,
    stopped,
    withResults,
    missing,
    folds,
    metricFolds,
    tolerance,
    largest: largest ?? 0,
    divergence,
    evidence,
  });
  const notMeasured = variance === null ? notMeasuredReason(controls, withResults) : null;
  return { verdict, summary, tolerance, variance, maxAbsDiff: largest, notMeasured, folds, mismatchedFolds, metricNames, evidence };
}

/** Where a stopped run was: the fold of its last checkpoint, where it was traced. */
function stoppedPlace(run: RunResult): string {
  const last = run.trace?.at(-1);
  if (last) return `at fold ${last.fold}`;
  return run.folds.length === 0 ? 'before finishing a fold' : `after ${plural(run.folds.length, 'fold')}`;
}

/**
 * Why no variance or difference was measured (fewer than two runs gave a value of one metric in
 * one fold), from what happened: "fail-fast stopped runs 1, 2 at fold 0", "fail-fast stopped run
 * 2 at fold 1; only run 1 has fold results", "run 2 failed; only run 1 has fold results".
 */
export function notMeasuredReason(controls: readonly RunResult[], withResults: readonly RunResult[]): string {
  const parts: string[] = [];
  const stopped = controls.filter((r) => r.status === 'stopped');
  if (stopped.length > 0) {
    const places = stopped.map(stoppedPlace);
    const where = places.every((place) => place === places[0])
      ? `${runList(stopped)} ${places[0] as string}`
      : stopped.map((r, i) => `run ${r.run} ${places[i] as string}`).join(', ');
    parts.push(`fail-fast stopped ${where}`);
  }
  const failed = controls.filter((r) => r.status === 'failed');
  if (failed.length > 0) parts.push(`${runList(failed)} failed`);
  if (withResults.length === 1) parts.push(`only run ${(withResults[0] as RunResult).run} has fold results`);
  else if (withResults.length === 0 && parts.length === 0) parts.push('no run has fold results');
  else if (withResults.length > 1) parts.push('no fold was finished by two runs');
  return parts.join('; ');
}

/**
 * What the comparison saw: the folds whose metrics and final weights it compared, and the
 * checkpoints the locator compares (locateDivergence walks the traces in step, as far as the
 * shortest goes); none where some run wrote no trace.
 */
function evidenceOf(taking: readonly RunResult[], folds: readonly FoldComparison[]): Evidence {
  const traced = taking.length >= 2 && taking.every((run) => (run.trace?.length ?? 0) > 0);
  return {
    metricFolds: folds.length,
    weightFolds: folds.filter((f) => f.weightsIdentical !== null).length,
    tracedCheckpoints: traced ? Math.min(...taking.map((run) => run.trace?.length ?? 0)) : 0,
  };
}

/**
 * "metrics and final weights of 3 folds and 1,204 traced checkpoints": what a bitwise-identical
 * verdict rests on; with nothing but metrics, says so and how to get the weights compared.
 */
export function restsOn(evidence: Evidence): string {
  const { metricFolds, weightFolds, tracedCheckpoints } = evidence;
  const parts = [
    weightFolds === metricFolds && weightFolds > 0
      ? `metrics and final weights of ${plural(metricFolds, 'fold')}`
      : `metrics of ${plural(metricFolds, 'fold')}`,
  ];
  if (weightFolds > 0 && weightFolds < metricFolds) parts.push(`final weights of ${weightFolds}`);
  if (tracedCheckpoints > 0) parts.push(`${withCommas(tracedCheckpoints)} traced ${tracedCheckpoints === 1 ? 'checkpoint' : 'checkpoints'}`);
  return parts.length === 1 ? parts[0]! : `${parts.slice(0, -1).join(', ')} and ${parts.at(-1)}`;
}

/** Where only metrics were compared: why the weights were not, and how to get them compared. */
export const WEIGHTS_NOT_COMPARED = 'weights not compared: no run wrote a trace; see docs/trace-format.md, or the tf_repro Python package';

/** Two values present that differ beyond the tolerance (a NaN against a number included). */
function differs(m: MetricComparison, tolerance: number): boolean {
  return m.maxAbsDiff !== null && m.maxAbsDiff > tolerance;
}

interface SummaryInput {
  verdict: Verdict;
  taking: readonly RunResult[];
  failed: readonly RunResult[];
  stopped: readonly RunResult[];
  withResults: readonly RunResult[];
  missing: ReadonlyArray<{ run: number; fold: number; metric: string | null }>;
  folds: readonly FoldComparison[];
  /** Folds where a metric differs between two runs that have it. */
  metricFolds: readonly FoldComparison[];
  tolerance: number;
  largest: number;
  divergence: Divergence | null;
  evidence: Evidence;
}

function summarize(s: SummaryInput): string {
  if (s.verdict === 'error') {
    const reasons: string[] = [];
    if (s.failed.length > 0) {
      const first = s.failed[0] as RunResult;
      reasons.push(`${runList(s.failed)} failed (${first.error ?? 'no error message'})`);
    }
    if (s.withResults.length < 2) {
      reasons.push(`${s.withResults.length === 1 ? 'only 1 run' : 'no run'} produced results; at least 2 are needed to compare`);
    }
    if (s.missing.length > 0) {
      const m = s.missing[0] as { run: number; fold: number; metric: string | null };
      const what = m.metric === null ? `fold ${m.fold}` : `${m.metric} of fold ${m.fold}`;
      const more = s.missing.length > 1 ? ` (and ${s.missing.length - 1} more missing)` : '';
      reasons.push(`${what} is missing from run ${m.run}${more}`);
    }
    // A failure explains why the others stopped; otherwise say what stopped them and what is left.
    if (s.stopped.length > 0 && s.failed.length === 0) reasons.push(stoppedReason(s));
    const kept = s.withResults.length > 0 ? "; finished runs' results are kept" : '';
    return `Error: ${reasons.join('; ')}${kept}.`;
  }

  const weightOnly = s.folds.filter((f) => f.weightsIdentical === false && Object.values(f.metrics).every((m) => m.matches)).map((f) => f.fold);
  const weightNote = weightOnly.length > 0 ? `weights differ in ${foldList(weightOnly)} although metrics match` : '';
  const size = `${s.taking.length} runs × ${plural(s.folds.length, 'fold')}`;

  if (s.verdict === 'reproducible') {
    if (s.tolerance > 0) {
      const note = weightNote ? `; ${weightNote}` : '';
      return `Reproducible: ${size} agreed within tolerance ${s.tolerance} (largest difference ${formatDiff(s.largest)})${note}.`;
    }
    const { weightFolds, tracedCheckpoints } = s.evidence;
    return weightFolds === 0 && tracedCheckpoints === 0
      ? `Reproducible: ${size} gave bitwise-identical metrics (${WEIGHTS_NOT_COMPARED}).`
      : `Reproducible: ${size}: ${restsOn(s.evidence)}, all bitwise identical.`;
  }

  const cut =
    s.stopped.length > 0
      ? `; fail-fast then stopped ${runList(s.stopped)}, so the folds ${s.stopped.length === 1 ? 'it' : 'they'} did not finish are not compared`
      : '';
  const metricsDiffer = s.metricFolds.length > 0 ? metricsSentence(s.metricFolds) : '';
  if (s.divergence && s.stopped.length > 0) {
    return `Not reproducible: ${describeDivergence(s.divergence)}${metricsDiffer ? `; ${metricsDiffer}` : ''}${cut}.`;
  }
  if (!metricsDiffer) {
    // At tolerance 0 every metric agrees, yet the weights do not: nothing in the metrics would show it.
    const where = s.divergence ? `; ${describeDivergence(s.divergence)}` : '';
    if (weightOnly.length > 0)
      return `Not reproducible: hidden non-determinism: metrics agree but the weights differ in ${foldList(weightOnly)}${where}${cut}.`;
    const agree = s.folds.length > 0 && s.folds.every((f) => f.weightsIdentical === true) ? 'metrics and final weights agree' : 'metrics agree';
    const parted = s.divergence ? describeDivergence(s.divergence) : 'the runs differ';
    return `Not reproducible: hidden non-determinism: ${agree} but ${parted}${cut}.`;
  }
  const note = weightNote ? `; ${weightNote}` : '';
  return `Not reproducible: ${metricsDiffer}${note}${cut}.`;
}

/** "folds 2, 5 differ; largest difference 3e-4 in accuracy (fold 5)". */
function metricsSentence(metricFolds: readonly FoldComparison[]): string {
  // Where the largest difference sits, for the sentence.
  let at = { fold: -1, metric: '', diff: -1 };
  for (const f of metricFolds) {
    for (const [metric, m] of Object.entries(f.metrics)) {
      if (m.maxAbsDiff !== null && m.maxAbsDiff > at.diff) at = { fold: f.fold, metric, diff: m.maxAbsDiff };
    }
  }
  const differ = `${foldList(metricFolds.map((f) => f.fold))} ${metricFolds.length === 1 ? 'differs' : 'differ'}`;
  return `${differ}; largest difference ${formatDiff(at.diff)} in ${at.metric} (fold ${at.fold})`;
}

/** Why runs that fail-fast stopped leave no verdict: nothing they finished differs (as the tolerance counts). */
function stoppedReason(s: SummaryInput): string {
  const were = `${runList(s.stopped)} ${s.stopped.length === 1 ? 'was' : 'were'} stopped early`;
  if (s.divergence && s.tolerance > 0) {
    return `${were} at a difference in the weights that tolerance ${s.tolerance} allows (${describeDivergence(s.divergence)}), and nothing that finished differs beyond it: set fail-fast to false to train everything`;
  }
  return `${were}, yet nothing that finished differs: the rest is not compared`;
}
