// The engine's command mode: the user's own training command run `runs` times (runs/command-runs.ts),
// its metrics compared exactly as the default workload's, the artifacts it wrote compared by
// SHA-256, all in the same report. Nothing here knows about the runner or the terminal.
import { mkdtemp } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join, relative } from 'node:path';
import type { CheckSettings, CommandSettings, Report } from './contracts.js';
import { compareArtifacts, withArtifacts } from './comparison/artifacts.js';
import { compareRuns } from './comparison/compare.js';
import { buildReport } from './report/build.js';
import { runCommands } from './runs/command-runs.js';
import type { RunHooks } from './runs/training-processes.js';

export async function runCommandCheck(settings: CheckSettings & { command: CommandSettings }, hooks?: RunHooks): Promise<Report> {
  const started = performance.now();
  // Without a report directory the logs and metrics files still need a home.
  const outputDir = settings.reportDir ?? (await mkdtemp(join(tmpdir(), 'tf-repro-command-')));
  const result = await runCommands({
    command: settings.command,
    runs: settings.runs,
    seed: settings.seed,
    deterministic: settings.deterministic,
    threads: settings.threads,
    outputDir,
    hooks,
  });
  const metrics = compareRuns(result.runs, settings.tolerance);
  const artifacts = settings.command.artifacts.length > 0 ? compareArtifacts(result.runs.map((run) => run.artifacts ?? null)) : null;
  const { comparison, warnings } = artifacts ? withArtifacts(metrics, artifacts) : { comparison: metrics, warnings: [] };
  // The settings that mean something for a command; folds, epochs, dataset and the rest do not.
  const { runs, seed, deterministic, threads, tolerance, failOnMismatch, reportDir, command } = settings;
  const report = buildReport({
    settings: { runs, seed, deterministic, threads, tolerance, failOnMismatch, reportDir, command },
    source: `command \`${command.command}\` in ${result.workingDirectory}`,
    runs: result.runs,
    comparison,
    durationSeconds: (performance.now() - started) / 1000,
    warnings: [...result.warnings, ...warnings],
  });
  report.command = {
    command: command.command,
    workingDirectory: result.workingDirectory,
    framework: command.framework,
    variables: result.variables,
    logs: settings.reportDir === null ? result.logs : result.logs.map((path) => relative(outputDir, path)),
  };
  if (artifacts) report.artifacts = artifacts;
  return report;
}
