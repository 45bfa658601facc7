// Variations (issue 23): after the control runs, the same check in other conditions. Every factor
// this runner can vary is varied at once in one extra run, compared with a control run (metrics,
// weights, trace); only when it differs do further runs split the factors until the responsible
// ones are named (comparison/variations.ts). The varied runs never touch the control runs: they
// start after them, are never watched by fail-fast, and their verdict is a separate one.
import { resolve } from 'node:path';
import type { FactorOutcome, VariationTrial, Variations } from '../contracts/report.js';
import type { RunResult } from '../contracts/run-result.js';
import type { CheckSettings, VaryFactor } from '../contracts/settings.js';
import type { Verdict } from '../contracts/verdict.js';
import {
  findSensitiveFactors,
  planFactors,
  sensitiveFactors,
  skipReason,
  THREAD_VARIABLES,
  type FactorPlan,
  type TrialResult,
  type VariationFacts,
} from '../comparison/variations.js';
import { asControl, numbersAgainst } from '../comparison/pinning.js';
import { frameworkEnvironment } from '../determinism/framework-environment.js';
import { determinismEnvironment, pinnedVariables } from '../determinism/environment.js';
import {
  allowedCpus,
  copyableDirectory,
  currentUmask,
  conditionsShim,
  installedLocales,
  onPath,
  prepareLaunchVariation,
  zoneinfoInstalled,
} from '../runs/variation.js';
import { readCpuHost } from '../util/cpu-host.js';
import { userCodeEnvironment } from '../util/child-environment.js';
import { errorMessage } from '../util/errors.js';
import { compareWithDivergence } from './conclude.js';
import type { Trainer } from './trainer.js';

export interface VaryOptions {
  signal?: AbortSignal;
  log?: (line: string) => void;
}

/** Where the control runs run: a command's working directory, or this process's for training. */
function controlDirectory(settings: CheckSettings): string {
  return resolve(settings.command?.workingDirectory ?? '.');
}

/** What this runner allows, and what the control runs got. */
async function variationFacts(settings: CheckSettings, kind: Trainer['kind']): Promise<VariationFacts> {
  const inherited = userCodeEnvironment(process.env);
  const framework = settings.command?.framework ?? null;
  const preset = settings.command
    ? frameworkEnvironment(settings.command.framework, settings.deterministic, settings.threads, inherited, settings.variablesOff ?? [], readCpuHost())
    : determinismEnvironment(settings.deterministic, settings.threads, settings.variablesOff, pinnedVariables(process.env, readCpuHost()));
  const requested = settings.vary ?? [];
  return {
    kind,
    framework,
    controlEnvironment: { ...inherited, ...preset },
    presetThreadVariables: Object.keys(preset).filter((name) => (THREAD_VARIABLES as readonly string[]).includes(name)),
    pathCopy: kind === 'command' && requested.includes('path') ? await copyableDirectory(controlDirectory(settings)) : { ok: true },
    zoneinfo: zoneinfoInstalled(),
    locales: requested.includes('locale') ? await installedLocales() : [],
    umask: currentUmask(),
    allowedCpus: allowedCpus(),
    taskset: onPath('taskset'),
    pythonShim: conditionsShim(),
  };
}

/** One varied run, compared with the control run. */
async function tryVariation(settings: CheckSettings, trainer: Trainer, plans: FactorPlan[], control: RunResult, runNumber: number): Promise<VariationTrial> {
  const factors = plans.map((plan) => plan.factor);
  const launch = await prepareLaunchVariation(plans, trainer.kind, controlDirectory(settings));
  let runs: RunResult[];
  try {
    runs = await trainer.train({ runs: 1 }, { purpose: 'variation', variation: launch });
  } catch (error) {
    runs = [];
    const failed: RunResult = {
      run: runNumber,
      role: 'varied',
      status: 'failed',
      error: errorMessage(error),
      startedAt: new Date().toISOString(),
      durationSeconds: 0,
      folds: [],
      environment: null,
      warnings: [],
    };
    runs.push(failed);
  } finally {
    await launch.dispose();
  }
  const run: RunResult = { ...runs[0]!, run: runNumber, role: 'varied', variation: launch.record };
  if (run.status !== 'ok') {
    return {
      factors,
      outcome: 'failed',
      divergence: null,
      maxAbsDiff: null,
      largest: null,
      run,
      error: (run.error ?? 'the varied run did not finish').split('\n')[0]!,
    };
  }
  // The varied run against the control run as a pair of controls (compare and the locator look at control runs only).
  const { comparison, divergence } = compareWithDivergence([asControl(control, control.run), asControl(run, run.run)], settings.tolerance);
  const { largest, maxAbsDiff } = numbersAgainst(control, run, settings.tolerance);
  return {
    factors,
    outcome: comparison.verdict === 'reproducible' ? 'same' : 'differs',
    divergence: comparison.verdict === 'reproducible' ? null : divergence,
    maxAbsDiff,
    largest,
    run,
    error: null,
  };
}

/** Runs `settings.vary` against the control runs; the control runs and their verdict are left as they are. */
export async function varyRuns(
  settings: CheckSettings & { vary: VaryFactor[] },
  trainer: Trainer,
  controlRuns: readonly RunResult[],
  controlVerdict: Verdict,
  options: VaryOptions,
): Promise<Variations> {
  const started = performance.now();
  const plans = planFactors(settings.vary, await variationFacts(settings, trainer.kind));
  const control = controlRuns.find((run) => run.status === 'ok' && run.folds.length > 0) ?? null;
  const skip = skipReason(control === null && controlVerdict === 'reproducible' ? 'error' : controlVerdict, options.signal?.aborted === true);
  const trials: VariationTrial[] = [];
  const base = { requested: settings.vary, failOnVariation: settings.failOnVariation ?? true, controlRun: control?.run ?? null };
  if (skip !== null || control === null) {
    const factors = plans.map((plan): FactorOutcome =>
      plan.ok
        ? { factor: plan.factor, status: 'not-tried', how: plan.how, reason: skip, trial: null }
        : { factor: plan.factor, status: 'not-varied', how: '', reason: plan.reason, trial: null },
    );
    return { ...base, factors, trials, sensitiveTo: [], seconds: 0 };
  }
  const applicable = plans.filter((plan) => plan.ok);
  const firstRun = Math.max(...controlRuns.map((run) => run.run), settings.runs) + 1;
  const test = async (factors: VaryFactor[]): Promise<TrialResult> => {
    if (options.signal?.aborted) return 'failed';
    options.log?.(`Varied run ${trials.length + 1}: ${factors.join(', ')}.`);
    const trial = await tryVariation(
      settings,
      trainer,
      applicable.filter((plan) => factors.includes(plan.factor)),
      control,
      firstRun + trials.length,
    );
    trials.push(trial);
    return trial.outcome;
  };
  const search = await findSensitiveFactors(
    applicable.map((plan) => plan.factor),
    test,
  );
  // How each factor was varied, as the first run (every factor at once) recorded it.
  const recorded = trials[0]?.run.variation ?? {};
  const factors = plans.map((plan): FactorOutcome => {
    if (!plan.ok) return { factor: plan.factor, status: 'not-varied', how: '', reason: plan.reason, trial: null };
    const how = recorded[plan.factor] ?? plan.how;
    const finding = search.findings.get(plan.factor);
    if (options.signal?.aborted && finding === undefined)
      return { factor: plan.factor, status: 'not-tried', how, reason: 'the check was cancelled', trial: null };
    if (finding === undefined) return { factor: plan.factor, status: 'not-tried', how, reason: 'no varied run isolated it', trial: null };
    return {
      factor: plan.factor,
      status: finding.status,
      how,
      reason: null,
      trial: finding.trial,
      ...(finding.together ? { together: finding.together } : {}),
    };
  });
  return { ...base, factors, trials, sensitiveTo: sensitiveFactors(factors), seconds: (performance.now() - started) / 1000 };
}
