// The job summary's parts that are its own (report/render.ts puts the sections together): the
// verdict's headline, the numbers, the settings in a line, per fold a row per metric (each run's
// values folded away), timing and the environment. Pure: a report in, markdown out.
import type { Report } from '../contracts/report.js';
import type { RunFingerprint } from '../contracts/run-result.js';
import { fingerprintRows, type FingerprintKit } from '../comparison/fingerprint.js';
import { inertMarkdown, markdownTable, markdownTableLines, measured, notMeasuredWords, runGpus, scientific, seconds } from './format.js';
import { chunks, foldViews, foldsWhereRunsDiffer, type FoldView } from './fold-view.js';
import { cut } from './shorten.js';
import { commandTable } from './own-training.js';
import { plural } from '../util/text.js';
import { reportStepVerdict } from './variations.js';
import { runList } from './agreement.js';

const VERDICT_HEADLINE = {
  reproducible: '✅ Reproducible',
  'not-reproducible': '❌ Not reproducible',
  'condition-sensitive': '❌ Reproducible only in identical conditions',
  error: '⚠️ Error',
} as const;

export function verdictHeadline(report: Report): string {
  return VERDICT_HEADLINE[reportStepVerdict(report)];
}

/** "runs 2 · folds 3 · …", in the inputs' own names. */
export function settingsLine(report: Report, escape: (text: string) => string = inertMarkdown): string {
  const s = report.settings;
  const backendsRan = [...new Set(report.runs.map((run) => run.environment?.backend).filter(Boolean))].join('/');
  const parts: [string, unknown][] = [
    ['runs', s.runs],
    ['folds', s.folds],
    ['epochs', s.epochs],
    ['batch-size', s.batchSize],
    ['validation-split', s.validationSplit],
    ['seed', s.seed],
    ['samples', s.samples === 0 ? '0 (all)' : s.samples],
    ['deterministic', s.deterministic],
    ['backend', s.backend === undefined ? undefined : `${s.backend}${backendsRan && backendsRan !== s.backend ? ` (ran on ${backendsRan})` : ''}`],
    ['threads', s.threads],
    ['libtensorflow', s.libtensorflow ?? undefined],
    ['parallel', s.command ? undefined : s.parallel],
    // What fail-fast skips changes the variance: it is one of the settings behind the numbers.
    ['fail-fast', s.failFast],
    ['dataset', s.dataset === undefined ? undefined : (s.dataset ?? 'embedded MNIST')],
    ['model', s.model ?? undefined],
    ['command', s.command?.command],
    ['framework', s.command?.framework],
    ['tolerance', s.tolerance],
    // A shard leg's report (issue #13, part 1).
    ['shard', s.shard ? `${s.shard.index}/${s.shard.count}` : undefined],
    // Variations (issue 23): they add runs, never change the control runs' numbers.
    ['vary', s.vary?.length ? s.vary.join(', ') : undefined],
    ['fail-on-variation', s.vary?.length ? s.failOnVariation : undefined],
  ];
  const known = parts.filter(([, value]) => value !== undefined).map(([name, value]) => `${name} ${escape(String(value))}`);
  return known.length > 0 ? known.join(' · ') : escape(s.source);
}

/** Metric names are user text and may be long; a table cell shows this much of one (report.json has it whole). */
const METRIC_NAME_CHARS = 60;
/** Folds per table of each run's values: with the run's column, 8 columns, narrow enough for any page. */
const FOLDS_PER_TABLE = 7;

const MARK = { match: '✅', mismatch: '❌', note: '⚠️' } as const;

const metricLabel = (name: string): string => inertMarkdown(cut(name, METRIC_NAME_CHARS));
const tableCell = (text: string): string => text.replaceAll('|', '\\|');

/** The per-fold table and each run's values, laid out once: each rendering takes its first folds. */
export interface FoldTables {
  views: FoldView[];
  /** Per fold, its rows of the per-fold table. */
  rows: string[][];
  matching: number;
}

const FOLD_HEADER = ['fold', 'metric', 'value', 'max Δ', 'variance', 'runs that agree', ''];

function foldRows(view: FoldView): string[] {
  const rows = view.rows.map((row, i) => [
    i === 0 ? String(view.fold) : '',
    row.metric === null ? '_weights_' : metricLabel(row.metric),
    row.value,
    row.maxAbsDiff,
    row.variance,
    tableCell(row.agreement),
    MARK[row.mark],
  ]);
  return markdownTableLines(FOLD_HEADER, rows.length > 0 ? rows : [[String(view.fold), '—', '—', '', '', '', '']]).slice(2);
}

export function foldTables(report: Report): FoldTables {
  const views = foldViews(report);
  return { views, rows: views.map(foldRows), matching: report.comparison.folds.filter((fold) => fold.matches).length };
}

/** What the table's columns mean, in one line above it. */
function foldTableLead(report: Report): string {
  const { tolerance } = report.comparison;
  const grouped = tolerance > 0 ? `values within ${tolerance} of each other` : 'bitwise-equal values';
  return `_value_: the value every run gave, or the range across runs; _max Δ_, _variance_: across runs; _runs that agree_: groups of runs with ${grouped}.`;
}

/** The per-fold table of the first `shown` folds: a lead line, then the table. */
export function foldTableMarkdown(report: Report, tables: FoldTables, shown: number): string {
  if (tables.rows.length === 0) return '_No fold was finished by two runs, so no fold is compared._';
  return [foldTableLead(report), '', ...markdownTableLines(FOLD_HEADER, []), ...tables.rows.slice(0, shown).flat()].join('\n');
}

/**
 * Each run's value of each metric, in the first `shown` folds where runs differ: per metric,
 * tables of a row per run and a column per fold, folded in a <details>. null where runs differ in
 * none (the per-fold table shows each value once).
 */
export function perRunMarkdown(report: Report, tables: FoldTables, shown: number): string | null {
  const runs = report.runs.map((run) => String(run.run));
  const sections: string[] = [];
  let folds = 0;
  report.comparison.metricNames.forEach((name, m) => {
    const differing = foldsWhereRunsDiffer(tables.views.slice(0, shown), m);
    if (differing.length === 0) return;
    folds = Math.max(folds, differing.length);
    sections.push(`**${metricLabel(name)}**`);
    for (const piece of chunks(differing, FOLDS_PER_TABLE)) {
      sections.push(
        markdownTable(
          ['run', ...piece.map((view) => `fold ${view.fold}`)],
          runs.map((run, r) => [run, ...piece.map((view) => view.perRun?.[m]?.[r] ?? '—')]),
        ),
      );
    }
  });
  if (sections.length === 0) return null;
  return [
    '<details>',
    `<summary>Each run's values where the runs differ (${plural(folds, 'fold')})</summary>`,
    '',
    sections.join('\n\n'),
    '',
    '</details>',
  ].join('\n');
}

export function timingTable(report: Report): string {
  // The GPUs column only where some process was pinned to one (runs/placement.ts).
  const gpus = report.runs.some((run) => runGpus(run) !== null);
  const rows = report.runs.map((run) => [
    `run ${run.run}`,
    run.status,
    seconds(run.durationSeconds),
    String(run.folds.length),
    ...(gpus ? [inertMarkdown(runGpus(run) ?? '—')] : []),
  ]);
  rows.push(['**total**', '', `**${seconds(report.durationSeconds)}**`, '', ...(gpus ? [''] : [])]);
  return markdownTable(['run', 'status', 'time', 'folds done', ...(gpus ? ['GPUs (`CUDA_VISIBLE_DEVICES`)'] : [])], rows);
}

/**
 * The environment the numbers came from: the training process's fingerprint or, for a command,
 * which tf-repro does not see inside, the command and the variables each run got.
 */
export function environmentSection(report: Report): { heading: string; foldedTitle: string; body: string } {
  if (report.command) {
    const env = report.environment;
    const body = env ? `${commandTable(report.command)}\n\n${fingerprintTable(env, 'as the first run got it')}` : commandTable(report.command);
    return { heading: 'Command', foldedTitle: 'Command and the variables each run got', body };
  }
  return { heading: 'Environment', foldedTitle: 'Environment fingerprint', body: environmentTable(report) };
}

/** How the job summary and the comment write a fingerprint's values. */
const MARKDOWN_FINGERPRINT: FingerprintKit = {
  text: inertMarkdown,
  code: (text) => `\`${inertMarkdown(text)}\``,
  list: (items) => items.join('<br>'),
  seconds,
};

/** The fingerprint's rows (comparison/fingerprint.ts), as the run saw them. */
function fingerprintTable(env: RunFingerprint, seenBy: string): string {
  return markdownTable(
    ['', seenBy],
    fingerprintRows(env, MARKDOWN_FINGERPRINT, '_unset_').map((row) => [row.label, row.value]),
  );
}

function environmentTable(report: Report): string {
  const env = report.environment;
  if (!env) return '_No training process reported its environment._';
  return fingerprintTable(env, 'as the training process saw it');
}

/** "2 of 2 runs finished", "0 of 3 runs finished, 3 stopped by fail-fast". */
export function runsDone(report: Report): string {
  const count = (status: Report['runs'][number]['status']) => report.runs.filter((run) => run.status === status).length;
  const stopped = count('stopped');
  return `${count('ok')} of ${plural(report.runs.length, 'run')} finished${stopped > 0 ? `, ${stopped} stopped by fail-fast` : ''}`;
}

/** "3 folds each", or per run where they differ: "3 folds in run 1, 0 folds in run 2" (the folds each run finished). */
export function foldsDone(report: Report): string {
  const byCount = new Map<number, number[]>();
  for (const run of report.runs) byCount.set(run.folds.length, [...(byCount.get(run.folds.length) ?? []), run.run]);
  if (byCount.size <= 1) return `${plural([...byCount.keys()][0] ?? 0, 'fold')} each`;
  return [...byCount]
    .sort(([a], [b]) => b - a)
    .map(([count, runs]) => `${plural(count, 'fold')} in ${runList(runs)}`)
    .join(', ');
}

export function summaryNumbers(report: Report): string {
  return markdownTable(
    ['', ''],
    [
      ['variance (mean over folds and metrics)', report.variance === null ? inertMarkdown(notMeasuredWords(report.notMeasured)) : scientific(report.variance)],
      ['largest difference', measured(report.maxAbsDiff)],
      ['runs', `${runsDone(report)}${foldsDone(report).endsWith(' each') ? ', ' : '; '}${foldsDone(report)}`],
      ['time', seconds(report.durationSeconds)],
    ],
  );
}

/**
 * GitHub shows at most 1 MiB (1,048,576 bytes) of a step's summary and drops the whole summary
 * when it is longer; this leaves room for what else the step may write.
 */
export const SUMMARY_LIMIT_BYTES = 1_000_000;

/** The job summary's per-fold section: the first `shown` folds' rows, then each run's values where runs differ. */
export function perFoldSection(report: Report, tables: FoldTables, shown: number): string[] {
  const folds = report.comparison.folds.length;
  const perRun = perRunMarkdown(report, tables, shown);
  return [
    `### Per fold${shown < folds ? ` (the first ${shown} of ${folds})` : ''}`,
    foldTableMarkdown(report, tables, shown),
    ...(perRun === null ? [] : [perRun]),
  ];
}
