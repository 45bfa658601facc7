// The parts of a report that only the user's own training has: the seeds supplied to a model
// file's layers, the artifacts a command's runs wrote, and what the command ran with. Pure: a
// report in, markdown or text out; an empty list where the report has none of it.
import type { ArtifactComparison, CommandReport, Report } from '../contracts/report.js';
import { runList } from './agreement.js';
import { inertMarkdown, markdownTable } from './format.js';

// User text as inert markdown, not in code spans: inside one, inertMarkdown's escapes would show.
const code = inertMarkdown;
const short = (digest: string | null): string => (digest === null ? '—' : digest.slice(0, 12));

/**
 * Each group of runs that wrote the same bytes, its digest first: "1111aaaa0000 runs 1–4 |
 * 2222bbbb0000 run 5 | missing in run 6". Every run is in one group, so each run's digest is there.
 */
export function artifactGroupsText(artifact: ArtifactComparison): string {
  const groups = [...artifact.groups].sort((a, b) => (a.runs[0] as number) - (b.runs[0] as number));
  const parts = groups.map((group) => `${short(group.sha256)} ${runList(group.runs)}`);
  if (artifact.missingIn.length > 0) parts.push(`missing in ${runList(artifact.missingIn)}`);
  return parts.join(' | ');
}

/** What a command ran with: the command, where, and the variables each run got. */
export function commandTable(command: CommandReport): string {
  const rows = [
    ['command', code(command.command)],
    ['working directory', code(command.workingDirectory)],
    ['framework', command.framework],
    ...Object.entries(command.variables).map(([name, value]) => [code(name), code(value)]),
  ];
  if (command.logs.length > 0) rows.push(['logs', command.logs.map(code).join(' ')]);
  const lead = "_tf-repro does not see inside a command: this is what it ran, and the variables each run got on top of the runner's environment._";
  const own = runVariableNames(command);
  const perRun =
    own.length === 0
      ? []
      : [
          markdownTable(
            ['run', ...own.map(code)],
            (command.runVariables ?? []).map((got, i) => [String(i + 1), ...own.map((name) => code(got[name] ?? ''))]),
          ),
        ];
  return [lead, markdownTable(['', 'each run got'], rows), ...perRun].join('\n\n');
}

/** The names of the variables each run got a value of its own of, in first-seen order. */
function runVariableNames(command: CommandReport): string[] {
  return [...new Set((command.runVariables ?? []).flatMap((got) => Object.keys(got)))];
}

/** Markdown sections, each a heading and its body. */
export function ownTrainingMarkdown(report: Report): string[] {
  const sections: string[] = [];
  if (report.artifacts && report.artifacts.length > 0) {
    const rows = report.artifacts.map((artifact) => [code(artifact.path), inertMarkdown(artifactGroupsText(artifact)), artifact.identical ? '✅' : '❌']);
    sections.push(
      '### Artifacts',
      'SHA-256 of each file the runs wrote (first 12 hex digits), with the runs that wrote those bytes.',
      markdownTable(['file', 'SHA-256: runs', ''], rows),
    );
  }
  if (report.suppliedSeeds && report.suppliedSeeds.length > 0) {
    const rows = report.suppliedSeeds.map((seed) => [code(seed.layer), seed.position, code(seed.field), String(seed.seed)]);
    sections.push(
      '### Seeds supplied',
      'The model left these seeds null; tf-repro supplied them, the same in every run and fold.',
      markdownTable(['layer', 'position', 'field', 'seed'], rows),
    );
  }
  return sections;
}

/** Plain-text lines for the CLI. */
export function ownTrainingText(report: Report): string[] {
  const lines: string[] = [];
  if (report.artifacts && report.artifacts.length > 0) {
    lines.push('artifacts (SHA-256, first 12 hex digits):');
    for (const artifact of report.artifacts) {
      lines.push(`  ${artifact.identical ? 'same  ' : 'DIFFER'} ${artifact.path}: ${artifactGroupsText(artifact)}`);
    }
  }
  if (report.suppliedSeeds && report.suppliedSeeds.length > 0) {
    lines.push(`seeds supplied: ${report.suppliedSeeds.map((seed) => `${seed.layer}.${seed.field}=${seed.seed}`).join(' ')}`);
  }
  if (report.command) {
    const { command } = report;
    lines.push(
      `command: ${command.command} (in ${command.workingDirectory}, framework ${command.framework})`,
      `variables: ${Object.entries(command.variables)
        .map(([name, value]) => `${name}=${value}`)
        .join(' ')}`,
      ...(command.runVariables ?? []).map(
        (got, i) =>
          `run ${i + 1}'s own: ${Object.entries(got)
            .map(([name, value]) => `${name}=${value}`)
            .join(' ')}`,
      ),
    );
    if (command.logs.length > 0) lines.push(`logs: ${command.logs.join(' ')}`);
  }
  return lines;
}
