// Starts one fresh training process per run, with the determinism environment in place before
// anything loads, and gathers what each reports. A run that fails keeps the folds it finished.
import { fork } from 'node:child_process';
import { createWriteStream, mkdirSync, type WriteStream } from 'node:fs';
import { join } from 'node:path';
import type { EnvironmentFingerprint, FoldResult, RunResult, TrainingSettings } from '../contracts.js';
import type { EpochProgress } from '../workload/train.js';
import { determinismEnvironment } from './determinism.js';
import { WORKER_ARGUMENT, type WorkerJob, type WorkerMessage } from './protocol.js';

export interface RunHooks {
  onRunStart?: (run: number) => void;
  onEpoch?: (run: number, progress: EpochProgress) => void;
  onFold?: (run: number, result: FoldResult) => void;
  onRunEnd?: (result: RunResult) => void;
}

export interface TrainingProcessOptions {
  /** The script that becomes a worker when given WORKER_ARGUMENT. */
  entryScript: string;
  /** Each process's stdout and stderr are written to run-N.log here. */
  logDir: string | null;
  hooks?: RunHooks;
}

const OUTPUT_TAIL_BYTES = 4000;
const EXIT_GRACE_MS = 5000;

/** Keeps the last bytes of a process's output, for the error of a failed run. */
class OutputTail {
  private text = '';
  append(chunk: Buffer): void {
    this.text = (this.text + chunk.toString('utf8')).slice(-OUTPUT_TAIL_BYTES);
  }
  lastLines(count: number): string {
    return this.text.trimEnd().split('\n').slice(-count).join('\n');
  }
}

export async function trainOneRun(settings: TrainingSettings, run: number, folds: number[], options: TrainingProcessOptions): Promise<RunResult> {
  const startedAt = new Date();
  const started = performance.now();
  const result: RunResult = { run, status: 'failed', error: null, startedAt: startedAt.toISOString(), durationSeconds: 0, folds: [], environment: null, warnings: [] };
  options.hooks?.onRunStart?.(run);
  const child = fork(options.entryScript, [WORKER_ARGUMENT], {
    env: { ...process.env, ...determinismEnvironment(settings.deterministic, settings.threads) },
    execArgv: [],
    stdio: ['ignore', 'pipe', 'pipe', 'ipc'],
  });
  let log: WriteStream | null = null;
  if (options.logDir) {
    mkdirSync(options.logDir, { recursive: true });
    log = createWriteStream(join(options.logDir, `run-${run}.log`));
  }
  const tail = new OutputTail();
  for (const stream of [child.stdout!, child.stderr!]) {
    stream.on('data', (chunk: Buffer) => {
      tail.append(chunk);
      log?.write(chunk);
    });
  }
  let finished = false;
  let workerError: string | null = null;
  child.on('message', (message: WorkerMessage) => {
    switch (message.type) {
      case 'started':
        result.environment = message.environment as EnvironmentFingerprint;
        result.warnings.push(...message.warnings);
        break;
      case 'epoch':
        options.hooks?.onEpoch?.(run, message.progress);
        break;
      case 'fold':
        result.folds.push(message.result);
        options.hooks?.onFold?.(run, message.result);
        break;
      case 'done':
        finished = true;
        // A worker whose backend keeps threads alive must not hold the check up.
        setTimeout(() => child.kill('SIGKILL'), EXIT_GRACE_MS).unref();
        break;
      case 'error':
        workerError = message.message;
        break;
    }
  });
  const job: WorkerJob = { settings, run, folds };
  child.send(job);
  const [code, signal] = await new Promise<[number | null, NodeJS.Signals | null]>((resolve, reject) => {
    child.once('error', reject);
    child.once('exit', (exitCode, exitSignal) => resolve([exitCode, exitSignal]));
  });
  await new Promise<void>((resolve) => (log ? log.end(resolve) : resolve()));
  result.durationSeconds = (performance.now() - started) / 1000;
  if (finished && workerError === null) {
    result.status = 'ok';
  } else {
    const how = workerError ?? (signal ? `was killed by ${signal}` : `exited with code ${code}`);
    const output = workerError ? '' : tail.lastLines(5);
    result.error = `run ${run} failed: ${how}${output ? `\n${output}` : ''}`;
  }
  options.hooks?.onRunEnd?.(result);
  return result;
}

/** Runs one after another; stops at the first failure, keeping the runs that finished. */
export async function trainRuns(settings: TrainingSettings, options: TrainingProcessOptions): Promise<RunResult[]> {
  const folds = Array.from({ length: settings.folds }, (_, fold) => fold);
  const results: RunResult[] = [];
  for (let run = 1; run <= settings.runs; run++) {
    const result = await trainOneRun(settings, run, folds, options);
    results.push(result);
    if (result.status === 'failed') break;
  }
  return results;
}
