// The default `label`, a leg's name in `across`'s tables, made from what the runner tells about
// itself (RUNNER_OS, RUNNER_ARCH, RUNNER_NAME, and ImageOS/ImageVersion on GitHub's hosted
// images) and the job's matrix values (the action's hidden `matrix` input, `${{ toJSON(matrix) }}`,
// which an action's input default may read; no environment variable carries it). Pure.

/** What the default label is made of; each may be absent. */
import { MAX_LABEL_LENGTH } from './settings.js';

export interface LabelSources {
  /** The process's environment: RUNNER_OS, RUNNER_ARCH, RUNNER_NAME, ImageOS, ImageVersion. */
  env: Readonly<Record<string, string | undefined>>;
  /** `${{ toJSON(matrix) }}` as the runner wrote it: a JSON object, 'null' or '' outside a matrix. */
  matrixJson?: string;
  /** Off a runner: this machine's name and platform (os.hostname(), `linux x64`). */
  hostname?: string;
  platform?: string;
}

const present = (value: string | undefined): value is string => value !== undefined && value.trim() !== '';

/** The matrix's values in its order, each a word ('ubuntu-22.04') or compact JSON (a list); empty outside a matrix or when unreadable. */
export function matrixValues(matrixJson: string | undefined): string[] {
  if (!present(matrixJson)) return [];
  let matrix: unknown;
  try {
    matrix = JSON.parse(matrixJson);
  } catch {
    return [];
  }
  if (matrix === null || typeof matrix !== 'object' || Array.isArray(matrix)) return [];
  return Object.values(matrix).map((value) => (typeof value === 'string' ? value : JSON.stringify(value)));
}

/**
 * "ubuntu-22.04, gpu" from the matrix values when the job has a matrix (they are what tells its
 * legs apart); else the runner: "ubuntu24 20250120.1 X64" on a hosted image, "gpu-box-1 (Linux
 * X64)" on a self-hosted one; off a runner, the machine: "laptop (linux x64)".
 */
export function defaultLabel(sources: LabelSources): string {
  return labelOf(sources).slice(0, MAX_LABEL_LENGTH);
}

function labelOf({ env, matrixJson, hostname, platform }: LabelSources): string {
  const values = matrixValues(matrixJson);
  if (values.length > 0) return values.join(', ');
  const { RUNNER_OS: os, RUNNER_ARCH: arch, RUNNER_NAME: name, ImageOS: image, ImageVersion: version } = env;
  if (present(image)) return [image, version, arch].filter(present).join(' ');
  const machine = [os, arch].filter(present).join(' ');
  if (present(name)) return machine === '' ? name : `${name} (${machine})`;
  if (machine !== '') return machine;
  return [hostname, platform ? `(${platform})` : undefined].filter(present).join(' ') || 'this machine';
}
