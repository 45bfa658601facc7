// Parses nvidia-smi's documented CSV output:
//   nvidia-smi --query-gpu=name,driver_version,memory.total --format=csv,noheader
// e.g. "NVIDIA H100 80GB HBM3, 550.54.15, 81559 MiB". Pure.
import { fail, ok, type Parsed } from '../util/parsed.js';

export const NVIDIA_SMI_QUERY = ['--query-gpu=name,driver_version,memory.total', '--format=csv,noheader'] as const;

export interface GpuInfo {
  /** The index CUDA_VISIBLE_DEVICES takes: nvidia-smi lists GPUs in that order. */
  index: number;
  name: string;
  driverVersion: string;
  memoryTotalMiB: number | null;
}

export function parseNvidiaSmiGpus(output: string): Parsed<GpuInfo[]> {
  const gpus: GpuInfo[] = [];
  const lines = output
    .split(/\r?\n/)
    .map((line) => line.trim())
    .filter((line) => line !== '');
  for (const [lineIndex, line] of lines.entries()) {
    // GPU names hold no commas; the driver and memory are the last two fields.
    const fields = line.split(',').map((field) => field.trim());
    if (fields.length < 3) return fail(`nvidia-smi line ${lineIndex + 1}: expected 'name, driver_version, memory.total', found '${line}'`);
    const memory = fields[fields.length - 1];
    const driverVersion = fields[fields.length - 2];
    const name = fields.slice(0, -2).join(',');
    const memoryMatch = /^(\d+)\s*MiB$/i.exec(memory);
    if (!/^\d+(\.\d+)*$/.test(driverVersion)) return fail(`nvidia-smi line ${lineIndex + 1}: driver version '${driverVersion}' is not a version number`);
    gpus.push({ index: lineIndex, name, driverVersion, memoryTotalMiB: memoryMatch ? Number(memoryMatch[1]) : null });
  }
  return ok(gpus);
}
