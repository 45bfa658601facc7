// The parts of a report that only the user's own training has: the seeds supplied to a model
// file's layers, the artifacts a command's runs wrote, and what the command ran with. Pure: a
// report in, markdown or text out; an empty list where the report has none of it.
import type { Report } from '../contracts.js';
import { agreementText } from '../comparison/artifacts.js';
import { inertMarkdown, markdownTable } from './format.js';

// User text as inert markdown, not in code spans: inside one, inertMarkdown's escapes would show.
const code = inertMarkdown;
const short = (digest: string | null): string => (digest === null ? '—' : digest.slice(0, 12));

/** Markdown sections, each a heading and its body. */
export function ownTrainingMarkdown(report: Report): string[] {
  const sections: string[] = [];
  if (report.artifacts && report.artifacts.length > 0) {
    const runs = report.runs.map((run) => `run ${run.run}`);
    const rows = report.artifacts.map((artifact) => [
      code(artifact.path),
      ...artifact.sha256.map(short),
      inertMarkdown(agreementText(artifact)),
      artifact.identical ? '✅' : '❌',
    ]);
    sections.push('### Artifacts', 'SHA-256 of each file the runs wrote (first 12 hex digits).', markdownTable(['file', ...runs, 'runs that agree', ''], rows));
  }
  if (report.suppliedSeeds && report.suppliedSeeds.length > 0) {
    const rows = report.suppliedSeeds.map((seed) => [code(seed.layer), seed.position, code(seed.field), String(seed.seed)]);
    sections.push('### Seeds supplied', 'The model left these seeds null; tf-repro supplied them, the same in every run and fold.', markdownTable(['layer', 'position', 'field', 'seed'], rows));
  }
  if (report.command) {
    const { command } = report;
    const rows = [
      ['command', code(command.command)],
      ['working directory', code(command.workingDirectory)],
      ['framework', command.framework],
      ...Object.entries(command.variables).map(([name, value]) => [code(name), code(value)]),
    ];
    if (command.logs.length > 0) rows.push(['logs', command.logs.map(code).join(' ')]);
    sections.push('### Command', markdownTable(['', 'each run got'], rows));
  }
  return sections;
}

/** Plain-text lines for the CLI. */
export function ownTrainingText(report: Report): string[] {
  const lines: string[] = [];
  if (report.artifacts && report.artifacts.length > 0) {
    lines.push('artifacts (SHA-256, first 12 hex digits):');
    for (const artifact of report.artifacts) {
      lines.push(`  ${artifact.identical ? 'same  ' : 'DIFFER'} ${artifact.path}: ${artifact.sha256.map(short).join(' ')} (${agreementText(artifact)})`);
    }
  }
  if (report.suppliedSeeds && report.suppliedSeeds.length > 0) {
    lines.push(`seeds supplied: ${report.suppliedSeeds.map((seed) => `${seed.layer}.${seed.field}=${seed.seed}`).join(' ')}`);
  }
  if (report.command) {
    const { command } = report;
    lines.push(
      `command: ${command.command} (in ${command.workingDirectory}, framework ${command.framework})`,
      `variables: ${Object.entries(command.variables).map(([name, value]) => `${name}=${value}`).join(' ')}`,
    );
    if (command.logs.length > 0) lines.push(`logs: ${command.logs.join(' ')}`);
  }
  return lines;
}
