// What TensorFlow's default for its oneDNN kernels depends on: the platform, and the CPU's
// features as Linux lists them in /proc/cpuinfo. Read once per process.
import { readFileSync } from 'node:fs';
import { cpus } from 'node:os';

export interface CpuHost {
  platform: string;
  arch: string;
  /** Lower-case feature flags: x86's `flags` line, Arm's `Features` line. */
  flags: readonly string[];
  /** An Arm Neoverse V1 (implementer 0x41, part 0xd40), which TensorFlow treats like the x86 CPUs with AI features. */
  armNeoverseV1: boolean;
}

/** The first processor's entry of /proc/cpuinfo, as a host. Pure. */
export function parseCpuInfo(text: string, platform: string, arch: string): CpuHost {
  const field = (name: string) => new RegExp(`^${name}\\s*:\\s*(.*)$`, 'mi').exec(text)?.[1]?.trim() ?? '';
  const flags = (field('flags') || field('Features')).toLowerCase().split(/\s+/).filter(Boolean);
  const armNeoverseV1 = field('CPU implementer').toLowerCase() === '0x41' && field('CPU part').toLowerCase() === '0xd40';
  return { platform, arch, flags, armNeoverseV1 };
}

let cached: CpuHost | null = null;

export function readCpuHost(): CpuHost {
  if (cached === null) {
    let text = '';
    try {
      text = readFileSync('/proc/cpuinfo', 'utf8');
    } catch {
      // Not Linux: no flags, which TensorFlow's rule does not need there.
    }
    cached = parseCpuInfo(text, process.platform, process.arch);
  }
  return cached;
}

/** The machine as every fingerprint names it: "linux x64", the first processor's model, how many processors. */
export function machineFingerprint(): { platform: string; cpuModel: string; cpuCount: number } {
  const processors = cpus();
  return { platform: `${process.platform} ${process.arch}`, cpuModel: processors[0]?.model.trim() ?? 'unknown', cpuCount: processors.length };
}
