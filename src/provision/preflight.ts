// Looks at the machine before training: the GPUs nvidia-smi lists, and which of the CUDA and
// cuDNN libraries libtensorflow needs the dynamic linker can find.
import { execFile } from 'node:child_process';
import { readdir } from 'node:fs/promises';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { checkCudaLibraries, parseLdconfigCache, type CudaLibraryCheck } from './cuda-libraries.js';
import { NVIDIA_SMI_QUERY, parseNvidiaSmiGpus, type GpuInfo } from './nvidia-smi.js';
import { errorMessage } from '../util/errors.js';

const run = promisify(execFile);
const PROBE_TIMEOUT_MS = 15_000;

export interface GpuProbe {
  gpus: GpuInfo[];
  /** Why the list is empty, when it is. */
  reason: string | null;
}

export async function probeGpus(env: NodeJS.ProcessEnv = process.env): Promise<GpuProbe> {
  try {
    const { stdout } = await run('nvidia-smi', [...NVIDIA_SMI_QUERY], { timeout: PROBE_TIMEOUT_MS, env });
    const parsed = parseNvidiaSmiGpus(stdout);
    if (!parsed.ok) return { gpus: [], reason: parsed.error };
    return { gpus: parsed.value, reason: parsed.value.length === 0 ? 'nvidia-smi listed no GPU' : null };
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    if (code === 'ENOENT') return { gpus: [], reason: 'nvidia-smi is not on PATH' };
    const stderr = String((error as { stderr?: unknown }).stderr ?? '')
      .trim()
      .split('\n')[0];
    return { gpus: [], reason: `nvidia-smi failed: ${stderr || errorMessage(error).split('\n')[0]}` };
  }
}

/** The linker cache plus every LD_LIBRARY_PATH directory (which the cache does not cover). */
export async function probeCudaLibraries(env: NodeJS.ProcessEnv = process.env): Promise<CudaLibraryCheck> {
  const available = new Map<string, string>();
  const realNames: string[] = [];
  try {
    const { stdout } = await run('ldconfig', ['-p'], { timeout: PROBE_TIMEOUT_MS });
    for (const [soname, path] of parseLdconfigCache(stdout)) {
      available.set(soname, path);
      realNames.push(path);
    }
  } catch {
    // No ldconfig (or not allowed): the directories below still count.
  }
  const dirs = (env.LD_LIBRARY_PATH ?? '').split(':').filter(Boolean);
  for (const dir of [...dirs, '/usr/local/cuda/lib64']) {
    const names = await readdir(dir).catch(() => [] as string[]);
    for (const name of names) {
      realNames.push(join(dir, name));
      if (!available.has(name)) available.set(name, join(dir, name));
    }
  }
  // Versions come from the real files the sonames point to, e.g. libcudart.so.11.2.152.
  for (const path of [...available.values()]) {
    const names = await readdir(join(path, '..')).catch(() => [] as string[]);
    for (const name of names) if (name.startsWith('libcudart.so.') || name.startsWith('libcudnn.so.')) realNames.push(name);
  }
  return checkCudaLibraries(available, realNames);
}
