// Running a build tool (npm, node-gyp under it, the compiler under that) so that nothing it started
// outlives a failure: each runs in a process group of its own, and the whole group is killed when
// it fails, times out or exits with processes of its own still running.
import { spawn } from 'node:child_process';
import { accessSync, constants } from 'node:fs';
import { delimiter, isAbsolute, join } from 'node:path';

export interface ToolRun {
  /** The exit code, the signal that ended it, 'timeout', or the spawn error's code ('ENOENT'). */
  code: number | string;
  /** Its stdout and stderr, line by line, without blank lines (at most MAX_LINES, the last ones kept). */
  output: string[];
}

const MAX_LINES = 20_000;

export function runTool(command: string, args: readonly string[], options: { cwd?: string; env: NodeJS.ProcessEnv; timeoutMs?: number }): Promise<ToolRun> {
  return new Promise((resolve) => {
    const output: string[] = [];
    let partial = '';
    const keep = (chunk: Buffer) => {
      const lines = (partial + chunk.toString()).split('\n');
      partial = lines.pop() ?? '';
      output.push(...lines.filter((line) => line.trim() !== ''));
      if (output.length > MAX_LINES) output.splice(0, output.length - MAX_LINES);
    };
    const child = spawn(command, args, { cwd: options.cwd, env: options.env, stdio: ['ignore', 'pipe', 'pipe'], detached: true });
    const killGroup = () => {
      try {
        if (child.pid !== undefined) process.kill(-child.pid, 'SIGKILL');
      } catch {
        // The group is gone already.
      }
    };
    let timedOut = false;
    const timer =
      options.timeoutMs === undefined
        ? null
        : setTimeout(() => {
            timedOut = true;
            killGroup();
          }, options.timeoutMs);
    child.stdout.on('data', keep);
    child.stderr.on('data', keep);
    child.on('error', (error: NodeJS.ErrnoException) => {
      if (timer) clearTimeout(timer);
      resolve({ code: error.code ?? error.message, output });
    });
    child.on('close', (code, signal) => {
      if (timer) clearTimeout(timer);
      if (partial.trim() !== '') output.push(partial);
      // Whatever it left running goes with it, success or not.
      killGroup();
      resolve({ code: timedOut ? 'timeout' : (code ?? signal ?? 'killed'), output });
    });
  });
}

/** The executable `name` would run as from PATH (or `name` itself when it is a path), or null. */
export function findOnPath(name: string, env: NodeJS.ProcessEnv): string | null {
  const candidates =
    isAbsolute(name) || name.includes('/')
      ? [name]
      : (env.PATH ?? '')
          .split(delimiter)
          .filter(Boolean)
          .map((dir) => join(dir, name));
  for (const candidate of candidates) {
    try {
      accessSync(candidate, constants.X_OK);
      return candidate;
    } catch {
      // Not here.
    }
  }
  return null;
}
