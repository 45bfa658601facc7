// Before any training process starts: look at the machine, install the native package the
// chosen backend needs into the tool cache (once per runner), and hand the workers the ordered
// list of backends to try. Runs in the parent, once per check.
import { arch as machineArch, homedir } from 'node:os';
import { join } from 'node:path';
import { UserError, type BackendChoice, type WorkerBackend } from '../contracts.js';
import { ensureNativePackage, isInstalled } from './install.js';
import type { GpuInfo } from './nvidia-smi.js';
import { decideBackends, planNativeInstall } from './plan.js';
import { probeCudaLibraries, probeGpus } from './preflight.js';
import { errorMessage } from '../util/errors.js';

export interface MachineFindings {
  gpus: GpuInfo[];
  cudaVersion: string | null;
  cudnnVersion: string | null;
}

export interface ProvisionedBackends {
  candidates: WorkerBackend[];
  machine: MachineFindings;
  warnings: string[];
}

/** RUNNER_TOOL_CACHE on a runner; a cache folder of the user's elsewhere (the CLI). */
export function toolCacheDir(env: NodeJS.ProcessEnv = process.env): string {
  return env.RUNNER_TOOL_CACHE || join(env.XDG_CACHE_HOME || join(homedir(), '.cache'), 'tf-repro', 'tool-cache');
}

export async function provisionBackends(
  choice: BackendChoice,
  log: (line: string) => void = () => {},
  env: NodeJS.ProcessEnv = process.env,
): Promise<ProvisionedBackends> {
  const machine: MachineFindings = { gpus: [], cudaVersion: null, cudnnVersion: null };
  if (choice === 'wasm' || choice === 'cpu') return { candidates: [{ backend: choice }], machine, warnings: [] };
  const toolCache = toolCacheDir(env);
  const arch = machineArch();
  const plans = { gpu: planNativeInstall('gpu', toolCache, arch), cpu: planNativeInstall('cpu', toolCache, arch) };
  const gpuProbe = await probeGpus(env);
  machine.gpus = gpuProbe.gpus;
  let missingLibraries: { soname: string; from: string }[] = [];
  if (gpuProbe.gpus.length > 0) {
    const libraries = await probeCudaLibraries(env);
    missingLibraries = libraries.missing;
    machine.cudaVersion = libraries.cudaVersion;
    machine.cudnnVersion = libraries.cudnnVersion;
  }
  const cached = (['gpu', 'cpu'] as const).filter((flavor) => isInstalled(plans[flavor]));
  const decision = decideBackends(choice, { gpuCount: gpuProbe.gpus.length, noGpuReason: gpuProbe.reason, missingLibraries, cached });
  if (!decision.ok) throw new UserError(decision.error);
  const warnings = [...decision.warnings];
  const candidates: WorkerBackend[] = [];
  for (const candidate of decision.candidates) {
    if (candidate.backend !== 'tensorflow') {
      candidates.push(candidate);
      continue;
    }
    try {
      const outcome = await ensureNativePackage(plans[candidate.flavor], log, env);
      log(
        outcome.installed === 'cached'
          ? `${plans[candidate.flavor].packageName} found in the tool cache`
          : `${plans[candidate.flavor].packageName} installed in ${outcome.seconds.toFixed(0)} s`,
      );
      candidates.push({ ...candidate, packageDir: outcome.packageDir });
    } catch (error) {
      // An explicit tensorflow or tensorflow-gpu is exactly what it says: no fallback.
      if (choice !== 'auto') throw error;
      warnings.push(`backend auto: ${errorMessage(error)}; falling back`);
    }
  }
  return { candidates, machine, warnings };
}
