// What a check does beyond comparing: it watches the runs' digests as they arrive and stops at the
// first divergence (fail-fast), narrows an epoch down to a batch by re-training that one fold with
// per-batch digests, trains the same runs without the settings for the cost table
// (compare-nondeterministic), and finds which settings matter (diagnose.ts). Training and command
// checks both come through here, each as a Trainer.
import type { CostComparison, Diagnosis, Divergence, NegativeControl, Variations, WorkDone } from '../contracts/report.js';
import type { RunResult } from '../contracts/run-result.js';
import type { CheckSettings } from '../contracts/settings.js';
import { costComparison, costSide } from '../comparison/cost.js';
import { firstWithResults, numbersAgainst } from '../comparison/pinning.js';
import { negativeControlWarning } from '../comparison/negative-control.js';
import type { RunHooks } from '../runs/training-processes.js';
import { errorMessage } from '../util/errors.js';
import { plural } from '../util/text.js';
import { compareWithDivergence } from './conclude.js';
import { diagnose } from './diagnose.js';
import { runNegativeControl } from './negative-control.js';
import { trainWatched, type Trainer } from './trainer.js';
import { varyRuns } from './variations.js';

export interface ExplainedRuns {
  runs: RunResult[];
  divergence: Divergence | null;
  work?: WorkDone;
  cost?: CostComparison;
  diagnosis?: Diagnosis;
  /** `vary`: the runs in other conditions, compared with the control runs. */
  variations?: Variations;
  /** `negative-control`: one run with another seed, compared with a control run. */
  negativeControl?: NegativeControl;
  warnings: string[];
}

export interface ExplainOptions {
  hooks?: RunHooks;
  signal?: AbortSignal;
  log?: (line: string) => void;
}

/** Fold-epochs trained, from the runs' traces: one per epoch-end checkpoint of each run and fold. */
function epochsTrained(runs: readonly RunResult[]): number {
  let count = 0;
  for (const run of runs) {
    const seen = new Set<string>();
    for (const checkpoint of run.trace ?? []) {
      if (checkpoint.batch !== null || checkpoint.epoch < 1) continue;
      const key = `${checkpoint.fold}:${checkpoint.epoch}`;
      if (!seen.has(key)) {
        seen.add(key);
        count++;
      }
    }
  }
  return count;
}

/** The planned fold-epochs: for training, runs × folds × epochs; for a command, what one complete run traced, times the runs. */
function workDone(settings: CheckSettings, trainer: Trainer, runs: readonly RunResult[], stoppedEarly: boolean): WorkDone | undefined {
  const trainedEpochs = epochsTrained(runs);
  if (trainer.kind === 'training') {
    const folds = settings.onlyFolds?.length ?? settings.folds;
    return { trainedEpochs, plannedEpochs: settings.runs * folds * settings.epochs, stoppedEarly };
  }
  const complete = runs.find((run) => run.status === 'ok' && run.trace !== undefined);
  if (!complete) return stoppedEarly ? { trainedEpochs, plannedEpochs: trainedEpochs, stoppedEarly } : undefined;
  return { trainedEpochs, plannedEpochs: Math.max(trainedEpochs, epochsTrained([complete]) * settings.runs), stoppedEarly };
}

/**
 * Re-trains the divergence's fold, up to its epoch, in two fresh processes with per-batch digests,
 * stopping at their first difference: the batch and the variables where the runs part.
 */
async function narrow(trainer: Trainer, divergence: Divergence & { epoch: number }): Promise<Divergence> {
  const started = performance.now();
  const elapsed = (): number => (performance.now() - started) / 1000;
  try {
    const { runs } = await trainWatched(trainer, { runs: 2, onlyFolds: [divergence.fold], epochs: divergence.epoch, trace: 'batches' }, 'narrowing', true);
    const failed = runs.find((run) => run.status === 'failed');
    if (failed) return { ...divergence, narrowing: { status: 'failed', detail: (failed.error ?? 'a run failed').split('\n')[0]!, seconds: elapsed() } };
    const { divergence: found } = compareWithDivergence(runs, 0);
    if (found === null || found.stage === 'evaluation' || found.stage === null) {
      return { ...divergence, narrowing: { status: 'agreed', detail: '', seconds: elapsed() } };
    }
    // The re-train's processes may part earlier than the check's did: the cause struck sooner there.
    const earlier =
      found.epoch !== divergence.epoch
        ? `its processes parted ${found.stage === 'init' ? 'at initialisation' : `in epoch ${found.epoch}`}, earlier than the check's runs`
        : '';
    return {
      ...divergence,
      stage: found.stage,
      epoch: found.epoch,
      batch: found.batch,
      variables: found.variables,
      ...(found.inputs ? { inputs: found.inputs } : {}),
      narrowing: { status: 'found', detail: earlier, seconds: elapsed() },
    };
  } catch (error) {
    return { ...divergence, narrowing: { status: 'failed', detail: errorMessage(error), seconds: elapsed() } };
  }
}

export async function explainRuns(settings: CheckSettings, trainer: Trainer, options: ExplainOptions): Promise<ExplainedRuns> {
  const warnings: string[] = [];
  // The cost table needs every run whole, for the variance and the time per run; and above
  // tolerance 0 weights may differ while the check passes, so a digest is no reason to stop.
  const failFast = settings.failFast && settings.tolerance === 0 && !settings.compareNondeterministic;
  const watched = await trainWatched(trainer, {}, 'check', failFast, options.hooks);
  const { runs } = watched;
  // The watch may fire as the last run ends (a command's trace is read to its end): then nothing was skipped.
  const stoppedEarly = watched.stoppedEarly && (runs.some((run) => run.status === 'stopped') || runs.length < settings.runs);
  const compared = compareWithDivergence(runs, settings.tolerance);
  let { divergence } = compared;
  const aborted = (): boolean => options.signal?.aborted === true;
  if (trainer.kind === 'training' && divergence?.stage === 'epoch' && divergence.batch === null && divergence.epoch !== null && !aborted()) {
    options.log?.(`Runs part in fold ${divergence.fold}, epoch ${divergence.epoch}: re-training that fold with per-batch digests to find the batch.`);
    divergence = await narrow(trainer, { ...divergence, epoch: divergence.epoch });
  }
  const explained: ExplainedRuns = { runs, divergence, warnings };
  const work = workDone(settings, trainer, runs, stoppedEarly);
  if (work) explained.work = work;

  if (settings.vary && settings.vary.length > 0) {
    // After the control runs, never beside them: fail-fast watched only those, and their verdict stays their own.
    explained.variations = await varyRuns({ ...settings, vary: settings.vary }, trainer, runs, compared.comparison.verdict, {
      signal: options.signal,
      log: options.log,
    });
  }
  if (settings.negativeControl && trainer.kind === 'command' && !aborted()) {
    // After the control runs (fail-fast watched only those) and any varied runs, numbered after them all.
    const number = Math.max(0, ...runs.map((run) => run.run), ...(explained.variations?.trials.map((trial) => trial.run.run) ?? [])) + 1;
    explained.negativeControl = await runNegativeControl(settings, trainer, runs, number, options.log);
    const warning = negativeControlWarning(explained.negativeControl);
    if (warning !== null) warnings.push(warning);
  }
  if (settings.compareNondeterministic && !aborted()) {
    options.log?.(`Training the same ${plural(settings.runs, 'run')} without the determinism settings (compare-nondeterministic).`);
    const withoutRuns = await trainer.train({ deterministic: false }, { purpose: 'without' });
    const without = compareWithDivergence(withoutRuns, settings.tolerance);
    // Our own workload trains the free runs with no seed at all; a model file or a command may seed itself.
    const freeRunsWereSeeded = trainer.kind === 'command' || Boolean(settings.model);
    // Each side agreeing with itself is not enough: the same numbers on both is what a runner without the settings would need.
    const withRun = firstWithResults(runs);
    const withoutRun = firstWithResults(withoutRuns);
    const numbers = withRun && withoutRun ? numbersAgainst(withRun, withoutRun, settings.tolerance) : null;
    explained.cost = costComparison(costSide(runs, compared.comparison, divergence), costSide(withoutRuns, without.comparison, without.divergence), {
      freeRunsWereSeeded,
      sameNumbers: numbers?.same ?? null,
      numbersDelta: numbers?.largest ?? null,
    });
  }
  if (settings.diagnose && !aborted()) {
    explained.diagnosis = await diagnose(settings, trainer, divergence, { log: options.log, signal: options.signal, checkRuns: runs });
  }
  return explained;
}
