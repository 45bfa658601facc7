// Finding and ending processes by a variable in their environment. A check puts its own marker
// into every process it starts (engine/check.ts), and a command's run its own (runs/command-runs.ts),
// so that what they left behind can be found even where it left the process group or was
// detached from its parent (`setsid`, a daemon). Linux only: it reads /proc/<pid>/environ, the
// environment each process started with; elsewhere nothing is found.
import { readdirSync, readFileSync } from 'node:fs';

/** Every process a check starts carries this variable, set to the check's own id. */
export const CHECK_ID_VARIABLE = 'TF_REPRO_CHECK_ID';

/** Scans at most: each kills what the one before had not seen. */
const KILL_ROUNDS = 20;
/** How long killMarked waits for what it killed to be gone: SIGKILL takes effect when the kernel next runs the process, later on a busy machine. */
const DEATH_WAIT_MS = 5_000;

/** The processes other than this one whose environment holds `name=value`. */
export function processesMarked(name: string, value: string): number[] {
  let entries: string[];
  try {
    entries = readdirSync('/proc');
  } catch {
    return [];
  }
  const needle = Buffer.from(`${name}=${value}\0`);
  const marked: number[] = [];
  for (const entry of entries) {
    const pid = Number(entry);
    if (!Number.isInteger(pid) || pid === process.pid) continue;
    let environ: Buffer;
    try {
      // Empty for a process that is already dead but not yet reaped.
      environ = readFileSync(`/proc/${pid}/environ`);
    } catch {
      continue; // gone, or another user's
    }
    for (let at = environ.indexOf(needle); at !== -1; at = environ.indexOf(needle, at + 1)) {
      if (at === 0 || environ[at - 1] === 0) {
        marked.push(pid);
        break;
      }
    }
  }
  return marked;
}

/** Whether a process has ended: gone from /proc, or a zombie (dead, not yet reaped). */
export function processEnded(pid: number): boolean {
  try {
    return readFileSync(`/proc/${pid}/stat`, 'utf8').split(') ')[1]?.[0] === 'Z';
  } catch {
    return true;
  }
}

/** Blocks this thread for `ms` (no timer: killMarked also runs on the way out of a signal handler). */
function pause(ms: number): void {
  Atomics.wait(new Int32Array(new SharedArrayBuffer(4)), 0, 0, ms);
}

/**
 * SIGKILLs every process marked `name=value`, scanning again until a scan finds none it has not
 * already killed (one may start another while being killed), then waits (at most 5 s) until each
 * has ended, so that a caller that goes on finds none of them running. Returns how many it killed.
 */
export function killMarked(name: string, value: string): number {
  const killed = new Set<number>();
  for (let round = 0; round < KILL_ROUNDS; round++) {
    const found = processesMarked(name, value).filter((pid) => !killed.has(pid));
    if (found.length === 0) break;
    for (const pid of found) {
      try {
        process.kill(pid, 'SIGKILL');
      } catch {
        // It ended on its own meanwhile.
      }
      killed.add(pid);
    }
  }
  const until = performance.now() + DEATH_WAIT_MS;
  while ([...killed].some((pid) => !processEnded(pid)) && performance.now() < until) pause(10);
  return killed.size;
}
