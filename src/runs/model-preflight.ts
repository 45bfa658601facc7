// The user's model checked once before any training process starts, in a fresh process of its own:
// a module model is user code, and the check's own process (the action's, which holds the GitHub
// token) must never run it. The child loads the dataset and builds the model on the cpu backend
// (model/user-preflight.ts); a model that does not fit the dataset is one clear error here, not the
// same crash in every run. Its environment is the training processes' one, without the tokens.
import { fork } from 'node:child_process';
import { UserError, type TrainingSettings } from '../contracts.js';
import { childEnvironment } from '../util/child-environment.js';
import { errorMessage, errorStack } from '../util/errors.js';
import { OutputTail } from './output-tail.js';
import { PREFLIGHT_ARGUMENT, sendToParent, type CheckedModel, type PreflightJob, type PreflightMessage } from './protocol.js';

/** How long the child may take to exit once it has answered (a module's timer may keep it alive). */
const EXIT_GRACE_MS = 5000;

/**
 * Checks `settings.model` against the dataset in a fresh process started from `entryScript`.
 * Throws the child's UserError as a UserError; anything else as an Error. The child has ended
 * when this returns or throws.
 */
export async function preflightModel(settings: TrainingSettings & { model: string }, entryScript: string): Promise<CheckedModel> {
  const child = fork(entryScript, [PREFLIGHT_ARGUMENT], { env: childEnvironment(), execArgv: [], stdio: ['ignore', 'pipe', 'pipe', 'ipc'] });
  // The module's own output: shown only when the process dies without an answer.
  const tail = new OutputTail();
  for (const stream of [child.stdout!, child.stderr!]) stream.on('data', (chunk: Buffer) => tail.append(chunk));
  let answer: PreflightMessage | null = null;
  const exited = new Promise<[number | null, NodeJS.Signals | null]>((resolve, reject) => {
    child.once('error', reject);
    child.once('exit', (code, signal) => resolve([code, signal]));
  });
  child.on('message', (message: PreflightMessage) => {
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
  }
  const message = answer as PreflightMessage | null;
  if (message?.type === 'checked') return message.model;
  if (message?.type === 'error') {
    if (message.userError) throw new UserError(message.message);
    throw Object.assign(new Error(message.message), { stack: `${message.stack}\n    (in the process that checks the model)` });
  }
  // Only the model's code runs there besides ours: a process.exit() of its own, or memory it ran out of.
  const output = tail.lastLines(5);
  throw new UserError(
    `'model': ${settings.model}: the process that checks it ${signal ? `was killed by ${signal}` : `exited with code ${code}`} before the check ended; ` +
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
  const { description, seeds, warnings } = await preflightUserModel(settings, await dataset);
  return { description, seeds, warnings };
}
