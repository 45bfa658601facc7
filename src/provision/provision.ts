// Before any training process starts: look at the machine, install the native package the
// chosen backend needs into the tool cache (once per runner), and hand the workers the ordered
// list of backends to try. Runs in the parent, once per check.
import { arch as machineArch, homedir } from 'node:os';
import { join } from 'node:path';
import { type NativeFlavor, type NativePackage, type WorkerBackend } from '../contracts/backend.js';
import { type BackendChoice } from '../contracts/settings.js';
import { UserError } from '../util/user-error.js';
import { ensureNativePackage, isInstalled } from './install.js';
import { ensureLibtensorflowBuild } from './libtensorflow-build.js';
import { planLibtensorflowBuild } from './libtensorflow-plan.js';
import { resolveLibtensorflow, type LibtensorflowSource } from './libtensorflow-source.js';
import type { GpuInfo } from './nvidia-smi.js';
import { decideBackends, planNativeInstall, type NativeInstallPlan } from './plan.js';
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

/**
 * The `libtensorflow` input, found and checked (python3 asked, the folder or wheel read), before
 * anything slower runs. The identities of folders' libraries are remembered in the tool cache.
 */
export function resolveLibtensorflowInput(text: string, env: NodeJS.ProcessEnv = process.env): Promise<LibtensorflowSource> {
  return resolveLibtensorflow(text, join(toolCacheDir(env), 'tf-repro-libtensorflow-identities'), env);
}

/** tfjs-node's own install script downloads this libtensorflow (scripts/deps-constants.js). */
const DOWNLOADED_LIBTENSORFLOW = '2.9.1';

export async function provisionBackends(
  choice: BackendChoice,
  log: (line: string) => void = () => {},
  env: NodeJS.ProcessEnv = process.env,
  library: LibtensorflowSource | null = null,
): Promise<ProvisionedBackends> {
  const machine: MachineFindings = { gpus: [], cudaVersion: null, cudnnVersion: null };
  if (choice === 'wasm' || choice === 'cpu') return { candidates: [{ backend: choice }], machine, warnings: [] };
  const toolCache = toolCacheDir(env);
  const arch = machineArch();
  const plans = { gpu: planNativeInstall('gpu', toolCache, arch), cpu: planNativeInstall('cpu', toolCache, arch) };
  const obtainNative =
    library === null ? (flavor: NativeFlavor) => downloadedPackage(plans[flavor], log, env) : libtensorflowBuilder(library, toolCache, arch, log, env);
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
  const decision = decideBackends(choice, {
    gpuCount: gpuProbe.gpus.length,
    noGpuReason: gpuProbe.reason,
    missingLibraries,
    cached,
    libtensorflow: library !== null,
  });
  if (!decision.ok) throw new UserError(decision.error);
  const warnings = [...decision.warnings];
  const candidates: WorkerBackend[] = [];
  for (const candidate of decision.candidates) {
    if (candidate.backend !== 'tensorflow') {
      candidates.push(candidate);
      continue;
    }
    try {
      const { packageDir, native } = await obtainNative(candidate.flavor);
      candidates.push({ ...candidate, packageDir, native });
    } catch (error) {
      // An explicit tensorflow or tensorflow-gpu is exactly what it says: no fallback.
      if (choice !== 'auto') throw error;
      // A build that failed for the GPU's package fails the same for the CPU's: said once.
      const warning = `backend auto: ${errorMessage(error)}; falling back`;
      if (!warnings.includes(warning)) warnings.push(warning);
    }
  }
  return { candidates, machine, warnings };
}

interface ObtainedPackage {
  packageDir: string;
  native: NativePackage;
}

/** The package as tfjs-node's install makes it: with the libtensorflow it downloads. */
async function downloadedPackage(plan: NativeInstallPlan, log: (line: string) => void, env: NodeJS.ProcessEnv): Promise<ObtainedPackage> {
  const outcome = await ensureNativePackage(plan, log, env);
  log(outcome.installed === 'cached' ? `${plan.packageName} found in the tool cache` : `${plan.packageName} installed in ${outcome.seconds.toFixed(0)} s`);
  return {
    packageDir: outcome.packageDir,
    native: {
      obtained: outcome.installed === 'cached' ? 'cached' : 'installed',
      seconds: outcome.seconds,
      dir: plan.installDir,
      libtensorflowSource: `the download by ${plan.packageName}'s install (libtensorflow ${DOWNLOADED_LIBTENSORFLOW})`,
      // Google's Linux x86-64 builds of libtensorflow have oneDNN.
      oneDnnBuiltIn: process.platform === 'linux' && process.arch === 'x64',
    },
  };
}

/**
 * Builds the first native flavor asked for against the library; a second flavor (auto's native CPU
 * after its GPU) loads the same build: the package's JavaScript is the same, and the library is
 * what decides whether it runs on a GPU.
 */
function libtensorflowBuilder(
  library: LibtensorflowSource,
  toolCache: string,
  arch: string,
  log: (line: string) => void,
  env: NodeJS.ProcessEnv,
): (flavor: NativeFlavor) => Promise<ObtainedPackage> {
  let built: Promise<ObtainedPackage> | null = null;
  return (flavor) => {
    built ??= (async () => {
      const plan = planLibtensorflowBuild(flavor, toolCache, arch, process.versions.napi ?? 'unknown', library.key);
      const outcome = await ensureLibtensorflowBuild(plan, library, log, env);
      const what = `${plan.packageName} built against libtensorflow ${outcome.manifest.libtensorflowVersion}`;
      log(
        outcome.obtained === 'cached'
          ? `${what} found in the tool cache: ${plan.installDir}`
          : `${what} from ${library.description} in ${outcome.seconds.toFixed(0)} s: ${plan.installDir}`,
      );
      return {
        packageDir: outcome.packageDir,
        native: {
          obtained: outcome.obtained,
          seconds: outcome.seconds,
          dir: plan.installDir,
          libtensorflowSource: library.description,
          oneDnnBuiltIn: outcome.manifest.oneDnnBuiltIn,
          ...(library.runtimeLibraryDirs.length > 0 ? { libraryPath: library.runtimeLibraryDirs } : {}),
        },
      };
    })();
    return built;
  };
}
