// Runs the user's own training command `runs` times, each a fresh shell in `working-directory`
// with its framework's determinism variables and TF_REPRO_SEED, TF_REPRO_RUN and TF_REPRO_METRICS,
// in an environment without the runner's own channels and tokens (util/child-environment.ts
// userCodeEnvironment). Runs go side by side in slots (placement.ts: processors over the threads
// each run is pinned to, or one run per GPU group with its CUDA_VISIBLE_DEVICES), each with its own
// metrics, trace, environment and log files; a command that writes a fixed path (`metrics-file`,
// `artifacts`) runs one at a time. With `folds` given, each run is split into processes that each
// train the folds in TF_REPRO_FOLDS, planned over the slots as the engine's own workload is
// (schedule.ts), checked to have written exactly those folds and merged into one run result.
// Each process gets its own process group, and TF_REPRO_RUN_ID in the environment of every
// process it starts: at its end, its timeout, a cancel or fail-fast's stop, the group is killed and
// so is every process still marked with it (on Linux, also those that left the group with
// `setsid`), so nothing a run started outlives it. Its metrics are read from the metrics file it
// wrote, and the artifacts it wrote are hashed before the next run starts. A run may also write a
// trace to TF_REPRO_TRACE (comparison/trace-file.ts): it is read as it grows, each checkpoint
// handed to `onTrace` while the run goes on, and kept in the run's result. A run of several
// processes (torchrun, two launchers for two nodes) is one run: its processes share the group and
// the id, and each rank writes its own trace beside it (run-N.rank<R>.jsonl), found and read as it
// grows the same way. A failed process stops any process from starting after it; what finished is kept.
import { spawn } from 'node:child_process';
import { availableParallelism, totalmem } from 'node:os';
import { mkdir, readdir, rm, stat, type FileHandle } from 'node:fs/promises';
import { join, relative, resolve } from 'node:path';
import { StringDecoder } from 'node:string_decoder';
import { glob } from 'tinyglobby';
import {
  type CommandFingerprint,
  type DistributedRun,
  type FoldResult,
  type ProcessPlacement,
  type RunResult,
  type TraceCheckpoint,
} from '../contracts/run-result.js';
import { type CommandSettings } from '../contracts/settings.js';
import { type Parsed } from '../util/parsed.js';
import { UserError } from '../util/user-error.js';
import { METRICS_FILE_LIMIT_BYTES, oversizedMetricsFile, parseMetricsFile, wholeLinesOfCutMetrics } from '../comparison/metrics-files.js';
import { oversizedTraceFile, traceFileRank, TraceReader } from '../comparison/trace-file.js';
import { COMMAND_VERSIONS_LIMIT_BYTES, parseCommandVersions, type CommandVersions } from '../comparison/fingerprint.js';
import { frameworkEnvironment, reproVariables } from '../determinism/framework-environment.js';
import { foldsLabel, type RunHooks } from './training-processes.js';
import { userCodeEnvironment } from '../util/child-environment.js';
import { machineFingerprint, readCpuHost } from '../util/cpu-host.js';
import { killMarked } from '../util/processes.js';
import { createFileAnew, ioCause, openRegularFile, readOpenFile, sha256OfRegularFile } from '../util/user-files.js';
import { minutesText } from '../util/text.js';
import type { LaunchVariation } from './variation.js';
import { placeSlots, type SlotGpu } from './placement.js';
import { planJobs, type Job } from './schedule.js';
import { detectLauncher, distributedRun, reportedDistributed } from './launcher.js';

/** Every process a run starts carries this variable, its value unique to the run. */
export const RUN_ID_VARIABLE = 'TF_REPRO_RUN_ID';

export interface CommandRunOptions {
  command: CommandSettings;
  runs: number;
  seed: number;
  deterministic: boolean;
  threads: number;
  /** Where logs/, metrics/ and traces/ go: the report directory, or a temporary one. */
  outputDir: string;
  /** False when outputDir is a temporary directory that goes at the end: errors then name no log file. */
  logsKept: boolean;
  /** Names the runs of this check in TF_REPRO_RUN_ID (`<checkId>-<run>`). */
  checkId: string;
  hooks?: RunHooks;
  /** Aborting kills the running command and everything it started; no run starts after. */
  signal?: AbortSignal;
  /**
   * Each checkpoint of a run's trace, as the run writes it (the file is polled while the command
   * runs), once the checkpoint after it begins or the run ends.
   */
  onTrace?: (run: number, checkpoint: TraceCheckpoint) => void;
  /**
   * Aborting stops the check on purpose (fail-fast found a divergence): the running command is
   * killed with everything it started, its run ends 'stopped' with what it traced, no run starts after.
   */
  stop?: AbortSignal;
  /** Framework determinism variables the runs go without (diagnose): not set, and not inherited either. */
  variablesOff?: string[];
  /** A varied run (`vary`): its launcher, environment and working directory (a copy elsewhere). */
  variation?: LaunchVariation;
  /** tf-repro's variables for every run besides its own per-run ones: TF_REPRO_DATASET, TF_REPRO_MAX_EPOCHS. */
  variables?: Record<string, string>;
  /** Runs side by side (placement.ts); absent: 1, one at a time. */
  parallel?: number | 'auto';
  /** The GPUs nvidia-smi lists (one run per GPU by default); absent or empty: none. */
  gpus?: readonly SlotGpu[];
  /** GPUs each run needs (a distributed command's world size); default 1. */
  gpusPerRun?: number;
  /** `folds` given: the command trains these folds, split over the slots by TF_REPRO_FOLDS; absent: each run whole. */
  folds?: number;
  /** Let the runs advance together (fail-fast): the split's plan goes fold-major (schedule.ts). */
  sideBySide?: boolean;
  /** Where the notices go: why fewer runs go side by side than the machine allows. */
  log?: (line: string) => void;
}

export interface CommandRuns {
  runs: RunResult[];
  /** The working directory, absolute. */
  workingDirectory: string;
  /** The variables every run got alike, on top of the environment. */
  variables: Record<string, string>;
  /** Per run, the variables whose values are the run's own (TF_REPRO_RUN, its metrics and trace paths). */
  runVariables: Record<string, string>[];
  /** Each run's stdout and stderr log, absolute. */
  logs: string[];
  /** Patterns that matched no file a run wrote. */
  warnings: string[];
  /** Why fewer runs went side by side than the machine allows (also given to `log`). */
  notices: string[];
}

const TAIL_BYTES = 4000;
const TAIL_LINES = 10;
/** How long to wait for a killed process group to be gone. */
const KILL_WAIT_MS = 2000;
/** How often a growing trace is read while its run goes on. */
const TRACE_POLL_MS = 150;
/** The most read from a trace at once. */
const TRACE_CHUNK_BYTES = 1024 * 1024;

/** A file's identity and content clock: a file a run rewrote has a new mtime (ns) or size or inode. */
type FileStamp = string;

async function stampOf(path: string): Promise<FileStamp | null> {
  const info = await stat(path, { bigint: true }).catch(() => null);
  return info && info.isFile() ? `${info.ino}:${info.size}:${info.mtimeNs}` : null;
}

async function artifactStamps(patterns: readonly string[], cwd: string): Promise<Map<string, FileStamp>> {
  const stamps = new Map<string, FileStamp>();
  if (patterns.length === 0) return stamps;
  const paths = await glob([...patterns], { cwd, onlyFiles: true, dot: true, expandDirectories: false });
  for (const path of paths.sort()) {
    const stamp = await stampOf(join(cwd, path));
    if (stamp !== null) stamps.set(path, stamp);
  }
  return stamps;
}

/** The last lines of a log, for a failed run's error. */
async function tail(path: string): Promise<string> {
  // The command could have put a FIFO in its log's place: never a wait on it.
  const handle = await openRegularFile(path).catch(() => null);
  if (!handle) return '';
  try {
    const { size } = await handle.stat();
    const length = Math.min(size, TAIL_BYTES);
    const buffer = Buffer.alloc(length);
    await handle.read(buffer, 0, length, size - length);
    return buffer.toString('utf8').trimEnd().split('\n').slice(-TAIL_LINES).join('\n');
  } finally {
    await handle.close();
  }
}

/** Kills every process of the group; true when there was one to kill. */
function killGroup(pid: number): boolean {
  try {
    process.kill(-pid, 'SIGKILL');
    return true;
  } catch {
    return false;
  }
}

async function groupGone(pid: number): Promise<void> {
  const until = Date.now() + KILL_WAIT_MS;
  while (Date.now() < until) {
    try {
      process.kill(-pid, 0);
    } catch {
      return;
    }
    await new Promise((r) => setTimeout(r, 20));
  }
}

interface Exit {
  code: number | null;
  signal: NodeJS.Signals | null;
  timedOut: boolean;
  cancelled: boolean;
  /** The stop signal aborted while the command ran. */
  stopped: boolean;
  spawnError: string | null;
}

interface RunOnceOptions {
  cwd: string;
  env: NodeJS.ProcessEnv;
  stdoutPath: string;
  stderrPath: string;
  timeoutMs: number;
  signal: AbortSignal | undefined;
  stop: AbortSignal | undefined;
  /** Put before `/bin/sh -c command` (a varied run's taskset, umask shell); empty: the shell alone. */
  launcher: string[];
}

/** Runs the command once; resolves when its whole process group and every process marked with the run's id are gone. */
async function runOnce(command: string, options: RunOnceOptions): Promise<Exit> {
  const runId = options.env[RUN_ID_VARIABLE] ?? '';
  // The logs folder is one the command can reach: an earlier run could have left a FIFO or a link at these names.
  let out: FileHandle | null = null;
  let err: FileHandle;
  try {
    out = await createFileAnew(options.stdoutPath);
    err = await createFileAnew(options.stderrPath);
  } catch (error) {
    await out?.close();
    const path = out ? options.stderrPath : options.stdoutPath;
    return {
      code: null,
      signal: null,
      timedOut: false,
      cancelled: false,
      stopped: false,
      spawnError: `its log ${path} could not be created (${ioCause(error)})`,
    };
  }
  try {
    const spawnOptions = { cwd: options.cwd, env: options.env, detached: true, stdio: ['ignore', out.fd, err.fd] as ['ignore', number, number] };
    const child =
      options.launcher.length > 0
        ? spawn(options.launcher[0]!, [...options.launcher.slice(1), '/bin/sh', '-c', command], spawnOptions)
        : spawn(command, { ...spawnOptions, shell: true });
    const endAll = (): void => {
      if (child.pid !== undefined) killGroup(child.pid);
      killMarked(RUN_ID_VARIABLE, runId);
    };
    let timedOut = false;
    const timer =
      options.timeoutMs > 0
        ? setTimeout(() => {
            timedOut = true;
            endAll();
          }, options.timeoutMs)
        : null;
    let cancelled = false;
    const cancel = (): void => {
      cancelled = true;
      endAll();
    };
    // A cancel may have come while the run was being prepared, before this listener.
    if (options.signal?.aborted) cancel();
    else options.signal?.addEventListener('abort', cancel);
    let stopped = false;
    const stop = (): void => {
      stopped = true;
      endAll();
    };
    if (options.stop?.aborted) stop();
    else options.stop?.addEventListener('abort', stop);
    const exit = await new Promise<Exit>((resolveExit) => {
      child.once('error', (error) => resolveExit({ code: null, signal: null, timedOut: false, cancelled: false, stopped: false, spawnError: error.message }));
      child.once('exit', (code, signal) => resolveExit({ code, signal, timedOut, cancelled, stopped, spawnError: null }));
    });
    if (timer) clearTimeout(timer);
    options.signal?.removeEventListener('abort', cancel);
    options.stop?.removeEventListener('abort', stop);
    // Whatever the command left running goes with it: the next run starts with nothing of this one.
    endAll();
    if (child.pid !== undefined) await groupGone(child.pid);
    return exit;
  } finally {
    await out.close();
    await err.close();
  }
}

/**
 * A run's trace file read as it grows: only the bytes added since the last read, whole lines
 * parsed, each finished checkpoint handed to `onCheckpoint`. The file may not exist yet.
 */
class TraceTail {
  private readonly reader: TraceReader;
  private readonly decoder = new StringDecoder('utf8');
  private handle: FileHandle | null = null;
  private offset = 0;
  private failure: string | null = null;
  private timer: NodeJS.Timeout | null = null;
  private reading: Promise<void> = Promise.resolve();
  /** What `onCheckpoint` threw, thrown again once the run is over. */
  callbackError: unknown = null;

  constructor(
    private readonly path: string,
    name: string,
    private readonly onCheckpoint: ((checkpoint: TraceCheckpoint) => void) | undefined,
    rank: number | null = null,
  ) {
    this.reader = new TraceReader(name, rank);
  }

  /** Reads the file every TRACE_POLL_MS until `finish`; only worth it when someone listens. */
  start(): void {
    if (!this.onCheckpoint) return;
    this.timer = setInterval(() => {
      // One read at a time: a slow read is not overtaken by the next tick's.
      this.reading = this.reading.then(() => this.readMore());
    }, TRACE_POLL_MS);
  }

  /**
   * The run is over: reads the rest and closes the last checkpoint. Undefined when the run wrote
   * no trace; a cut-off last line is ignored where `partialLastLine` allows (a run killed mid-write).
   */
  async finish(partialLastLine: boolean): Promise<Parsed<TraceCheckpoint[]> | undefined> {
    if (this.timer) clearInterval(this.timer);
    await this.reading;
    await this.readMore();
    try {
      if (this.failure !== null) return { ok: false, error: this.failure };
      if (this.handle === null) return undefined;
      this.take(this.reader.push(this.decoder.end()));
      this.take(this.reader.end({ allowPartialLastLine: partialLastLine }));
      return this.failure !== null ? { ok: false, error: this.failure } : { ok: true, value: this.reader.checkpoints };
    } finally {
      await this.handle?.close();
      this.handle = null;
    }
  }

  private async readMore(): Promise<void> {
    try {
      await this.readAvailable();
    } catch (error) {
      this.failure ??= `${this.reader.name}: the trace file could not be read (${ioCause(error)})`;
    }
  }

  private async readAvailable(): Promise<void> {
    if (this.failure !== null) return;
    if (this.handle === null) {
      // Not written yet: looked for again at the next read. Anything but a regular file is an error at once, never a wait (a FIFO).
      this.handle = await openRegularFile(this.path).catch((error: NodeJS.ErrnoException) => (error.code === 'ENOENT' ? null : Promise.reject(error)));
      if (this.handle === null) return;
    }
    const { size } = await this.handle.stat();
    const oversized = oversizedTraceFile(size, this.reader.name);
    if (oversized) {
      this.failure = oversized.ok ? null : oversized.error;
      return;
    }
    if (size < this.offset) {
      this.failure = `${this.reader.name}: the trace file shrank from ${this.offset} to ${size} bytes while the run wrote it; open it for appending (mode 'a') and never rewrite it`;
      return;
    }
    while (this.offset < size && this.failure === null) {
      const buffer = Buffer.alloc(Math.min(size - this.offset, TRACE_CHUNK_BYTES));
      const { bytesRead } = await this.handle.read(buffer, 0, buffer.length, this.offset);
      if (bytesRead === 0) break;
      this.offset += bytesRead;
      this.take(this.reader.push(this.decoder.write(buffer.subarray(0, bytesRead))));
    }
  }

  private take(parsed: Parsed<TraceCheckpoint[]>): void {
    if (!parsed.ok) {
      this.failure = parsed.error;
      return;
    }
    for (const checkpoint of parsed.value) {
      if (this.callbackError !== null) return;
      try {
        this.onCheckpoint?.(checkpoint);
      } catch (error) {
        this.callbackError = error;
      }
    }
  }
}

/**
 * A run's traces: its own file and each rank's (run-N.rank<R>.jsonl, or run-N.folds-0-1.rank<R>.jsonl for a part of a split run: traceFileRank), looked for
 * at every poll since the ranks start when their launcher starts them, each read as it grows.
 */
class RunTraces {
  private readonly tails = new Map<number | null, TraceTail>();
  private timer: NodeJS.Timeout | null = null;
  private looking: Promise<void> = Promise.resolve();

  constructor(
    private readonly dir: string,
    private readonly base: string,
    private readonly onCheckpoint: ((checkpoint: TraceCheckpoint) => void) | undefined,
  ) {
    this.add(null, join(dir, `${base}.jsonl`));
  }

  /** Earlier checks' rank files in the same report directory must not count as this run's. */
  static async clear(dir: string, base: string): Promise<void> {
    for (const name of await readdir(dir).catch(() => [] as string[])) {
      if (name === `${base}.jsonl` || traceFileRank(name, base) !== null) await rm(join(dir, name), { force: true });
    }
  }

  start(): void {
    for (const tail of this.tails.values()) tail.start();
    if (!this.onCheckpoint) return;
    this.timer = setInterval(() => {
      this.looking = this.looking.then(() => this.lookForRanks(true));
    }, TRACE_POLL_MS);
  }

  get callbackError(): unknown {
    for (const tail of this.tails.values()) if (tail.callbackError !== null) return tail.callbackError;
    return null;
  }

  /** Every file read to its end: the checkpoints of the run's own file, then each rank's in rank order; the first error. */
  async finish(partialLastLine: boolean): Promise<{ traced: Parsed<TraceCheckpoint[]> | undefined; ranks: number }> {
    if (this.timer) clearInterval(this.timer);
    await this.looking;
    await this.lookForRanks(false);
    const ranks = [...this.tails.keys()].filter((rank) => rank !== null).length;
    const order = [...this.tails.keys()].sort((a, b) => (a ?? -1) - (b ?? -1));
    let traced: Parsed<TraceCheckpoint[]> | undefined;
    for (const rank of order) {
      const parsed = await (this.tails.get(rank) as TraceTail).finish(partialLastLine);
      if (parsed === undefined || (traced !== undefined && !traced.ok)) continue;
      traced = !parsed.ok ? parsed : { ok: true, value: [...(traced?.value ?? []), ...parsed.value] };
    }
    return { traced, ranks };
  }

  private add(rank: number | null, path: string): TraceTail {
    const tail = new TraceTail(path, path, this.onCheckpoint, rank);
    this.tails.set(rank, tail);
    return tail;
  }

  private async lookForRanks(started: boolean): Promise<void> {
    for (const name of await readdir(this.dir).catch(() => [] as string[])) {
      const rank = traceFileRank(name, this.base);
      if (rank === null || this.tails.has(rank)) continue;
      const tail = this.add(rank, join(this.dir, name));
      if (started) tail.start();
    }
  }
}

/** The metrics file a run wrote, read as a regular file of at most METRICS_FILE_LIMIT_BYTES, and parsed. */
async function readMetricsFile(path: string, name: string, wholeLinesOnly = false): Promise<ReturnType<typeof parseMetricsFile>> {
  let file: FileHandle;
  try {
    file = await openRegularFile(path);
  } catch (error) {
    return { ok: false, error: `${name}: the metrics file cannot be read (${ioCause(error)}); write the metrics to a regular file` };
  }
  try {
    const oversized = oversizedMetricsFile((await file.stat()).size, name);
    if (oversized !== null) return oversized;
    const text = (await readOpenFile(file, path, METRICS_FILE_LIMIT_BYTES)).toString('utf8');
    return parseMetricsFile(wholeLinesOnly ? wholeLinesOfCutMetrics(text) : text, name);
  } catch (error) {
    return { ok: false, error: `${name}: the metrics file cannot be read (${ioCause(error)})` };
  } finally {
    await file.close();
  }
}

const NO_VERSIONS: CommandVersions = { python: null, frameworks: {} };

/** What a run wrote to $TF_REPRO_ENVIRONMENT: a regular file of a few KiB, else nothing (the fingerprint says only what was reported). */
async function reportedEnvironment(path: string): Promise<string | null> {
  try {
    const file = await openRegularFile(path);
    try {
      if ((await file.stat()).size > COMMAND_VERSIONS_LIMIT_BYTES) return null;
      return await file.readFile('utf8');
    } finally {
      await file.close();
    }
  } catch {
    return null;
  }
}

/** What a run got: the machine, the processors it may use, the framework's determinism variables as given to it, and the versions it reported. */
function commandFingerprint(env: NodeJS.ProcessEnv, variables: readonly string[], reported: string | null): CommandFingerprint {
  return {
    kind: 'command',
    ...machineFingerprint(),
    visibleCpus: availableParallelism(),
    determinismVariables: Object.fromEntries(variables.map((name) => [name, env[name] ?? null])),
    ...(reported === null ? NO_VERSIONS : parseCommandVersions(reported)),
  };
}

/** The variable that names the folds a process of a split run trains (docs/own-training.md). */
export const FOLDS_VARIABLE = 'TF_REPRO_FOLDS';
/** Host memory set aside per command process under `parallel: auto`: a Python process with its framework loaded. */
export const MEMORY_PER_COMMAND_BYTES = 1024 ** 3;

/** What one process of a run (the whole run, or some of its folds) left. */
interface PartOutcome {
  startedAt: string;
  seconds: number;
  error: string | null;
  stopped: boolean;
  folds: FoldResult[];
  trace: TraceCheckpoint[] | undefined;
  environment: CommandFingerprint;
  artifacts: Map<string, string> | null;
  placement: ProcessPlacement;
  /** Several processes (ranks) in this part: how they were launched; absent: one process. */
  distributed: DistributedRun | null;
}

/** A run's processes: how many it has, and what those that ended left. */
interface RunState {
  parts: number;
  /** Parts started so far: the next one's number, from 1. */
  launched: number;
  outcomes: PartOutcome[];
  started: boolean;
}

/**
 * The folds each part of a split run wrote must be exactly its own, in its metrics and in its trace:
 * otherwise the merged run would hold a fold twice, or lack one. Null when they are.
 */
function foldsMismatch(what: string, own: readonly number[], metricsFolds: readonly number[], traceFolds: readonly number[] | null): string | null {
  const expected = [...own].sort((a, b) => a - b).join(',');
  const fix = `train only the folds listed in $${FOLDS_VARIABLE} (Python: tf_repro.folds_to_train), or leave 'folds' out to run the command whole`;
  const wrote = [...new Set(metricsFolds)].sort((a, b) => a - b);
  if (wrote.join(',') !== expected || wrote.length !== metricsFolds.length)
    return `${what}: its metrics hold ${wrote.length === 0 ? 'no fold' : foldsLabel(wrote)}, not exactly its ${foldsLabel(own)} (${FOLDS_VARIABLE}=${expected}): ${fix}`;
  if (traceFolds !== null) {
    const traced = [...new Set(traceFolds)].sort((a, b) => a - b);
    if (traced.join(',') !== expected)
      return `${what}: its trace holds ${foldsLabel(traced)}, not exactly its ${foldsLabel(own)} (${FOLDS_VARIABLE}=${expected}): ${fix}`;
  }
  return null;
}

export async function runCommands(options: CommandRunOptions): Promise<CommandRuns> {
  const { command: settings } = options;
  const controlCwd = resolve(settings.workingDirectory ?? '.');
  // A varied run (`path`) runs in a copy of the working directory elsewhere.
  const cwd = options.variation?.cwd ?? controlCwd;
  const info = await stat(cwd).catch(() => null);
  if (!info || !info.isDirectory()) {
    throw new UserError(
      `'working-directory': ${cwd} ${info ? 'is not a directory' : 'does not exist'}; give the directory the command runs in (relative to the workspace)`,
    );
  }
  const outputDir = resolve(options.outputDir);
  const logDir = join(outputDir, 'logs');
  const metricsDir = join(outputDir, 'metrics');
  const traceDir = join(outputDir, 'traces');
  const versionsDir = join(outputDir, 'environment');
  for (const dir of [logDir, metricsDir, traceDir, versionsDir]) await mkdir(dir, { recursive: true });
  const variablesOff = options.variablesOff ?? [];
  const inherited = userCodeEnvironment(process.env);
  // A variable switched off is off: the runner's own environment must not set it either.
  for (const name of variablesOff) delete inherited[name];
  const determinism = frameworkEnvironment(settings.framework, options.deterministic, options.threads, inherited, variablesOff, readCpuHost());
  // The fingerprint shows every variable of the framework's settings, switched off or not.
  const fingerprinted = Object.keys(frameworkEnvironment(settings.framework, true, options.threads, inherited, [], readCpuHost()));
  const timeoutMs = settings.timeoutMinutes * 60_000;
  const launcher = detectLauncher(settings.command);

  // The slots: side by side where the command's paths are its own run's, else one at a time.
  const placed = placeSlots(
    {
      parallel: options.parallel ?? 1,
      // A distributed command's ranks each take the threads (and GPU) one process would.
      threads: options.threads * (launcher.worldSize ?? 1),
      processesPerGpu: 1,
      gpusPerRun: options.gpusPerRun ?? launcher.worldSize ?? 1,
      memoryPerProcessBytes: MEMORY_PER_COMMAND_BYTES,
      pinSingleSlot: false,
    },
    { cpus: availableParallelism(), totalMemoryBytes: totalmem(), gpus: options.gpus ?? [], visibleDevices: process.env.CUDA_VISIBLE_DEVICES },
  );
  const notices = [...placed.notices];
  let slotCount = placed.slots;
  const fixedPath =
    settings.metricsFile !== null
      ? `'metrics-file' (${settings.metricsFile})`
      : settings.artifacts.length > 0
        ? `'artifacts' (${settings.artifacts.join(', ')})`
        : null;
  if (fixedPath !== null && slotCount > 1) {
    notices.push(`the runs go one at a time, not ${slotCount} side by side: ${fixedPath} names files every run writes at the same path`);
    slotCount = 1;
  }
  // Split: the engine's own plan of folds over slots (schedule.ts); whole: the runs in turn, each slot taking the next.
  const split = options.folds !== undefined;
  const queues: Job[][] = split
    ? planJobs(options.runs, options.folds ?? 1, slotCount, { sideBySide: options.sideBySide }).slots
    : [Array.from({ length: options.runs }, (_, i) => ({ run: i + 1, folds: [] }))];
  const slotsUsed = split ? queues.length : Math.min(slotCount, options.runs);
  for (const notice of notices) options.log?.(notice);

  const states = new Map<number, RunState>();
  for (const job of queues.flat()) {
    const state = states.get(job.run) ?? { parts: 0, launched: 0, outcomes: [], started: false };
    state.parts++;
    states.set(job.run, state);
  }
  /** Each process's stdout and stderr logs, listed at the end run by run (processes side by side end in any order). */
  const logEntries: { run: number; name: string; paths: string[] }[] = [];
  const artifactCounts = new Map<string, number>();
  /** Per run (index run - 1), the variables its first process got: split into what every run got alike and each run's own. */
  const eachRunGot: Record<string, string>[] = [];
  /** A part failed: no part starts after it (those running end as they would). */
  let failed = false;
  let callbackError: unknown = null;
  const results: RunResult[] = [];

  const runPart = async (job: Job, slot: number): Promise<PartOutcome> => {
    const { run } = job;
    const state = states.get(run)!;
    const several = state.parts > 1;
    const part = ++state.launched;
    const own = split ? job.folds : null;
    // A split run's parts each get their own files; a whole run keeps the names it always had.
    const name = several ? `run-${run}.${own === null ? `part-${part}` : `folds-${own.join('-')}`}` : `run-${run}`;
    const what = split && several ? `run ${run} (${foldsLabel(job.folds)})` : `run ${run}`;
    if (!state.started) {
      state.started = true;
      options.hooks?.onRunStart?.(run);
    }
    const startedAt = new Date().toISOString();
    const started = performance.now();
    const metricsPath = settings.metricsFile === null ? join(metricsDir, `${name}.metrics`) : resolve(cwd, settings.metricsFile);
    const metricsName = settings.metricsFile === null ? metricsPath : settings.metricsFile;
    // Our own path must not hold a metrics file of an earlier check in the same report directory.
    if (settings.metricsFile === null) await rm(metricsPath, { force: true });
    const metricsBefore = await stampOf(metricsPath);
    const tracePath = join(traceDir, `${name}.jsonl`);
    await RunTraces.clear(traceDir, name);
    const versionsPath = join(versionsDir, `${name}.json`);
    await rm(versionsPath, { force: true });
    const artifactsBefore = await artifactStamps(settings.artifacts, cwd);
    const stdoutPath = join(logDir, `${name}.stdout.log`);
    const stderrPath = join(logDir, `${name}.stderr.log`);
    logEntries.push({ run, name, paths: [stdoutPath, stderrPath] });
    // One slot (parallel 1, a fixed path, one run): CUDA_VISIBLE_DEVICES left as the runner has it, every GPU in view.
    const device = slotsUsed > 1 ? (placed.devices[slot % placed.devices.length] ?? null) : null;
    const extra = {
      ...determinism,
      ...reproVariables(options.seed, run, metricsPath, tracePath, versionsPath),
      ...(own === null ? {} : { [FOLDS_VARIABLE]: own.join(',') }),
      ...(device === null ? {} : { CUDA_VISIBLE_DEVICES: device }),
      ...options.variables,
    };
    if (part === 1) eachRunGot[run - 1] = extra;

    // Each process its own id: ending one part of a run must not end the part beside it.
    const runId = several ? `${options.checkId}-${run}-${part}` : `${options.checkId}-${run}`;
    const controlEnv = { ...inherited, ...extra, [RUN_ID_VARIABLE]: runId };
    const env = options.variation ? options.variation.environment(controlEnv) : controlEnv;
    const onTrace = options.onTrace;
    const trace = new RunTraces(traceDir, name, onTrace && ((checkpoint) => onTrace(run, checkpoint)));
    trace.start();
    const prefix = options.variation?.launcher(slot) ?? [];
    const exit = await runOnce(settings.command, { cwd, env, stdoutPath, stderrPath, timeoutMs, signal: options.signal, stop: options.stop, launcher: prefix });
    const reported = await reportedEnvironment(versionsPath);
    const environment = commandFingerprint(env, fingerprinted, reported);
    // A varied run's processes may see fewer CPUs (`cpus`): its fingerprint says how many it had.
    if (options.variation?.visibleCpus != null) environment.visibleCpus = options.variation.visibleCpus;
    // A run that did not end by itself may have been cut off in the middle of a line.
    const endedByItself = exit.spawnError === null && exit.code === 0 && !exit.timedOut;
    const { traced, ranks } = await trace.finish(!endedByItself);
    if (trace.callbackError !== null) callbackError ??= trace.callbackError;
    const distributed = distributedRun(launcher, reported === null ? null : reportedDistributed(reported), ranks);

    // The artifacts this run wrote: new files, or files whose stamp changed.
    let artifacts: Map<string, string> | null = null;
    if (settings.artifacts.length > 0) {
      artifacts = new Map<string, string>();
      for (const [path, stamp] of await artifactStamps(settings.artifacts, cwd)) {
        if (artifactsBefore.get(path) === stamp) continue;
        artifacts.set(path, await sha256OfRegularFile(join(cwd, path)));
        artifactCounts.set(path, (artifactCounts.get(path) ?? 0) + 1);
      }
    }

    const logsText = options.logsKept ? ` (logs: ${[stdoutPath, stderrPath].map((p) => relative(outputDir, p)).join(', ')})` : '';
    const failure = async (how: string): Promise<string> => {
      const parts = [`${what} failed: ${how}${logsText}`];
      for (const [stream, path] of [
        ['stderr', stderrPath],
        ['stdout', stdoutPath],
      ] as const) {
        const text = await tail(path);
        if (text) parts.push(`${stream}, last lines:\n${text}`);
      }
      return parts.join('\n');
    };
    const foldsOf = (parsed: { folds: { fold: number; metrics: Record<string, number> }[] }): FoldResult[] =>
      parsed.folds.map((fold): FoldResult => ({ fold: fold.fold, metrics: fold.metrics, weightsSha256: null, trainSeconds: null }));
    let error: string | null = null;
    let stopped = false;
    let folds: FoldResult[] = [];
    if (exit.spawnError !== null) error = await failure(`the command could not start (${exit.spawnError})`);
    else if (exit.cancelled && exit.code !== 0)
      error = await failure(`the check was cancelled (${String(options.signal?.reason)}) and the command killed with every process it started`);
    else if (exit.stopped && exit.code !== 0) {
      // Stopped on purpose: not a failure. Folds it finished and wrote are kept, where it wrote them whole.
      stopped = true;
      const metricsAfter = await stampOf(metricsPath);
      if (metricsAfter !== null && metricsAfter !== metricsBefore) {
        // A stopped run may have been cut mid-line: only its whole lines count.
        const parsed = await readMetricsFile(metricsPath, metricsName, true);
        if (parsed.ok) folds = foldsOf(parsed.value);
      }
    } else if (exit.timedOut)
      error = await failure(`it ran past timeout-minutes (${minutesText(settings.timeoutMinutes)}) and was killed with every process it started`);
    else if (exit.code !== 0) error = await failure(exit.signal ? `the command was killed by ${exit.signal}` : `the command exited with code ${exit.code}`);
    else {
      const metricsAfter = await stampOf(metricsPath);
      if (metricsAfter === null) {
        error =
          settings.metricsFile === null
            ? `${what} failed: the command wrote no metrics; write them to the path in $TF_REPRO_METRICS, or name the file it writes with 'metrics-file'`
            : `${what} failed: the command did not write the metrics file ${metricsName} (${metricsPath} does not exist)`;
      } else if (metricsAfter === metricsBefore) {
        error = `${what} failed: the metrics file ${metricsName} is the one an earlier run left; this run did not write it`;
      } else {
        const parsed = await readMetricsFile(metricsPath, metricsName);
        if (!parsed.ok) error = `${what}: malformed metrics: ${parsed.error}`;
        else if (traced !== undefined && !traced.ok) error = `${what}: malformed trace: ${traced.error}`;
        else {
          folds = foldsOf(parsed.value);
          if (own !== null)
            error = foldsMismatch(
              what,
              own,
              folds.map((f) => f.fold),
              traced === undefined ? null : traced.value.map((c) => c.fold),
            );
        }
      }
    }
    return {
      startedAt,
      seconds: (performance.now() - started) / 1000,
      error,
      stopped,
      folds: error === null ? folds : [],
      trace: traced?.ok ? traced.value : undefined,
      environment,
      artifacts,
      placement: { slot, folds: own === null ? null : [...own], cudaVisibleDevices: device },
      distributed: distributed ?? null,
    };
  };

  /** A run from what its parts left, once none more will start. */
  const endRun = (run: number, state: RunState): void => {
    const outcomes = state.outcomes;
    const first = outcomes[0];
    // A varied run (`vary`) is compared with the control runs apart, never in the verdict.
    const role = options.variation ? 'varied' : 'control';
    const result: RunResult = {
      run,
      role,
      status: 'ok',
      error: null,
      startedAt: outcomes.map((o) => o.startedAt).sort()[0] ?? first.startedAt,
      durationSeconds: outcomes.reduce((sum, o) => sum + o.seconds, 0),
      // Every fold once, in order; each fold's checkpoints in the order its process recorded them.
      folds: outcomes.flatMap((o) => o.folds).sort((a, b) => a.fold - b.fold),
      environment: first.environment,
      warnings: [],
    };
    const traces = outcomes.filter((o) => o.trace !== undefined);
    if (traces.length > 0) result.trace = traces.flatMap((o) => o.trace ?? []).sort((a, b) => a.fold - b.fold);
    if (settings.artifacts.length > 0) result.artifacts = Object.fromEntries(outcomes.flatMap((o) => [...(o.artifacts ?? new Map<string, string>())]));
    result.placement = outcomes.map((o) => o.placement);
    const distributed = outcomes.find((o) => o.distributed !== null)?.distributed;
    if (distributed) result.distributed = distributed;
    const error = outcomes.find((o) => o.error !== null)?.error ?? null;
    const missing = state.parts - outcomes.length;
    if (error !== null) {
      result.status = 'failed';
      result.error = error;
    } else if (outcomes.some((o) => o.stopped) || (missing > 0 && options.stop?.aborted)) {
      result.status = 'stopped';
    } else if (missing > 0) {
      result.status = 'failed';
      result.error = `run ${run} did not train every fold: no process started for ${missing === 1 ? 'one part' : `${missing} parts`} of it after ${options.signal?.aborted ? 'the cancel' : 'a failure'}`;
    }
    if (result.status !== 'failed') for (const fold of result.folds) options.hooks?.onFold?.(run, fold);
    else result.folds = [];
    results.push(result);
    options.hooks?.onRunEnd?.(result);
  };

  const sharedQueue = !split;
  await Promise.all(
    Array.from({ length: slotsUsed }, async (_, slot) => {
      const queue = queues[sharedQueue ? 0 : slot];
      while (queue.length > 0) {
        if (failed || options.signal?.aborted || options.stop?.aborted) return;
        const job = queue.shift()!;
        const state = states.get(job.run)!;
        const outcome = await runPart(job, slot);
        state.outcomes.push(outcome);
        if (outcome.error !== null) failed = true;
        if (state.outcomes.length === state.parts) endRun(job.run, state);
      }
    }),
  );
  if (callbackError !== null) throw callbackError;
  // Runs cut short by a failure elsewhere, or by the stop, end here with what they finished.
  for (const [run, state] of states) if (state.started && state.outcomes.length < state.parts) endRun(run, state);
  results.sort((a, b) => a.run - b.run);

  const logs = logEntries.sort((a, b) => a.run - b.run || a.name.localeCompare(b.name)).flatMap((entry) => entry.paths);
  const warnings: string[] = [];
  if (settings.artifacts.length > 0 && artifactCounts.size === 0 && results.some((r) => r.status === 'ok')) {
    warnings.push(`'artifacts' (${settings.artifacts.join(', ')}) matched no file that a run wrote in ${cwd}`);
  }
  return { runs: results, workingDirectory: cwd, ...splitRunVariables(eachRunGot.filter((got) => got !== undefined)), logs, warnings, notices };
}

/**
 * The variables the runs got, split into those every run got alike and each run's own: a report
 * must not show run 1's TF_REPRO_RUN or metrics path as what every run got. TF_REPRO_RUN is a
 * run's own even where only one run started.
 */
export function splitRunVariables(eachRunGot: readonly Record<string, string>[]): Pick<CommandRuns, 'variables' | 'runVariables'> {
  const first = eachRunGot[0] ?? {};
  const own = (name: string) => name === 'TF_REPRO_RUN' || eachRunGot.some((got) => got[name] !== first[name]);
  const names = [...new Set(eachRunGot.flatMap((got) => Object.keys(got)))];
  const variables = Object.fromEntries(names.filter((name) => !own(name)).map((name) => [name, first[name] as string]));
  const runVariables = eachRunGot.map((got) => Object.fromEntries(names.filter(own).flatMap((name) => (got[name] === undefined ? [] : [[name, got[name]]]))));
  return { variables, runVariables };
}
