import assert from 'node:assert/strict';
import { test } from 'node:test';
import { actionInputLabel, cliFlagLabel } from '../../src/inputs/setting-names.js';
import { parseSettings } from '../../src/inputs/settings.js';

test('defaults are the published experiment', () => {
  const parsed = parseSettings({}, actionInputLabel);
  assert.ok(parsed.ok);
  assert.deepEqual(parsed.value, {
    runs: 2,
    folds: 10,
    epochs: 10,
    batchSize: 100,
    validationSplit: 0.2,
    seed: 0,
    samples: 0,
    deterministic: true,
    backend: 'auto',
    threads: 1,
    dataset: null,
    tolerance: 0,
    failOnMismatch: true,
    reportDir: null,
    parallel: 'auto',
    failFast: true,
    compareNondeterministic: false,
    diagnose: false,
    diagnoseBudgetMinutes: 10,
  });
});

test('the settings that explain a verdict are read and checked', () => {
  const parsed = parseSettings(
    { 'fail-fast': 'false', 'compare-nondeterministic': 'true', diagnose: 'True', 'diagnose-budget-minutes': '3' },
    actionInputLabel,
  );
  assert.ok(parsed.ok);
  assert.equal(parsed.value.failFast, false);
  assert.equal(parsed.value.compareNondeterministic, true);
  assert.equal(parsed.value.diagnose, true);
  assert.equal(parsed.value.diagnoseBudgetMinutes, 3);
  const bad = parseSettings({ 'fail-fast': 'sometimes', 'diagnose-budget-minutes': '0' }, cliFlagLabel);
  assert.ok(!bad.ok);
  assert.match(bad.error, /^--fail-fast must be true or false, got 'sometimes'$/m);
  assert.match(bad.error, /^--diagnose-budget-minutes must be a whole number from 1 to 1,440, got '0'$/m);
});

test('values are read from the inputs, spaces trimmed', () => {
  const parsed = parseSettings(
    { runs: ' 3 ', folds: '4', 'validation-split': '0', deterministic: 'false', backend: 'wasm', tolerance: '1e-6', dataset: '/data' },
    actionInputLabel,
  );
  assert.ok(parsed.ok);
  assert.equal(parsed.value.runs, 3);
  assert.equal(parsed.value.folds, 4);
  assert.equal(parsed.value.validationSplit, 0);
  assert.equal(parsed.value.deterministic, false);
  assert.equal(parsed.value.backend, 'wasm');
  assert.equal(parsed.value.tolerance, 1e-6);
  assert.equal(parsed.value.dataset, '/data');
});

const badInputs: [Record<string, string>, RegExp][] = [
  [{ runs: '1' }, /^input 'runs' must be a whole number from 2 to 1,000 \(a comparison needs two runs\), got '1'$/],
  [{ folds: '1' }, /^input 'folds' must be a whole number from 2 to 10,000, got '1'$/],
  [{ epochs: 'ten' }, /^input 'epochs' must be a whole number from 1 to 100,000, got 'ten'$/],
  [{ runs: '2.5' }, /^input 'runs' must be a whole number/],
  [{ backend: 'gpu' }, /^input 'backend' must be one of auto, tensorflow-gpu, tensorflow, wasm, cpu, got 'gpu'$/],
  [{ 'validation-split': '1' }, /^input 'validation-split' must be a number from 0 up to/],
  [{ tolerance: '-1' }, /^input 'tolerance' must be a number of at least 0/],
  [{ deterministic: 'yes please' }, /^input 'deterministic' must be true or false, got 'yes please'$/],
  [{ samples: '5', folds: '10' }, /^input 'samples' is 5, fewer than input 'folds' \(10\)/],
  [{ threads: '0' }, /^input 'threads' must be a whole number from 1 to 256, got '0'$/],
  [{ parallel: '0' }, /^input 'parallel' must be auto or a whole number from 1 to 256, got '0'$/],
  [{ parallel: 'all' }, /^input 'parallel' must be auto or a whole number from 1 to 256, got 'all'$/],
  [{ seed: '-1' }, /^input 'seed' must be a whole number from 0 to 4,294,967,295 \(2\^32 − 1 is the largest seed NumPy takes\), got '-1'$/],
  // Once a crash: Node ran out of memory planning a billion runs.
  [{ runs: '1000000000' }, /^input 'runs' must be a whole number from 2 to 1,000 .*got '1000000000'$/],
  // A whole number, just not one that fits: the message names the bound it broke.
  [{ seed: String(2 ** 53) }, /^input 'seed' must be a whole number from 0 to 4,294,967,295 .*got '9007199254740992'$/],
  [{ seed: String(2 ** 32) }, /^input 'seed' must be a whole number from 0 to 4,294,967,295/],
  [{ folds: '10001' }, /^input 'folds' must be a whole number from 2 to 10,000, got '10001'$/],
  [{ epochs: '100001' }, /^input 'epochs' must be a whole number from 1 to 100,000, got '100001'$/],
  [{ 'batch-size': '1000001' }, /^input 'batch-size' must be a whole number from 1 to 1,000,000, got '1000001'$/],
  [{ samples: '100000001' }, /^input 'samples' must be a whole number from 0 to 100,000,000 \(0 means every image\), got '100000001'$/],
  [{ threads: '257' }, /^input 'threads' must be a whole number from 1 to 256, got '257'$/],
  [{ parallel: '257' }, /^input 'parallel' must be auto or a whole number from 1 to 256, got '257'$/],
];

test('the largest value of each count is taken', () => {
  const parsed = parseSettings(
    { runs: '1000', folds: '10000', epochs: '100000', 'batch-size': '1000000', seed: '4294967295', samples: '100000000', threads: '256', parallel: '256' },
    actionInputLabel,
  );
  assert.ok(parsed.ok, parsed.ok ? '' : parsed.error);
  assert.equal(parsed.value.seed, 2 ** 32 - 1);
  assert.equal(parsed.value.parallel, 256);
});

for (const [raw, message] of badInputs) {
  test(`rejects ${JSON.stringify(raw)} with one line naming the input`, () => {
    const parsed = parseSettings(raw, actionInputLabel);
    assert.equal(parsed.ok, false);
    if (!parsed.ok) {
      assert.match(parsed.error, message);
      assert.equal(parsed.error.split('\n').length, 1);
    }
  });
}

test('the CLI names its flags, and every bad value gets its own line', () => {
  const parsed = parseSettings({ runs: '0', backend: 'tpu' }, cliFlagLabel);
  assert.equal(parsed.ok, false);
  if (!parsed.ok) {
    const lines = parsed.error.split('\n');
    assert.equal(lines.length, 2);
    assert.match(lines[0], /^--backend must be one of/);
    assert.match(lines[1], /^--runs must be a whole number from 2 to 1,000/);
  }
});

test("parallel is 'auto' or a number of processes", () => {
  const auto = parseSettings({ parallel: 'auto' }, actionInputLabel);
  assert.ok(auto.ok && auto.value.parallel === 'auto');
  const four = parseSettings({ parallel: ' 4 ' }, cliFlagLabel);
  assert.ok(four.ok && four.value.parallel === 4);
});

test('drift against a baseline: the baseline, the artifact it comes in and fail-on-drift are read only with a baseline, and checked always', () => {
  const main = parseSettings({ baseline: ' main ', 'fail-on-drift': 'true' }, actionInputLabel);
  assert.ok(main.ok);
  assert.deepEqual([main.value.baseline, main.value.baselineArtifact, main.value.failOnDrift], ['main', 'tf-repro-report', true]);
  const file = parseSettings({ baseline: 'reports/main/report.json', 'baseline-artifact': 'repro-linux' }, actionInputLabel);
  assert.ok(file.ok);
  assert.deepEqual([file.value.baseline, file.value.baselineArtifact, file.value.failOnDrift], ['reports/main/report.json', 'repro-linux', false]);
  const none = parseSettings({ 'fail-on-drift': 'true' }, actionInputLabel);
  assert.ok(none.ok);
  assert.ok(!('baseline' in none.value) && !('failOnDrift' in none.value), 'a check without a baseline keeps its settings as they were');
  const bad = parseSettings({ baseline: 'main', 'baseline-artifact': 'reports/main', 'fail-on-drift': 'sometimes' }, cliFlagLabel);
  assert.ok(!bad.ok);
  assert.deepEqual(bad.error.split('\n'), [
    `--baseline-artifact must be an artifact's name, which has none of " : < > | * ? \\ / or line breaks; got 'reports/main'`,
    "--fail-on-drift must be true or false, got 'sometimes'",
  ]);
});
