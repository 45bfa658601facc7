// The setting roles table (inputs/setting-roles.ts): one row per CheckSettings field, held by the
// compiler (the @ts-expect-error lines below fail the build if the table stops catching a field
// without a row), and the lists the uses read from it, held to what each use compared before.
import assert from 'node:assert/strict';
import { createHash } from 'node:crypto';
import { test } from 'node:test';
import type { CheckSettings, CommandSettings } from '../../src/contracts/settings.js';
import { settingsDigest } from '../../src/comparison/shards.js';
import { SETTING_DEFAULTS } from '../../src/inputs/setting-names.js';
import {
  ACROSS_SETTINGS,
  COMMAND_SETTING_ROLES,
  DRIFT_COMMAND_SETTINGS,
  DRIFT_TRAINING_SETTINGS,
  SETTING_ROLES,
  SHARD_DIGEST_SETTINGS,
  type SettingRolesOf,
} from '../../src/inputs/setting-roles.js';
import { checkSettings } from '../support/settings.js';

// --- Type tests: checked by tsc when the tests are built, not at run time. ---

/** True where A and B are the same set of keys. */
type SameKeys<A, B> = [A] extends [B] ? ([B] extends [A] ? true : false) : false;
// The table has exactly CheckSettings' fields, and the command's table exactly CommandSettings'.
export const everyField: SameKeys<keyof typeof SETTING_ROLES, keyof CheckSettings> = true;
export const everyCommandField: SameKeys<keyof typeof COMMAND_SETTING_ROLES, keyof CommandSettings> = true;

interface WithNewSetting extends CheckSettings {
  newSetting?: number;
}
// A CheckSettings with a field the table has no row for: the table no longer satisfies its type.
// @ts-expect-error -- a new CheckSettings field without a row must not compile
export const missingRow: SettingRolesOf<WithNewSetting> = SETTING_ROLES;
// Nor does a row for a field CheckSettings lacks (a renamed field's old row).
export const extraRow = {
  ...SETTING_ROLES,
  // @ts-expect-error -- a row without a CheckSettings field must not compile
  renamedAway: SETTING_ROLES.runs,
} satisfies SettingRolesOf<CheckSettings>;

// --- Run-time tests ---

const inputs = (settings: readonly { input: string }[]): string[] => settings.map((setting) => setting.input);

test('every row names a real input (or none, for settings only tf-repro sets)', () => {
  for (const [field, role] of Object.entries({ ...SETTING_ROLES, ...COMMAND_SETTING_ROLES })) {
    if (role.input !== null) assert.ok(Object.hasOwn(SETTING_DEFAULTS, role.input), `${field}: ${role.input}`);
  }
});

test("the shard digest hashes the same fields in the same order as before the table: a leg's digest is unchanged", () => {
  assert.deepEqual(inputs(SHARD_DIGEST_SETTINGS), [
    'runs',
    'folds',
    'epochs',
    'batch-size',
    'validation-split',
    'seed',
    'samples',
    'deterministic',
    'backend',
    'threads',
    'tolerance',
    'fail-fast',
  ]);
  const settings = checkSettings({ runs: 3, folds: 4, epochs: 2, seed: 7, tolerance: 0.5, failFast: false, threads: 2 });
  // The list shards.ts hashed before, written out: the digest of a leg from before the table must still match.
  const before = [
    'runs',
    'folds',
    'epochs',
    'batchSize',
    'validationSplit',
    'seed',
    'samples',
    'deterministic',
    'backend',
    'threads',
    'tolerance',
    'failFast',
  ] as const;
  const expected = createHash('sha256')
    .update(JSON.stringify({ settings: before.map((field) => settings[field] ?? null), model: null }))
    .digest('hex');
  assert.equal(settingsDigest(settings, null), expected);
});

test('across compares legs on the settings behind the numbers, not the runner-owned backend and threads', () => {
  assert.deepEqual(inputs(ACROSS_SETTINGS), [
    'folds',
    'epochs',
    'batch-size',
    'validation-split',
    'seed',
    'samples',
    'deterministic',
    'dataset',
    'model',
    'command',
    'framework',
  ]);
});

test("drift names a training check's settings and, for a command, the command's own first", () => {
  assert.deepEqual(inputs(DRIFT_TRAINING_SETTINGS), [
    'folds',
    'epochs',
    'batch-size',
    'validation-split',
    'seed',
    'samples',
    'deterministic',
    'threads',
    'dataset',
    'model',
  ]);
  // A command gets the dataset as TF_REPRO_DATASET: another one is a drift there too.
  assert.deepEqual(inputs(DRIFT_COMMAND_SETTINGS), ['command', 'framework', 'seed', 'deterministic', 'threads', 'dataset']);
  const read = DRIFT_COMMAND_SETTINGS.map((setting) => setting.read({ seed: 3, command: { command: 'python train.py', framework: 'jax' } }));
  assert.deepEqual(read, ['python train.py', 'jax', 3, undefined, undefined, undefined]);
});

test('libtensorflow has its row: it changes where the native backend comes from, not what the check compares', () => {
  assert.deepEqual(SETTING_ROLES.libtensorflow, { input: 'libtensorflow', shardDigest: false, across: false, drift: false });
});
