// `diagnose`: which settings matter on this runner. On the shortest configuration that shows the
// difference (two runs of the fold where the check's runs parted, up to that epoch; a command as it
// is), it trains once with every setting on (the control) and once with none (the unpinned trial), then
// with each setting switched off alone: the runs part (necessary) or still agree (not needed here).
// Then it switches every setting found not needed off together and times the fastest configuration
// that still reproduces. Trials stop at their first divergence, and none starts that would not fit
// in the budget (the longest trial so far is the estimate); what was not tried is listed.
// `diagnose-variables` narrows the settings tried; a command's trials get TF_REPRO_MAX_EPOCHS, the
// epoch where the check's runs parted, which a command may honour; a script that seems to set
// determinism itself (its source calls the framework's switch and every trial still agrees) is
// named, since its trials then measure nothing. A command's GPU-only variables (cuBLAS's, cuDNN's,
// NCCL's) are not tried on a runner without a GPU: switching one off there changes nothing, and
// "not needed" would be a claim about GPUs made on a CPU.
import { availableParallelism } from 'node:os';
import { resolve } from 'node:path';
import { type DiagnosedSetting, type Diagnosis, type Divergence, type NumbersDifference } from '../contracts/report.js';
import { type RunResult } from '../contracts/run-result.js';
import { SEEDING_PARTS, type CheckSettings, type TrainingSettings } from '../contracts/settings.js';
import { type Verdict } from '../contracts/verdict.js';
import { DETERMINISM_VARIABLES, PINNED_VARIABLES } from '../determinism/environment.js';
import { GPU_ONLY_VARIABLES, frameworkEnvironment } from '../determinism/framework-environment.js';
import { probeGpus, type GpuProbe } from '../provision/preflight.js';
import { userCodeEnvironment } from '../util/child-environment.js';
import { errorMessage } from '../util/errors.js';
import { listed, plural, withCommas } from '../util/text.js';
import { UserError } from '../util/user-error.js';
import { readRegularFile } from '../util/user-files.js';
import { firstWithResults, numbersAgainst } from '../comparison/pinning.js';
import { compareWithDivergence } from './conclude.js';
import { trainWatched, type Trainer } from './trainer.js';
import { ownValue } from '../util/records.js';

export interface Candidate {
  name: string;
  kind: DiagnosedSetting['kind'];
  /** The change that switches it off, on top of the trial's configuration. */
  off: Partial<TrainingSettings>;
}

interface TrialOutcome {
  seconds: number;
  verdict: Verdict;
  divergence: Divergence | null;
  /** The first line of the first failed run's error; null when every run finished. */
  error: string | null;
  /** Its first run with results: what its numbers are compared with the control's by. */
  first: RunResult | null;
}

/**
 * The settings diagnose tries: `diagnose-variables`' names where given, else every setting the check
 * applies. An unknown name is the user's error, raised before anything runs.
 */
export function diagnoseCandidates(settings: CheckSettings, trainer: Pick<Trainer, 'kind'>): Candidate[] {
  const all = everyCandidate(settings, trainer);
  const chosen = settings.diagnoseVariables;
  if (!chosen || chosen.length === 0) return all;
  const names = all.map((candidate) => candidate.name);
  const unknown = chosen.filter((name) => !names.includes(name));
  if (unknown.length > 0) {
    const kind = trainer.kind === 'command' ? `a command with framework ${settings.command?.framework ?? 'none'}` : "tf-repro's own training";
    throw new UserError(
      `'diagnose-variables': ${listed(unknown.map((name) => `'${name}'`))} ${unknown.length === 1 ? 'is' : 'are'} not a setting diagnose can switch off for ${kind}; ` +
        (names.length > 0 ? `give a comma list of: ${names.join(', ')}` : 'it has none to switch off: leave diagnose-variables out'),
    );
  }
  return all.filter((candidate) => chosen.includes(candidate.name));
}

/** Every setting the check applies, each with the change that switches it off. */
function everyCandidate(settings: CheckSettings, trainer: Pick<Trainer, 'kind'>): Candidate[] {
  if (trainer.kind === 'command') {
    const framework = settings.command?.framework ?? 'none';
    // A pinned library default is no determinism switch: unset, it is the same default.
    const variables = Object.keys(frameworkEnvironment(framework, true, settings.threads, userCodeEnvironment(process.env))).filter(
      (name) => !(PINNED_VARIABLES as readonly string[]).includes(name),
    );
    return variables.map((name) => ({ name, kind: 'variable', off: { variablesOff: [name] } }));
  }
  const threads = Math.max(2, availableParallelism());
  return [
    ...DETERMINISM_VARIABLES.map((name): Candidate => ({ name, kind: 'variable', off: { variablesOff: [name] } })),
    { name: 'threads', kind: 'threads', off: { threads: threads === settings.threads ? threads + 1 : threads } },
    ...SEEDING_PARTS.map((part): Candidate => ({ name: part, kind: 'seeding', off: { unseeded: [part] } })),
  ];
}

/** Why this runner cannot show what a command's GPU-only variables do (it has no GPU), or null: it has one, or no candidate is GPU-only. */
async function gpuAbsence(trainer: Pick<Trainer, 'kind'>, list: readonly Candidate[], gpus: () => Promise<GpuProbe>): Promise<string | null> {
  if (trainer.kind !== 'command' || !list.some((candidate) => Object.hasOwn(GPU_ONLY_VARIABLES, candidate.name))) return null;
  const probe = await gpus();
  return probe.gpus.length > 0 ? null : (probe.reason ?? 'nvidia-smi listed no GPU');
}

/** Every candidate off at once. */
function allOff(list: readonly Candidate[]): Partial<TrainingSettings> {
  const changes: Partial<TrainingSettings> = {};
  for (const candidate of list) {
    if (candidate.off.variablesOff) changes.variablesOff = [...(changes.variablesOff ?? []), ...candidate.off.variablesOff];
    if (candidate.off.unseeded) changes.unseeded = [...(changes.unseeded ?? []), ...candidate.off.unseeded];
    if (candidate.off.threads !== undefined) changes.threads = candidate.off.threads;
  }
  return changes;
}

/** What the script a command runs calls to make itself deterministic: its trials then switch nothing off that matters. */
const SELF_DETERMINISM = ['use_deterministic_algorithms', 'enable_op_determinism'] as const;
/** The most read of a script's source to look for them. */
const SOURCE_LIMIT_BYTES = 4 * 1024 * 1024;

/** The self-determinism calls found in the .py files a command names (relative to its working directory): "train.py calls …". */
export async function selfDeterminismCalls(command: string, workingDirectory: string | null): Promise<string[]> {
  const found: string[] = [];
  const scripts = [...new Set(command.split(/\s+/).filter((word) => /^[^-].*\.py$/.test(word)))];
  for (const script of scripts) {
    const source = await readRegularFile(resolve(workingDirectory ?? '.', script), SOURCE_LIMIT_BYTES).catch(() => null);
    if (source === null) continue;
    const text = source.toString('utf8');
    const calls = SELF_DETERMINISM.filter((name) => text.includes(name));
    if (calls.length > 0) found.push(`${script} calls ${calls.join(' and ')}`);
  }
  return found;
}

/**
 * The trials diagnose plans: the control, the unpinned trial, one per setting and the fastest
 * configuration (more only where the settings not needed make the runs part when off together).
 */
export function plannedTrials(settings: number): number {
  return 2 + settings + (settings > 0 ? 1 : 0);
}

/** The estimate of diagnose's length: labelled as one, from a time that was measured (the check's runs, or the control trial). */
export function estimateLine(trials: number, secondsPerTrial: number, measured: string): string {
  const total = trials * secondsPerTrial;
  const totalText = total >= 90 ? `${(total / 60).toFixed(1)} min` : `${total.toFixed(0)} s`;
  return `diagnose: ${trials} trials planned, estimated ${totalText} (an estimate: ${trials} × ${secondsPerTrial.toFixed(1)} s, ${measured})`;
}

export async function diagnose(
  settings: CheckSettings,
  trainer: Trainer,
  divergence: Divergence | null,
  options: { log?: (line: string) => void; signal?: AbortSignal; gpus?: () => Promise<GpuProbe>; checkRuns?: readonly RunResult[] } = {},
): Promise<Diagnosis> {
  const started = performance.now();
  const budgetSeconds = settings.diagnoseBudgetMinutes * 60;
  const notes: string[] = [];
  // The shortest configuration that shows the difference the check found: its fold, up to its epoch.
  const fold = divergence?.fold ?? 0;
  const epochs = divergence?.stage === 'epoch' && divergence.epoch !== null ? divergence.epoch : divergence?.stage === 'evaluation' ? settings.epochs : 1;
  // A command is run as it is, told where it may stop (TF_REPRO_MAX_EPOCHS) where the runs parted in an epoch.
  const commandEpochs = divergence?.stage === 'epoch' && divergence.epoch !== null && divergence.epoch > 0 ? divergence.epoch : null;
  const trial: Partial<TrainingSettings> =
    trainer.kind === 'training'
      ? { runs: 2, onlyFolds: [fold], epochs, deterministic: true, trace: 'epochs' }
      : { runs: 2, deterministic: true, ...(commandEpochs !== null ? { epochs: commandEpochs } : {}) };
  const images = settings.samples === 0 ? 'every image' : `${withCommas(settings.samples)} images`;
  const configuration =
    trainer.kind === 'training'
      ? `2 runs of fold ${fold}, ${plural(epochs, 'epoch')}, ${images}`
      : commandEpochs !== null
        ? `2 runs of the command, told to stop after epoch ${commandEpochs} (TF_REPRO_MAX_EPOCHS=${commandEpochs}, where the command honours it)`
        : `2 runs of the command, each in full`;
  let longest = 0;
  const spent = (): number => (performance.now() - started) / 1000;
  const fits = (): boolean => spent() + longest <= budgetSeconds && options.signal?.aborted !== true;

  const run = async (what: string, changes: Partial<TrainingSettings>): Promise<TrialOutcome> => {
    options.log?.(`diagnose: ${what}`);
    const trialStarted = performance.now();
    try {
      const { runs } = await trainWatched(trainer, { ...trial, ...changes }, 'diagnosis', true);
      const seconds = (performance.now() - trialStarted) / 1000;
      longest = Math.max(longest, seconds);
      const failed = runs.find((r) => r.status === 'failed');
      const { comparison, divergence: parted } = compareWithDivergence(runs, 0);
      return {
        seconds,
        verdict: comparison.verdict,
        divergence: parted,
        error: failed ? (failed.error ?? 'a run failed').split('\n')[0]! : null,
        first: firstWithResults(runs),
      };
    } catch (error) {
      const seconds = (performance.now() - trialStarted) / 1000;
      longest = Math.max(longest, seconds);
      return { seconds, verdict: 'error', divergence: null, error: errorMessage(error), first: null };
    }
  };

  const list = diagnoseCandidates(settings, trainer);
  const noGpu = await gpuAbsence(trainer, list, options.gpus ?? probeGpus);
  const trials = plannedTrials(noGpu === null ? list.length : list.filter((c) => !Object.hasOwn(GPU_ONLY_VARIABLES, c.name)).length);
  // A command's trial is two of the check's own runs: their measured time is the estimate, before any trial.
  const measuredRuns = (options.checkRuns ?? []).filter((r) => r.status === 'ok' && r.role === 'control');
  if (trainer.kind === 'command' && measuredRuns.length > 0) {
    const perRun = measuredRuns.reduce((sum, r) => sum + r.durationSeconds, 0) / measuredRuns.length;
    options.log?.(
      estimateLine(
        trials,
        2 * perRun,
        `2 runs of ${perRun.toFixed(1)} s each, as the check's runs took${commandEpochs !== null ? '; less where the command honours TF_REPRO_MAX_EPOCHS' : ''}`,
      ),
    );
  }
  const control = await run('every setting on (the control)', {});
  // Our own training's trials are shorter than the check's runs: the control trial is the first measure of one.
  if (trainer.kind === 'training' && control.error === null) options.log?.(estimateLine(trials, control.seconds, 'as the control trial took'));
  if (control.error) notes.push(`with every setting on, a run failed: ${control.error}`);
  else if (control.verdict !== 'reproducible')
    notes.push(
      'with every setting on the runs already part on this configuration: the settings are not sufficient here, so a setting found "not needed" may still matter',
    );
  const unpinned = await run('every setting off (the unpinned trial)', { deterministic: false });
  const diagnosed: DiagnosedSetting[] = [];
  // Agreeing with itself is not enough: a side that agrees on other numbers than the control's needs a setting to pin them.
  const againstControl = (outcome: TrialOutcome): { same: boolean; largest: NumbersDifference | null } | null =>
    control.error === null && control.verdict === 'reproducible' && control.first && outcome.first
      ? numbersAgainst(control.first, outcome.first, settings.tolerance)
      : null;
  const unpinnedNumbers = unpinned.error === null && unpinned.verdict === 'reproducible' ? againstControl(unpinned) : null;
  const unpinnedAgrees = unpinned.error === null && unpinned.verdict === 'reproducible' && unpinnedNumbers?.same !== false;
  if (unpinnedAgrees)
    notes.push(
      'with every setting off the runs agree on this configuration, on the same numbers as with every setting on: none of the settings is needed here',
    );
  else if (unpinnedNumbers?.same === false)
    notes.push('with every setting off the runs agree with each other, but on other numbers than with every setting on: some setting pins the numbers');
  for (const candidate of list) {
    const entry: DiagnosedSetting = { name: candidate.name, kind: candidate.kind, finding: 'not-tried', seconds: null, divergence: null, detail: '' };
    diagnosed.push(entry);
    const gpuOnly = noGpu === null ? undefined : ownValue(GPU_ONLY_VARIABLES, candidate.name);
    if (gpuOnly !== undefined) {
      entry.detail = `GPU-only (${gpuOnly}) and this runner has no GPU (${noGpu}): switching it off changes nothing here`;
      continue;
    }
    if (unpinnedAgrees) {
      entry.finding = 'not-needed';
      entry.detail = 'the runs agree even with every setting off';
      continue;
    }
    if (!fits()) {
      entry.detail = options.signal?.aborted ? 'the check was cancelled' : `the budget of ${plural(settings.diagnoseBudgetMinutes, 'minute')} was spent`;
      continue;
    }
    const outcome = await run(`${candidate.name} off`, candidate.off);
    entry.seconds = outcome.seconds;
    if (outcome.error) {
      entry.finding = 'failed';
      entry.detail = outcome.error;
    } else if (outcome.verdict === 'reproducible') {
      const numbers = againstControl(outcome);
      if (numbers?.same === false) {
        entry.finding = 'pins-numbers';
        entry.delta = numbers.largest;
      } else {
        entry.finding = 'not-needed';
      }
    } else {
      entry.finding = 'necessary';
      entry.divergence = outcome.divergence;
    }
  }
  // Trials of a script that pins itself switch off variables it does not need: they measure nothing.
  if (trainer.kind === 'command' && settings.command) {
    const tried = diagnosed.filter((d) => d.finding !== 'not-tried' && d.finding !== 'failed');
    const allAgree =
      control.error === null && control.verdict === 'reproducible' && (unpinnedAgrees || (tried.length > 0 && tried.every((d) => d.finding === 'not-needed')));
    const calls = await selfDeterminismCalls(settings.command.command, settings.command.workingDirectory);
    // Both signs: agreement alone is none (on a CPU most scripts agree with every variable off), and
    // a script that names the call but still parts without a setting did measure something.
    if (calls.length > 0 && allAgree) {
      const evidence = [...calls, 'with each setting off its runs still agree'];
      const note =
        `the script seems to set determinism itself (${evidence.join('; ')}): a likely cause, not a finding. ` +
        'Then these trials measure nothing, since the script pins what the settings would; to measure them, let the script leave determinism to the environment';
      notes.push(note);
      options.log?.(`diagnose: ${note}`);
    }
  }
  const notTried = diagnosed.filter((d) => d.finding === 'not-tried');
  const gpuOnlyNames = notTried.filter((d) => Object.hasOwn(GPU_ONLY_VARIABLES, d.name) && noGpu !== null).map((d) => d.name);
  if (gpuOnlyNames.length > 0) notes.push(`not tried here, GPU-only and this runner has no GPU (${noGpu}): ${gpuOnlyNames.join(', ')}`);
  const otherNotTried = notTried.filter((d) => !gpuOnlyNames.includes(d.name));
  if (otherNotTried.length > 0) notes.push(`not tried (${otherNotTried[0]?.detail}): ${otherNotTried.map((d) => d.name).join(', ')}`);

  // The fastest configuration that still reproduces: every setting not needed here off at once,
  // and if together they make the runs part, one at a time, keeping each that does no harm.
  let fastest: Diagnosis['fastest'] = null;
  const notNeeded = list.filter((c) => diagnosed.find((d) => d.name === c.name)?.finding === 'not-needed');
  if (control.error === null && control.verdict === 'reproducible' && notNeeded.length > 0 && fits()) {
    const together = await run(`${notNeeded.map((c) => c.name).join(', ')} off together`, allOff(notNeeded));
    if (together.error === null && together.verdict === 'reproducible') {
      // Measured, not assumed: where switching them off saves nothing, every setting on is the fastest.
      fastest =
        together.seconds < control.seconds
          ? { off: notNeeded.map((c) => c.name), seconds: together.seconds, reproducible: true, allOnSeconds: control.seconds }
          : { off: [], seconds: control.seconds, reproducible: true, allOnSeconds: control.seconds };
      if (fastest.off.length === 0)
        notes.push(
          `switching off every setting not needed here saved no time (${together.seconds.toFixed(1)} s against ${control.seconds.toFixed(1)} s with all on)`,
        );
    } else {
      const kept: Candidate[] = [];
      let seconds = control.seconds;
      for (const candidate of notNeeded) {
        if (!fits()) {
          notes.push(`the fastest configuration was not finished: the budget of ${plural(settings.diagnoseBudgetMinutes, 'minute')} was spent`);
          break;
        }
        const outcome = await run(`${[...kept, candidate].map((c) => c.name).join(', ')} off`, allOff([...kept, candidate]));
        if (outcome.error === null && outcome.verdict === 'reproducible') {
          kept.push(candidate);
          seconds = outcome.seconds;
        }
      }
      notes.push(`the settings not needed one by one make the runs part when all are off together; the fastest configuration keeps the rest`);
      fastest = { off: kept.map((c) => c.name), seconds, reproducible: true, allOnSeconds: control.seconds };
    }
  }
  return {
    configuration,
    // report.json's name for the unpinned trial, kept so that saved reports still read (docs/development.md#glossary).
    baseline: {
      seconds: unpinned.seconds,
      divergence: unpinned.divergence,
      verdict: unpinned.verdict,
      ...(unpinnedNumbers ? { sameNumbers: unpinnedNumbers.same, delta: unpinnedNumbers.largest } : {}),
    },
    settings: diagnosed,
    fastest,
    budgetMinutes: settings.diagnoseBudgetMinutes,
    spentSeconds: spent(),
    notes,
  };
}
