// Validates every setting once, up front, from the strings the action's inputs or the CLI's
// flags give. Each bad value gets one line that names the input and says what would be right.
import { onlyFor } from './applicability.js';
import { parseDecimal, parseWholeNumber } from './numbers.js';
import { IMPLIED_DEFAULTS, SETTING_DEFAULTS, type RawSettings, type SettingLabel, type SettingName } from './setting-names.js';
import { parseOwnTraining } from './own-training.js';
import { parseShard, shardConflicts } from './shard.js';
import { parseVary } from './vary.js';
import { BACKEND_CHOICES, type BackendChoice, type CheckSettings } from '../contracts/settings.js';
import { fail, ok, type Parsed } from '../util/parsed.js';
import { excerpt, withCommas } from '../util/text.js';

const TRUE_WORDS = ['true', 'True', 'TRUE'];
const FALSE_WORDS = ['false', 'False', 'FALSE'];

/**
 * The smallest and largest value of each count. The largest are far past any real check; they
 * are there so that a slip of the keyboard (`runs: 1000000000`) is an error, not a crash.
 */
export const COUNT_BOUNDS = {
  runs: [2, 1000],
  folds: [2, 10_000],
  epochs: [1, 100_000],
  'batch-size': [1, 1_000_000],
  // The largest seed NumPy takes (a command gets it in TF_REPRO_SEED).
  seed: [0, 2 ** 32 - 1],
  samples: [0, 100_000_000],
  threads: [1, 256],
  parallel: [1, 256],
  'diagnose-budget-minutes': [1, 1440],
  // Ten billion float32 parameters are 40 GB: past any runner's memory.
  'max-model-parameters': [1, 10_000_000_000],
} as const satisfies Partial<Record<SettingName, readonly [number, number]>>;

type CountName = keyof typeof COUNT_BOUNDS;

/** A label longer than this is a slip (a whole matrix pasted): it names a column of a table. */
export const MAX_LABEL_LENGTH = 200;

/**
 * Across runners (issue #13, part 2): `label`, `across` and `fail-on-cross-runner-difference`,
 * into `settings`. Returns the errors.
 */
function parseAcrossRunners(text: (name: SettingName) => string, label: SettingLabel, settings: CheckSettings): string[] {
  const errors: string[] = [];
  const leg = text('label');
  if (leg.length > MAX_LABEL_LENGTH)
    errors.push(`${label('label')} must be at most ${MAX_LABEL_LENGTH} characters, got ${leg.length}: a short name of this leg, such as \${{ matrix.os }}`);
  // One line: it heads a table's row.
  else if (leg !== '') settings.label = leg.replace(/\s+/g, ' ');
  // Absent means false, as the other optional settings are absent at their defaults.
  const failText = text('fail-on-cross-runner-difference');
  if (TRUE_WORDS.includes(failText)) settings.failOnCrossRunnerDifference = true;
  else if (!FALSE_WORDS.includes(failText)) errors.push(`${label('fail-on-cross-runner-difference')} must be true or false, got '${failText}'`);
  const patterns = text('across')
    .split('\n')
    .map((line) => line.trim())
    .filter((line) => line !== '');
  if (patterns.length === 0) return errors;
  settings.across = patterns;
  // Comparing reports trains nothing: an input that asks for training is a mistake to say, not to ignore.
  const trains = [
    settings.command ? label('command') : null,
    settings.model ? label('model') : null,
    settings.diagnose ? label('diagnose') : null,
    settings.compareNondeterministic ? label('compare-nondeterministic') : null,
    settings.vary ? label('vary') : null,
  ].filter((name) => name !== null);
  if (trains.length > 0) {
    errors.push(
      `${label('across')} compares the reports of checks that already ran and trains nothing, so ${trains.join(' and ')} ${trains.length === 1 ? 'does' : 'do'} not apply: run those in the legs, and leave ${trains.length === 1 ? 'it' : 'them'} out of the step with ${label('across')}`,
    );
  }
  return errors;
}

export function parseSettings(raw: RawSettings, label: SettingLabel): Parsed<CheckSettings> {
  const errors: string[] = [];
  const text = (name: SettingName): string => {
    const value = raw[name]?.trim();
    return value === undefined || value === '' ? (IMPLIED_DEFAULTS[name] ?? SETTING_DEFAULTS[name]) : value;
  };
  const inBounds = (name: CountName, number: number | null): number is number =>
    number !== null && number >= COUNT_BOUNDS[name][0] && number <= COUNT_BOUNDS[name][1];
  const bounds = (name: CountName): string => `from ${withCommas(COUNT_BOUNDS[name][0])} to ${withCommas(COUNT_BOUNDS[name][1])}`;
  const wholeNumber = (name: CountName, meaning = ''): number => {
    const value = text(name);
    const number = parseWholeNumber(value);
    if (!inBounds(name, number)) {
      errors.push(`${label(name)} must be a whole number ${bounds(name)}${meaning}, got '${value}'`);
      return Number(IMPLIED_DEFAULTS[name] ?? SETTING_DEFAULTS[name]);
    }
    return number;
  };
  const decimal = (name: SettingName, min: number, maxExclusive: number, range: string): number => {
    const value = text(name);
    const number = parseDecimal(value);
    if (number === null || !(number >= min && number < maxExclusive)) {
      errors.push(`${label(name)} must be a number ${range}, got '${value}'`);
      return Number(SETTING_DEFAULTS[name]);
    }
    return number;
  };
  const boolean = (name: SettingName): boolean => {
    const value = text(name);
    if (TRUE_WORDS.includes(value)) return true;
    if (FALSE_WORDS.includes(value)) return false;
    errors.push(`${label(name)} must be true or false, got '${value}'`);
    return SETTING_DEFAULTS[name] === 'true';
  };
  const parallel = (): number | 'auto' => {
    const value = text('parallel');
    if (value === 'auto') return 'auto';
    const number = parseWholeNumber(value);
    if (!inBounds('parallel', number)) {
      errors.push(`${label('parallel')} must be auto or a whole number ${bounds('parallel')}, got '${value}'`);
      return 'auto';
    }
    return number;
  };
  const backendText = text('backend');
  if (!(BACKEND_CHOICES as readonly string[]).includes(backendText)) {
    errors.push(`${label('backend')} must be one of ${BACKEND_CHOICES.join(', ')}, got '${backendText}'`);
  }
  const settings: CheckSettings = {
    runs: wholeNumber('runs', ' (a comparison needs two runs)'),
    folds: wholeNumber('folds'),
    epochs: wholeNumber('epochs'),
    batchSize: wholeNumber('batch-size'),
    validationSplit: decimal('validation-split', 0, 1, 'from 0 up to (not including) 1, like 0.2'),
    seed: wholeNumber('seed', ' (2^32 − 1 is the largest seed NumPy takes)'),
    samples: wholeNumber('samples', ' (0 means every image)'),
    deterministic: boolean('deterministic'),
    backend: (BACKEND_CHOICES as readonly string[]).includes(backendText) ? (backendText as BackendChoice) : 'auto',
    threads: wholeNumber('threads'),
    dataset: text('dataset') === '' ? null : text('dataset'),
    tolerance: decimal('tolerance', 0, Infinity, 'of at least 0 (0 means bitwise equal)'),
    failOnMismatch: boolean('fail-on-mismatch'),
    reportDir: text('report-dir') === '' ? null : text('report-dir'),
    parallel: parallel(),
    failFast: boolean('fail-fast'),
    compareNondeterministic: boolean('compare-nondeterministic'),
    diagnose: boolean('diagnose'),
    diagnoseBudgetMinutes: wholeNumber('diagnose-budget-minutes'),
  };
  // The names are checked against the check's own settings before it runs (engine/diagnose.ts diagnoseCandidates).
  const diagnoseVariables = text('diagnose-variables')
    .split(',')
    .map((name) => name.trim())
    .filter((name) => name !== '');
  if (diagnoseVariables.length > 0) {
    if (!settings.diagnose) errors.push(`${label('diagnose-variables')} applies only with ${label('diagnose')}: turn diagnose on, or leave it out`);
    settings.diagnoseVariables = diagnoseVariables;
  }
  const own = parseOwnTraining(text, label);
  errors.push(...own.errors);
  if (own.model !== null) settings.model = own.model;
  if (own.command !== null) {
    settings.command = own.command;
    const given = (name: SettingName): boolean => (raw[name]?.trim() ?? '') !== '';
    // The command's folds are split over its runs side by side only where `folds` says how many there are.
    if (given('folds')) own.command.folds = settings.folds;
    // `framework: none` pins no thread count: the runs go one at a time unless `parallel` says otherwise.
    if (own.command.framework === 'none' && !given('parallel')) settings.parallel = 1;
  }
  if (own.timeoutMinutes > 0) settings.timeoutMinutes = own.timeoutMinutes;
  // own-training.ts refuses it without a command.
  if (own.command !== null && boolean('negative-control')) settings.negativeControl = true;
  const maxParameters = wholeNumber('max-model-parameters');
  if (own.model !== null) settings.maxModelParameters = maxParameters;
  else {
    for (const name of onlyFor('model')) {
      if (text(name) !== SETTING_DEFAULTS[name])
        errors.push(`${label(name)} applies only with ${label('model')}: give the model file too, or leave ${label(name)} out`);
    }
  }
  const libtensorflow = text('libtensorflow');
  if (libtensorflow !== '') {
    if (own.command !== null) {
      errors.push(
        `${label('libtensorflow')} does not apply with ${label('command')}: the command trains with its own framework; leave ${label('libtensorflow')} out`,
      );
    } else if (settings.backend === 'wasm' || settings.backend === 'cpu') {
      errors.push(
        `${label('libtensorflow')} builds the native backend, which ${label('backend')} ${settings.backend} does not use: use backend tensorflow, tensorflow-gpu or auto, or leave ${label('libtensorflow')} out`,
      );
    } else {
      settings.libtensorflow = libtensorflow;
    }
  }
  // Shards (issue #13, part 1).
  // Variations (issue 23): before the shard and across rules, which refuse them.
  const vary = parseVary(text('vary'), raw['fail-on-variation'] ?? '', label('vary'), label('fail-on-variation'));
  errors.push(...vary.errors);
  if (vary.factors.length > 0) Object.assign(settings, { vary: vary.factors, failOnVariation: vary.failOnVariation });
  const shard = parseShard(text('shard'), settings.folds, label);
  if (shard.error !== null) errors.push(shard.error);
  if (shard.shard !== null) settings.shard = shard.shard;
  errors.push(...shardConflicts(settings, label));
  errors.push(...parseAcrossRunners(text, label, settings));
  // Drift against a baseline (issue #13, part 3): validated always, kept only with a baseline.
  const artifact = text('baseline-artifact');
  if (/[":<>|*?\\/\r\n]/.test(artifact)) {
    errors.push(`${label('baseline-artifact')} must be an artifact's name, which has none of " : < > | * ? \\ / or line breaks; got '${excerpt(artifact)}'`);
  }
  const failOnDrift = boolean('fail-on-drift');
  if (text('baseline') !== '') Object.assign(settings, { baseline: text('baseline'), baselineArtifact: artifact, failOnDrift });
  if (text('junit-file') !== '') settings.junitFile = text('junit-file');
  if (errors.length === 0 && settings.samples !== 0 && settings.samples < settings.folds) {
    errors.push(
      `${label('samples')} is ${settings.samples}, fewer than ${label('folds')} (${settings.folds}): every fold needs images; use at least ${settings.folds}, or 0 for all`,
    );
  }
  return errors.length === 0 ? ok(settings) : fail(errors.join('\n'));
}
