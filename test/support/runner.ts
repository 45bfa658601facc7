// Runs the bundle the way a GitHub runner does: INPUT_* variables, GITHUB_OUTPUT and
// GITHUB_STEP_SUMMARY files, the workspace as working directory; no mocks of the toolkit.
import { spawn } from 'node:child_process';
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { bundle, scratchDir } from './paths.js';

export interface ActionRun {
  exitCode: number | null;
  stdout: string;
  stderr: string;
  outputs: Record<string, string>;
  /** GITHUB_OUTPUT as written, every write kept (outputs keeps the last of each). */
  outputText: string;
  summary: string;
  runnerTemp: string;
}

/** GITHUB_OUTPUT's format: `name<<DELIMITER\nvalue\nDELIMITER`. */
export function parseOutputFile(text: string): Record<string, string> {
  const outputs: Record<string, string> = {};
  const lines = text.split('\n');
  for (let i = 0; i < lines.length; i++) {
    const match = /^([^<=]+)<<(.+)$/.exec(lines[i]);
    if (!match) continue;
    const [, name, delimiter] = match;
    const value: string[] = [];
    for (i++; i < lines.length && lines[i] !== delimiter; i++) value.push(lines[i]);
    outputs[name] = value.join('\n');
  }
  return outputs;
}

export interface RunnerFiles {
  env: Record<string, string>;
  home: string;
  outputFile: string;
  summaryFile: string;
}

/** The environment a runner gives the action's process, with its output and summary files. */
export function runnerEnvironment(inputs: Record<string, string>, extraEnv: Record<string, string> = {}): RunnerFiles {
  const home = scratchDir('runner');
  const outputFile = join(home, 'output.txt');
  const summaryFile = join(home, 'summary.md');
  writeFileSync(outputFile, '');
  writeFileSync(summaryFile, '');
  const env: Record<string, string> = {
    PATH: process.env.PATH ?? '',
    HOME: home,
    CI: 'true',
    GITHUB_ACTIONS: 'true',
    GITHUB_OUTPUT: outputFile,
    GITHUB_STEP_SUMMARY: summaryFile,
    GITHUB_WORKSPACE: home,
    GITHUB_EVENT_NAME: 'push',
    GITHUB_REPOSITORY: 'octo-org/octo-repo',
    GITHUB_RUN_ID: '1',
    GITHUB_SERVER_URL: 'https://github.com',
    GITHUB_API_URL: 'https://api.github.com',
    RUNNER_TEMP: join(home, 'temp'),
    RUNNER_OS: 'Linux',
    ...extraEnv,
  };
  for (const [name, value] of Object.entries(inputs)) env[`INPUT_${name.toUpperCase()}`] = value;
  return { env, home, outputFile, summaryFile };
}

/** `ulimit` options (bash: `-f 204800` is 200 MiB) the action's process runs under, and every process it starts; bash keeps the INPUT_ variables whose names have dashes, sh drops them. */
export interface RunLimits {
  ulimit?: string;
}

/** `node`: the Node that runs the bundle (the runner's is Node 24); the tests' own by default. */
export async function runAction(
  inputs: Record<string, string>,
  extraEnv: Record<string, string> = {},
  limits: RunLimits = {},
  node = process.execPath,
): Promise<ActionRun> {
  const { env, home, outputFile, summaryFile } = runnerEnvironment(inputs, extraEnv);
  const [command, args] = limits.ulimit ? ['bash', ['-c', `ulimit ${limits.ulimit} && exec "$0" "$@"`, node, bundle]] : [node, [bundle]];
  const child = spawn(command, args, { cwd: home, env, stdio: ['ignore', 'pipe', 'pipe'] });
  let stdout = '';
  let stderr = '';
  child.stdout.on('data', (chunk: Buffer) => (stdout += chunk.toString()));
  child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
  const exitCode = await new Promise<number | null>((resolve) => child.on('close', resolve));
  return {
    exitCode,
    stdout,
    stderr,
    outputs: parseOutputFile(readFileSync(outputFile, 'utf8')),
    outputText: readFileSync(outputFile, 'utf8'),
    summary: readFileSync(summaryFile, 'utf8'),
    runnerTemp: env.RUNNER_TEMP,
  };
}
