// Runs the tf-repro command as a user does: bin/tf-repro.js in a real process.
import { spawn } from 'node:child_process';
import { cliBin } from './paths.js';

export interface CliRun {
  code: number | null;
  stdout: string;
  stderr: string;
}

export function tfRepro(...args: string[]): Promise<CliRun> {
  return tfReproIn(undefined, ...args);
}

/** tfRepro in the directory `cwd`, as a user runs it in a project. */
export function tfReproIn(cwd: string | undefined, ...args: string[]): Promise<CliRun> {
  return tfReproWith({ cwd }, ...args);
}

/** tfRepro in `cwd` with the environment `env` (this process's where absent), e.g. a PATH with a stand-in nvidia-smi first. */
export function tfReproWith(options: { cwd?: string; env?: NodeJS.ProcessEnv }, ...args: string[]): Promise<CliRun> {
  const child = spawn(process.execPath, [cliBin, ...args], { cwd: options.cwd, env: options.env, stdio: ['ignore', 'pipe', 'pipe'] });
  let stdout = '';
  let stderr = '';
  child.stdout.on('data', (chunk: Buffer) => (stdout += chunk.toString()));
  child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
  return new Promise((resolve) => child.on('close', (code) => resolve({ code, stdout, stderr })));
}
