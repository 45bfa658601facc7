// Which of the CUDA 11 and cuDNN 8 libraries libtensorflow 2.9.1 (tfjs-node-gpu 4.x) needs can be
// found, from `ldconfig -p` and the directories of LD_LIBRARY_PATH. Pure.

/** The sonames libtensorflow 2.9 opens for the GPU, and where each comes from. */
export const REQUIRED_CUDA_LIBRARIES = [
  { soname: 'libcudart.so.11.0', from: 'the CUDA 11 runtime (cuda-cudart-11-x)' },
  { soname: 'libcublas.so.11', from: 'cuBLAS 11 (libcublas-11-x)' },
  { soname: 'libcublasLt.so.11', from: 'cuBLAS 11 (libcublas-11-x)' },
  { soname: 'libcufft.so.10', from: 'cuFFT 10 (libcufft-11-x)' },
  { soname: 'libcurand.so.10', from: 'cuRAND 10 (libcurand-11-x)' },
  { soname: 'libcusolver.so.11', from: 'cuSOLVER 11 (libcusolver-11-x)' },
  { soname: 'libcusparse.so.11', from: 'cuSPARSE 11 (libcusparse-11-x)' },
  { soname: 'libcudnn.so.8', from: 'cuDNN 8.1 or newer 8.x (libcudnn8)' },
] as const;

/** soname → path, from `ldconfig -p` lines like "\tlibcudnn.so.8 (libc6,x86-64) => /usr/lib/x86_64-linux-gnu/libcudnn.so.8". */
export function parseLdconfigCache(output: string): Map<string, string> {
  const found = new Map<string, string>();
  for (const line of output.split('\n')) {
    const match = /^\s*(\S+)\s+\(([^)]*)\)\s+=>\s+(\S+)\s*$/.exec(line);
    if (match && !found.has(match[1])) found.set(match[1], match[3]);
  }
  return found;
}

export interface CudaLibraryCheck {
  found: Map<string, string>;
  missing: { soname: string; from: string }[];
  /** e.g. "11.2.152" from libcudart.so.11.2.152, when the real file name says it. */
  cudaVersion: string | null;
  cudnnVersion: string | null;
}

/**
 * @param available soname → path, from the linker cache and LD_LIBRARY_PATH directories.
 * @param realNames file names seen in those directories (libcudart.so.11.2.152, ...), for versions.
 */
export function checkCudaLibraries(available: Map<string, string>, realNames: string[]): CudaLibraryCheck {
  const found = new Map<string, string>();
  const missing: { soname: string; from: string }[] = [];
  for (const library of REQUIRED_CUDA_LIBRARIES) {
    const path = available.get(library.soname);
    if (path) found.set(library.soname, path);
    else missing.push({ soname: library.soname, from: library.from });
  }
  const versionOf = (prefix: string) => {
    const versions = realNames
      .map((name) => name.split('/').pop() ?? name)
      .filter((name) => name.startsWith(prefix))
      .map((name) => name.slice(prefix.length))
      .filter((version) => /^\d+(\.\d+)+$/.test(version));
    return versions.sort((a, b) => b.length - a.length)[0] ?? null;
  };
  return { found, missing, cudaVersion: versionOf('libcudart.so.'), cudnnVersion: versionOf('libcudnn.so.') };
}

export function missingLibraryMessage(missing: { soname: string; from: string }[]): string {
  const first = missing[0];
  const others =
    missing.length > 1
      ? ` (and ${missing
          .slice(1)
          .map((m) => m.soname)
          .join(', ')})`
      : '';
  return (
    `${first.soname} was not found${others}: libtensorflow 2.9.1 needs CUDA 11.2 and cuDNN 8.1 on the runner. ` +
    `Install ${first.from}, or add its directory to LD_LIBRARY_PATH`
  );
}
