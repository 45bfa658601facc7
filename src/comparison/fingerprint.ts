// The environment fingerprint's fields, once: a row each, with the name report.json and across give
// it, the label and rendering of the report's environment table, and whether it tells one machine
// or software stack from another. Merge's warning, across' line-up, the job summary, the comment
// and the CLI's text all read this table; a new field (how a run was varied, a distributed run's
// world size) is one row. And the versions a command writes to $TF_REPRO_ENVIRONMENT, parsed. Pure.
import type { FingerprintField } from '../contracts/across.js';
import type { CommandFingerprint, DistributedRun, EnvironmentFingerprint, RunFingerprint } from '../contracts/run-result.js';

/** Any fingerprint read field by field: a training process's, a command's, or one from an edited file (any field may be missing). */
export type FingerprintFields = Partial<EnvironmentFingerprint> &
  Partial<Pick<CommandFingerprint, 'kind' | 'visibleCpus' | 'python' | 'frameworks' | 'distributed'>>;

/** How a target writes what a field shows: escaped text, code, a list, a duration. */
export interface FingerprintKit {
  text: (text: string) => string;
  /** A path, a variable's value: something a reader copies. */
  code: (text: string) => string;
  /** Items one a line where the target can. */
  list: (items: readonly string[]) => string;
  seconds: (value: number) => string;
}

/**
 * 'compared': tells one machine or software stack from another; merge warns and across marks it
 * where they differ. 'shown': across lines it up unmarked (where a process was pinned). 'described':
 * only the environment table shows it (how this check got a package).
 */
export type FingerprintUse = 'compared' | 'shown' | 'described';

export interface FingerprintFieldSpec {
  /** Its name in report.json, as across lines it up and names it in `differingFields`: 'cpuModel', 'nativePackage.libtensorflowSource'. */
  field: string;
  /** Its row in the environment table (`code` in backticks); null: shown in another field's row. */
  label: string | null;
  /** Its value as plain text, as across lines it up and merge compares it; null where the fingerprint has none. */
  value: (env: FingerprintFields) => string | null;
  /** How its row in the environment table shows it, where not as `value` (as text). */
  shown?: (env: FingerprintFields, kit: FingerprintKit) => string | null;
  use: FingerprintUse;
}

const onOff = (value: boolean | null | undefined): string | null => (value == null ? null : value ? 'on' : 'off');
const gpuText = (gpu: { index: number; name: string; driverVersion: string }): string => `${gpu.index}: ${gpu.name} (driver ${gpu.driverVersion})`;
/** "2 ranks under torchrun (gloo)": what the run's record knows, "ranks" where the world size is unknown, "a launcher script" where no launcher was named. */
export function distributedText(run: DistributedRun): string {
  const ranks = run.worldSize === null ? 'ranks' : `${run.worldSize} ${run.worldSize === 1 ? 'rank' : 'ranks'}`;
  return `${ranks} under ${run.launcher ?? 'a launcher script'}${run.backend ? ` (${run.backend})` : ''}`;
}
const OBTAINED = { cached: 'found in the tool cache', built: 'built in', installed: 'installed in' } as const;

/** The fields in the order the environment table shows them (the determinism variables follow, a row each). */
export const FINGERPRINT_FIELDS = [
  { field: 'node', label: 'Node.js', value: (env) => env.node ?? null, use: 'compared' },
  { field: 'platform', label: 'platform', value: (env) => env.platform ?? null, use: 'compared' },
  {
    field: 'cpuModel',
    label: 'CPU',
    value: (env) => env.cpuModel ?? null,
    shown: (env, kit) => (env.cpuModel === undefined ? null : `${kit.text(env.cpuModel)} × ${env.cpuCount ?? '?'}`),
    use: 'compared',
  },
  { field: 'cpuCount', label: null, value: (env) => (env.cpuCount === undefined ? null : String(env.cpuCount)), use: 'compared' },
  // A command's: the processors its affinity allows.
  { field: 'visibleCpus', label: 'CPUs it may run on', value: (env) => (env.visibleCpus === undefined ? null : String(env.visibleCpus)), use: 'compared' },
  { field: 'python', label: 'Python', value: (env) => env.python ?? null, use: 'compared' },
  {
    field: 'frameworks',
    label: 'frameworks',
    value: (env) => {
      const entries = Object.entries(env.frameworks ?? {});
      return entries.length === 0 ? null : entries.map(([name, version]) => `${name} ${version}`).join(', ');
    },
    use: 'compared',
  },
  // A command of several processes: how many, started by what, summing over which collectives.
  {
    field: 'distributed.launcher',
    label: 'processes',
    value: (env) => env.distributed?.launcher ?? null,
    shown: (env, kit) => (env.distributed ? kit.text(distributedText(env.distributed)) : null),
    use: 'compared',
  },
  {
    field: 'distributed.worldSize',
    label: null,
    value: (env) => (env.distributed?.worldSize == null ? null : String(env.distributed.worldSize)),
    use: 'compared',
  },
  { field: 'distributed.backend', label: null, value: (env) => env.distributed?.backend ?? null, use: 'compared' },
  { field: 'tfjsVersion', label: 'TensorFlow.js', value: (env) => env.tfjsVersion ?? null, use: 'compared' },
  {
    field: 'backend',
    label: 'backend',
    value: (env) => env.backend ?? null,
    shown: (env, kit) => (env.backend === undefined ? null : `${env.backend} ${env.backendVersion ?? ''} (${kit.text(env.backendDetail ?? '')})`),
    use: 'compared',
  },
  { field: 'backendVersion', label: null, value: (env) => env.backendVersion ?? null, use: 'compared' },
  { field: 'backendDetail', label: null, value: (env) => env.backendDetail ?? null, use: 'compared' },
  { field: 'threads', label: 'threads', value: (env) => (env.threads === undefined ? null : String(env.threads)), use: 'compared' },
  {
    field: 'gpus',
    label: 'GPUs',
    value: (env) => (env.gpus && env.gpus.length > 0 ? env.gpus.map(gpuText).join('; ') : null),
    shown: (env, kit) =>
      env.gpus && env.gpus.length > 0 ? kit.list(env.gpus.map((gpu) => `${gpu.index}: ${kit.text(gpu.name)} (driver ${gpu.driverVersion})`)) : null,
    use: 'compared',
  },
  {
    field: 'cudaVersion',
    label: 'CUDA / cuDNN found',
    value: (env) => env.cudaVersion ?? null,
    // What the preflight found is worth a row only beside a GPU.
    shown: (env) => (env.cudaVersion !== undefined && env.gpus?.length ? `${env.cudaVersion ?? 'unknown'} / ${env.cudnnVersion ?? 'unknown'}` : null),
    use: 'compared',
  },
  { field: 'cudnnVersion', label: null, value: (env) => env.cudnnVersion ?? null, use: 'compared' },
  {
    field: 'libtensorflowVersion',
    label: 'libtensorflow',
    value: (env) => env.libtensorflowVersion ?? null,
    shown: (env, kit) => (env.libtensorflowVersion ? kit.text(env.libtensorflowVersion) : null),
    use: 'compared',
  },
  {
    field: 'nativePackage.libtensorflowSource',
    label: 'libtensorflow from',
    value: (env) => env.nativePackage?.libtensorflowSource ?? null,
    use: 'compared',
  },
  {
    field: 'nativePackage.oneDnnBuiltIn',
    label: null,
    value: (env) => (env.nativePackage ? String(env.nativePackage.oneDnnBuiltIn) : null),
    use: 'compared',
  },
  {
    field: 'nativePackage.obtained',
    label: 'native package',
    value: (env) => env.nativePackage?.obtained ?? null,
    shown: (env, kit) => {
      const native = env.nativePackage;
      if (!native) return null;
      const how = native.obtained === 'cached' ? OBTAINED.cached : `${OBTAINED[native.obtained]} ${kit.seconds(native.seconds)}`;
      return `${how}: ${kit.code(native.dir)}`;
    },
    use: 'described',
  },
  {
    field: 'nativePackage.libraryPath',
    label: 'first on `LD_LIBRARY_PATH`',
    value: (env) => (env.nativePackage?.libraryPath?.length ? env.nativePackage.libraryPath.join(':') : null),
    shown: (env, kit) => (env.nativePackage?.libraryPath?.length ? kit.list(env.nativePackage.libraryPath.map(kit.code)) : null),
    use: 'described',
  },
  { field: 'oneDnn', label: 'oneDNN', value: (env) => onOff(env.oneDnn), use: 'compared' },
  {
    field: 'tensorflowThreads',
    label: 'TensorFlow thread pools',
    value: (env) => (env.tensorflowThreads ? `intra-op ${env.tensorflowThreads.intraOp}, inter-op ${env.tensorflowThreads.interOp}` : null),
    use: 'compared',
  },
  { field: 'gpuDevice', label: 'TensorFlow device', value: (env) => (env.gpuDevice == null ? null : env.gpuDevice ? 'GPU' : 'CPU'), use: 'compared' },
  {
    field: 'cudaVisibleDevices',
    label: '`CUDA_VISIBLE_DEVICES`',
    value: (env) => env.cudaVisibleDevices ?? null,
    shown: (env, kit) => (env.cudaVisibleDevices ? kit.code(env.cudaVisibleDevices) : null),
    // Where a process was pinned, not what it ran on (`gpus` says that).
    use: 'shown',
  },
] as const satisfies readonly FingerprintFieldSpec[];

type TopLevel<Field extends string> = Field extends `${infer Head}.${string}` ? Head : Field;
/** A fingerprint's fields that have no row (the determinism variables have one each, `kind` none): none, or this fails to compile. */
type Unlisted = Exclude<
  keyof EnvironmentFingerprint | keyof CommandFingerprint,
  TopLevel<(typeof FINGERPRINT_FIELDS)[number]['field']> | 'determinismVariables' | 'kind'
>;
export const EVERY_FIELD_LISTED: [Unlisted] extends [never] ? true : { unlisted: Unlisted } = true;

/** The determinism variables are a field each: 'determinismVariables.TF_DETERMINISTIC_OPS'. */
export const VARIABLE_FIELD_PREFIX = 'determinismVariables.';

/** Unset, as the run saw a determinism variable. */
export const UNSET = '(unset)';

/** The training process's fingerprint; null for a command's (or none). */
export function trainingFingerprint(env: RunFingerprint | null | undefined): EnvironmentFingerprint | null {
  return env && (env as { kind?: unknown }).kind !== 'command' ? (env as EnvironmentFingerprint) : null;
}

/** A row of the environment table: its label (`code` in backticks) and its value as `kit` writes it. */
export interface FingerprintRow {
  label: string;
  value: string;
  /** A determinism variable's row: the label is its name in backticks. */
  variable: boolean;
}

/** The environment table's rows of `env`: the fields that have a row and a value, then a row per determinism variable. */
export function fingerprintRows(env: RunFingerprint, kit: FingerprintKit, unset: string): FingerprintRow[] {
  const fields = env as FingerprintFields;
  const rows = (FINGERPRINT_FIELDS as readonly FingerprintFieldSpec[]).flatMap((spec) => {
    if (spec.label === null) return [];
    const value = spec.shown ? spec.shown(fields, kit) : textOf(spec.value(fields), kit);
    return value === null ? [] : [{ label: spec.label, value, variable: false }];
  });
  const variables = Object.entries(fields.determinismVariables ?? {}).map(([name, value]) => ({
    label: `\`${name}\``,
    value: value === null ? unset : kit.code(value),
    variable: true,
  }));
  return [...rows, ...variables];
}

const textOf = (value: string | null, kit: FingerprintKit): string | null => (value === null ? null : kit.text(value));

/** A value of a fingerprint read from a file, as text, whatever an edited file holds there. */
function asText(value: unknown): string | null {
  if (value === null || value === undefined) return null;
  return typeof value === 'string' ? value : JSON.stringify(value);
}

/** One field's value in each fingerprint; null where one has none (or an edited file holds something else). */
function valuesOf(spec: Pick<FingerprintFieldSpec, 'value'>, environments: readonly (RunFingerprint | null)[]): (string | null)[] {
  return environments.map((env) => {
    if (env === null) return null;
    try {
      return asText(spec.value(env as FingerprintFields));
    } catch {
      // A fingerprint from an edited file without the nested object: nothing to show.
      return null;
    }
  });
}

/**
 * The fingerprints side by side, field by field (all but the 'described' ones), fields none has
 * left out; `differs` where a 'compared' field shows different values (none against one counts).
 * The determinism variables are a field each.
 */
export function lineUpFingerprints(environments: readonly (RunFingerprint | null)[]): FingerprintField[] {
  const specs: FingerprintFieldSpec[] = FINGERPRINT_FIELDS.filter((spec) => spec.use !== 'described');
  const names = [...new Set(environments.flatMap((env) => Object.keys((env as FingerprintFields | null)?.determinismVariables ?? {})))];
  const variables: FingerprintFieldSpec[] = names.map((name) => ({
    field: `${VARIABLE_FIELD_PREFIX}${name}`,
    label: null,
    value: (env) => {
      const seen = env.determinismVariables;
      if (!seen || !Object.hasOwn(seen, name)) return null;
      return asText(seen[name]) ?? UNSET;
    },
    use: 'compared',
  }));
  return [...specs, ...variables]
    .map((spec) => {
      const values = valuesOf(spec, environments);
      return { field: spec.field, values, differs: spec.use === 'compared' && new Set(values).size > 1 };
    })
    .filter((field) => field.values.some((value) => value !== null));
}

/** The fields that differ between the fingerprints, each with its values: what merge warns of and across marks. */
export function fingerprintDifferences(environments: readonly (RunFingerprint | null)[]): FingerprintField[] {
  return lineUpFingerprints(environments).filter((field) => field.differs);
}

/** The most of $TF_REPRO_ENVIRONMENT read: a few versions fit many times over. */
export const COMMAND_VERSIONS_LIMIT_BYTES = 64 * 1024;

/** Longer than this, a version is something else. */
const VERSION_CHARS = 200;
/** A command reports at most this many packages. */
const MOST_PACKAGES = 50;

export type CommandVersions = Pick<CommandFingerprint, 'python' | 'frameworks'>;

/**
 * What a command wrote to $TF_REPRO_ENVIRONMENT: `{"python": "3.11.9", "frameworks": {"tensorflow": "2.16.1"}}`.
 * Tolerant: what is not a short string where a version should be is left out, and a file that is
 * not such an object gives no versions (the fingerprint says only what the command reported).
 */
export function parseCommandVersions(text: string): CommandVersions {
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch {
    return { python: null, frameworks: {} };
  }
  const isObject = (value: unknown): value is Record<string, unknown> => typeof value === 'object' && value !== null && !Array.isArray(value);
  const version = (value: unknown): string | null => (typeof value === 'string' && value.trim() !== '' && value.length <= VERSION_CHARS ? value.trim() : null);
  if (!isObject(json)) return { python: null, frameworks: {} };
  const packages = isObject(json.frameworks) ? Object.entries(json.frameworks) : [];
  const frameworks = packages.flatMap(([name, value]) => {
    const shown = version(value);
    return shown !== null && name.length <= VERSION_CHARS ? [[name, shown] as const] : [];
  });
  // Object.fromEntries defines own properties: a package named __proto__ is one like any other.
  return { python: version(json.python), frameworks: Object.fromEntries(frameworks.slice(0, MOST_PACKAGES)) };
}
