// The job summary: verdict first, then what was run, the folds × runs table, variance, timing and
// the environment. Pure: a report in, markdown out.
import type { FoldComparison, Report } from '../contracts.js';
import { exact, inertMarkdown, markdownTable, markdownTableLines, scientific, seconds } from './format.js';
import { ALL_NOTES, FEW_NOTES, MINIMAL_SUMMARY_CHARS, cut, fitToLimit, noteLines, shortenedNote, type Shape } from './shorten.js';
import { ownValue } from '../comparison/compare.js';
import { ownTrainingMarkdown } from './own-training.js';
import { plural } from '../util/text.js';

const VERDICT_HEADLINE = {
  reproducible: '✅ Reproducible',
  'not-reproducible': '❌ Not reproducible',
  error: '⚠️ Error',
} as const;

export function verdictHeadline(report: Report): string {
  return VERDICT_HEADLINE[report.verdict];
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
    ['parallel', s.command ? undefined : s.parallel],
    ['dataset', s.dataset === undefined ? undefined : (s.dataset ?? 'embedded MNIST')],
    ['model', s.model ?? undefined],
    ['command', s.command?.command],
    ['framework', s.command?.framework],
    ['tolerance', s.tolerance],
  ];
  const known = parts.filter(([, value]) => value !== undefined).map(([name, value]) => `${name} ${escape(String(value))}`);
  return known.length > 0 ? known.join(' · ') : escape(s.source);
}

function foldMark(fold: FoldComparison): string {
  return fold.matches ? '✅' : '❌';
}

/**
 * The per-fold table's lines (header, separator, one row per fold). Rows: folds. Columns: each
 * metric's value in each run, then the fold's largest difference and variance.
 */
export function foldTableLines(report: Report): string[] {
  const { comparison } = report;
  const runLabels = report.runs.map((run) => `run ${run.run}`);
  const header = ['fold'];
  for (const metric of comparison.metricNames) for (const run of runLabels) header.push(`${inertMarkdown(metric)} (${run})`);
  header.push('max \\|Δ\\|', 'variance', 'weights', '');
  const rows = comparison.folds.map((fold) => {
    const metrics = comparison.metricNames.map((name) => ownValue(fold.metrics, name));
    const row = [String(fold.fold)];
    for (const metric of metrics) for (const value of metric?.values ?? runLabels.map(() => null)) row.push(exact(value));
    const maxDiff = metrics.reduce((largest, m) => Math.max(largest, m?.maxAbsDiff ?? 0), 0);
    const variance = metrics.reduce((sum, m) => sum + (m?.variance ?? 0), 0) / Math.max(1, metrics.length);
    const weights = fold.weightsIdentical === null ? 'n/a' : fold.weightsIdentical ? 'identical' : 'differ';
    row.push(scientific(maxDiff), scientific(variance), weights, foldMark(fold));
    return row;
  });
  return markdownTableLines(header, rows);
}

export function foldTable(report: Report): string {
  return foldTableLines(report).join('\n');
}

export function timingTable(report: Report): string {
  const rows = report.runs.map((run) => [`run ${run.run}`, run.status, seconds(run.durationSeconds), String(run.folds.length)]);
  rows.push(['**total**', '', `**${seconds(report.durationSeconds)}**`, '']);
  return markdownTable(['run', 'status', 'time', 'folds done'], rows);
}

export function environmentTable(report: Report): string {
  const env = report.environment;
  if (!env) return report.command ? "_tf-repro does not see inside a command: the variables it gave each run are under Command._" : '_No training process reported its environment._';
  const rows: string[][] = [
    ['Node.js', env.node],
    ['platform', env.platform],
    ['CPU', `${inertMarkdown(env.cpuModel)} × ${env.cpuCount}`],
    ['TensorFlow.js', env.tfjsVersion],
    ['backend', `${env.backend} ${env.backendVersion} (${inertMarkdown(env.backendDetail)})`],
    ['threads', String(env.threads)],
    ...(env.gpus && env.gpus.length > 0 ? [['GPUs', env.gpus.map((g) => `${g.index}: ${inertMarkdown(g.name)} (driver ${g.driverVersion})`).join('<br>')]] : []),
    ...(env.cudaVersion !== undefined && env.gpus?.length ? [['CUDA / cuDNN found', `${env.cudaVersion ?? 'unknown'} / ${env.cudnnVersion ?? 'unknown'}`]] : []),
    ...(env.libtensorflowVersion ? [['libtensorflow', inertMarkdown(env.libtensorflowVersion)]] : []),
    ...(env.oneDnn != null ? [['oneDNN', env.oneDnn ? 'on' : 'off']] : []),
    ...(env.cudaVisibleDevices ? [['`CUDA_VISIBLE_DEVICES`', `\`${inertMarkdown(env.cudaVisibleDevices)}\``]] : []),
    ...Object.entries(env.determinismVariables).map(([name, value]) => [`\`${name}\``, value === null ? '_unset_' : `\`${inertMarkdown(value)}\``]),
  ];
  return markdownTable(['', 'as the training process saw it'], rows);
}

export function summaryNumbers(report: Report): string {
  const runsOk = report.runs.filter((run) => run.status === 'ok').length;
  return markdownTable(
    ['', ''],
    [
      ['variance (mean over folds and metrics)', scientific(report.variance)],
      ['largest difference', scientific(report.maxAbsDiff)],
      ['runs', `${runsOk} of ${plural(report.runs.length, 'run')} finished, ${plural(report.comparison.folds.length, 'fold')} each`],
      ['time', seconds(report.durationSeconds)],
    ],
  );
}

/**
 * GitHub shows at most 1 MiB (1,048,576 bytes) of a step's summary and drops the whole summary
 * when it is longer; this leaves room for what else the step may write.
 */
export const SUMMARY_LIMIT_BYTES = 1_000_000;

const utf8Bytes = (text: string): number => Buffer.byteLength(text, 'utf8');

function renderSummary(report: Report, shape: Shape, full: Shape, table: readonly string[]): string {
  const folds = report.comparison.folds.length;
  const shortened = shortenedNote(report, shape, full, "GitHub's limit of 1 MiB for a job summary", 'report.json has everything');
  const perFold =
    shape.foldRows === null
      ? []
      : [`### Per fold${shape.foldRows < folds ? ` (the first ${shape.foldRows} of ${folds})` : ''}`, table.slice(0, 2 + shape.foldRows).join('\n')];
  return [
    `## ${verdictHeadline(report)} — tf-repro`,
    inertMarkdown(cut(report.summary, shape.summaryChars)),
    ...noteLines(report, shape.notes, 'report.json'),
    summaryNumbers(report),
    ...(shortened === null ? [] : [shortened]),
    ...(shape.settings ? ['### Settings', settingsLine(report)] : []),
    ...perFold,
    ...(shape.details ? ['### Time', timingTable(report), ...ownTrainingMarkdown(report)] : []),
    ...(shape.environment ? ['### Environment', environmentTable(report)] : []),
    '',
  ].join('\n\n');
}

/**
 * The job summary, at most `limitBytes` bytes of UTF-8. What is dropped, in order, until it fits:
 * per-fold rows (from the end), the per-fold table, most of the errors and warnings, the time and
 * own-training sections, then everything but the headline, the numbers and the note that says so.
 */
export function renderSummaryMarkdown(report: Report, limitBytes = SUMMARY_LIMIT_BYTES): string {
  const table = foldTableLines(report);
  const full: Shape = { foldRows: report.comparison.folds.length, environment: true, settings: true, details: true, notes: ALL_NOTES, summaryChars: Infinity };
  const tableless: Shape = { ...full, foldRows: null };
  return fitToLimit({
    full,
    render: (shape) => renderSummary(report, shape, full, table),
    size: utf8Bytes,
    limit: limitBytes,
    ladder: [tableless, { ...tableless, notes: FEW_NOTES }, { ...tableless, notes: FEW_NOTES, details: false }],
    last: { foldRows: null, environment: false, settings: false, details: false, notes: { count: 0, chars: 0 }, summaryChars: MINIMAL_SUMMARY_CHARS },
  });
}
