// Runs produced by the user's own training command, run `runs` times (runs/command-runs.ts), with
// the artifacts it wrote hashed for comparison.
import { mkdtemp } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join, relative } from 'node:path';
import type { CheckSettings, CommandSettings } from '../contracts.js';
import { compareArtifacts } from '../comparison/artifacts.js';
import { runCommands } from '../runs/command-runs.js';
import type { RunHooks } from '../runs/training-processes.js';
import type { ProducedRuns } from './conclude.js';

export async function produceCommandRuns(settings: CheckSettings & { command: CommandSettings }, hooks?: RunHooks): Promise<ProducedRuns> {
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
  // The settings that mean something for a command; folds, epochs, dataset and the rest do not.
  const { runs, seed, deterministic, threads, tolerance, failOnMismatch, reportDir, command } = settings;
  return {
    settings: { runs, seed, deterministic, threads, tolerance, failOnMismatch, reportDir, command },
    tolerance,
    source: `command \`${command.command}\` in ${result.workingDirectory}`,
    runs: result.runs,
    durationSeconds: (performance.now() - started) / 1000,
    warnings: result.warnings,
    ...(command.artifacts.length > 0 ? { artifacts: compareArtifacts(result.runs.map((run) => run.artifacts ?? null)) } : {}),
    command: {
      command: command.command,
      workingDirectory: result.workingDirectory,
      framework: command.framework,
      variables: result.variables,
      logs: settings.reportDir === null ? result.logs : result.logs.map((path) => relative(outputDir, path)),
    },
  };
}
