// Backend selection for a training process. tfjs's own fallbacks are silent (a failed
// setBackend resolves false and ops then run on whatever else is registered), so every
// choice here is checked and every fallback is either an error or a warning.
import { createRequire } from 'node:module';
import { pathToFileURL } from 'node:url';
import * as tf from '@tensorflow/tfjs-core';
import { getThreadsCount, setThreadsCount, setWasmPaths, version_wasm, type BackendWasm } from '@tensorflow/tfjs-backend-wasm';
import { type BackendName, type WorkerBackend } from '../contracts/backend.js';
import { UserError } from '../util/user-error.js';
import { wasmDir } from '../paths.js';
import { registerWasmConv2DBackpropFilter } from './kernels/wasm-conv2d-backprop-filter.js';
import { registerFastWasmKernels } from './kernels/wasm-kernels.js';
import { registerFastCpuKernels } from './kernels/cpu-kernels.js';
import { errorMessage } from '../util/errors.js';
import { restoreUtilIsNullOrUndefined } from '../util/node-compat.js';

export interface SelectedBackend {
  name: BackendName;
  version: string;
  /** tensorflow: the package loaded; wasm: the binary ('simd', 'threaded-simd (N threads)', 'plain'); cpu: 'js'. */
  detail: string;
  warnings: string[];
  /** The candidate that started (selectBackend sets it). */
  candidate?: WorkerBackend;
}

export function tfjsCoreVersion(): string {
  return tf.version_core;
}

function firstLine(error: unknown): string {
  const text = errorMessage(error);
  return text.split('\n')[0].trim() || 'unknown error';
}

/** A backend that would not initialise; `reason` is tfjs's own cause, one line. */
class BackendInitError extends Error {
  constructor(
    readonly backend: BackendName,
    readonly reason: string,
  ) {
    super(`tf.setBackend('${backend}') failed: ${reason}`);
  }
}

/**
 * setBackend, checked: it resolves false on a failed init, yet getBackend() then still names
 * the backend, so the registry is checked too. tfjs reports the cause only through
 * console.warn; it is captured for the error message instead of a stack trace in the log.
 */
async function activate(name: BackendName): Promise<void> {
  const logged: string[] = [];
  const { warn, error } = console;
  const capture = (...args: unknown[]) => void logged.push(args.map(errorMessage).join(' '));
  console.warn = capture;
  console.error = capture;
  let ok: boolean;
  try {
    ok = await tf.setBackend(name);
  } catch (e) {
    logged.push(firstLine(e));
    ok = false;
  } finally {
    console.warn = warn;
    console.error = error;
  }
  if (ok && tf.getBackend() === name && tf.engine().registry[name] != null) {
    for (const line of logged) warn(line);
    return;
  }
  const causes = logged.map((l) => l.split('\n')[0].trim()).filter((l) => l !== '' && !l.startsWith('Initialization of backend'));
  throw new BackendInitError(name, causes.length > 0 ? causes.join('; ') : 'tfjs gave no reason');
}

let wasmPathsSet = false;

/** Which of the three binaries init() picked, by the same rule it uses. */
async function wasmDetail(): Promise<string> {
  const backend = tf.engine().registry['wasm'] as BackendWasm;
  if ('PThread' in backend.wasm) return `threaded-simd (${getThreadsCount()} threads)`;
  return (await tf.env().getAsync('WASM_HAS_SIMD_SUPPORT')) ? 'simd' : 'plain';
}

/**
 * The Emscripten loader in the wasm backend reads `__dirname` when it initialises. An ES-module
 * ncc bundle has none, so init throws a ReferenceError and setBackend resolves false. A global
 * stands in for it during init (it is only a default: setWasmPaths decides where the files are).
 */
async function activateWasm(): Promise<void> {
  const g = globalThis as { __dirname?: string };
  const shim = g.__dirname === undefined;
  if (shim) g.__dirname = wasmDir();
  try {
    await activate('wasm');
  } finally {
    if (shim) delete g.__dirname;
  }
}

async function useWasm(threads: number): Promise<SelectedBackend> {
  registerWasmConv2DBackpropFilter();
  registerFastWasmKernels();
  const warnings: string[] = [];
  // Once initialised, the binary and thread count are fixed for the process.
  if (tf.engine().registry['wasm'] == null) {
    if (!wasmPathsSet) {
      setWasmPaths(wasmDir() + '/');
      wasmPathsSet = true;
    }
    setThreadsCount(threads);
    // tfjs never picks the threaded build under Node itself (tfjs issue #3830); 1 thread forces
    // the single-threaded build so no worker threads start.
    tf.env().set('WASM_HAS_MULTITHREAD_SUPPORT', threads > 1);
    const hadWorker = 'Worker' in globalThis;
    try {
      await activateWasm();
    } catch (e) {
      if (threads === 1) throw e;
      // The threaded loader sets globalThis.Worker = worker_threads.Worker; it is dead now.
      if (!hadWorker) delete (globalThis as { Worker?: unknown }).Worker;
      // The threaded build's loader starts its workers from blob: URLs, which Node's
      // worker_threads refuse, so this is the usual outcome under Node. The URL is new in every
      // process; without it the warning reads the same in each, and the report shows it once.
      const reason = (e instanceof BackendInitError ? e.reason : firstLine(e)).replace(/blob:[\w:-]+/g, 'blob:…');
      warnings.push(`threads: ${threads} needs the threaded wasm build, which could not start under Node (${reason}); running single-threaded`);
      tf.env().set('WASM_HAS_MULTITHREAD_SUPPORT', false);
      setThreadsCount(1);
      await activateWasm();
    }
  } else {
    await activate('wasm');
  }
  return { name: 'wasm', version: version_wasm, detail: await wasmDetail(), warnings };
}

async function useCpu(threads: number): Promise<SelectedBackend> {
  // Loaded only here: a wasm process never needs it (30 ms of every start-up).
  const { version_cpu } = await import('@tensorflow/tfjs-backend-cpu');
  registerFastCpuKernels();
  await activate('cpu');
  const warnings = threads > 1 ? [`threads: ${threads} has no effect on the cpu backend, which is single-threaded JavaScript`] : [];
  return { name: 'cpu', version: version_cpu, detail: 'js', warnings };
}

function candidateName(candidate: WorkerBackend): string {
  return candidate.backend === 'tensorflow' ? (candidate.flavor === 'gpu' ? 'tensorflow-gpu' : 'tensorflow') : candidate.backend;
}

/** The native package installed by provisioning (src/provision), imported from its folder. */
async function useNative(candidate: Extract<WorkerBackend, { backend: 'tensorflow' }>): Promise<SelectedBackend> {
  let mod: Record<string, unknown>;
  restoreUtilIsNullOrUndefined();
  try {
    const main = createRequire(import.meta.url).resolve(candidate.packageDir);
    mod = (await import(/* webpackIgnore: true */ pathToFileURL(main).href)) as Record<string, unknown>;
  } catch (e) {
    throw new Error(`${candidate.packageDir} could not be loaded: ${firstLine(e)}`, { cause: e });
  }
  try {
    await activate('tensorflow');
  } catch (e) {
    throw new Error(e instanceof BackendInitError ? e.reason : firstLine(e), { cause: e });
  }
  // A GPU package whose libtensorflow finds no GPU trains on the CPU without a word: said here, so
  // that tensorflow-gpu fails and auto tries the next candidate.
  if (candidate.flavor === 'gpu' && nativeBinding()?.isUsingGpuDevice?.() === false) {
    const visible = process.env.CUDA_VISIBLE_DEVICES;
    throw new Error(
      `libtensorflow ${libtensorflowVersion() ?? ''} lists no GPU${visible === undefined ? '' : ` (CUDA_VISIBLE_DEVICES=${visible})`}: ` +
        'a CPU-only TensorFlow, or CUDA libraries it cannot find (TensorFlow logs which, in the run log)',
    );
  }
  const versions = (mod.version ?? {}) as Record<string, unknown>;
  // TensorFlow sizes its pools from TF_NUM_INTRAOP_THREADS and TF_NUM_INTEROP_THREADS, which the
  // determinism settings set from `threads` (determinism/environment.ts).
  return {
    name: 'tensorflow',
    version: String(versions['tfjs-node'] ?? 'unknown'),
    detail: candidate.packageDir.endsWith('tfjs-node-gpu') ? 'tfjs-node-gpu' : 'tfjs-node',
    warnings: [],
  };
}

interface NativeBinding {
  TF_Version?: unknown;
  isUsingGpuDevice?: () => boolean;
}

function nativeBinding(): NativeBinding | undefined {
  return (tf.engine().registry['tensorflow'] as { binding?: NativeBinding } | undefined)?.binding;
}

/** What the native backend says of itself: libtensorflow's version (its binding knows it). */
export function libtensorflowVersion(): string | null {
  const version = nativeBinding()?.TF_Version;
  return typeof version === 'string' ? version : null;
}

/** Whether the native backend runs its ops on a GPU (TensorFlow listed one); null when it is not loaded. */
export function nativeGpuDevice(): boolean | null {
  const binding = nativeBinding();
  return typeof binding?.isUsingGpuDevice === 'function' ? binding.isUsingGpuDevice() : null;
}

/**
 * Tries the backends provisioning chose, in order (src/provision/plan.ts): the first that starts is
 * the one. A step down is a warning; landing on pure JavaScript says why, loudly; when the only
 * candidate fails, or all do, that is one error.
 */
export async function selectBackend(candidates: WorkerBackend[], threads: number): Promise<SelectedBackend> {
  if (!Number.isInteger(threads) || threads < 1) throw new Error(`threads must be a whole number >= 1, got ${threads}`);
  const failures: string[] = [];
  for (const candidate of candidates) {
    try {
      const selected =
        candidate.backend === 'tensorflow' ? await useNative(candidate) : candidate.backend === 'wasm' ? await useWasm(threads) : await useCpu(threads);
      const steps = failures.map((failure) => `backend ${failure}; tried the next one`);
      if (selected.name === 'cpu' && failures.length > 0) {
        steps.push('training on the pure-JavaScript cpu backend, about 35× slower than wasm');
      }
      return { ...selected, candidate, warnings: [...steps, ...selected.warnings] };
    } catch (e) {
      failures.push(`${candidateName(candidate)} could not start: ${e instanceof BackendInitError ? e.reason : firstLine(e)}`);
    }
  }
  throw new UserError(failures.length === 1 ? `backend ${failures[0]}` : `no backend could start: ${failures.join('; ')}`);
}
