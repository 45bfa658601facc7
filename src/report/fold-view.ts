// The per-fold comparison as every rendering shows it, whatever the number of runs: per fold, one
// row per metric (the value once, or its range; the largest difference; the variance; which runs
// agree) and one for the weights, and each run's values for the folds where runs differ. The job
// summary, the comment and the CLI text lay these out; they compute nothing. Pure.
import type { FoldComparison, Report } from '../contracts/report.js';
import { foldsByIndex } from '../comparison/compare.js';
import { ownValue } from '../util/records.js';
import { ALL_AGREE, groupRunsByText, groupRunsByValue, groupsText } from './agreement.js';
import { distinguishingFormat, measured, shortNumber, valueOrRange } from './format.js';

/** match and mismatch: what the row does to the verdict; note: it differs, but the tolerance allows that. */
export type Mark = 'match' | 'mismatch' | 'note';

export interface RowView {
  /** The metric's name (user text, not escaped), or null for the weights' row. */
  metric: string | null;
  value: string;
  /** Empty for the weights. */
  maxAbsDiff: string;
  variance: string;
  /** "all", or "runs 1–4, 6 | run 5 | runs 7–10". */
  agreement: string;
  mark: Mark;
}

export interface FoldView {
  fold: number;
  rows: RowView[];
  /**
   * Each metric's value in each run, as shown: one list per metric of `metricNames`, one entry per
   * run, empty for a metric every run gave the same; null where every run gave the same values of
   * all, which `rows` show once.
   */
  perRun: string[][] | null;
}

/** The weights' row; none where some run has no digest (a command, a results file). */
function weightsRow(fold: FoldComparison, digests: readonly (string | null)[], runs: readonly number[], tolerance: number): RowView | null {
  if (fold.weightsIdentical === null) return null;
  return {
    metric: null,
    value: fold.weightsIdentical ? 'identical' : 'differ',
    maxAbsDiff: '',
    variance: '',
    agreement: groupsText(groupRunsByText(digests, runs)),
    mark: fold.weightsIdentical ? 'match' : tolerance > 0 ? 'note' : 'mismatch',
  };
}

const sameValues = (values: readonly (number | null)[]): boolean => values.every((v) => Object.is(v, values[0]) || v === values[0]);

/** One view per fold of the comparison, in its order. Linear in folds × metrics × runs. */
export function foldViews(report: Report): FoldView[] {
  const { comparison } = report;
  const runs = report.runs.map((run) => run.run);
  const digestsOf = report.runs.map((run) => foldsByIndex(run.folds));
  return comparison.folds.map((fold) => {
    const rows: RowView[] = [];
    const perRun: string[][] = [];
    let differs = false;
    for (const name of comparison.metricNames) {
      const metric = ownValue(fold.metrics, name);
      const values = metric?.values ?? runs.map(() => null);
      // Most folds of most checks: every run the same, shown once (and quickly, for a hundred thousand folds).
      const same = sameValues(values) && values[0] !== null;
      const format = same ? null : distinguishingFormat(values);
      if (format !== null) differs = true;
      perRun.push(format === null ? [] : values.map(format));
      if (metric === undefined) continue;
      rows.push({
        metric: name,
        value: format === null ? shortNumber(values[0] as number) : valueOrRange(values, format),
        // Two digits say how large; report.json has them whole.
        maxAbsDiff: measured(metric.maxAbsDiff, 2),
        variance: measured(metric.variance, 2),
        agreement: format === null ? ALL_AGREE : groupsText(groupRunsByValue(values, runs, comparison.tolerance)),
        mark: metric.matches ? 'match' : 'mismatch',
      });
    }
    const weights = weightsRow(
      fold,
      digestsOf.map((folds) => folds.get(fold.fold)?.weightsSha256 ?? null),
      runs,
      comparison.tolerance,
    );
    if (weights) rows.push(weights);
    return { fold: fold.fold, rows, perRun: differs ? perRun : null };
  });
}

/** The folds where runs gave different values of the metric at `metric` (its place in `metricNames`). */
export function foldsWhereRunsDiffer(views: readonly FoldView[], metric: number): FoldView[] {
  return views.filter((view) => view.perRun !== null && new Set(view.perRun[metric]).size > 1);
}

/** Splits `items` into as few pieces of at most `size` as can be, of near-equal lengths (8 by 7: 4 and 4). */
export function chunks<T>(items: readonly T[], size: number): T[][] {
  const count = Math.ceil(items.length / size);
  return Array.from({ length: count }, (_, i) => items.slice(Math.round((i * items.length) / count), Math.round(((i + 1) * items.length) / count)));
}
