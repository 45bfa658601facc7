// Installs a native TensorFlow.js package into the runner's tool cache once; later jobs on the
// same runner load it from there without touching the network. The layout is @actions/tool-cache's
// (<cache>/<tool>/<version>/<arch> and a <arch>.complete marker), but npm installs in place rather
// than into a temporary folder that is then copied: the GPU package is hundreds of MB.
import { spawn } from 'node:child_process';
import { existsSync } from 'node:fs';
import { mkdir, rm, writeFile } from 'node:fs/promises';
import { UserError } from '../util/user-error.js';
import { MIRROR_VARIABLES, type NativeInstallPlan } from './plan.js';

export type InstallOutcome = { installed: 'cached' | 'now'; packageDir: string; seconds: number };

const OUTPUT_TAIL_LINES = 6;

/** npm prints a whole stack for a failed download; the code and host say it in a few words. */
export function npmFailureReason(output: string[]): string {
  const text = output.join('\n');
  const code = /code: '([A-Z_]+)'/.exec(text)?.[1];
  const host = /hostname: '([^']+)'/.exec(text)?.[1];
  if (code && host) return `could not reach ${host} (${code})`;
  return output
    .slice(-OUTPUT_TAIL_LINES)
    .map((line) => line.replace(/^npm error\s*/, '').trim())
    .filter(Boolean)
    .join(' | ');
}

export function isInstalled(plan: NativeInstallPlan): boolean {
  return existsSync(plan.completeMarker) && existsSync(plan.packageDir);
}

function npmCommand(env: NodeJS.ProcessEnv): string {
  return env.TF_REPRO_NPM || (process.platform === 'win32' ? 'npm.cmd' : 'npm');
}

export async function ensureNativePackage(
  plan: NativeInstallPlan,
  log: (line: string) => void = () => {},
  env: NodeJS.ProcessEnv = process.env,
): Promise<InstallOutcome> {
  const started = performance.now();
  if (isInstalled(plan)) return { installed: 'cached', packageDir: plan.packageDir, seconds: 0 };
  // A folder without its marker is a half-finished install (a killed job): never load it.
  if (existsSync(plan.installDir)) {
    log(`${plan.packageName}@${plan.version}: removing a half-finished install in ${plan.installDir}`);
    await rm(plan.installDir, { recursive: true, force: true });
  }
  await rm(plan.completeMarker, { force: true });
  await mkdir(plan.installDir, { recursive: true });
  const mirrors = MIRROR_VARIABLES.filter((name) => env[name]);
  log(`installing ${plan.packageName}@${plan.version} into ${plan.installDir}${mirrors.length ? ` (mirror settings: ${mirrors.join(', ')})` : ''}`);
  const output: string[] = [];
  const code = await new Promise<number | string>((resolve) => {
    const child = spawn(npmCommand(env), plan.npmArgs, { env, stdio: ['ignore', 'pipe', 'pipe'] });
    const keep = (chunk: Buffer) =>
      output.push(
        ...chunk
          .toString()
          .split('\n')
          .filter((line) => line.trim() !== ''),
      );
    child.stdout.on('data', keep);
    child.stderr.on('data', keep);
    child.on('error', (error: NodeJS.ErrnoException) => resolve(error.code ?? error.message));
    child.on('close', (exitCode) => resolve(exitCode ?? 'killed'));
  });
  if (code !== 0) {
    await rm(plan.installDir, { recursive: true, force: true });
    const why = code === 'ENOENT' ? `npm was not found on PATH (add actions/setup-node before this step)` : `npm exited with ${code}`;
    const tail = npmFailureReason(output);
    throw new UserError(
      `installing ${plan.packageName}@${plan.version} failed: ${why}${tail ? `: ${tail}` : ''}. ` +
        `Its install downloads libtensorflow: give the runner access to storage.googleapis.com, or set TFJS_NODE_CDN_STORAGE to a mirror`,
    );
  }
  if (!existsSync(plan.packageDir)) throw new UserError(`installing ${plan.packageName}@${plan.version}: npm succeeded but ${plan.packageDir} is missing`);
  await writeFile(plan.completeMarker, '');
  return { installed: 'now', packageDir: plan.packageDir, seconds: (performance.now() - started) / 1000 };
}
