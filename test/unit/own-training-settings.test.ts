// The inputs that bring the user's own training, validated with the rest, one line each.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { actionInputLabel, cliFlagLabel } from '../../src/inputs/setting-names.js';
import { parseSettings } from '../../src/inputs/settings.js';
import { splitGlobs } from '../../src/inputs/own-training.js';

test('a command with its inputs', () => {
  const parsed = parseSettings(
    {
      command: 'python train.py',
      'working-directory': 'ml',
      framework: 'pytorch',
      'metrics-file': 'out/metrics.csv',
      'timeout-minutes': '2.5',
      artifacts: 'weights/*.pt\npredictions.csv, logs/**/*.json\n',
    },
    actionInputLabel,
  );
  assert.ok(parsed.ok, parsed.ok ? '' : parsed.error);
  assert.deepEqual(parsed.value.command, {
    command: 'python train.py',
    workingDirectory: 'ml',
    framework: 'pytorch',
    metricsFile: 'out/metrics.csv',
    timeoutMinutes: 2.5,
    artifacts: ['weights/*.pt', 'predictions.csv', 'logs/**/*.json'],
  });
  assert.equal(parsed.value.model, undefined);
});

test('a command alone takes the defaults: framework tensorflow, no timeout, TF_REPRO_METRICS', () => {
  const parsed = parseSettings({ command: 'make train' }, actionInputLabel);
  assert.ok(parsed.ok);
  assert.deepEqual(parsed.value.command, {
    command: 'make train',
    workingDirectory: null,
    framework: 'tensorflow',
    metricsFile: null,
    timeoutMinutes: 0,
    artifacts: [],
  });
});

test('a model file', () => {
  const parsed = parseSettings({ model: 'models/net.json' }, actionInputLabel);
  assert.ok(parsed.ok);
  assert.equal(parsed.value.model, 'models/net.json');
  assert.equal(parsed.value.command, undefined);
  assert.equal(parsed.value.maxModelParameters, 50_000_000);
  assert.equal(parsed.value.timeoutMinutes, undefined);
});

test('timeout-minutes holds for every kind: a model, the default model, a command', () => {
  for (const inputs of [{ model: 'net.keras' }, {}, { command: 'make train' }]) {
    const parsed = parseSettings({ ...inputs, 'timeout-minutes': '0.5' }, actionInputLabel);
    assert.ok(parsed.ok, parsed.ok ? '' : parsed.error);
    assert.equal(parsed.value.timeoutMinutes, 0.5);
  }
});

test('dataset applies to a command: its data, given to the command as TF_REPRO_DATASET', () => {
  const parsed = parseSettings({ command: 'python t.py', dataset: '/data' }, actionInputLabel);
  assert.ok(parsed.ok, parsed.ok ? '' : parsed.error);
  assert.equal(parsed.value.dataset, '/data');
});

const bad: [Record<string, string>, RegExp][] = [
  [{ model: 'm.json', command: 'python t.py' }, /^input 'model' and input 'command' cannot be used together/],
  [{ 'metrics-file': 'm.json' }, /^input 'metrics-file' applies only with input 'command'/],
  [{ artifacts: '*.pt' }, /^input 'artifacts' applies only with input 'command'/],
  [{ 'working-directory': 'ml' }, /^input 'working-directory' applies only with input 'command'/],
  [{ 'max-model-parameters': '1000' }, /^input 'max-model-parameters' applies only with input 'model'/],
  [{ model: 'm.json', 'max-model-parameters': '0' }, /^input 'max-model-parameters' must be a whole number from 1 to 10,000,000,000, got '0'$/],
  [{ command: 'x', framework: 'keras' }, /^input 'framework' must be one of tensorflow, pytorch, jax, none, got 'keras'$/],
  [{ command: 'x', 'timeout-minutes': '-1' }, /^input 'timeout-minutes' must be a number of minutes from 0 to 10,080 \(0 means no limit\), got '-1'$/],
  // Past what a timer can wait, Node would fire it at once and kill every run as it starts.
  [{ command: 'x', 'timeout-minutes': '100000' }, /^input 'timeout-minutes' must be a number of minutes from 0 to 10,080 \(0 means no limit\), got '100000'$/],
  [{ model: 'model.h5' }, /^input 'model' must be a \.json file .* or an ES module \(\.js, \.mjs\), got 'model\.h5'$/],
];
for (const [inputs, message] of bad) {
  test(`bad inputs ${JSON.stringify(inputs)}: one line naming the input`, () => {
    const parsed = parseSettings(inputs, actionInputLabel);
    assert.equal(parsed.ok, false);
    assert.match((parsed as { error: string }).error, message);
    assert.equal((parsed as { error: string }).error.split('\n').length, 1);
  });
}

test('the CLI names its flags', () => {
  const parsed = parseSettings({ model: 'a.json', command: 'b' }, cliFlagLabel);
  assert.match((parsed as { error: string }).error, /^--model and --command cannot be used together/);
});

test('globs: one per line or comma-separated, blanks dropped', () => {
  assert.deepEqual(splitGlobs(' a/*.pt ,\n\n b.csv\n'), ['a/*.pt', 'b.csv']);
  assert.deepEqual(splitGlobs(''), []);
});
