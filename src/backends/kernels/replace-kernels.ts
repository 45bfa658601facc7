// Puts our kernels in place of a tfjs backend's own. Each of ours wraps the original it replaces
// and hands it every case it does not handle; the original's config (its setup function too) stays.
import { getKernel, registerKernel, unregisterKernel, type KernelConfig, type KernelFunc } from '@tensorflow/tfjs-core';

/** Makes our kernel from the backend's original. */
export type KernelReplacement = (original: KernelFunc) => KernelFunc;

/** "backend/kernel" of those already replaced: wrapping twice would make ours its own fallback. */
const replaced = new Set<string>();

/** Replaces each named kernel of `backend`; a kernel already replaced is left as it is. */
export function replaceKernels(backend: 'cpu' | 'wasm', replacements: Readonly<Record<string, KernelReplacement>>): void {
  for (const [name, replace] of Object.entries(replacements)) {
    const key = `${backend}/${name}`;
    if (replaced.has(key)) continue;
    const config = getKernel(name, backend);
    if (config == null) throw new Error(`${backend} kernel '${name}' is not registered (is @tensorflow/tfjs-backend-${backend} imported?)`);
    const ours: KernelConfig = { ...config, kernelFunc: replace(config.kernelFunc) };
    unregisterKernel(name, backend);
    registerKernel(ours);
    replaced.add(key);
  }
}
