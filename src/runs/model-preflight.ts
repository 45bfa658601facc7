// The user's model checked once before any training process starts, in a fresh process of its own:
// a module model is user code, and the check's own process (the action's, which holds the GitHub
// token) must never run it. The child loads the dataset and builds the model on the cpu backend
// (model/user-preflight.ts); a model that does not fit the dataset is one clear error here, not the
// same crash in every run. Its environment is the training processes' one, without the tokens.
import { fork } from 'node:child_process';
import { readFile } from 'node:fs/promises';
import { type TrainingSettings } from '../contracts/settings.js';
import { UserError } from '../util/user-error.js';
import { childEnvironment } from '../util/child-environment.js';
import { errorMessage, errorStack } from '../util/errors.js';
import { minutesText, withCommas } from '../util/text.js';
import { MAX_MODEL_PARAMETERS } from '../model/parameter-count.js';
import { OutputTail } from './output-tail.js';
import { PREFLIGHT_ARGUMENT, sendToParent, type CheckedModel, type PreflightJob, type PreflightMessage } from './protocol.js';

/** How long the child may take to exit once it has answered (a module's timer may keep it alive). */
const EXIT_GRACE_MS = 5000;
/** How often the child's memory is looked at while it builds the model. */
const MEMORY_POLL_MS = 200;
/** What building a model may take beyond its parameters' share: TensorFlow.js, the module's own code. */
const MEMORY_BESIDES_BYTES = 1024 ** 3;
/** Per parameter: its float32, and the initializer's temporary copies. */
const BYTES_PER_PARAMETER = 16;

/** The memory building a model of at most `maxParameters` parameters may take, beyond the process before it. */
export function buildMemoryLimit(maxParameters: number): number {
  return MEMORY_BESIDES_BYTES + BYTES_PER_PARAMETER * maxParameters;
}

const gib = (bytes: number): string => `${(bytes / 1024 ** 3).toFixed(1)} GiB`;

/** A process's resident memory from /proc (Linux); null where it cannot be read. */
async function residentBytes(pid: number): Promise<number | null> {
  const status = await readFile(`/proc/${pid}/status`, 'utf8').catch(() => '');
  const kilobytes = /^VmRSS:\s+(\d+) kB/m.exec(status);
  return kilobytes ? Number(kilobytes[1]) * 1024 : null;
}

/**
 * Checks `settings.model` against the dataset in a fresh process started from `entryScript`.
 * Throws the child's UserError as a UserError; anything else as an Error. The child has ended
 * when this returns or throws. It is killed past `timeout-minutes`, and when building the model
 * takes more memory than `max-model-parameters` allows (a module's model has no config to count
 * first): its resident memory is watched (Linux), its JavaScript heap capped.
 */
export async function preflightModel(settings: TrainingSettings & { model: string }, entryScript: string): Promise<CheckedModel> {
  const memoryLimit = buildMemoryLimit(settings.maxModelParameters ?? MAX_MODEL_PARAMETERS);
  const heapMiB = Math.ceil((memoryLimit + MEMORY_BESIDES_BYTES) / 1024 ** 2);
  const child = fork(entryScript, [PREFLIGHT_ARGUMENT], {
    env: childEnvironment(),
    execArgv: [`--max-old-space-size=${heapMiB}`],
    stdio: ['ignore', 'pipe', 'pipe', 'ipc'],
  });
  // The module's own output: shown only when the process dies without an answer.
  const tail = new OutputTail();
  for (const stream of [child.stdout!, child.stderr!]) stream.on('data', (chunk: Buffer) => tail.append(chunk));
  let answer: PreflightMessage | null = null;
  let killedFor: 'timeout' | 'memory' | null = null;
  const kill = (why: 'timeout' | 'memory'): void => {
    killedFor ??= why;
    child.kill('SIGKILL');
  };
  const exited = new Promise<[number | null, NodeJS.Signals | null]>((resolve, reject) => {
    child.once('error', reject);
    child.once('exit', (code, signal) => resolve([code, signal]));
  });
  const minutes = settings.timeoutMinutes ?? 0;
  const timer = minutes > 0 ? setTimeout(() => kill('timeout'), minutes * 60_000) : null;
  let watch: NodeJS.Timeout | null = null;
  child.on('message', (message: PreflightMessage) => {
    if (message.type === 'building') {
      void residentBytes(child.pid!).then((before) => {
        if (before === null || answer !== null) return;
        watch = setInterval(() => {
          void residentBytes(child.pid!).then((now) => {
            if (now !== null && now - before > memoryLimit) kill('memory');
          });
        }, MEMORY_POLL_MS);
      });
      return;
    }
    answer ??= message;
    setTimeout(() => child.kill('SIGKILL'), EXIT_GRACE_MS).unref();
  });
  let code: number | null;
  let signal: NodeJS.Signals | null;
  try {
    child.send({ settings } satisfies PreflightJob);
    [code, signal] = await exited;
  } catch (error) {
    child.kill('SIGKILL');
    throw new Error(`could not start the process that checks the model (${errorMessage(error)})`, { cause: error });
  } finally {
    if (timer) clearTimeout(timer);
    if (watch) clearInterval(watch);
  }
  const message = answer as PreflightMessage | null;
  if (message?.type === 'checked') return message.model;
  if (message?.type === 'error') {
    if (message.userError) throw new UserError(message.message);
    throw Object.assign(new Error(message.message), { stack: `${message.stack}\n    (in the process that checks the model)` });
  }
  const model = `'model': ${settings.model}`;
  if (killedFor === 'timeout')
    throw new UserError(`${model}: checking it ran past timeout-minutes (${minutesText(minutes)}) and was killed: does createModel ever return?`);
  if (killedFor === 'memory' || /heap out of memory/.test(tail.lastLines(20))) {
    throw new UserError(
      `${model}: building it took more than ${gib(memoryLimit)} of memory, what max-model-parameters (${withCommas(settings.maxModelParameters ?? MAX_MODEL_PARAMETERS)}) allows, ` +
        `and it was stopped: make the model smaller, or raise max-model-parameters where the runner has the memory`,
    );
  }
  // Only the model's code runs there besides ours: a process.exit() of its own, or memory it ran out of.
  const output = tail.lastLines(5);
  throw new UserError(
    `${model}: the process that checks it ${signal ? `was killed by ${signal}` : `exited with code ${code}`} before the check ended; ` +
      `does createModel call process.exit(), or run out of memory?${output ? ` Its last output:\n${output}` : ''}`,
  );
}

/** The child's side: answers one PreflightJob, then ends. */
export function runPreflightProcess(): void {
  if (!process.send) {
    console.error('tf-repro: the model preflight must be started by tf-repro, with an IPC channel');
    process.exit(2);
  }
  // Ends with the channel: after the answer, and when the parent is gone. Whatever the module left running ends with it.
  process.once('disconnect', () => process.exit());
  process.once('message', (job: PreflightJob) => {
    check(job)
      .then((model) => sendToParent({ type: 'checked', model }))
      .catch(async (error: unknown) => {
        process.exitCode = 2;
        await sendToParent({ type: 'error', message: errorMessage(error), userError: error instanceof UserError, stack: errorStack(error) }).catch(() => {});
      })
      .finally(() => process.disconnect());
  });
}

async function check({ settings }: PreflightJob): Promise<CheckedModel> {
  // The dataset loads while tfjs does; its errors still come first.
  const dataset = import('../data/load.js').then(({ loadSettingsDataset }) => loadSettingsDataset(settings));
  dataset.catch(() => {});
  const { preflightUserModel } = await import('../model/user-preflight.js');
  const loaded = await dataset;
  await sendToParent({ type: 'building' });
  const { description, seeds, warnings } = await preflightUserModel(settings, loaded);
  return { description, seeds, warnings };
}
