// The CLI's report on stdout: the same content as the job summary, as aligned plain text.
import type { Report } from '../contracts.js';
import { exact, scientific, seconds } from './format.js';
import { ownValue } from '../comparison/compare.js';
import { settingsLine } from './markdown.js';
import { ownTrainingText } from './own-training.js';
import { plural } from '../util/text.js';

function aligned(rows: string[][]): string {
  // A loop, not Math.max(...column): a spread of a hundred thousand folds overflows the stack.
  const widths = rows[0].map((_, column) => rows.reduce((widest, row) => Math.max(widest, row[column]?.length ?? 0), 0));
  return rows.map((row) => row.map((cell, column) => cell.padEnd(widths[column])).join('  ').trimEnd()).join('\n');
}

export function renderText(report: Report): string {
  const { comparison } = report;
  const lines: string[] = [report.summary];
  for (const error of report.errors) lines.push(`error: ${error}`);
  for (const warning of report.warnings) lines.push(`warning: ${warning}`);
  lines.push(
    '',
    `variance ${scientific(report.variance)} · largest difference ${scientific(report.maxAbsDiff)} · ${plural(report.runs.length, 'run')} in ${seconds(report.durationSeconds)}`,
    `settings: ${settingsLine(report, (text) => text)}`,
    '',
  );
  const header = ['fold'];
  for (const metric of comparison.metricNames) for (const run of report.runs) header.push(`${metric}[run ${run.run}]`);
  header.push('max|Δ|', 'weights', '');
  const rows = comparison.folds.map((fold) => {
    const row = [String(fold.fold)];
    for (const metric of comparison.metricNames) for (const value of ownValue(fold.metrics, metric)?.values ?? []) row.push(exact(value));
    const maxDiff = Object.values(fold.metrics).reduce((largest, m) => Math.max(largest, m.maxAbsDiff), 0);
    row.push(scientific(maxDiff), fold.weightsIdentical === null ? 'n/a' : fold.weightsIdentical ? 'same' : 'DIFFER', fold.matches ? 'ok' : 'MISMATCH');
    return row;
  });
  lines.push(aligned([header, ...rows]), '');
  lines.push(...ownTrainingText(report));
  lines.push(report.runs.map((run) => `run ${run.run}: ${run.status}, ${seconds(run.durationSeconds)}`).join(' · '));
  const env = report.environment;
  if (env) {
    lines.push(
      `environment: Node ${env.node} · tfjs ${env.tfjsVersion} · ${env.backend} ${env.backendVersion} (${env.backendDetail}) · ${env.threads} thread(s) · ${env.cpuModel}`,
      `determinism variables: ${Object.entries(env.determinismVariables).map(([name, value]) => `${name}=${value ?? '(unset)'}`).join(' ')}`,
    );
  }
  return lines.join('\n') + '\n';
}
