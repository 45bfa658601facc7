import assert from 'node:assert/strict';
import { test } from 'node:test';
import { actionInputLabel, cliFlagLabel } from '../../src/inputs/setting-names.js';
import { parseSettings } from '../../src/inputs/settings.js';

test('defaults are the published experiment', () => {
  const parsed = parseSettings({}, actionInputLabel);
  assert.ok(parsed.ok);
  assert.deepEqual(parsed.value, {
    runs: 2, folds: 10, epochs: 10, batchSize: 100, validationSplit: 0.2, seed: 0, samples: 0,
    deterministic: true, backend: 'auto', threads: 1, dataset: null, tolerance: 0, failOnMismatch: true, reportDir: null,
    parallel: 'auto',
  });
});

test('values are read from the inputs, spaces trimmed', () => {
  const parsed = parseSettings({ runs: ' 3 ', folds: '4', 'validation-split': '0', deterministic: 'false', backend: 'wasm', tolerance: '1e-6', dataset: '/data' }, actionInputLabel);
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
  [{ runs: '1' }, /^input 'runs' must be a whole number of at least 2 .*got '1'$/],
  [{ folds: '1' }, /^input 'folds' must be a whole number of at least 2, got '1'$/],
  [{ epochs: 'ten' }, /^input 'epochs' must be a whole number of at least 1, got 'ten'$/],
  [{ runs: '2.5' }, /^input 'runs' must be a whole number/],
  [{ backend: 'gpu' }, /^input 'backend' must be one of auto, tensorflow-gpu, tensorflow, wasm, cpu, got 'gpu'$/],
  [{ 'validation-split': '1' }, /^input 'validation-split' must be a number from 0 up to/],
  [{ tolerance: '-1' }, /^input 'tolerance' must be a number of at least 0/],
  [{ deterministic: 'yes please' }, /^input 'deterministic' must be true or false, got 'yes please'$/],
  [{ samples: '5', folds: '10' }, /^input 'samples' is 5, fewer than input 'folds' \(10\)/],
  [{ threads: '0' }, /^input 'threads' must be a whole number of at least 1, got '0'$/],
  [{ parallel: '0' }, /^input 'parallel' must be auto or a whole number of at least 1, got '0'$/],
  [{ parallel: 'all' }, /^input 'parallel' must be auto or a whole number of at least 1, got 'all'$/],
];

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
    assert.match(lines[1], /^--runs must be a whole number of at least 2/);
  }
});

test("parallel is 'auto' or a number of processes", () => {
  const auto = parseSettings({ parallel: 'auto' }, actionInputLabel);
  assert.ok(auto.ok && auto.value.parallel === 'auto');
  const four = parseSettings({ parallel: ' 4 ' }, cliFlagLabel);
  assert.ok(four.ok && four.value.parallel === 4);
});
