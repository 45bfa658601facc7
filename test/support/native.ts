// The native backend built against the venv's TensorFlow (test/support/python-frameworks.ts): the
// tool cache the tests share between runs on a machine, so that the suite compiles the binding once
// (and once more for the test that must see a build from nothing).
import { homedir } from 'node:os';
import { join } from 'node:path';
import { cliBin } from './paths.js';
import { follow } from './processes.js';

/** Beside the Python frameworks' cache: kept between runs of the suite. */
export function persistentToolCache(): string {
  const cache = process.env.TF_REPRO_TEST_CACHE || join(process.env.XDG_CACHE_HOME || join(process.env.HOME || homedir(), '.cache'), 'tf-repro-test');
  return join(cache, 'tool-cache');
}

export interface CliOutcome {
  code: number;
  stdout: string;
  stderr: string;
  /** Processes it started that are still running after it ended. */
  leftOver: number[];
}

/** bin/tf-repro.js with these arguments, in this environment, followed to its end. */
export async function tfReproWithEnv(env: NodeJS.ProcessEnv, ...args: string[]): Promise<CliOutcome> {
  const run = follow([cliBin, ...args], { env });
  const code = await run.exited;
  const leftOver = run.marked();
  run.cleanUp();
  return { code, stdout: run.stdout(), stderr: run.stderr(), leftOver };
}
