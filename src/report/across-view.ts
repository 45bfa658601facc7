// The across report as every rendering shows it (the job summary, the comment, the CLI text): the
// headline's two verdicts, a row per leg, the legs × folds grid of group letters, and each leg's
// values where legs differ. The renderers lay these out; they compute nothing. Pure.
import type { AcrossComparison, AcrossLeg } from '../contracts/across.js';
import type { Report } from '../contracts/report.js';
import type { Verdict } from '../contracts/verdict.js';
import { foldsWhereRunsDiffer, foldViews } from './fold-view.js';
import { plural } from '../util/text.js';
import { notMeasuredWords } from './format.js';
import { trainingFingerprint } from '../comparison/fingerprint.js';

/** The report's across section; the renderers call this only for an across report. */
export function acrossOf(report: Report): AcrossComparison {
  if (!report.across) throw new Error('not an across report');
  return report.across;
}

/** 'A' for the first group of a fold, …, 'Z', then 'AA', 'AB': legs with the same letter agree. */
export function groupLetter(index: number): string {
  const letter = String.fromCharCode(65 + (index % 26));
  return index < 26 ? letter : `${groupLetter(Math.floor(index / 26) - 1)}${letter}`;
}

/** A cell of the grid for a leg without a result in that fold. */
export const NO_RESULT = '—';
/** Beside a leg's letter where its own runs differ in that fold. */
export const DIFFERS_WITHIN = '*';

/** The legs × folds grid: per fold (in order), per leg (in order), its group's letter, NO_RESULT, and DIFFERS_WITHIN. */
export function acrossGrid(across: AcrossComparison): { fold: number; cells: string[]; identical: boolean }[] {
  return across.folds.map((fold) => {
    const cells = across.legs.map(() => NO_RESULT);
    fold.groups.forEach((group, g) => group.forEach((leg) => (cells[leg - 1] = groupLetter(g))));
    for (const leg of fold.differsWithin) cells[leg - 1] = `${cells[leg - 1]}${DIFFERS_WITHIN}`;
    return { fold: fold.fold, cells, identical: fold.identical };
  });
}

/** What the grid's letters mean, in one sentence. */
export function gridLegend(across: AcrossComparison): string {
  const agree = across.tolerance > 0 ? `metrics within ${across.tolerance} of each other` : 'the same weights and metrics, bitwise';
  return (
    `In each fold, legs with the same letter gave ${agree}; ${NO_RESULT}: no result; ` +
    `${DIFFERS_WITHIN}: the leg's own runs differ there (its first run is compared).`
  );
}

const WITHIN_WORDS: Record<Verdict, string> = { reproducible: 'reproducible', 'not-reproducible': 'not reproducible', error: 'error' };

/** A leg's own verdict in words. */
export const withinWords = (verdict: Verdict): string => WITHIN_WORDS[verdict];

/** How many folds a leg agrees with leg 1 in: "2 of 2". */
export function foldsLikeFirst(across: AcrossComparison, leg: number): string {
  const like = across.folds.filter((fold) => fold.groups.some((group) => group.includes(1) && group.includes(leg))).length;
  return `${like} of ${across.folds.length}`;
}

/** The backend a leg trained on, with its version: "wasm 4.22.0"; for a command, "command". */
export function legBackend(leg: AcrossLeg): string {
  const env = trainingFingerprint(leg.environment);
  return env ? `${env.backend} ${env.backendVersion}` : 'command';
}

/** The headline's two verdicts, in words, each with its mark. */
export function acrossHeadline(report: Report): { within: string; across: string } {
  const across = acrossOf(report);
  const within =
    report.verdict === 'reproducible'
      ? '✅ Reproducible within each runner'
      : report.verdict === 'error'
        ? '⚠️ Error in a leg'
        : '❌ Not reproducible within every runner';
  // A difference across is a failure only where the workflow asked for that; else a notice.
  const differs = across.failOnCrossRunnerDifference ? '❌ differs across runners' : '⚠️ differs across runners';
  return { within, across: across.identical ? '✅ identical across runners' : differs };
}

/** The numbers of an across report, as label and value. */
export function acrossNumbers(report: Report, time: (seconds: number) => string, scientific: (value: number) => string): [string, string][] {
  const across = acrossOf(report);
  const identical = across.folds.filter((fold) => fold.identical).length;
  return [
    ['legs', `${plural(across.legs.length, 'leg')}, ${across.legs.filter((leg) => leg.verdict === 'reproducible').length} reproducible within itself`],
    ['folds identical on every leg', `${identical} of ${across.folds.length}`],
    ['variance across legs (mean over folds and metrics)', report.variance === null ? notMeasuredWords(report.notMeasured) : scientific(report.variance)],
    ['largest difference across legs', report.maxAbsDiff === null ? notMeasuredWords(null) : scientific(report.maxAbsDiff)],
    ["the legs' time, added up", time(report.durationSeconds)],
  ];
}

/**
 * Each leg's value of each metric in the folds where legs differ, among the first `shown` folds:
 * per metric, the folds and per fold a value per leg (fold-view.ts's formatting). Empty where
 * legs agree.
 */
export function valuesWhereLegsDiffer(report: Report, shown: number): { metric: string; folds: { fold: number; values: string[] }[] }[] {
  const views = foldViews(report).slice(0, shown);
  return report.comparison.metricNames.flatMap((metric, m) => {
    const folds = foldsWhereRunsDiffer(views, m).map((view) => ({ fold: view.fold, values: view.perRun?.[m] ?? [] }));
    return folds.length === 0 ? [] : [{ metric, folds }];
  });
}
