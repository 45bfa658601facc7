// The settings by name, with their defaults: the action's inputs and the CLI's flags share them
// (a test holds action.yml to this table).

/** Raw values by input name ('runs', 'batch-size', ...); undefined or '' means the default. */
export type RawSettings = Partial<Record<SettingName, string>>;

export const SETTING_DEFAULTS = {
  runs: '2',
  // Empty: 10 (IMPLIED_DEFAULTS). Empty, not 10, so that a command check tells `folds` given (its runs split by fold) from not.
  folds: '',
  epochs: '10',
  'batch-size': '100',
  'validation-split': '0.2',
  seed: '0',
  samples: '0',
  deterministic: 'true',
  backend: 'auto',
  threads: '1',
  // The native backend built against a TensorFlow the runner has (provision/libtensorflow-source.ts).
  libtensorflow: '',
  // Empty: auto, except a command with `framework: none`, which pins no threads: 1.
  parallel: '',
  dataset: '',
  tolerance: '0',
  'fail-on-mismatch': 'true',
  'report-dir': '',
  // Explaining the verdict (issue #11): stop at the first divergence, the cost table, the diagnosis.
  'fail-fast': 'true',
  'compare-nondeterministic': 'false',
  diagnose: 'false',
  'diagnose-budget-minutes': '10',
  // The settings diagnose tries, a comma list of their names (engine/diagnose.ts checks them); empty: all.
  'diagnose-variables': '',
  // Bring your own training (own-training.ts): a model file, or a command and what only it takes.
  model: '',
  command: '',
  'working-directory': '',
  framework: 'tensorflow',
  'metrics-file': '',
  'timeout-minutes': '0',
  artifacts: '',
  // One extra run with another seed, whose numbers must differ from the control runs' (issue 22, part 9).
  'negative-control': 'false',
  // A model file past this many parameters is refused before it is built (model/model-config.ts).
  'max-model-parameters': '50000000',
  // Shards (issue #13, part 1; inputs/shard.ts): this leg's share of the folds, i/n; or, in a later
  // job, the legs' partial reports to merge (globs, one per line). The CLI has `tf-repro merge FILES`.
  shard: '',
  merge: '',
  // Across runners (issue #13, part 2): the leg's name; complete checks compared across runners.
  label: '',
  across: '',
  'fail-on-cross-runner-difference': 'false',
  // Drift against a baseline (issue #13, part 3): a report.json or 'main' (the default branch's
  // newest successful run of this workflow, its artifact 'baseline-artifact'), and whether a drift fails.
  baseline: '',
  'baseline-artifact': 'tf-repro-report',
  'fail-on-drift': 'false',
  // The verdict as JUnit XML for test reporters (report/junit.ts); empty: none.
  'junit-file': '',
  // Variations (issue 23; inputs/vary.ts): factors to vary in extra runs, or 'all'; whether a factor
  // that changes the numbers fails the step ('': true when 'vary' is given).
  vary: '',
  'fail-on-variation': '',
} as const;

/** `baseline: main`: the baseline is found with the GitHub API rather than read from a file. */
export const BASELINE_FROM_MAIN = 'main';

export type SettingName = keyof typeof SETTING_DEFAULTS;

/** What an input left empty means where that is not the empty string (its default above is empty so that "not given" can be told apart). */
export const IMPLIED_DEFAULTS: Partial<Record<SettingName, string>> = { folds: '10', parallel: 'auto' };

/** How a setting is called where the user wrote it: "input 'runs'" or "--runs". */
export type SettingLabel = (name: SettingName) => string;
export const actionInputLabel: SettingLabel = (name) => `input '${name}'`;
export const cliFlagLabel: SettingLabel = (name) => `--${name}`;
