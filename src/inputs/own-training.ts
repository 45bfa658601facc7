// The inputs that bring the user's own training: `model` (a model file tf-repro trains) or
// `command` (a training command tf-repro runs), and the inputs that only a command takes. Part of
// settings.ts's up-front validation: each problem is one line naming the input.
import { FRAMEWORK_CHOICES, type CommandSettings, type Framework } from '../contracts/settings.js';
import { parseDecimal } from './numbers.js';
import { withCommas } from '../util/text.js';
import { onlyFor } from './applicability.js';
import { SETTING_DEFAULTS, type SettingLabel, type SettingName } from './setting-names.js';

/** Inputs that mean something only with `command`, with the value that means "not given". */
const COMMAND_ONLY: [SettingName, string][] = onlyFor('command').map((name) => [name, SETTING_DEFAULTS[name]]);

/** A week: past any job's limit, and within what a timer can wait (about 24.8 days). */
export const MAX_TIMEOUT_MINUTES = 10_080;

const MODEL_EXTENSIONS = ['.json', '.keras', '.js', '.mjs'];

/** Globs given one per line or separated by commas. */
export function splitGlobs(text: string): string[] {
  return text
    .split(/[\n,]/)
    .map((pattern) => pattern.trim())
    .filter((pattern) => pattern !== '');
}

export interface OwnTraining {
  model: string | null;
  command: CommandSettings | null;
  /** Per run of every kind (a command, the model file, the default model); 0: no limit. */
  timeoutMinutes: number;
  errors: string[];
}

/** `text(name)` gives an input's trimmed value or its default, as in parseSettings. */
export function parseOwnTraining(text: (name: SettingName) => string, label: SettingLabel): OwnTraining {
  const errors: string[] = [];
  const model = text('model') === '' ? null : text('model');
  const commandText = text('command');

  const frameworkText = text('framework');
  if (!(FRAMEWORK_CHOICES as readonly string[]).includes(frameworkText)) {
    errors.push(`${label('framework')} must be one of ${FRAMEWORK_CHOICES.join(', ')}, got '${frameworkText}'`);
  }
  const timeoutText = text('timeout-minutes');
  const timeout = parseDecimal(timeoutText);
  const timeoutFits = timeout !== null && timeout >= 0 && timeout <= MAX_TIMEOUT_MINUTES;
  if (!timeoutFits) {
    errors.push(
      `${label('timeout-minutes')} must be a number of minutes from 0 to ${withCommas(MAX_TIMEOUT_MINUTES)} (0 means no limit), got '${timeoutText}'`,
    );
  }
  if (model !== null && !MODEL_EXTENSIONS.some((extension) => model.toLowerCase().endsWith(extension))) {
    errors.push(
      `${label('model')} must be a .json file (Keras model.to_json(), TensorFlow.js model.json), a Keras .keras archive or an ES module (.js, .mjs), got '${model}'`,
    );
  }

  if (commandText === '') {
    for (const [name, unset] of COMMAND_ONLY) {
      if (text(name) !== unset) errors.push(`${label(name)} applies only with ${label('command')}: give the training command too, or leave ${label(name)} out`);
    }
    return { model, command: null, timeoutMinutes: timeoutFits ? timeout : 0, errors };
  }
  if (model !== null) {
    errors.push(
      `${label('model')} and ${label('command')} cannot be used together: 'model' is a model file that tf-repro trains, 'command' runs your own training; give one of them`,
    );
  }
  const artifacts = splitGlobs(text('artifacts'));
  const command: CommandSettings = {
    command: commandText,
    workingDirectory: text('working-directory') === '' ? null : text('working-directory'),
    framework: (FRAMEWORK_CHOICES as readonly string[]).includes(frameworkText) ? (frameworkText as Framework) : 'tensorflow',
    metricsFile: text('metrics-file') === '' ? null : text('metrics-file'),
    timeoutMinutes: timeoutFits ? timeout : 0,
    artifacts,
  };
  return { model, command, timeoutMinutes: command.timeoutMinutes, errors };
}
