// Which inputs apply to which kind of check, and which features cannot be combined: one table,
// read by the validators (own-training.ts, shard.ts, settings.ts) and checked against the table in
// docs/inputs.md by a test. A check is one kind (tf-repro trains the default CNN, a `model` file,
// or the user's `command` trains) plus features (shard, merge, across, baseline, diagnose…). Pure.
import type { SettingName } from './setting-names.js';

export const CHECK_KINDS = ['default', 'model', 'command'] as const;
export type CheckKind = (typeof CHECK_KINDS)[number];

const ALL: readonly CheckKind[] = CHECK_KINDS;
const TRAINED: readonly CheckKind[] = ['default', 'model'];

/**
 * The kinds each input means something for (docs/inputs.md shows it). An input for one kind only,
 * given with another, is refused (onlyFor); a setting of the training (`folds`, `epochs`…) given
 * with a command is not, since its default is always there. `merge` and `across` train nothing:
 * they apply to every kind, as the reports they read may come from any.
 */
export const INPUT_KINDS = {
  runs: ALL,
  folds: ALL,
  epochs: TRAINED,
  'batch-size': TRAINED,
  'validation-split': TRAINED,
  seed: ALL,
  samples: TRAINED,
  deterministic: ALL,
  backend: TRAINED,
  threads: TRAINED,
  libtensorflow: TRAINED,
  parallel: ALL,
  dataset: ALL,
  tolerance: ALL,
  'fail-on-mismatch': ALL,
  'report-dir': ALL,
  'fail-fast': ALL,
  'compare-nondeterministic': ALL,
  diagnose: ALL,
  'diagnose-budget-minutes': ALL,
  'diagnose-variables': ALL,
  model: ['model'],
  command: ['command'],
  'working-directory': ['command'],
  framework: ['command'],
  'metrics-file': ['command'],
  'timeout-minutes': ALL,
  artifacts: ['command'],
  'negative-control': ['command'],
  'max-model-parameters': ['model'],
  shard: TRAINED,
  merge: ALL,
  label: ALL,
  across: ALL,
  'fail-on-cross-runner-difference': ALL,
  baseline: ALL,
  'baseline-artifact': ALL,
  'fail-on-drift': ALL,
  'junit-file': ALL,
  vary: ALL,
  'fail-on-variation': ALL,
} as const satisfies Record<SettingName, readonly CheckKind[]>;

/** Inputs that apply to exactly one kind, besides the input that makes that kind. */
export function onlyFor(kind: CheckKind): SettingName[] {
  return (Object.keys(INPUT_KINDS) as SettingName[]).filter((name) => name !== kind && INPUT_KINDS[name].length === 1 && INPUT_KINDS[name][0] === kind);
}

/** A feature, and the inputs that cannot be given with it: each validator says why in its own words. */
export interface FeatureConflict {
  feature: SettingName;
  notWith: readonly SettingName[];
}

export const FEATURE_CONFLICTS: readonly FeatureConflict[] = [
  { feature: 'model', notWith: ['command'] },
  // Comparing reports trains nothing.
  { feature: 'across', notWith: ['command', 'model', 'diagnose', 'compare-nondeterministic', 'vary'] },
  // A shard's verdict covers its folds; these compare whole checks, and a command trains every fold itself.
  { feature: 'shard', notWith: ['command', 'compare-nondeterministic', 'diagnose', 'vary'] },
];

/** The inputs a merge job takes beside `merge`: the merged check's settings are the legs' own. */
export const MERGE_TAKES: readonly SettingName[] = [
  'merge',
  'report-dir',
  'fail-on-mismatch',
  'label',
  'baseline',
  'baseline-artifact',
  'fail-on-drift',
  'junit-file',
];
