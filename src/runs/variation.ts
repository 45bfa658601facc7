// Variations (issue 23), on this runner: what it allows (the facts comparison/variations.ts plans
// from: locales, time zones, umask, CPU affinity, taskset, the file-order shim, whether the working
// directory can be copied), and a varied run's launch: its environment edited (TZ, LC_ALL and
// LANG, the thread variables, the order and one extra variable, PYTHONPATH with the shim), its
// working directory elsewhere (a copy for a command), and a launcher in front of its program
// (`taskset -c` for fewer CPUs, a shell that sets the umask then execs it).
import { execFile } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { cp, lstat, mkdir, mkdtemp, readdir, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { basename, delimiter, join } from 'node:path';
import type { RunVariation } from '../contracts/run-result.js';
import { cpuListText, cpusForSlot, parseCpuList, type FactorApplication, type FactorPlan } from '../comparison/variations.js';
import { conditionsShimDir } from '../paths.js';
import { errorMessage } from '../util/errors.js';

/** A working directory larger than this is not copied for `path`: the copy would cost more than the run. */
export const PATH_COPY_LIMITS = { bytes: 512 * 1024 * 1024, files: 20_000 } as const;

/** What a varied run changes in how it is started. */
export interface LaunchVariation {
  /** Each factor it varies, and how, in words: what the run records. */
  record: RunVariation;
  /**
   * Put before the program's argv of the process in `slot` (0 for a command; a training process's
   * place among those side by side): `taskset -c …`, a shell that sets the umask; empty: none.
   */
  launcher(slot: number): string[];
  /** The environment the run gets instead of `env`. */
  environment(env: NodeJS.ProcessEnv): NodeJS.ProcessEnv;
  /** Where it runs instead of the control's directory; null: there. */
  cwd: string | null;
  /** How many CPUs each of its processes may use (`cpus`); null: as many as the control runs. */
  visibleCpus: number | null;
  /** Removes what the variation made (the copy of the working directory). */
  dispose(): Promise<void>;
}

function statusField(name: string): string | null {
  try {
    return new RegExp(`^${name}:\\s*(.*)$`, 'm').exec(readFileSync('/proc/self/status', 'utf8'))?.[1]?.trim() ?? null;
  } catch {
    return null;
  }
}

/** This process's umask, from /proc (process.umask() without an argument is deprecated). */
export function currentUmask(): number | null {
  const text = statusField('Umask');
  return text !== null && /^[0-7]+$/.test(text) ? parseInt(text, 8) : null;
}

/** The CPUs this process may run on (sched_getaffinity, as /proc says it). */
export function allowedCpus(): number[] | null {
  const text = statusField('Cpus_allowed_list');
  return text === null ? null : parseCpuList(text);
}

export function onPath(program: string, env: NodeJS.ProcessEnv = process.env): boolean {
  return (env.PATH ?? '').split(delimiter).some((dir) => dir !== '' && existsSync(join(dir, program)));
}

/** `locale -a`; null where it does not run. */
export function installedLocales(): Promise<string[] | null> {
  return new Promise((resolve) => {
    execFile('locale', ['-a'], { timeout: 10_000, maxBuffer: 1024 * 1024 }, (error, stdout) =>
      resolve(
        error
          ? null
          : stdout
              .split('\n')
              .map((line) => line.trim())
              .filter(Boolean),
      ),
    );
  });
}

export function zoneinfoInstalled(): boolean {
  return existsSync('/usr/share/zoneinfo/Asia/Kathmandu') && existsSync('/usr/share/zoneinfo/America/St_Johns');
}

/** The Python shim's folder where this copy of tf-repro has it; else null. */
export function conditionsShim(): string | null {
  return existsSync(join(conditionsShimDir, 'sitecustomize.py')) ? conditionsShimDir : null;
}

/** Whether `dir` is small enough to copy for `path`, or why not. */
export async function copyableDirectory(dir: string): Promise<{ ok: true } | { ok: false; reason: string }> {
  let bytes = 0;
  let files = 0;
  const pending = [dir];
  try {
    while (pending.length > 0) {
      const current = pending.pop()!;
      for (const entry of await readdir(current, { withFileTypes: true })) {
        const path = join(current, entry.name);
        if (entry.isDirectory()) pending.push(path);
        else if (entry.isFile()) {
          files++;
          bytes += (await lstat(path)).size;
        }
        if (bytes > PATH_COPY_LIMITS.bytes || files > PATH_COPY_LIMITS.files) {
          return {
            ok: false,
            reason: `the working directory ${dir} holds more than ${PATH_COPY_LIMITS.files.toLocaleString('en-US')} files or ${PATH_COPY_LIMITS.bytes / 1024 / 1024} MiB, too much to copy for one run; give the command a smaller 'working-directory'`,
          };
        }
      }
    }
  } catch (error) {
    return { ok: false, reason: `the working directory ${dir} could not be read to copy it (${errorMessage(error)})` };
  }
  return { ok: true };
}

/** A new directory whose absolute path differs from `original`'s in name and length. */
async function elsewhere(original: string): Promise<{ root: string; dir: string }> {
  const root = await mkdtemp(join(tmpdir(), 'tf-repro-vary-'));
  let dir = join(root, `${basename(original) || 'root'}-on-another-path`);
  if (dir.length === original.length) dir += '-x';
  return { root, dir };
}

const SET_UMASK = (mask: number): string => `umask ${mask.toString(8).padStart(3, '0')} && exec "$0" "$@"`;

/**
 * Prepares a run varied by `plans` (those that can be varied). For a command the working directory
 * `cwd` is copied elsewhere; for training the processes start in a new empty directory.
 */
export async function prepareLaunchVariation(plans: readonly FactorPlan[], kind: 'training' | 'command', cwd: string): Promise<LaunchVariation> {
  const applications: FactorApplication[] = [];
  const record: RunVariation = {};
  for (const plan of plans) {
    if (!plan.ok) continue;
    applications.push(plan.application);
    record[plan.factor] = plan.how;
  }
  let cpus: { fewer: number[]; allowed: number[] } | null = null;
  let root: string | null = null;
  let workingDir: string | null = null;
  const set: Record<string, string> = {};
  let reversed = false;
  let shimDir: string | null = null;
  let umask: number | null = null;
  for (const application of applications) {
    switch (application.factor) {
      case 'path': {
        const place = await elsewhere(cwd);
        root = place.root;
        workingDir = place.dir;
        if (kind === 'command') {
          await cp(cwd, workingDir, { recursive: true, preserveTimestamps: true, verbatimSymlinks: true });
          record.path = `a copy of ${cwd} at ${workingDir} (${cwd.length} → ${workingDir.length} characters)`;
        } else {
          await mkdir(workingDir, { recursive: true });
          record.path = `the training processes in ${workingDir} instead of ${cwd} (${cwd.length} → ${workingDir.length} characters)`;
        }
        break;
      }
      case 'tz':
      case 'locale':
      case 'threads':
        Object.assign(set, application.variables);
        break;
      case 'env':
        Object.assign(set, application.variables);
        reversed = true;
        shimDir = application.shimDir ?? shimDir;
        break;
      case 'file-order':
        Object.assign(set, application.variables);
        shimDir = application.shimDir;
        break;
      case 'umask':
        umask = application.umask;
        break;
      case 'cpus':
        cpus = { fewer: application.cpus, allowed: application.allowed };
        break;
    }
  }
  const affinity = cpus;
  return {
    record,
    // The shell goes last: taskset's affinity is inherited by it and what it execs.
    launcher: (slot) => [
      ...(affinity ? ['taskset', '-c', cpuListText(cpusForSlot(affinity.fewer, affinity.allowed, slot))] : []),
      ...(umask !== null ? ['/bin/sh', '-c', SET_UMASK(umask)] : []),
    ],
    cwd: workingDir,
    visibleCpus: affinity ? affinity.fewer.length : null,
    environment: (env) => {
      const edited: NodeJS.ProcessEnv = { ...env, ...set };
      if (shimDir !== null) edited.PYTHONPATH = env.PYTHONPATH ? `${shimDir}${delimiter}${env.PYTHONPATH}` : shimDir;
      return reversed ? Object.fromEntries(Object.entries(edited).reverse()) : edited;
    },
    dispose: async () => {
      if (root !== null) await rm(root, { recursive: true, force: true });
    },
  };
}
