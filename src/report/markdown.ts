// The job summary: verdict first, then what was run, the folds × runs table, variance, timing and
// the environment. Pure: a report in, markdown out.
import type { FoldComparison, Report } from '../contracts.js';
import { exact, inertMarkdown, markdownTable, scientific, seconds } from './format.js';
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

/** Rows: folds. Columns: each metric's value in each run, then the fold's largest difference and variance. */
export function foldTable(report: Report): string {
  const { comparison } = report;
  const runLabels = report.runs.map((run) => `run ${run.run}`);
  const header = ['fold'];
  for (const metric of comparison.metricNames) for (const run of runLabels) header.push(`${inertMarkdown(metric)} (${run})`);
  header.push('max \\|Δ\\|', 'variance', 'weights', '');
  const rows = comparison.folds.map((fold) => {
    const metrics = comparison.metricNames.map((name) => fold.metrics[name]);
    const row = [String(fold.fold)];
    for (const metric of metrics) for (const value of metric?.values ?? runLabels.map(() => null)) row.push(exact(value));
    const maxDiff = Math.max(0, ...metrics.map((m) => m?.maxAbsDiff ?? 0));
    const variance = metrics.reduce((sum, m) => sum + (m?.variance ?? 0), 0) / Math.max(1, metrics.length);
    const weights = fold.weightsIdentical === null ? 'n/a' : fold.weightsIdentical ? 'identical' : 'differ';
    row.push(scientific(maxDiff), scientific(variance), weights, foldMark(fold));
    return row;
  });
  return markdownTable(header, rows);
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

function notes(report: Report): string[] {
  return [
    ...report.errors.map((error) => `> [!CAUTION]\n> ${inertMarkdown(error)}`),
    ...report.warnings.map((warning) => `> [!WARNING]\n> ${inertMarkdown(warning)}`),
  ];
}

export function renderSummaryMarkdown(report: Report): string {
  return [
    `## ${verdictHeadline(report)} — tf-repro`,
    inertMarkdown(report.summary),
    ...notes(report),
    summaryNumbers(report),
    '### Settings',
    settingsLine(report),
    '### Per fold',
    foldTable(report),
    '### Time',
    timingTable(report),
    ...ownTrainingMarkdown(report),
    '### Environment',
    environmentTable(report),
    '',
  ].join('\n\n');
}
