// What to install and which backends to try, in order, from the user's choice and what the
// preflight found. Pure: the I/O lives in preflight.ts and install.ts.
import { join } from 'node:path';
import type { NativeFlavor } from '../contracts/backend.js';
import type { BackendChoice } from '../contracts/settings.js';
import { missingLibraryMessage } from './cuda-libraries.js';

/** The native packages are pinned to the TensorFlow.js version the bundle is built with. */
export const NATIVE_PACKAGE_VERSION = '4.22.0';

export const NATIVE_PACKAGE: Record<NativeFlavor, string> = {
  gpu: '@tensorflow/tfjs-node-gpu',
  cpu: '@tensorflow/tfjs-node',
};

export interface NativeInstallPlan {
  flavor: NativeFlavor;
  packageName: string;
  version: string;
  /** @actions/tool-cache's layout: <cache>/<tool>/<version>/<arch>, done when <arch>.complete exists. */
  installDir: string;
  completeMarker: string;
  /** Where the package itself lands: the path a worker imports. */
  packageDir: string;
  npmArgs: string[];
}

export function planNativeInstall(flavor: NativeFlavor, toolCache: string, arch: string): NativeInstallPlan {
  const installDir = join(toolCache, nativeToolName(flavor), NATIVE_PACKAGE_VERSION, arch);
  return installPlanIn(flavor, installDir, (packageName) => [
    'install',
    '--prefix',
    installDir,
    '--no-save',
    '--no-package-lock',
    '--no-audit',
    '--no-fund',
    '--loglevel=error',
    `${packageName}@${NATIVE_PACKAGE_VERSION}`,
  ]);
}

/** The tool cache's folder name for a flavour's package: tensorflow-tfjs-node(-gpu). */
export function nativeToolName(flavor: NativeFlavor): string {
  return NATIVE_PACKAGE[flavor].replace('@tensorflow/', 'tensorflow-');
}

/** The plan of a flavour's package installed in `installDir`, @actions/tool-cache's way (a marker beside it). */
export function installPlanIn(flavor: NativeFlavor, installDir: string, npmArgs: (packageName: string) => string[]): NativeInstallPlan {
  const packageName = NATIVE_PACKAGE[flavor];
  return {
    flavor,
    packageName,
    version: NATIVE_PACKAGE_VERSION,
    installDir,
    completeMarker: `${installDir}.complete`,
    packageDir: join(installDir, 'node_modules', ...packageName.split('/')),
    npmArgs: npmArgs(packageName),
  };
}

/** The variables tfjs-node's install script and node-pre-gyp read to download from a mirror. */
export const MIRROR_VARIABLES = [
  'TFJS_NODE_CDN_STORAGE',
  'TFJS_NODE_BASE_URI',
  'npm_config_TFJS_NODE_CDN_STORAGE',
  'npm_config_TFJS_NODE_BASE_URI',
  'CDN_STORAGE',
  'npm_config_tfjs_binding_binary_host_mirror',
  'HTTPS_PROXY',
  'HTTP_PROXY',
] as const;

export type BackendCandidate = { backend: 'tensorflow'; flavor: NativeFlavor } | { backend: 'wasm' } | { backend: 'cpu' };

export interface PreflightFindings {
  gpuCount: number;
  /** Why no GPU was seen, when none was (nvidia-smi missing, failed, listed none). */
  noGpuReason: string | null;
  missingLibraries: { soname: string; from: string }[];
  /** Native packages already complete in the tool cache. */
  cached: NativeFlavor[];
  /** `libtensorflow` was given: the native packages are built against it, and the CUDA check above is libtensorflow 2.9.1's, not its. */
  libtensorflow?: boolean;
}

export type BackendDecision = { ok: true; candidates: BackendCandidate[]; warnings: string[] } | { ok: false; error: string };

/**
 * The order tried: tensorflow-gpu and tensorflow are exactly what they say (their failure is an
 * error); auto on a GPU machine goes GPU → native CPU → wasm → cpu, warning at each step down;
 * auto without a GPU installs nothing and takes native CPU only when it is already cached, or
 * when `libtensorflow` gives a library to build it against (no download).
 */
export function decideBackends(choice: BackendChoice, found: PreflightFindings): BackendDecision {
  // A library of the user's brings the CUDA it was built for; TensorFlow says itself if it finds no GPU.
  const missingLibraries = found.libtensorflow ? [] : found.missingLibraries;
  const gpuProblem =
    found.gpuCount === 0
      ? `no NVIDIA GPU was found (${found.noGpuReason ?? 'nvidia-smi listed none'})`
      : missingLibraries.length > 0
        ? missingLibraryMessage(missingLibraries)
        : null;
  switch (choice) {
    case 'tensorflow-gpu':
      return gpuProblem === null
        ? { ok: true, candidates: [{ backend: 'tensorflow', flavor: 'gpu' }], warnings: [] }
        : { ok: false, error: `backend 'tensorflow-gpu': ${gpuProblem}. Use backend: tensorflow or auto to train on the CPU` };
    case 'tensorflow':
      return { ok: true, candidates: [{ backend: 'tensorflow', flavor: 'cpu' }], warnings: [] };
    case 'wasm':
      return { ok: true, candidates: [{ backend: 'wasm' }], warnings: [] };
    case 'cpu':
      return { ok: true, candidates: [{ backend: 'cpu' }], warnings: [] };
    case 'auto': {
      const tail: BackendCandidate[] = [{ backend: 'wasm' }, { backend: 'cpu' }];
      if (found.gpuCount > 0 && gpuProblem === null) {
        return { ok: true, candidates: [{ backend: 'tensorflow', flavor: 'gpu' }, { backend: 'tensorflow', flavor: 'cpu' }, ...tail], warnings: [] };
      }
      if (found.gpuCount > 0) {
        return {
          ok: true,
          candidates: [{ backend: 'tensorflow', flavor: 'cpu' }, ...tail],
          warnings: [`backend auto: not training on the GPU: ${gpuProblem}`],
        };
      }
      const nativeCpu = found.cached.includes('cpu') || found.libtensorflow === true;
      return { ok: true, candidates: nativeCpu ? [{ backend: 'tensorflow', flavor: 'cpu' }, ...tail] : tail, warnings: [] };
    }
  }
}
