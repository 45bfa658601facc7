// What each setting is for, once: per CheckSettings field, its input's name and whether it enters
// each use that asks "which settings matter" (a shard's settings digest, the legs `across`
// compares, the settings a drift names). The table is typed against CheckSettings, so a new field
// without a row does not compile (test/unit/setting-roles.test.ts holds that). Pure.
import type { CheckSettings, CommandSettings } from '../contracts/settings.js';
import type { SettingName } from './setting-names.js';

/**
 * Which checks' drift against a baseline names the setting where it differs: 'any' check, only a
 * 'training' check (tf-repro trains), only a 'command' check, or 'as-ran' (a training check's
 * backend: the one that ran where both reports say, else the one chosen); false: never.
 */
export type DriftRole = 'any' | 'training' | 'command' | 'as-ran' | false;

export interface SettingRole {
  /** The action's input and the CLI's flag; null: set only inside tf-repro (diagnose, the narrowing). */
  input: SettingName | null;
  /** Enters a shard leg's settings digest: every leg of a sharded check must share it (comparison/shards.ts). */
  shardDigest: boolean;
  /** Legs must agree on it for `across` to compare them (report/across.ts); the runner's own (backend, threads) is what across compares. */
  across: boolean;
  drift: DriftRole;
}

/** A table with a row for every field of `Settings`, optional ones included. */
export type SettingRolesOf<Settings> = { readonly [Field in keyof Settings]-?: SettingRole };

const row = (input: SettingName | null, shardDigest: boolean, across: boolean, drift: DriftRole): SettingRole => ({ input, shardDigest, across, drift });

/** The command's own fields (`command` is an object): what a command check's uses read inside it. */
export const COMMAND_SETTING_ROLES = {
  command: row('command', false, true, 'command'),
  workingDirectory: row('working-directory', false, false, false),
  framework: row('framework', false, true, 'command'),
  metricsFile: row('metrics-file', false, false, false),
  timeoutMinutes: row('timeout-minutes', false, false, false),
  artifacts: row('artifacts', false, false, false),
  // How a command's runs are cut into processes (TF_REPRO_FOLDS), never their numbers.
  folds: row('folds', false, false, false),
} as const satisfies SettingRolesOf<CommandSettings>;

/**
 * Every CheckSettings field, in the order the uses list them (the shard digest hashes its fields'
 * values in this order: reordering rows changes every digest). A shard's digest takes what changes
 * the numbers or the verdict of a leg's folds, not the dataset's path (its content is the dataset
 * digest) nor the model's (its content is digested beside). `across` leaves out what differs by
 * runner. Drift leaves out runs, tolerance and the like: they change how results are compared, not
 * the results. Nothing changes that changes only how a check runs (parallel, report-dir,
 * libtensorflow's source, the comment's inputs).
 */
export const SETTING_ROLES = {
  runs: row('runs', true, false, false),
  folds: row('folds', true, true, 'training'),
  epochs: row('epochs', true, true, 'training'),
  batchSize: row('batch-size', true, true, 'training'),
  validationSplit: row('validation-split', true, true, 'training'),
  seed: row('seed', true, true, 'any'),
  samples: row('samples', true, true, 'training'),
  deterministic: row('deterministic', true, true, 'any'),
  backend: row('backend', true, false, 'as-ran'),
  threads: row('threads', true, false, 'any'),
  // A command gets the dataset too (TF_REPRO_DATASET): another one changes its numbers as well.
  dataset: row('dataset', false, true, 'any'),
  model: row('model', false, true, 'training'),
  // Set by diagnose and the narrowing re-train, whose reports are not merged, compared across or drifted.
  unseeded: row(null, false, false, false),
  trace: row(null, false, false, false),
  onlyFolds: row(null, false, false, false),
  variablesOff: row(null, false, false, false),
  tolerance: row('tolerance', true, false, false),
  failOnMismatch: row('fail-on-mismatch', false, false, false),
  reportDir: row('report-dir', false, false, false),
  parallel: row('parallel', false, false, false),
  // Its own fields' roles are COMMAND_SETTING_ROLES'.
  command: row('command', false, false, false),
  libtensorflow: row('libtensorflow', false, false, false),
  // What fail-fast skips changes what a leg compares.
  failFast: row('fail-fast', true, false, false),
  compareNondeterministic: row('compare-nondeterministic', false, false, false),
  diagnose: row('diagnose', false, false, false),
  diagnoseBudgetMinutes: row('diagnose-budget-minutes', false, false, false),
  diagnoseVariables: row('diagnose-variables', false, false, false),
  shard: row('shard', false, false, false),
  label: row('label', false, false, false),
  across: row('across', false, false, false),
  failOnCrossRunnerDifference: row('fail-on-cross-runner-difference', false, false, false),
  baseline: row('baseline', false, false, false),
  baselineArtifact: row('baseline-artifact', false, false, false),
  failOnDrift: row('fail-on-drift', false, false, false),
  junitFile: row('junit-file', false, false, false),
  // Limits: they stop a check, never change its numbers.
  timeoutMinutes: row('timeout-minutes', false, false, false),
  maxModelParameters: row('max-model-parameters', false, false, false),
  // Variations add runs beside the control runs and never change their numbers; each leg varies its own runner.
  vary: row('vary', false, false, false),
  failOnVariation: row('fail-on-variation', false, false, false),
  // The negative control adds a run beside the control runs and never changes their numbers.
  negativeControl: row('negative-control', false, false, false),
} as const satisfies SettingRolesOf<CheckSettings>;

/** A setting as a use reads it from a report's `settings`: its input's name and where its value lies. */
export interface SettingInUse {
  input: string;
  /** The field's value in a report's settings (the command's fields inside `command`); undefined where absent. */
  read: (settings: object) => unknown;
  field: string;
}

const topLevel = (field: string, role: SettingRole): SettingInUse => ({
  input: role.input ?? field,
  field,
  read: (settings) => (Object.hasOwn(settings, field) ? (settings as Record<string, unknown>)[field] : undefined),
});

const inCommand = (field: string, role: SettingRole): SettingInUse => ({
  input: role.input ?? field,
  field: `command.${field}`,
  read: (settings) => {
    const command = Object.hasOwn(settings, 'command') ? (settings as { command?: unknown }).command : undefined;
    return typeof command === 'object' && command !== null && Object.hasOwn(command, field) ? (command as Record<string, unknown>)[field] : undefined;
  },
});

/** The top-level settings whose row says `enters`, in the table's order. */
export function settingsFor(enters: (role: SettingRole) => boolean): SettingInUse[] {
  return Object.entries(SETTING_ROLES as Record<string, SettingRole>)
    .filter(([, role]) => enters(role))
    .map(([field, role]) => topLevel(field, role));
}

/** The command's own settings whose row says `enters`, in the table's order. */
export function commandSettingsFor(enters: (role: SettingRole) => boolean): SettingInUse[] {
  return Object.entries(COMMAND_SETTING_ROLES as Record<string, SettingRole>)
    .filter(([, role]) => enters(role))
    .map(([field, role]) => inCommand(field, role));
}

/** The fields a shard's settings digest hashes, in order (comparison/shards.ts). */
export const SHARD_DIGEST_SETTINGS: readonly SettingInUse[] = settingsFor((role) => role.shardDigest);

/** What legs must agree on for `across` to compare them: top-level settings, then the command's. */
export const ACROSS_SETTINGS: readonly SettingInUse[] = [...settingsFor((role) => role.across), ...commandSettingsFor((role) => role.across)];

/** What a drift names where it differs, for a training check (the backend apart: 'as-ran'). */
export const DRIFT_TRAINING_SETTINGS: readonly SettingInUse[] = settingsFor((role) => role.drift === 'any' || role.drift === 'training');

/** For a command check: the command's own first, then what tf-repro gives it (the seed, the variables, the threads). */
export const DRIFT_COMMAND_SETTINGS: readonly SettingInUse[] = [
  ...commandSettingsFor((role) => role.drift === 'command'),
  ...settingsFor((role) => role.drift === 'any' || role.drift === 'command'),
];
