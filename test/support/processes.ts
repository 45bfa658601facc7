// Real processes started by a test, followed to the end: every process it (and whatever it starts,
// however deep) runs carries TF_REPRO_TEST_MARK=<a fresh id> in its environment, so that what is
// left of it afterwards can be found in /proc, whatever left its process group.
import { spawn, type ChildProcess } from 'node:child_process';
import { randomUUID } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { constants } from 'node:os';
import { killMarked, processesMarked } from '../../src/util/processes.js';

export const TEST_MARK_VARIABLE = 'TF_REPRO_TEST_MARK';

export async function waitFor(condition: () => boolean, what: string, timeoutMs = 120_000): Promise<void> {
  const until = Date.now() + timeoutMs;
  while (!condition()) {
    if (Date.now() > until) throw new Error(`timed out waiting for ${what}`);
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
}

export interface Followed {
  child: ChildProcess;
  mark: string;
  stdout: () => string;
  stderr: () => string;
  /** The exit code, or 128 + the signal's number where a signal ended it, as a shell reports it. */
  exited: Promise<number>;
  /** The processes still running that it started, at any depth (itself included while it runs). */
  marked: () => number[];
  /** Its training processes still running. */
  workers: () => number[];
  /** Ends whatever is left (for a test that failed half-way). */
  cleanUp: () => void;
}

function isWorker(pid: number): boolean {
  try {
    return readFileSync(`/proc/${pid}/cmdline`, 'utf8').split('\0').includes('--tf-repro-worker');
  } catch {
    return false;
  }
}

const followedMarks: string[] = [];

/** `node <args>` in a process of its own, with the environment `env` (this one's by default) and the test mark. */
export function follow(args: string[], options: { env?: NodeJS.ProcessEnv; cwd?: string } = {}): Followed {
  const mark = randomUUID();
  // A test that failed (or timed out) half-way leaves nothing running after its file's process.
  if (followedMarks.length === 0) process.on('exit', () => followedMarks.forEach((m) => killMarked(TEST_MARK_VARIABLE, m)));
  followedMarks.push(mark);
  const env = { ...(options.env ?? process.env), [TEST_MARK_VARIABLE]: mark };
  const child = spawn(process.execPath, args, { cwd: options.cwd, env, stdio: ['ignore', 'pipe', 'pipe'] });
  let stdout = '';
  let stderr = '';
  child.stdout!.on('data', (chunk: Buffer) => (stdout += chunk.toString()));
  child.stderr!.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
  const exited = new Promise<number>((resolve) => child.on('close', (code, signal) => resolve(code ?? 128 + (signal ? constants.signals[signal] : 0))));
  return {
    child,
    mark,
    stdout: () => stdout,
    stderr: () => stderr,
    exited,
    marked: () => processesMarked(TEST_MARK_VARIABLE, mark),
    workers: () => processesMarked(TEST_MARK_VARIABLE, mark).filter(isWorker),
    cleanUp: () => void killMarked(TEST_MARK_VARIABLE, mark),
  };
}
