// Compares the per-fold metrics (and weight digests) of several runs of the same training.

import type { Comparison, FoldComparison, MetricComparison, RunResult, Verdict } from '../contracts.js';
import { maxAbsDiff, mean, populationVariance } from './statistics.js';
import { plural } from '../util/text.js';

/** A run takes part when it finished, or when it got at least one fold done before failing. */
function participates(run: RunResult): boolean {
  return run.status === 'ok' || run.folds.length > 0;
}

/** Metric names across runs, in first-seen order. */
function metricNamesOf(runs: readonly RunResult[]): string[] {
  const names = new Set<string>();
  for (const run of runs) for (const f of run.folds) for (const name of Object.keys(f.metrics)) names.add(name);
  return [...names];
}

/**
 * The value under a metric's name, or undefined where there is none. Own properties only: a
 * name is user text, and `constructor` or `__proto__` must not find what every object inherits.
 */
export function ownValue<T>(record: Readonly<Record<string, T>>, name: string): T | undefined {
  return Object.hasOwn(record, name) ? record[name] : undefined;
}

/** Each run's folds by index, built once: looking a fold up must not scan the run's folds. */
export function foldsByIndex<T extends { fold: number }>(folds: readonly T[]): Map<number, T> {
  const byIndex = new Map<number, T>();
  for (const fold of folds) if (!byIndex.has(fold.fold)) byIndex.set(fold.fold, fold);
  return byIndex;
}

/** 3.1e-3; "infinite" where a NaN or infinity stands against a number. */
function formatDiff(x: number): string {
  if (!Number.isFinite(x)) return 'infinite (a NaN or infinity against a number)';
  if (x === 0) return '0';
  return Number(x.toPrecision(2)).toExponential();
}

function foldList(folds: readonly number[]): string {
  return `${folds.length === 1 ? 'fold' : 'folds'} ${folds.join(', ')}`;
}

function runList(runs: readonly RunResult[]): string {
  return `${runs.length === 1 ? 'run' : 'runs'} ${runs.map((r) => r.run).join(', ')}`;
}

/**
 * Compares runs fold by fold. Values are equal when |a − b| <= tolerance, so tolerance 0 means
 * exact equality. NaN policy (see statistics.ts): NaNs in the same place in every run count as
 * equal, since a failure repeated bit for bit is still reproducible; a NaN against a number is a
 * mismatch with maxAbsDiff Infinity (and variance NaN, as numpy gives).
 *
 * A value missing from a participating run (a fold a crashed run never reached, a file lacking
 * a fold) makes that metric not match and the verdict 'error'; everything is still computed over
 * the values present so the report can show how far the finished runs agree.
 */
export function compareRuns(runs: readonly RunResult[], tolerance: number): Comparison {
  const taking = runs.filter(participates);
  const metricNames = metricNamesOf(taking);
  const foldIndices = [...new Set(taking.flatMap((r) => r.folds.map((f) => f.fold)))].sort((a, b) => a - b);
  // One map per input run, so that every lookup below is constant time; non-participants have none.
  const byIndex = runs.map((r) => (participates(r) ? foldsByIndex(r.folds) : null));

  const missing: Array<{ run: number; fold: number; metric: string | null }> = [];
  const folds: FoldComparison[] = foldIndices.map((fold) => {
    // One entry per input run so values[i] lines up with runs[i]; non-participants give null.
    const entries = byIndex.map((folds) => folds?.get(fold));
    runs.forEach((r, i) => {
      if (byIndex[i] && !entries[i]) missing.push({ run: r.run, fold, metric: null });
    });

    const metrics = new Map<string, MetricComparison>();
    for (const name of metricNames) {
      const values = entries.map((e) => (e === undefined ? null : (ownValue(e.metrics, name) ?? null)));
      const present = values.filter((v): v is number => v !== null);
      const incomplete = runs.some((r, i) => participates(r) && values[i] === null);
      runs.forEach((r, i) => {
        if (participates(r) && entries[i] && values[i] === null) missing.push({ run: r.run, fold, metric: name });
      });
      const diff = maxAbsDiff(present);
      metrics.set(name, {
        values,
        maxAbsDiff: diff,
        // No value here (a metric other folds have): 0 keeps the overall mean finite.
        variance: present.length > 0 ? populationVariance(present) : 0,
        matches: !incomplete && present.length >= 2 && diff <= tolerance,
      });
    }

    const present = entries.filter((e) => e !== undefined);
    const digests = present.map((e) => e.weightsSha256);
    const weightsIdentical = present.length < 2 || digests.some((d) => d === null) ? null : digests.every((d) => d === digests[0]);
    // At tolerance 0 we promise bitwise reproducibility, and differing weights break it.
    const matches = [...metrics.values()].every((m) => m.matches) && (tolerance > 0 || weightsIdentical !== false);
    // Object.fromEntries defines each name as an own property, `__proto__` included.
    return { fold, metrics: Object.fromEntries(metrics), weightsIdentical, matches };
  });

  const all = folds.flatMap((f) => Object.values(f.metrics));
  const variance = all.length > 0 ? mean(all.map((m) => m.variance)) : 0;
  const largest = all.reduce((acc, m) => Math.max(acc, m.maxAbsDiff), 0);
  const mismatchedFolds = folds.filter((f) => !f.matches).map((f) => f.fold);

  const failed = runs.filter((r) => r.status === 'failed');
  const withResults = runs.filter((r) => r.folds.length > 0);
  let verdict: Verdict;
  if (failed.length > 0 || withResults.length < 2 || missing.length > 0) verdict = 'error';
  else verdict = mismatchedFolds.length === 0 ? 'reproducible' : 'not-reproducible';

  const summary = summarize({ verdict, taking, failed, withResults, missing, folds, tolerance, largest, mismatchedFolds });
  return { verdict, summary, tolerance, variance, maxAbsDiff: largest, folds, mismatchedFolds, metricNames };
}

interface SummaryInput {
  verdict: Verdict;
  taking: readonly RunResult[];
  failed: readonly RunResult[];
  withResults: readonly RunResult[];
  missing: ReadonlyArray<{ run: number; fold: number; metric: string | null }>;
  folds: readonly FoldComparison[];
  tolerance: number;
  largest: number;
  mismatchedFolds: readonly number[];
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
    const weightsKnown = s.folds.every((f) => f.weightsIdentical === true);
    return weightsKnown
      ? `Reproducible: ${size} gave bitwise-identical metrics and weights.`
      : `Reproducible: ${size} gave bitwise-identical metrics (weights not compared: some digests unknown).`;
  }

  const metricFolds = s.folds.filter((f) => Object.values(f.metrics).some((m) => !m.matches));
  if (metricFolds.length === 0) return `Not reproducible: ${weightNote}.`;
  // Where the largest difference sits, for the sentence.
  let at = { fold: -1, metric: '', diff: -1 };
  for (const f of metricFolds) {
    for (const [metric, m] of Object.entries(f.metrics)) {
      if (m.maxAbsDiff > at.diff) at = { fold: f.fold, metric, diff: m.maxAbsDiff };
    }
  }
  const differ = `${foldList(metricFolds.map((f) => f.fold))} ${metricFolds.length === 1 ? 'differs' : 'differ'}`;
  const note = weightNote ? `; ${weightNote}` : '';
  return `Not reproducible: ${differ}; largest difference ${formatDiff(at.diff)} in ${at.metric} (fold ${at.fold})${note}.`;
}
