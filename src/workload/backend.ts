// Backend selection for a training process. tfjs's own fallbacks are silent (a failed
// setBackend resolves false and ops then run on whatever else is registered), so every
// choice here is checked and every fallback is either an error or a warning.
import { createRequire } from 'node:module';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import * as tf from '@tensorflow/tfjs-core';
import { getThreadsCount, setThreadsCount, setWasmPaths, version_wasm, type BackendWasm } from '@tensorflow/tfjs-backend-wasm';
import { UserError, type BackendChoice, type BackendName } from '../contracts.js';
import { wasmDir } from '../paths.js';
import type { WorkerBackend } from '../provision/provision.js';
import { registerWasmConv2DBackpropFilter } from './wasm-conv2d-backprop-filter.js';
import { registerFastWasmKernels } from './wasm-kernels.js';
import { registerFastCpuKernels } from './cpu-kernels.js';

export interface SelectedBackend {
  name: BackendName;
  version: string;
  /** tensorflow: the package loaded; wasm: the binary ('simd', 'threaded-simd (N threads)', 'plain'); cpu: 'js'. */
  detail: string;
  warnings: string[];
}

export function tfjsCoreVersion(): string {
  return tf.version_core;
}

const TFJS_NODE_PACKAGES = ['@tensorflow/tfjs-node-gpu', '@tensorflow/tfjs-node'] as const;

function firstLine(error: unknown): string {
  const text = error instanceof Error ? error.message : String(error);
  return text.split('\n')[0].trim() || 'unknown error';
}

function isNotInstalled(error: unknown, name: string): boolean {
  const code = (error as { code?: unknown } | null)?.code;
  return (code === 'ERR_MODULE_NOT_FOUND' || code === 'MODULE_NOT_FOUND') && firstLine(error).includes(`'${name}'`);
}

/**
 * Imports a package that is never bundled. It is looked up from the working directory first
 * (where a workflow installs it; CommonJS resolution there also honours NODE_PATH and the global
 * folders), then from this file. webpackIgnore keeps ncc from turning import() into a stub.
 */
async function importUnbundled(name: string): Promise<Record<string, unknown>> {
  let target = name;
  try {
    target = pathToFileURL(createRequire(join(process.cwd(), 'noop.js')).resolve(name)).href;
  } catch {
    // Not resolvable from the working directory: let import() try from here.
  }
  return (await import(/* webpackIgnore: true */ target)) as Record<string, unknown>;
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
  const capture = (...args: unknown[]) => void logged.push(args.map((a) => (a instanceof Error ? a.message : String(a))).join(' '));
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
  const causes = logged
    .map((l) => l.split('\n')[0].trim())
    .filter((l) => l !== '' && !l.startsWith('Initialization of backend'));
  throw new BackendInitError(name, causes.length > 0 ? causes.join('; ') : 'tfjs gave no reason');
}

type TensorflowLoad = { ok: true; value: SelectedBackend } | { ok: false; reason: string; installed: boolean };

async function loadTensorflow(threads: number): Promise<TensorflowLoad> {
  const failures: { name: string; reason: string; installed: boolean }[] = [];
  for (const name of TFJS_NODE_PACKAGES) {
    let mod: Record<string, unknown>;
    try {
      mod = await importUnbundled(name);
    } catch (e) {
      const installed = !isNotInstalled(e, name);
      failures.push({ name, reason: installed ? firstLine(e) : 'not installed', installed });
      continue;
    }
    try {
      await activate('tensorflow');
    } catch (e) {
      failures.push({ name, reason: e instanceof BackendInitError ? e.reason : firstLine(e), installed: true });
      continue;
    }
    const versions = (mod.version ?? {}) as Record<string, unknown>;
    const warnings =
      threads > 1 ? [`threads: ${threads} has no effect on the tensorflow backend (TensorFlow sizes its own thread pools)`] : [];
    const value: SelectedBackend = {
      name: 'tensorflow',
      version: String(versions['tfjs-node'] ?? 'unknown'),
      detail: name.replace('@tensorflow/', ''),
      warnings,
    };
    return { ok: true, value };
  }
  // A package that is installed but broken says more than one that is simply absent.
  const broken = failures.find((f) => f.installed);
  return broken
    ? { ok: false, reason: `${broken.name}: ${broken.reason}`, installed: true }
    : { ok: false, reason: 'not installed', installed: false };
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
      // worker_threads refuse, so this is the usual outcome under Node.
      warnings.push(
        `threads: ${threads} needs the threaded wasm build, which could not start under Node ` +
          `(${e instanceof BackendInitError ? e.reason : firstLine(e)}); running single-threaded`,
      );
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
async function useNative(candidate: Extract<WorkerBackend, { backend: 'tensorflow' }>, threads: number): Promise<SelectedBackend> {
  let mod: Record<string, unknown>;
  try {
    const main = createRequire(import.meta.url).resolve(candidate.packageDir);
    mod = (await import(/* webpackIgnore: true */ pathToFileURL(main).href)) as Record<string, unknown>;
  } catch (e) {
    throw new Error(`${candidate.packageDir} could not be loaded: ${firstLine(e)}`);
  }
  try {
    await activate('tensorflow');
  } catch (e) {
    throw new Error(e instanceof BackendInitError ? e.reason : firstLine(e));
  }
  const versions = (mod.version ?? {}) as Record<string, unknown>;
  const warnings = threads > 1 ? [`threads: ${threads} has no effect on the tensorflow backend (TensorFlow sizes its own thread pools)`] : [];
  return { name: 'tensorflow', version: String(versions['tfjs-node'] ?? 'unknown'), detail: candidate.flavor === 'gpu' ? 'tfjs-node-gpu' : 'tfjs-node', warnings };
}

/** What the native backend says of itself: libtensorflow's version (its binding knows it). */
export function libtensorflowVersion(): string | null {
  const backend = tf.engine().registry['tensorflow'] as { binding?: { TF_Version?: unknown } } | undefined;
  return typeof backend?.binding?.TF_Version === 'string' ? backend.binding.TF_Version : null;
}

/**
 * Tries the backends provisioning chose, in order (src/provision/plan.ts): the first that starts is
 * the one. A step down is a warning; landing on pure JavaScript says why, loudly; when the only
 * candidate fails, or all do, that is one error.
 */
export async function selectProvisionedBackend(candidates: WorkerBackend[], threads: number): Promise<SelectedBackend> {
  const failures: string[] = [];
  for (const candidate of candidates) {
    try {
      const selected = candidate.backend === 'tensorflow' ? await useNative(candidate, threads) : candidate.backend === 'wasm' ? await useWasm(threads) : await useCpu(threads);
      const steps = failures.map((failure) => `backend ${failure}; tried the next one`);
      if (selected.name === 'cpu' && failures.length > 0) {
        steps.push('training on the pure-JavaScript cpu backend, about 35× slower than wasm');
      }
      return { ...selected, warnings: [...steps, ...selected.warnings] };
    } catch (e) {
      failures.push(`${candidateName(candidate)} could not start: ${e instanceof BackendInitError ? e.reason : firstLine(e)}`);
    }
  }
  throw new UserError(failures.length === 1 ? `backend ${failures[0]}` : `no backend could start: ${failures.join('; ')}`);
}

/** Sets the tfjs backend for this process and says which one it really is. */
export async function selectBackend(choice: BackendChoice, threads: number): Promise<SelectedBackend> {
  if (!Number.isInteger(threads) || threads < 1) throw new Error(`threads must be a whole number >= 1, got ${threads}`);
  switch (choice) {
    case 'tensorflow-gpu':
    case 'tensorflow': {
      const tensorflow = await loadTensorflow(threads);
      if (tensorflow.ok) return tensorflow.value;
      throw new UserError(
        `backend 'tensorflow' needs @tensorflow/tfjs-node, which could not be loaded (${tensorflow.reason}): ` +
          `install it on the runner, or use backend: auto or wasm`,
      );
    }
    case 'wasm':
      return useWasm(threads);
    case 'cpu':
      return useCpu(threads);
    case 'auto': {
      const tensorflow = await loadTensorflow(threads);
      if (tensorflow.ok) return tensorflow.value;
      // Absent is the normal case for auto; installed but unusable deserves a word.
      const notes = tensorflow.installed ? [`backend auto: tfjs-node could not be used (${tensorflow.reason}); using wasm`] : [];
      try {
        const wasm = await useWasm(threads);
        return { ...wasm, warnings: [...notes, ...wasm.warnings] };
      } catch (e) {
        const cpu = await useCpu(threads);
        const why = e instanceof BackendInitError ? e.reason : firstLine(e);
        const fallback =
          `backend auto fell back to the pure-JavaScript cpu backend, about 35× slower than wasm, ` +
          `because wasm failed: ${why} (tfjs-node: ${tensorflow.reason})`;
        return { ...cpu, warnings: [fallback, ...cpu.warnings] };
      }
    }
    default:
      throw new Error(`unknown backend choice ${JSON.stringify(choice satisfies never)}`);
  }
}
