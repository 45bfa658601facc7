// Runs produced by the user's own training command, run `runs` times (runs/command-runs.ts), with
// the artifacts it wrote hashed for comparison.
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join, relative } from 'node:path';
import { UserError, type CheckSettings, type CommandSettings, type TraceCheckpoint } from '../contracts.js';
import { compareArtifacts } from '../comparison/artifacts.js';
import { runCommands } from '../runs/command-runs.js';
import type { RunHooks } from '../runs/training-processes.js';
import { errorMessage } from '../util/errors.js';
import type { ProducedRuns } from './conclude.js';

export interface CommandSourceOptions {
  /** The check's id, which names each run in TF_REPRO_RUN_ID. */
  checkId: string;
  hooks?: RunHooks;
  signal?: AbortSignal;
  /** Each checkpoint of a run's trace as the run writes it (runs/command-runs.ts). */
  onTrace?: (run: number, checkpoint: TraceCheckpoint) => void;
  /** Aborting stops the runs on purpose (fail-fast): the running one ends 'stopped'. */
  stop?: AbortSignal;
}

/** A home for the logs and metrics files of a check without a report directory; it goes at the end. */
async function temporaryOutputDir(): Promise<string> {
  const parent = tmpdir();
  try {
    return await mkdtemp(join(parent, 'tf-repro-command-'));
  } catch (error) {
    throw new UserError(
      `the temporary directory ${parent} (TMPDIR) cannot hold the command's logs (${errorMessage(error)}): set TMPDIR to a directory that exists and can be written, or give 'report-dir'`,
    );
  }
}

export async function produceCommandRuns(settings: CheckSettings & { command: CommandSettings }, options: CommandSourceOptions): Promise<ProducedRuns> {
  const started = performance.now();
  const outputDir = settings.reportDir ?? (await temporaryOutputDir());
  try {
    const result = await runCommands({
      command: settings.command,
      runs: settings.runs,
      seed: settings.seed,
      deterministic: settings.deterministic,
      threads: settings.threads,
      outputDir,
      logsKept: settings.reportDir !== null,
      checkId: options.checkId,
      hooks: options.hooks,
      signal: options.signal,
      onTrace: options.onTrace,
      stop: options.stop,
      variablesOff: settings.variablesOff,
    });
    // The settings that mean something for a command; folds, epochs, dataset and the rest do not.
    const { runs, seed, deterministic, threads, tolerance, failOnMismatch, reportDir, command, variablesOff } = settings;
    return {
      settings: { runs, seed, deterministic, threads, tolerance, failOnMismatch, reportDir, command, ...(variablesOff?.length ? { variablesOff } : {}) },
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
        logs: settings.reportDir === null ? [] : result.logs.map((path) => relative(outputDir, path)),
      },
    };
  } finally {
    if (settings.reportDir === null) await rm(outputDir, { recursive: true, force: true });
  }
}
