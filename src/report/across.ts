// Complete checks of several runners (matrix legs) compared, in two verdicts: reproducible within
// each runner (each leg's own verdict) and identical across them (per fold, which legs agree, by
// weights digest and metrics at the legs' tolerance, grouped as agreement.ts groups runs). Each leg
// is one run of the comparison, the first of its runs that finished the fold, so the comparison is
// compare.ts's own. The legs' environment fingerprints are lined up field by field, the fields
// that differ marked: that is where a cross-runner difference comes from. Pure.
import { basename, dirname } from 'node:path';
import type { AcrossComparison, AcrossFold, AcrossLeg, LegVariations } from '../contracts/across.js';
import type { Comparison, Report } from '../contracts/report.js';
import type { FoldResult, RunFingerprint, RunResult } from '../contracts/run-result.js';
import type { CheckSettings } from '../contracts/settings.js';
import type { Verdict } from '../contracts/verdict.js';
import { compareRuns, foldsByIndex } from '../comparison/compare.js';
import { ownValue } from '../util/records.js';
import { controlRuns } from '../comparison/run-roles.js';
import { lineUpFingerprints } from '../comparison/fingerprint.js';
import { groupRunsByText, groupRunsByValue, runList } from './agreement.js';
import { buildReport } from './build.js';
import { ACROSS_SETTINGS } from '../inputs/setting-roles.js';
import { cut, plural } from '../util/text.js';
import { MAX_LABEL_LENGTH } from '../inputs/settings.js';

/** One leg as read from its report.json (engine/across.ts reads and checks it). */
export interface LegReport {
  file: string;
  /** The report's label; null in a report of a tf-repro that wrote none. */
  label: string | null;
  verdict: Verdict;
  summary: string;
  tolerance: number;
  toolVersion: string;
  durationSeconds: number;
  settings: Partial<CheckSettings> & { source: string };
  /** Every run of the leg, with its role: only the control runs stand for the leg. */
  runs: RunResult[];
  environment: RunFingerprint | null;
  errors: string[];
  /** Its own variation results (`vary`); null or absent where it varied nothing. */
  variations?: LegVariations | null;
}

/**
 * What legs must agree on to be compared, by input name: the tf-repro version, then the settings
 * whose SETTING_ROLES row enters `across`. A model file's path is made absolute, and workspaces
 * lie in different places on different runners: its file name counts.
 */
const DECIDING: readonly [string, (leg: LegReport) => unknown][] = [
  ['tf-repro version', (leg) => leg.toolVersion],
  ...ACROSS_SETTINGS.map(({ input, field, read }): [string, (leg: LegReport) => unknown] => [
    input,
    (leg) => {
      const value = read(leg.settings);
      return field === 'model' && typeof value === 'string' ? basename(value) : value;
    },
  ]),
];

const settingText = (value: unknown): string =>
  value === undefined || value === null ? 'none' : typeof value === 'string' ? `'${value}'` : JSON.stringify(value);

/**
 * How `leg` differs from `first` in what decides the numbers: "epochs 1 in a/report.json, 2 in
 * b/report.json". Empty: the same check. The backend, threads and the like are the runner's, not
 * the check's: they are what across compares.
 */
export function checkDifferences(first: LegReport, leg: LegReport): string[] {
  return DECIDING.flatMap(([name, read]) => {
    const [a, b] = [settingText(read(first)), settingText(read(leg))];
    return a === b ? [] : [`${name} ${a} in ${first.file}, ${b} in ${leg.file}`];
  });
}

/** Why a leg's report is not a complete check that across can compare; null where it is one. */
export function incompleteReason(leg: LegReport & { shard: string | null; isAcross: boolean }): string | null {
  const merge = 'merge the shards first and give across the merged report';
  if (leg.isAcross) return "is an across report itself: give across the legs' own report.json files";
  if (leg.shard !== null) return `is a partial report (shard ${leg.shard}) of a sharded check: ${merge}`;
  const { folds, command, onlyFolds } = leg.settings;
  if (typeof folds !== 'number' && !command) {
    return 'is not the report of a check (it has no settings such as folds: tf-repro compare writes such reports); give the report.json that a check (the action, tf-repro run) wrote in its report-dir';
  }
  if (Array.isArray(onlyFolds)) return `trained only folds ${onlyFolds.join(', ')}: a partial report; ${merge}`;
  if (typeof folds === 'number' && !command) {
    const controls = controlRuns(leg.runs);
    const found = new Set(controls.flatMap((run) => run.folds.map((fold) => fold.fold)));
    const cutShort = controls.some((run) => run.status !== 'ok');
    const absent = Array.from({ length: folds }, (_, f) => f).filter((f) => !found.has(f));
    if (!cutShort && absent.length > 0) {
      const listed = absent.length <= 10 ? absent.join(', ') : `${absent.slice(0, 10).join(', ')} and ${absent.length - 10} more`;
      return `holds ${found.size} of its ${folds} folds (no result for fold${absent.length === 1 ? '' : 's'} ${listed}) although no run failed or was stopped: a partial report (one shard of a sharded check?); ${merge}`;
    }
  }
  return null;
}

export interface AcrossOptions {
  failOnCrossRunnerDifference: boolean;
}

/** "leg 2", "legs 1, 2", "legs 1–4, 6". */
export function legList(legs: readonly number[]): string {
  return runList(legs).replace(/^run(s?) /, 'leg$1 ');
}

/**
 * Each leg's name: its label, or the name of the folder its report lies in (actions/download-artifact
 * puts each artifact in a folder of its name), at most MAX_LABEL_LENGTH characters; a name that two
 * legs share gets " (2)", " (3)".
 */
export function legLabels(legs: readonly Pick<LegReport, 'file' | 'label'>[]): string[] {
  // A label read from a leg's report is user text of any length: cut as the label input is.
  const names = legs.map((leg) => cut(leg.label ?? (basename(dirname(leg.file)) || leg.file), MAX_LABEL_LENGTH));
  const seen = new Map<string, number>();
  return names.map((name) => {
    const count = (seen.get(name) ?? 0) + 1;
    seen.set(name, count);
    return count === 1 ? name : `${name} (${count})`;
  });
}

/** A leg as one run: per fold, the first of its control runs that has it. */
function legAsRun(leg: LegReport, number: number): RunResult {
  const folds = new Map<number, FoldResult>();
  for (const run of controlRuns(leg.runs)) for (const fold of run.folds) if (!folds.has(fold.fold)) folds.set(fold.fold, fold);
  return {
    run: number,
    role: 'control',
    status: 'ok',
    error: null,
    startedAt: leg.runs[0]?.startedAt ?? '',
    durationSeconds: leg.durationSeconds,
    folds: [...folds.values()].sort((a, b) => a.fold - b.fold),
    environment: leg.environment,
    warnings: [],
  };
}

/**
 * Which legs agree in one fold: every metric in the same group of groupRunsByValue and, at
 * tolerance 0 where every leg has a digest, the same weights. A leg without a value of some
 * metric is missing.
 */
export function legGroups(
  fold: Comparison['folds'][number],
  metricNames: readonly string[],
  digests: readonly (string | null)[],
  legs: readonly number[],
  tolerance: number,
): { groups: number[][]; missing: number[] } {
  const missing = new Set<number>();
  const keys = new Map<number, string[]>(legs.map((leg) => [leg, []]));
  const addPartition = (partition: { groups: number[][]; missing: number[] }): void => {
    for (const leg of partition.missing) missing.add(leg);
    partition.groups.forEach((group, g) => group.forEach((leg) => keys.get(leg)?.push(String(g))));
  };
  for (const name of metricNames) {
    const metric = ownValue(fold.metrics, name);
    addPartition(groupRunsByValue(metric?.values ?? legs.map(() => null), legs, tolerance));
  }
  if (tolerance === 0 && digests.every((digest) => digest !== null)) addPartition(groupRunsByText(digests, legs));
  const groups = new Map<string, number[]>();
  for (const leg of legs) {
    if (missing.has(leg)) continue;
    const key = (keys.get(leg) ?? []).join('|');
    groups.set(key, [...(groups.get(key) ?? []), leg]);
  }
  // Map order is first-leg order, since the legs are visited in order.
  return { groups: [...groups.values()], missing: [...missing].sort((a, b) => a - b) };
}

/** The folds where a leg's own runs differ, by the comparison that gave its verdict. */
function foldsDifferingWithin(leg: LegReport): Set<number> {
  const participating = controlRuns(leg.runs).filter((run) => run.folds.length > 0);
  return participating.length < 2 ? new Set() : new Set(compareRuns(participating, leg.tolerance).mismatchedFolds);
}

/** The settings the legs share, as the across report shows them: without those of one runner. */
function sharedSettings(settings: LegReport['settings'], tolerance: number, options: AcrossOptions, source: string): Report['settings'] {
  const {
    // Each leg may run a different number of times: the legs' table says how many.
    runs: _runs,
    backend: _backend,
    threads: _threads,
    parallel: _parallel,
    libtensorflow: _libtensorflow,
    reportDir: _reportDir,
    label: _label,
    failOnMismatch: _fail,
    source: _source,
    ...shared
  } = settings;
  return { ...shared, tolerance, failOnCrossRunnerDifference: options.failOnCrossRunnerDifference, source };
}

const VERDICT_ORDER: Record<Verdict, number> = { reproducible: 0, 'not-reproducible': 1, error: 2 };

/** "Reproducible within each of the 3 runners", or which legs are not. */
function withinSentence(legs: readonly AcrossLeg[]): string {
  const named = (verdict: Verdict): AcrossLeg[] => legs.filter((leg) => leg.verdict === verdict);
  const list = (some: readonly AcrossLeg[]): string => some.map((leg) => `${leg.leg} ${leg.label}`).join(', ');
  const failed = named('error');
  const differ = named('not-reproducible');
  if (failed.length === 0 && differ.length === 0) return `Reproducible within each of the ${legs.length} runners`;
  const parts = [
    ...(differ.length > 0
      ? [`not reproducible within ${differ.length} of the ${legs.length} runners (${differ.length === 1 ? 'leg' : 'legs'} ${list(differ)})`]
      : []),
    ...(failed.length > 0 ? [`${failed.length} of the ${legs.length} legs ended in an error (${failed.length === 1 ? 'leg' : 'legs'} ${list(failed)})`] : []),
  ];
  const sentence = parts.join('; ');
  return sentence.charAt(0).toUpperCase() + sentence.slice(1);
}

/** The summary names this many groups of legs, then counts the rest. */
const MAX_GROUPS_NAMED = 4;

/** How the legs split in the first fold where they differ: "legs 1, 2 | leg 3", missing legs named. */
function splitText(fold: AcrossFold): string {
  const missing = fold.missing.length > 0 ? [`no result in ${legList(fold.missing)}`] : [];
  if (fold.groups.length > 2 && fold.groups.every((group) => group.length === 1)) return ['each leg differs', ...missing].join(' | ');
  const named = fold.groups.slice(0, MAX_GROUPS_NAMED).map(legList);
  const more = fold.groups.length - named.length;
  return [...named, ...(more > 0 ? [`${more} more groups`] : []), ...missing].join(' | ');
}

function acrossSentence(across: Omit<AcrossComparison, 'fingerprint'>, within: boolean): string {
  if (across.folds.length === 0) return 'across runners, no fold has a result to compare.';
  if (across.identical) {
    return `${within ? 'and' : 'but'} identical across them: every fold's ${across.tolerance > 0 ? `metrics agree within ${across.tolerance}` : 'weights and metrics are the same'} on every leg.`;
  }
  const differing = across.folds.filter((fold) => !fold.identical);
  const first = differing[0] as AcrossFold;
  const where =
    `${differing.length} of ${plural(across.folds.length, 'fold')} ${differing.length === 1 ? 'differs' : 'differ'} across runners ` +
    `(fold ${first.fold}: ${splitText(first)})`;
  const cause =
    across.differingFields.length > 0
      ? `; the fingerprints differ in ${across.differingFields.join(', ')}`
      : '; the fingerprints show no difference, so the cause is something they do not record (CPU flags, a system library, the driver)';
  return `${within ? 'but' : 'and'} not identical across them: ${where}${cause}.`;
}

/**
 * The across report: one run per leg (`runs`), compared by compare.ts (`comparison`, `variance`,
 * `maxAbsDiff`: across legs); `verdict`, the worst of the legs' own verdicts (reproducible within
 * each runner or not); `across`, both verdicts, per fold which legs agree, the fingerprints.
 * `legs` are in the order found, at least two, of one check (engine/across.ts checks both).
 */
export function buildAcrossReport(legs: readonly LegReport[], options: AcrossOptions): Report {
  const labels = legLabels(legs);
  const numbers = legs.map((_, i) => i + 1);
  const tolerances = [...new Set(legs.map((leg) => leg.tolerance))];
  const tolerance = Math.max(...tolerances);
  const runs = legs.map((leg, i) => legAsRun(leg, i + 1));
  const comparison = compareRuns(runs, tolerance);
  const within = legs.map(foldsDifferingWithin);
  const byIndex = runs.map((run) => foldsByIndex(run.folds));
  const folds: AcrossFold[] = comparison.folds.map((fold) => {
    const digests = byIndex.map((folds) => folds.get(fold.fold)?.weightsSha256 ?? null);
    const { groups, missing } = legGroups(fold, comparison.metricNames, digests, numbers, tolerance);
    return {
      fold: fold.fold,
      groups,
      missing,
      differsWithin: numbers.filter((leg) => within[leg - 1]?.has(fold.fold)),
      identical: groups.length === 1 && missing.length === 0,
    };
  });
  const acrossLegs: AcrossLeg[] = legs.map((leg, i) => ({
    leg: i + 1,
    label: labels[i] as string,
    file: leg.file,
    verdict: leg.verdict,
    summary: leg.summary,
    runs: controlRuns(leg.runs).length,
    folds: typeof leg.settings.folds === 'number' ? leg.settings.folds : new Set(controlRuns(leg.runs).flatMap((run) => run.folds.map((f) => f.fold))).size,
    tolerance: leg.tolerance,
    toolVersion: leg.toolVersion,
    durationSeconds: leg.durationSeconds,
    environment: leg.environment,
    ...(leg.variations ? { variations: leg.variations } : {}),
  }));
  const fingerprint = lineUpFingerprints(legs.map((leg) => leg.environment));
  const reproducibleWithin = legs.every((leg) => leg.verdict === 'reproducible');
  const across: AcrossComparison = {
    legs: acrossLegs,
    reproducibleWithin,
    identical: folds.length > 0 && folds.every((fold) => fold.identical),
    tolerance,
    folds,
    fingerprint,
    differingFields: fingerprint.filter((field) => field.differs).map((field) => field.field),
    failOnCrossRunnerDifference: options.failOnCrossRunnerDifference,
  };
  const summary = `${withinSentence(acrossLegs)}, ${acrossSentence(across, reproducibleWithin)}`;
  const verdict = legs.map((leg) => leg.verdict).reduce((worst, v) => (VERDICT_ORDER[v] > VERDICT_ORDER[worst] ? v : worst), 'reproducible' as Verdict);
  const source = `${plural(legs.length, 'leg')}: ${legs.map((leg) => leg.file).join(', ')}`;
  const report = buildReport({
    settings: sharedSettings(legs[0]?.settings ?? { source: '' }, tolerance, options, source),
    source,
    runs,
    comparison: { ...comparison, summary },
    durationSeconds: legs.reduce((sum, leg) => sum + leg.durationSeconds, 0),
    errors: legs.flatMap((leg, i) => (leg.verdict === 'error' ? [`leg ${i + 1} (${labels[i]}): ${leg.errors[0] ?? leg.summary}`] : [])),
  });
  return {
    ...report,
    verdict,
    summary,
    // buildReport's notes are about runs of one check; a leg's own are in its report.
    warnings: tolerances.length > 1 ? [`the legs' tolerances differ (${tolerances.join(', ')}): across compares them at the largest, ${tolerance}`] : [],
    divergence: null,
    across,
  };
}

/**
 * The verdict a step acts on: the report's, except that an across report whose legs differ is
 * not reproducible where fail-on-cross-runner-difference makes that a failure (a comment that is
 * `on-failure` is then posted).
 */
export function stepVerdict(report: Report): Verdict {
  const across = report.across;
  return report.verdict === 'reproducible' && across && !across.identical && across.failOnCrossRunnerDifference ? 'not-reproducible' : report.verdict;
}
