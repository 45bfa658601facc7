// Composite wasm kernels: run registered kernels one after another and release every intermediate
// result but the one returned. Reshape shares data and bumps its refCount, so one disposeData per
// result is right (as in the wasm backend's own composite kernels).
import { getKernel, type KernelBackend, type KernelFunc, type NamedAttrMap, type TensorInfo } from '@tensorflow/tfjs-core';

export type Run = (kernel: string, inputs: Record<string, TensorInfo>, attrs: NamedAttrMap) => TensorInfo;

/** `kernels` stand in for registered ones of the same name (e.g. the original a kernel replaces). */
export function composed(backend: KernelBackend, kernels: Record<string, KernelFunc>, body: (run: Run) => TensorInfo): TensorInfo {
  const made: TensorInfo[] = [];
  const run: Run = (kernel, inputs, attrs) => {
    const f = kernels[kernel] ?? getKernel(kernel, 'wasm')?.kernelFunc;
    if (f == null) throw new Error(`wasm kernel '${kernel}' is not registered (is @tensorflow/tfjs-backend-wasm imported?)`);
    const out = f({ inputs, backend, attrs });
    if (Array.isArray(out)) throw new Error(`wasm kernel '${kernel}' gave ${out.length} outputs`);
    made.push(out);
    return out;
  };
  let result: TensorInfo | undefined;
  try {
    result = body(run);
    return result;
  } finally {
    for (const t of made) if (t !== result) backend.disposeData(t.dataId);
  }
}
