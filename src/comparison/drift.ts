// Drift against a baseline: this check's per-fold results beside a saved report's (the newest
// successful run on the default branch, or a file), fold by fold and metric by metric, with the
// final weights' digests. Where the settings behind the numbers differ, they are named and the
// folds are compared anyway: the drift is then expected, and the report says so. Pure.
import type { BaselineSource, Drift, FoldDrift, MetricDrift, SettingDifference } from '../contracts/drift.js';
import type { Report } from '../contracts/report.js';
import type { FoldResult, RunResult } from '../contracts/run-result.js';
import type { Verdict } from '../contracts/verdict.js';
import { foldsByIndex } from './compare.js';
import { ownValue } from '../util/records.js';
import { controlRuns } from './run-roles.js';
import { DRIFT_COMMAND_SETTINGS, DRIFT_TRAINING_SETTINGS } from '../inputs/setting-roles.js';

/** A baseline's report.json, as much of it as the comparison needs. */
export interface BaselineReport {
  /** Its `settings`, as written (an older writer's may lack some). */
  settings: Record<string, unknown>;
  runs: RunResult[];
  createdAt: string | null;
  toolVersion: string | null;
  verdict: Verdict | null;
}

/** This check, as much of its report as the comparison needs. */
export type CurrentReport = Pick<Report, 'settings' | 'runs' | 'verdict' | 'tool'>;

export function unavailableDrift(source: BaselineSource, reason: string, tolerance: number): Drift {
  return {
    status: 'unavailable',
    reason,
    source,
    baseline: null,
    tolerance,
    settingsDiffer: [],
    comparedFolds: 0,
    onlyInBaseline: [],
    onlyInCurrent: [],
    changedFolds: [],
    weightsChanged: null,
    largest: null,
    notes: [],
  };
}

type Settings = Record<string, unknown>;

/** The command's text, where the settings have one: a check with one (on either side) is a command check. */
const commandOf = (settings: Settings): unknown =>
  typeof settings.command === 'object' && settings.command !== null ? (settings.command as Settings).command : undefined;

/** The backend that ran, where every control run that reported one agrees on it. */
function backendRan(runs: readonly RunResult[]): string | null {
  const ran = [
    ...new Set(
      controlRuns(runs)
        .map((run) => run.environment?.backend)
        .filter((backend) => backend !== undefined),
    ),
  ];
  return ran.length === 1 ? (ran[0] as string) : null;
}

function shown(name: string, value: unknown): string {
  if (value === undefined || value === null || value === '') return name === 'dataset' ? 'embedded MNIST' : 'none';
  return typeof value === 'string' ? value : JSON.stringify(value);
}

/**
 * The settings that decide the numbers and differ between the baseline and this check, in the
 * inputs' own names. The backend counts as it ran where both sides say, else as it was chosen.
 */
export function settingsThatDiffer(
  current: { settings: Settings; runs: readonly RunResult[] },
  baseline: { settings: Settings; runs: readonly RunResult[] },
): SettingDifference[] {
  const commandCheck = Boolean(commandOf(current.settings) ?? commandOf(baseline.settings));
  const differences: SettingDifference[] = [];
  for (const { input, read } of commandCheck ? DRIFT_COMMAND_SETTINGS : DRIFT_TRAINING_SETTINGS) {
    const [was, is] = [shown(input, read(baseline.settings)), shown(input, read(current.settings))];
    if (was !== is) differences.push({ name: input, baseline: was, current: is });
  }
  // SETTING_ROLES' one 'as-ran' row: the backend.
  if (!commandCheck) {
    const [wasRan, isRan] = [backendRan(baseline.runs), backendRan(current.runs)];
    const backend = (settings: Settings, ran: string | null): string => {
      const chosen = shown('backend', settings.backend);
      return ran === null || ran === chosen ? chosen : `${chosen} (ran on ${ran})`;
    };
    const differ =
      wasRan !== null && isRan !== null ? wasRan !== isRan : shown('backend', baseline.settings.backend) !== shown('backend', current.settings.backend);
    if (differ) differences.push({ name: 'backend', baseline: backend(baseline.settings, wasRan), current: backend(current.settings, isRan) });
  }
  return differences;
}

/** Per fold, the results of the first control run (in run order) that finished it: that run stands for its check. */
function foldsOfCheck(runs: readonly RunResult[]): Map<number, FoldResult> {
  const folds = new Map<number, FoldResult>();
  for (const run of controlRuns(runs).sort((a, b) => a.run - b.run)) {
    for (const [index, fold] of foldsByIndex(run.folds)) if (!folds.has(index)) folds.set(index, fold);
  }
  return folds;
}

/** Equal within `tolerance`; NaN equals NaN, as between runs (comparison/statistics.ts). */
function within(a: number, b: number, tolerance: number): boolean {
  return a === b || (Number.isNaN(a) && Number.isNaN(b)) || Math.abs(a - b) <= tolerance;
}

/** A metric that moved beyond tolerance, or that one side lacks. */
export function metricMoved(metric: MetricDrift, tolerance: number): boolean {
  return metric.baseline === null || metric.current === null || !within(metric.baseline, metric.current, tolerance);
}

function metricDrift(baseline: number | null, current: number | null): MetricDrift {
  const same = baseline !== null && current !== null && (baseline === current || (Number.isNaN(baseline) && Number.isNaN(current)));
  return { baseline, current, delta: baseline === null || current === null ? null : same ? 0 : current - baseline };
}

/** The fold's drift, or null where nothing moved beyond tolerance (at tolerance 0 the weights count too, as between runs). */
function foldDrift(index: number, was: FoldResult, is: FoldResult, tolerance: number): { drift: FoldDrift | null; weightsChanged: boolean | null } {
  const names = [...new Set([...Object.keys(was.metrics), ...Object.keys(is.metrics)])];
  let moved = false;
  const metrics = names.map((name): [string, MetricDrift] => {
    const [before, after] = [ownValue(was.metrics, name) ?? null, ownValue(is.metrics, name) ?? null];
    if (before === null || after === null || !within(before, after, tolerance)) moved = true;
    return [name, metricDrift(before, after)];
  });
  const weightsChanged = was.weightsSha256 === null || is.weightsSha256 === null ? null : was.weightsSha256 !== is.weightsSha256;
  if (tolerance === 0 && weightsChanged === true) moved = true;
  // Object.fromEntries makes every name an own property, `__proto__` included.
  return { drift: moved ? { fold: index, metrics: Object.fromEntries(metrics), weightsChanged } : null, weightsChanged };
}

/** The metric that moved most: a NaN against a number counts as the farthest. */
function largestMove(folds: readonly FoldDrift[], tolerance: number): Drift['largest'] {
  let largest: Drift['largest'] = null;
  let farthest = -1;
  for (const fold of folds) {
    for (const [metric, { baseline, current, delta }] of Object.entries(fold.metrics)) {
      if (delta === null || !metricMoved({ baseline, current, delta }, tolerance)) continue;
      const distance = Number.isNaN(delta) ? Infinity : Math.abs(delta);
      if (distance > farthest) [farthest, largest] = [distance, { fold: fold.fold, metric, delta }];
    }
  }
  return largest;
}

const sorted = (folds: Iterable<number>): number[] => [...folds].sort((a, b) => a - b);

/**
 * This check against the baseline: the folds both finished, compared by the values of the first
 * run that finished each (a reproducible check's runs all agree); tolerance is the check's own.
 * 'unavailable' when no fold was finished on both sides.
 */
export function compareWithBaseline(current: CurrentReport, baseline: BaselineReport, source: BaselineSource, tolerance: number): Drift {
  const [was, is] = [foldsOfCheck(baseline.runs), foldsOfCheck(current.runs)];
  const common = sorted([...is.keys()].filter((fold) => was.has(fold)));
  const described = {
    source,
    baseline: { createdAt: baseline.createdAt, toolVersion: baseline.toolVersion, verdict: baseline.verdict },
    tolerance,
    settingsDiffer: settingsThatDiffer(current, baseline),
    onlyInBaseline: sorted([...was.keys()].filter((fold) => !is.has(fold))),
    onlyInCurrent: sorted([...is.keys()].filter((fold) => !was.has(fold))),
  };
  if (common.length === 0) {
    const reason =
      is.size === 0
        ? 'this check finished no fold to compare'
        : was.size === 0
          ? "the baseline's report has no finished fold"
          : 'no fold was finished both by this check and by the baseline';
    return { ...unavailableDrift(source, reason, tolerance), ...described };
  }
  const changedFolds: FoldDrift[] = [];
  const weights: (boolean | null)[] = [];
  for (const index of common) {
    const { drift, weightsChanged } = foldDrift(index, was.get(index) as FoldResult, is.get(index) as FoldResult, tolerance);
    weights.push(weightsChanged);
    if (drift) changedFolds.push(drift);
  }
  const notes: string[] = [];
  if (current.verdict === 'not-reproducible')
    notes.push("this check's runs differ among themselves: the first run to finish each fold stands for it, and a drift within their own spread is noise");
  if (baseline.verdict === 'not-reproducible')
    notes.push("the baseline's runs differed among themselves: the first run to finish each fold stands for it, and a drift within their spread is noise");
  if (baseline.toolVersion !== null && baseline.toolVersion !== current.tool.version)
    notes.push(`the baseline was written by tf-repro ${baseline.toolVersion}, this check by ${current.tool.version}: a new tf-repro can move the numbers too`);
  return {
    status: changedFolds.length > 0 ? 'changed' : 'unchanged',
    reason: null,
    ...described,
    comparedFolds: common.length,
    changedFolds,
    weightsChanged: weights.includes(true) ? true : weights.includes(false) ? false : null,
    largest: largestMove(changedFolds, tolerance),
    notes,
  };
}
