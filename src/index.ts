// One entry for the bundle: a training worker when started with WORKER_ARGUMENT, the model's
// preflight with PREFLIGHT_ARGUMENT, the action when run as a program (node dist/index.js, as the
// runner does), and the CLI's library when imported by bin/tf-repro.js. Each path loads only what
// it needs: a worker never loads the toolkit.
import { resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { PREFLIGHT_ARGUMENT, WORKER_ARGUMENT } from './runs/protocol.js';

const isProgram = process.argv[1] !== undefined && resolve(process.argv[1]) === fileURLToPath(import.meta.url);

if (process.argv[2] === WORKER_ARGUMENT) {
  const { runWorker } = await import('./runs/worker.js');
  runWorker();
} else if (process.argv[2] === PREFLIGHT_ARGUMENT) {
  const { runPreflightProcess } = await import('./runs/model-preflight.js');
  runPreflightProcess();
} else if (isProgram) {
  // First of all: the runner's credentials out of this process's environment (it may start again here).
  const { shedRunnerCredentials } = await import('./action/credentials.js');
  const credentials = shedRunnerCredentials();
  const { runAction } = await import('./action/main.js');
  await runAction(credentials);
}

/** The CLI, for bin/tf-repro.js. */
export async function runCli(args: string[]): Promise<number> {
  const cli = await import('./cli/main.js');
  return cli.runCli(args);
}
