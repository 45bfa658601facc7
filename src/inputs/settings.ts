// Validates every setting once, up front, from the strings the action's inputs or the CLI's
// flags give. Each bad value gets one line that names the input and says what would be right.
import { parseDecimal, parseWholeNumber } from './numbers.js';
import { SETTING_DEFAULTS, type RawSettings, type SettingLabel, type SettingName } from './setting-names.js';
import { parseOwnTraining } from './own-training.js';
import { BACKEND_CHOICES, fail, ok, type BackendChoice, type CheckSettings, type Parsed } from '../contracts.js';


const TRUE_WORDS = ['true', 'True', 'TRUE'];
const FALSE_WORDS = ['false', 'False', 'FALSE'];

export function parseSettings(raw: RawSettings, label: SettingLabel): Parsed<CheckSettings> {
  const errors: string[] = [];
  const text = (name: SettingName): string => {
    const value = raw[name]?.trim();
    return value === undefined || value === '' ? SETTING_DEFAULTS[name] : value;
  };
  const wholeNumber = (name: SettingName, min: number, meaning = ''): number => {
    const value = text(name);
    const number = parseWholeNumber(value);
    if (number === null || number < min) {
      errors.push(`${label(name)} must be a whole number of at least ${min}${meaning}, got '${value}'`);
      return Number(SETTING_DEFAULTS[name]);
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
    if (number === null || number < 1) {
      errors.push(`${label('parallel')} must be auto or a whole number of at least 1, got '${value}'`);
      return 'auto';
    }
    return number;
  };
  const backendText = text('backend');
  if (!(BACKEND_CHOICES as readonly string[]).includes(backendText)) {
    errors.push(`${label('backend')} must be one of ${BACKEND_CHOICES.join(', ')}, got '${backendText}'`);
  }
  const settings: CheckSettings = {
    runs: wholeNumber('runs', 2, ' (a comparison needs two runs)'),
    folds: wholeNumber('folds', 2),
    epochs: wholeNumber('epochs', 1),
    batchSize: wholeNumber('batch-size', 1),
    validationSplit: decimal('validation-split', 0, 1, 'from 0 up to (not including) 1, like 0.2'),
    seed: wholeNumber('seed', 0),
    samples: wholeNumber('samples', 0, ' (0 means every image)'),
    deterministic: boolean('deterministic'),
    backend: (BACKEND_CHOICES as readonly string[]).includes(backendText) ? (backendText as BackendChoice) : 'auto',
    threads: wholeNumber('threads', 1),
    dataset: text('dataset') === '' ? null : text('dataset'),
    tolerance: decimal('tolerance', 0, Infinity, 'of at least 0 (0 means bitwise equal)'),
    failOnMismatch: boolean('fail-on-mismatch'),
    reportDir: text('report-dir') === '' ? null : text('report-dir'),
    parallel: parallel(),
  };
  const own = parseOwnTraining(text, label);
  errors.push(...own.errors);
  if (own.model !== null) settings.model = own.model;
  if (own.command !== null) settings.command = own.command;
  if (errors.length === 0 && settings.samples !== 0 && settings.samples < settings.folds) {
    errors.push(`${label('samples')} is ${settings.samples}, fewer than ${label('folds')} (${settings.folds}): every fold needs images; use at least ${settings.folds}, or 0 for all`);
  }
  return errors.length === 0 ? ok(settings) : fail(errors.join('\n'));
}
