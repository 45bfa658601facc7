// The runner starts the action with its credentials in the environment (github-token as
// INPUT_GITHUB-TOKEN, ACTIONS_RUNTIME_TOKEN, ACTIONS_ID_TOKEN_REQUEST_TOKEN...). On Linux
// /proc/<pid>/environ shows a process's initial environment to every process of the same user,
// user code included, for the process's whole life: deleting a variable from process.env does not
// change it. So before anything else the action replaces itself (execve: the same pid, stdout and
// stderr, which the runner reads) with a Node whose environment lacks them. They cross the execve
// on fd 0, a pipe (only fds 0-2 survive Node's execve), are read back at once and then live in this
// process's memory only; fd 0 becomes /dev/null, so no child inherits the pipe.
import { closeSync, mkdtempSync, openSync, constants as fs, readSync, rmSync, unlinkSync, writeSync } from 'node:fs';
import { spawnSync } from 'node:child_process';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { errorMessage } from '../util/errors.js';
import { isRunnerCredential } from '../util/child-environment.js';

/** Set in the re-executed process's environment: the byte length of the credentials waiting on fd 0. */
export const CARRIED_CREDENTIALS_VARIABLE = 'TF_REPRO_CARRIED_CREDENTIALS';

/**
 * A pipe holds at least one page (4 KiB) even for a user past pipe-user-pages-soft; the tokens fit
 * in it (a workflow token is 40 bytes, the runtime and OIDC tokens JWTs of 1-2 KB each).
 */
const MAX_CARRIED_BYTES = 4096;

export interface RunnerCredentials {
  /** The credential variables the runner set, by name (INPUT_GITHUB-TOKEN...): none of them is in process.env any more. */
  values: ReadonlyMap<string, string>;
  /** Where they are still readable in this process's initial environment, and why; null when they are not. */
  exposure: string | null;
  /** Why they could not be read back after the execve (a bug): the action fails with it. */
  error: string | null;
}

type Execve = (file: string, args: string[], env: NodeJS.ProcessEnv) => never;

/** Node 22.15 and 23.11 added process.execve; Windows has none. */
function execveOfThisNode(): Execve | null {
  const execve = (process as { execve?: Execve }).execve;
  return typeof execve === 'function' ? execve.bind(process) : null;
}

/** fd 0 back to /dev/null, as Node opens it for a process started without stdin. */
function stdinToDevNull(): void {
  try {
    closeSync(0);
  } catch {
    // Already closed.
  }
  const fd = openSync('/dev/null', 'r');
  if (fd !== 0) closeSync(fd);
}

/** The credentials on fd 0 of this re-executed process, `bytes` long. */
function readCarried(bytes: number): Map<string, string> {
  const buffer = Buffer.alloc(bytes);
  let read = 0;
  try {
    // All of it was written before the execve, so no read waits (fd 0 is non-blocking: a missing byte is EAGAIN, not a hang).
    while (read < bytes) {
      const n = readSync(0, buffer, read, bytes - read, null);
      if (n === 0) break;
      read += n;
    }
  } finally {
    stdinToDevNull();
  }
  if (read !== bytes) throw new Error(`${read} of ${bytes} bytes arrived`);
  const parsed: unknown = JSON.parse(buffer.toString('utf8'));
  if (typeof parsed !== 'object' || parsed === null || Object.values(parsed).some((value) => typeof value !== 'string')) {
    throw new Error('they are not a map of names to strings');
  }
  return new Map(Object.entries(parsed as Record<string, string>));
}

/** The credential variables of process.env, taken out of it. */
function takeFromEnvironment(): Map<string, string> {
  const values = new Map<string, string>();
  for (const [name, value] of Object.entries(process.env)) {
    if (!isRunnerCredential(name) || value === undefined) continue;
    values.set(name, value);
    delete process.env[name];
  }
  return values;
}

/**
 * Replaces this process with itself without `credentials` in its environment, the credentials on
 * fd 0. Returns only when it could not: why.
 */
function reexecWithout(credentials: Map<string, string>, execve: Execve): string {
  const payload = Buffer.from(JSON.stringify(Object.fromEntries(credentials)), 'utf8');
  if (payload.length > MAX_CARRIED_BYTES) return `the credentials take ${payload.length} bytes, more than the ${MAX_CARRIED_BYTES} a pipe surely holds`;
  // A FIFO in a fresh 0700 folder, removed as soon as it is open: the pipe then has no name.
  let dir: string | null = null;
  let failure = '';
  for (const parent of [process.env.RUNNER_TEMP, tmpdir()]) {
    if (!parent || dir !== null) continue;
    try {
      dir = mkdtempSync(join(parent, 'tf-repro-credentials-'));
    } catch (error) {
      failure = errorMessage(error);
    }
  }
  if (dir === null) return `no folder for the pipe (${failure})`;
  const fifo = join(dir, 'pipe');
  try {
    const made = spawnSync('mkfifo', ['-m', '600', fifo], { env: { PATH: process.env.PATH ?? '' }, stdio: 'ignore' });
    if (made.status !== 0) return `mkfifo failed (${made.error ? errorMessage(made.error) : `exit ${made.status}`})`;
    // The lowest free descriptor: fd 0 once it is closed. Read and write, so that opening does not
    // wait for a reader; non-blocking, so that a pipe smaller than the payload is a short write, not a hang.
    closeSync(0);
    const fd = openSync(fifo, fs.O_RDWR | fs.O_NONBLOCK);
    if (fd !== 0) {
      closeSync(fd);
      stdinToDevNull();
      return `the pipe opened as fd ${fd}, not 0`;
    }
    unlinkSync(fifo);
    let written = 0;
    try {
      written = writeSync(0, payload);
    } catch (error) {
      stdinToDevNull();
      return `the pipe took no bytes (${errorMessage(error)})`;
    }
    if (written !== payload.length) {
      stdinToDevNull();
      return `the pipe took ${written} of ${payload.length} bytes`;
    }
    const env: NodeJS.ProcessEnv = { [CARRIED_CREDENTIALS_VARIABLE]: String(payload.length) };
    for (const [name, value] of Object.entries(process.env)) if (!isRunnerCredential(name)) env[name] = value;
    rmSync(dir, { recursive: true, force: true });
    execve(process.execPath, [process.execPath, ...process.execArgv, ...process.argv.slice(1)], env);
  } catch (error) {
    stdinToDevNull();
    return `the restart failed (${errorMessage(error)})`;
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

/**
 * Called first thing in the action's process. Where the runner set credentials and this Node has
 * execve, it does not return from the first call: the process starts again without them, and the
 * second call returns them. Either way none is left in process.env.
 */
export function shedRunnerCredentials(): RunnerCredentials {
  const carried = process.env[CARRIED_CREDENTIALS_VARIABLE];
  if (carried !== undefined) {
    delete process.env[CARRIED_CREDENTIALS_VARIABLE];
    const bytes = Number(carried);
    try {
      if (!Number.isSafeInteger(bytes) || bytes <= 0 || bytes > MAX_CARRIED_BYTES) throw new Error(`${CARRIED_CREDENTIALS_VARIABLE} is '${carried}'`);
      return { values: readCarried(bytes), exposure: null, error: null };
    } catch (error) {
      return {
        values: takeFromEnvironment(),
        exposure: null,
        error: `The runner's credentials were lost across the action's restart: ${errorMessage(error)}.`,
      };
    }
  }
  const credentials = takeFromEnvironment();
  if (credentials.size === 0) return { values: credentials, exposure: null, error: null };
  const names = [...credentials.keys()].join(', ');
  const execve = execveOfThisNode();
  const why = execve ? reexecWithout(credentials, execve) : `Node ${process.version} has no process.execve (Node 22.15 and later on Linux and macOS have it)`;
  return {
    values: credentials,
    exposure: `${names} stay readable in this process's initial environment (/proc/${process.pid}/environ): ${why}.`,
    error: null,
  };
}
