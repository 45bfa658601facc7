// Runs produced by the user's own training command, run `runs` times (runs/command-runs.ts), side
// by side where `parallel` allows (one run per GPU that nvidia-smi lists), with the artifacts it
// wrote hashed for comparison.
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join, relative } from 'node:path';
import { type CheckSettings, type CommandSettings } from '../contracts/settings.js';
import { UserError } from '../util/user-error.js';
import { compareArtifacts } from '../comparison/artifacts.js';
import { probeGpus } from '../provision/preflight.js';
import { runCommands, type CommandRuns } from '../runs/command-runs.js';
import { writeCommandDataset } from '../data/command-dataset.js';
import type { RunHooks } from '../runs/training-processes.js';
import { errorMessage } from '../util/errors.js';
import type { ProducedRuns } from './conclude.js';
import { explainRuns } from './explain.js';
import type { Trainer } from './trainer.js';

/** The most epochs a trial needs (diagnose stops at the epoch where the check's runs parted); commands may honour it. */
export const MAX_EPOCHS_VARIABLE = 'TF_REPRO_MAX_EPOCHS';

export interface CommandSourceOptions {
  /** The check's id, which names each run in TF_REPRO_RUN_ID. */
  checkId: string;
  hooks?: RunHooks;
  signal?: AbortSignal;
  log?: (line: string) => void;
}

/** A temporary home, gone at the end: the logs and metrics files of a check without a report directory, and every check's dataset.npz. */
async function temporaryDir(prefix: string, what: string, orElse = ''): Promise<string> {
  const parent = tmpdir();
  try {
    return await mkdtemp(join(parent, prefix));
  } catch (error) {
    throw new UserError(
      `the temporary directory ${parent} (TMPDIR) cannot hold ${what} (${errorMessage(error)}): set TMPDIR to a directory that exists and can be written${orElse}`,
    );
  }
}

export async function produceCommandRuns(settings: CheckSettings & { command: CommandSettings }, options: CommandSourceOptions): Promise<ProducedRuns> {
  const started = performance.now();
  const outputDir = settings.reportDir ?? (await temporaryDir('tf-repro-command-', "the command's logs", ", or give 'report-dir'"));
  // The data the command reads is not part of the report (the artifact a workflow uploads): it goes at the end.
  const datasetDir = await temporaryDir('tf-repro-dataset-', 'the dataset the command reads');
  let checkRuns: CommandRuns | null = null;
  let trials = 0;
  // One run per GPU where nvidia-smi lists some (runs/placement.ts); one at a time needs no look.
  const gpus = settings.parallel === 1 ? [] : (await probeGpus()).gpus;
  try {
    const datasetVariables = await writeCommandDataset(settings.dataset, datasetDir);
    const trainer: Trainer = {
      kind: 'command',
      train: async (changes, request) => {
        const check = request.purpose === 'check';
        // The runs without the settings and the diagnosis's trials keep their logs apart from the check's own.
        const dir = check ? outputDir : join(outputDir, 'trials', `${request.purpose}-${++trials}`);
        const result = await runCommands({
          command: settings.command,
          runs: changes.runs ?? settings.runs,
          seed: changes.seed ?? settings.seed,
          deterministic: changes.deterministic ?? settings.deterministic,
          threads: changes.threads ?? settings.threads,
          outputDir: dir,
          logsKept: settings.reportDir !== null,
          checkId: check ? options.checkId : `${options.checkId}-${request.purpose}-${trials}`,
          hooks: check ? options.hooks : undefined,
          signal: options.signal,
          onTrace: request.hooks?.onTrace,
          stop: request.stop,
          variablesOff: changes.variablesOff ?? settings.variablesOff,
          variation: request.variation,
          // A trial that needs only the first epochs (diagnose) asks for them; a command may honour it.
          variables: changes.epochs === undefined ? datasetVariables : { ...datasetVariables, [MAX_EPOCHS_VARIABLE]: String(changes.epochs) },
          parallel: settings.parallel,
          gpus,
          ...(settings.command.folds !== undefined ? { folds: settings.command.folds } : {}),
          sideBySide: request.sideBySide,
          log: options.log,
        });
        if (check) checkRuns = result;
        return result.runs;
      },
    };
    const explained = await explainRuns(settings, trainer, { hooks: options.hooks, signal: options.signal, log: options.log });
    const result = checkRuns as CommandRuns | null;
    if (result === null) throw new Error('produceCommandRuns: the check ran no command');
    // The settings that mean something for a command; folds, epochs, dataset and the rest do not.
    const { runs, seed, deterministic, threads, tolerance, failOnMismatch, reportDir, command, failFast, compareNondeterministic, diagnose, variablesOff } =
      settings;
    return {
      settings: {
        runs,
        seed,
        deterministic,
        threads,
        tolerance,
        failOnMismatch,
        reportDir,
        command,
        failFast,
        compareNondeterministic,
        diagnose,
        ...(variablesOff?.length ? { variablesOff } : {}),
        ...(settings.dataset !== null ? { dataset: settings.dataset } : {}),
        ...(settings.diagnoseVariables?.length ? { diagnoseVariables: settings.diagnoseVariables } : {}),
        ...(settings.vary?.length ? { vary: settings.vary, failOnVariation: settings.failOnVariation } : {}),
      },
      tolerance,
      source: `command \`${command.command}\` in ${result.workingDirectory}`,
      durationSeconds: (performance.now() - started) / 1000,
      ...explained,
      warnings: [...result.warnings, ...explained.warnings],
      ...(command.artifacts.length > 0 ? { artifacts: compareArtifacts(result.runs.map((run) => run.artifacts ?? null)) } : {}),
      command: {
        command: command.command,
        workingDirectory: result.workingDirectory,
        framework: command.framework,
        variables: result.variables,
        runVariables: result.runVariables,
        logs: settings.reportDir === null ? [] : result.logs.map((path) => relative(outputDir, path)),
      },
    };
  } finally {
    await rm(datasetDir, { recursive: true, force: true });
    if (settings.reportDir === null) await rm(outputDir, { recursive: true, force: true });
  }
}
