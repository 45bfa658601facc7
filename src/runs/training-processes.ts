// Trains every run's folds in fresh processes, with the determinism environment in place before
// anything loads, up to `workers` processes side by side (the plan is schedule.ts's), and gathers
// what each reports into one RunResult per run, its trace of checkpoints included. A failure stops
// new processes from starting; the folds that finished are kept. A stop (fail-fast) also kills the
// processes that are training: their runs end 'stopped', with what they finished.
import { fork, type ChildProcess } from 'node:child_process';
import { mkdirSync, type WriteStream } from 'node:fs';
import { availableParallelism, totalmem } from 'node:os';
import { dirname, join } from 'node:path';
import type { WorkerBackend } from '../contracts/backend.js';
import type { EnvironmentFingerprint, EpochProgress, FoldResult, RunResult, TraceCheckpoint } from '../contracts/run-result.js';
import type { TrainingSettings } from '../contracts/settings.js';
import { determinismEnvironment, nativeLibraryEnvironment, pinnedVariables } from '../determinism/environment.js';
import { readCpuHost } from '../util/cpu-host.js';
import { WORKER_ARGUMENT, type FoldSteps, type ProcessStats, type WorkerJob, type WorkerMessage } from './protocol.js';
import type { GpuInfo } from '../provision/nvidia-smi.js';
import type { InflatedImages } from '../data/idx-files.js';
import { gpuOfSlot } from './placement.js';
import { planJobs, resolveWorkers, type Job, type MachineFacts } from './schedule.js';
import { childEnvironment } from '../util/child-environment.js';
import { errorMessage } from '../util/errors.js';
import { appendToRegularFile, createFileAnew } from '../util/user-files.js';
import { minutesText } from '../util/text.js';
import { OutputTail } from './output-tail.js';
import { listed } from '../util/text.js';
import type { LaunchVariation } from './variation.js';

/** Called per run and per fold, whichever process trains them; runs may interleave. */
export interface RunHooks {
  /** When the first process of a run starts. */
  onRunStart?: (run: number) => void;
  onEpoch?: (run: number, progress: EpochProgress) => void;
  onFold?: (run: number, result: FoldResult) => void;
  /** Each checkpoint of settings.trace, as its message arrives (in the order each process recorded them). */
  onTrace?: (run: number, checkpoint: TraceCheckpoint) => void;
  /** When the last process of a run has ended (or none more will start), folds sorted. */
  onRunEnd?: (result: RunResult) => void;
  /** When a training process has ended: which folds it trained, its wall time, and its own figures (null if it failed). */
  onProcessEnd?: (info: ProcessInfo) => void;
}

export interface ProcessInfo {
  run: number;
  folds: number[];
  ok: boolean;
  /** From fork until the process exited, as the parent saw it. */
  wallSeconds: number;
  stats: ProcessStats | null;
}

export interface TrainingProcessOptions {
  /** The script that becomes a worker when given WORKER_ARGUMENT. */
  entryScript: string;
  /**
   * Each run's processes' stdout and stderr go to run-N.log here: as they come when the run has
   * one process; else each process's, under a header naming its folds, when it ends.
   */
  logDir: string | null;
  hooks?: RunHooks;
  /** Training processes side by side; 1 trains the runs one after another, one process per run. Default 1. */
  workers?: number;
  /** Processes start at once, but get their job only when this settles: the dataset's inflated copy, passed on with the job (data/idx-files.ts). */
  ready?: Promise<InflatedImages | null>;
  /** The backends each process tries, in order, as provisioning chose (src/provision). */
  backends: WorkerBackend[];
  /** GPUs to pin processes to, one per slot in turn (CUDA_VISIBLE_DEVICES); empty: none. */
  gpus?: GpuInfo[];
  /**
   * When it aborts (fail-fast saw the runs part): no new process starts, the training ones are
   * killed at once, and their runs end 'stopped' (error null) with the folds and trace they finished.
   */
  stop?: AbortSignal;
  /** Let the runs advance together, so that a divergence at fold 0 shows early (schedule.ts planJobs' sideBySide). */
  sideBySide?: boolean;
  /** A varied run (`vary`): every process starts in these other conditions. */
  variation?: LaunchVariation;
}

/** @param gpus the GPUs training will use: those provisioning found when the GPU backend is first choice. */
export function machineFacts(gpus: number): MachineFacts {
  return { cpus: availableParallelism(), totalMemoryBytes: totalmem(), gpus };
}

/** `parallel` as a number of processes for this machine (schedule.ts's resolveWorkers). */
export function workerCount(parallel: number | 'auto', settings: Pick<TrainingSettings, 'threads'>, gpus = 0): number {
  return resolveWorkers(parallel, settings.threads, parallel === 'auto' ? machineFacts(gpus) : { cpus: 1, totalMemoryBytes: 0, gpus: 0 });
}

const EXIT_GRACE_MS = 5000;

/** "fold 3", "folds 3-5", or "folds 1, 4" where only some folds are trained (onlyFolds). */
export function foldsLabel(folds: readonly number[]): string {
  if (folds.length === 1) return `fold ${folds[0]}`;
  const consecutive = folds.every((fold, i) => i === 0 || fold === folds[i - 1] + 1);
  return consecutive ? `folds ${folds[0]}-${folds[folds.length - 1]}` : `folds ${folds.join(', ')}`;
}

interface JobOutcome {
  ok: boolean;
  /** Killed by the stop signal before it finished: neither ok nor failed. */
  stopped: boolean;
  stats: ProcessStats | null;
  /** One line and the output's tail, for a failed process. */
  error: string | null;
  seconds: number;
}

interface JobEvents {
  onStarted: (environment: EnvironmentFingerprint, warnings: string[]) => void;
  onEpoch: (progress: EpochProgress) => void;
  onFold: (result: FoldResult, steps: FoldSteps) => void;
  onTrace: (checkpoint: TraceCheckpoint) => void;
}

/** Where a process's output goes: streamed to `path`, or (with a header) appended to it at the end. */
interface LogTarget {
  path: string;
  header: string | null;
}

/** Output kept for a log section: a process says little; this only bounds a runaway one. */
const SECTION_BYTES = 4 * 1024 * 1024;

interface JobPlacement {
  entryScript: string;
  ready: Promise<InflatedImages | null> | undefined;
  backends: WorkerBackend[];
  gpu: GpuInfo | null;
  stop: AbortSignal | undefined;
  variation: LaunchVariation | undefined;
  /** Its place among the processes side by side (a varied run gives each its own CPUs). */
  slot: number;
}

/** One fresh process for one job. Never rejects: a process that fails is an outcome. */
async function trainJob(
  settings: TrainingSettings,
  job: Job,
  what: string,
  logTarget: LogTarget | null,
  placement: JobPlacement,
  events: JobEvents,
): Promise<JobOutcome> {
  const { entryScript, ready, gpu, stop } = placement;
  const started = performance.now();
  let log: WriteStream | null = null;
  const section: Buffer[] = [];
  let sectionBytes = 0;
  const tail = new OutputTail();
  let finished = false;
  let stats: ProcessStats | null = null;
  let workerError: string | null = null;
  let code: number | null = null;
  let signal: NodeJS.Signals | null = null;
  let forked: ChildProcess | null = null;
  let killedByStop = false;
  const onStop = (): void => {
    killedByStop = true;
    forked?.kill('SIGKILL');
  };
  // timeout-minutes holds for every kind of check: a createModel that never returns, a fold that never ends.
  const minutes = settings.timeoutMinutes ?? 0;
  let timedOut = false;
  const timer =
    minutes > 0
      ? setTimeout(() => {
          timedOut = true;
          forked?.kill('SIGKILL');
        }, minutes * 60_000)
      : null;
  try {
    if (logTarget) mkdirSync(dirname(logTarget.path), { recursive: true });
    // A module model runs in the worker and could have put a FIFO or a link at the log's name: never a wait on it, nor a write through it.
    if (logTarget?.header === null) log = (await createFileAnew(logTarget.path).catch(() => null))?.createWriteStream() ?? null;
    const env = childEnvironment({
      ...determinismEnvironment(settings.deterministic, settings.threads, settings.variablesOff, pinnedVariables(process.env, readCpuHost())),
      ...nativeLibraryEnvironment(
        placement.backends.map((candidate) => (candidate.backend === 'tensorflow' ? candidate.native?.libraryPath : undefined)),
        process.env,
      ),
      ...(gpu ? { CUDA_VISIBLE_DEVICES: String(gpu.index) } : {}),
    });
    const { variation } = placement;
    // A varied run's launcher (taskset, a shell that sets the umask) execs node itself, which keeps the IPC channel's descriptor.
    const launcher = variation?.launcher(placement.slot) ?? [];
    const launch = launcher.length > 0 ? { execPath: launcher[0], execArgv: [...launcher.slice(1), process.execPath] } : { execArgv: [] };
    const child = fork(entryScript, [WORKER_ARGUMENT], {
      env: variation ? variation.environment(env) : env,
      ...launch,
      ...(variation?.cwd ? { cwd: variation.cwd } : {}),
      stdio: ['ignore', 'pipe', 'pipe', 'ipc'],
      // Structured clone, not JSON: a NaN loss must reach the report as NaN, not null.
      serialization: 'advanced',
    });
    forked = child;
    stop?.addEventListener('abort', onStop, { once: true });
    if (stop?.aborted) onStop();
    for (const stream of [child.stdout!, child.stderr!]) {
      stream.on('data', (chunk: Buffer) => {
        tail.append(chunk);
        log?.write(chunk);
        if (logTarget?.header != null) {
          section.push(chunk);
          sectionBytes += chunk.length;
          while (sectionBytes > SECTION_BYTES && section.length > 1) sectionBytes -= section.shift()!.length;
        }
      });
    }
    child.on('message', (message: WorkerMessage) => {
      switch (message.type) {
        case 'started':
          events.onStarted(message.environment, message.warnings);
          break;
        case 'epoch':
          events.onEpoch(message.progress);
          break;
        case 'fold':
          events.onFold(message.result, message.steps);
          break;
        case 'trace':
          events.onTrace(message.checkpoint);
          break;
        case 'done':
          finished = true;
          stats = message.stats ?? null;
          // A worker whose backend keeps threads alive must not hold the check up.
          setTimeout(() => child.kill('SIGKILL'), EXIT_GRACE_MS).unref();
          break;
        case 'error':
          workerError = message.message;
          break;
      }
    });
    const exited = new Promise<[number | null, NodeJS.Signals | null]>((resolve, reject) => {
      child.once('error', reject);
      child.once('exit', (exitCode, exitSignal) => resolve([exitCode, exitSignal]));
    });
    const inflatedImages = (await ready?.catch(() => null)) ?? null;
    const message: WorkerJob = { settings, run: job.run, folds: job.folds, backends: placement.backends, inflatedImages };
    if (!killedByStop) child.send(message);
    [code, signal] = await exited;
  } catch (error) {
    workerError ??= `could not start a training process (${errorMessage(error)})`;
    // A process that never got its job would wait for it forever, and hold this one up.
    forked?.kill('SIGKILL');
  } finally {
    stop?.removeEventListener('abort', onStop);
    if (timer) clearTimeout(timer);
  }
  await new Promise<void>((resolve) => (log ? log.end(resolve) : resolve()));
  if (logTarget?.header != null) {
    // One append per process, so sections never mix.
    try {
      await appendToRegularFile(logTarget.path, Buffer.concat([Buffer.from(`${logTarget.header}\n`), ...section]));
    } catch {
      // A log that cannot be written does not fail the run.
    }
  }
  const seconds = (performance.now() - started) / 1000;
  if (finished && workerError === null) return { ok: true, stopped: false, error: null, seconds, stats };
  if (killedByStop && workerError === null) return { ok: false, stopped: true, error: null, seconds, stats: null };
  if (timedOut && !finished)
    return { ok: false, stopped: false, error: `${what} failed: it ran past timeout-minutes (${minutesText(minutes)}) and was killed`, seconds, stats: null };
  const how = workerError ?? (signal ? `was killed by ${signal}` : `exited with code ${code}`);
  const output = workerError ? '' : tail.lastLines(5);
  return { ok: false, stopped: false, error: `${what} failed: ${how}${output ? `\n${output}` : ''}`, seconds, stats: null };
}

interface RunState {
  result: RunResult;
  jobsLeft: number;
  ended: boolean;
}

/** The folds each run trains: settings.onlyFolds, or all of them. Throws on a fold that is not one of settings.folds (a bug, not an input). */
export function foldsToTrain(settings: Pick<TrainingSettings, 'folds' | 'onlyFolds'>): number[] {
  if (settings.onlyFolds === undefined) return Array.from({ length: settings.folds }, (_, fold) => fold);
  const folds = [...new Set(settings.onlyFolds)].sort((a, b) => a - b);
  const outside = folds.filter((fold) => !Number.isInteger(fold) || fold < 0 || fold >= settings.folds);
  if (folds.length === 0 || outside.length > 0)
    throw new Error(`onlyFolds must name some of folds 0-${settings.folds - 1}, got [${settings.onlyFolds.join(', ')}]`);
  return folds;
}

/**
 * Trains settings.runs × settings.folds (or only settings.onlyFolds of them) over up to `workers`
 * processes. Returns one RunResult per run that started, in run order, folds sorted, the trace in
 * fold order (each fold's checkpoints as recorded). durationSeconds of a run is the wall time of
 * the processes that trained it, added up: what the run takes on its own, whatever ran beside it.
 */
export async function trainRuns(settings: TrainingSettings, options: TrainingProcessOptions): Promise<RunResult[]> {
  const folds = foldsToTrain(settings);
  const plan = planJobs(settings.runs, folds, options.workers ?? 1, { sideBySide: options.sideBySide });
  const jobsPerRun = new Map<number, number>();
  for (const job of plan.jobs) jobsPerRun.set(job.run, (jobsPerRun.get(job.run) ?? 0) + 1);
  const states = new Map<number, RunState>();
  const traced = (settings.trace ?? 'epochs') !== 'off';
  const { stop } = options;
  let failure: string | null = null;

  const endRun = (state: RunState): void => {
    if (state.ended) return;
    state.ended = true;
    state.result.folds.sort((a, b) => a.fold - b.fold);
    // Stable: each fold's checkpoints stay in the order they were recorded.
    state.result.trace?.sort((a, b) => a.fold - b.fold);
    if (state.result.error === null) {
      const trained = new Set(state.result.folds.map((f) => f.fold));
      const untrained = folds.filter((fold) => !trained.has(fold));
      if (untrained.length > 0 && stop?.aborted) {
        state.result.status = 'stopped';
      } else if (untrained.length > 0) {
        state.result.status = 'failed';
        state.result.error = `run ${state.result.run} did not train ${untrained.length === 1 ? 'fold' : 'folds'} ${listed(untrained)}: no process started for them after ${failure ?? 'a failure'}`;
      } else {
        state.result.status = 'ok';
      }
    }
    options.hooks?.onRunEnd?.(state.result);
  };

  const runJob = async (job: Job, gpu: GpuInfo | null, slot: number): Promise<void> => {
    const several = (jobsPerRun.get(job.run) ?? 1) > 1;
    let state = states.get(job.run);
    if (!state) {
      const result: RunResult = {
        run: job.run,
        // A varied run (`vary`) is compared with the control runs apart, never in the verdict.
        role: options.variation ? 'varied' : 'control',
        status: 'failed',
        error: null,
        startedAt: new Date().toISOString(),
        durationSeconds: 0,
        folds: [],
        environment: null,
        warnings: [],
        ...(traced ? { trace: [] } : {}),
      };
      state = { result, jobsLeft: jobsPerRun.get(job.run) ?? 1, ended: false };
      states.set(job.run, state);
      options.hooks?.onRunStart?.(job.run);
    }
    const { result } = state;
    // Recorded where a GPU is pinned (the report's GPUs column); on CPU the slot changes nothing worth a field.
    if (gpu) (result.placement ??= []).push({ slot, folds: [...job.folds], cudaVisibleDevices: String(gpu.index) });
    const what = several ? `run ${job.run} (${foldsLabel(job.folds)})` : `run ${job.run}`;
    const logTarget = options.logDir === null ? null : { path: join(options.logDir, `run-${job.run}.log`), header: several ? `===== ${what} =====` : null };
    const placement = { entryScript: options.entryScript, ready: options.ready, backends: options.backends, gpu, stop, variation: options.variation, slot };
    const outcome = await trainJob(settings, job, what, logTarget, placement, {
      onStarted: (environment, warnings) => {
        if (result.environment === null) {
          result.environment = environment;
        } else if (result.environment.backend !== environment.backend || result.environment.backendDetail !== environment.backendDetail) {
          result.warnings.push(
            `run ${job.run}: ${foldsLabel(job.folds)} trained on ${environment.backend} (${environment.backendDetail}), other folds on ` +
              `${result.environment.backend} (${result.environment.backendDetail})`,
          );
        }
        for (const warning of warnings) if (!result.warnings.includes(warning)) result.warnings.push(warning);
      },
      onEpoch: (progress) => options.hooks?.onEpoch?.(job.run, progress),
      onFold: (fold, steps) => {
        if (gpu) fold.device = `GPU ${gpu.index} (${gpu.name})`;
        result.fusedStep = (result.fusedStep ?? true) && steps.fused;
        for (const warning of steps.warnings) if (!result.warnings.includes(warning)) result.warnings.push(warning);
        result.folds.push(fold);
        options.hooks?.onFold?.(job.run, fold);
      },
      onTrace: (checkpoint) => {
        result.trace?.push(checkpoint);
        options.hooks?.onTrace?.(job.run, checkpoint);
      },
    });
    result.durationSeconds += outcome.seconds;
    options.hooks?.onProcessEnd?.({ run: job.run, folds: job.folds, ok: outcome.ok, wallSeconds: outcome.seconds, stats: outcome.stats });
    if (!outcome.ok && !outcome.stopped) {
      result.status = 'failed';
      result.error ??= outcome.error;
      failure ??= `${what} failed`;
    }
    if (--state.jobsLeft === 0) endRun(state);
  };

  await Promise.all(
    plan.slots.map(async (slot, slotIndex) => {
      // Each slot keeps one GPU, so a process never shares it with another of ours.
      const gpu = gpuOfSlot(options.gpus ?? [], slotIndex);
      for (const job of slot) {
        if (failure !== null || stop?.aborted) return;
        await runJob(job, gpu, slotIndex);
      }
    }),
  );
  // Runs cut short by a failure elsewhere, or by the stop, end here with what they finished.
  for (const state of states.values()) endRun(state);
  return [...states.values()].map((state) => state.result).sort((a, b) => a.run - b.run);
}
