import assert from 'node:assert/strict';
import { test } from 'node:test';
import { agreementText, compareArtifacts, withArtifacts } from '../../src/comparison/artifacts.js';
import { compareRuns } from '../../src/comparison/compare.js';
import type { RunResult } from '../../src/contracts/run-result.js';

const run = (n: number, loss = 0.5): RunResult => ({
  run: n,
  role: 'control',
  status: 'ok',
  error: null,
  startedAt: '2025-01-01T00:00:00.000Z',
  durationSeconds: 1,
  folds: [{ fold: 0, metrics: { loss }, weightsSha256: null, trainSeconds: null }],
  environment: null,
  warnings: [],
});

test('a table of paths × runs with the runs that agree, the largest group first', () => {
  const table = compareArtifacts([{ 'weights.npy': 'aa', 'pred.csv': 'p1' }, { 'weights.npy': 'bb', 'pred.csv': 'p1' }, { 'weights.npy': 'bb' }]);
  assert.deepEqual(
    table.map((a) => a.path),
    ['pred.csv', 'weights.npy'],
  );
  const [pred, weights] = table;
  assert.deepEqual(pred.sha256, ['p1', 'p1', null]);
  assert.deepEqual(pred.missingIn, [3]);
  assert.equal(pred.identical, false);
  assert.equal(agreementText(pred), 'runs 1, 2 | missing in run 3');
  assert.deepEqual(weights.groups, [
    { sha256: 'bb', runs: [2, 3] },
    { sha256: 'aa', runs: [1] },
  ]);
  assert.equal(agreementText(weights), 'runs 2, 3 | run 1');
  assert.deepEqual(compareArtifacts([{ a: 'x' }, { a: 'x' }])[0]?.identical, true);
  assert.deepEqual(compareArtifacts([{ a: 'x' }, null])[0]?.missingIn, [2]);
});

test('at tolerance 0 a differing or missing artifact makes a reproducible check not reproducible', () => {
  const metrics = compareRuns([run(1), run(2)], 0);
  assert.equal(metrics.verdict, 'reproducible');
  const differ = withArtifacts(metrics, compareArtifacts([{ 'w.bin': 'a' }, { 'w.bin': 'b' }]));
  assert.equal(differ.comparison.verdict, 'not-reproducible');
  assert.equal(differ.comparison.summary, 'Not reproducible: the metrics agree but an artifact differs between runs: w.bin (run 1 | run 2).');
  const missing = withArtifacts(metrics, compareArtifacts([{ 'w.bin': 'a' }, {}]));
  assert.equal(missing.comparison.verdict, 'not-reproducible');
  assert.match(missing.comparison.summary, /w\.bin \(run 1 \| missing in run 2\)/);
  const same = withArtifacts(metrics, compareArtifacts([{ 'w.bin': 'a' }, { 'w.bin': 'a' }]));
  assert.equal(same.comparison.verdict, 'reproducible');
  assert.match(same.comparison.summary, /; the artifact is bitwise identical across runs\.$/);
});

test('with a tolerance a differing artifact is a warning; a worse verdict keeps its reasons', () => {
  const tolerant = withArtifacts(compareRuns([run(1), run(2)], 0.1), compareArtifacts([{ a: 'x' }, { a: 'y' }]));
  assert.equal(tolerant.comparison.verdict, 'reproducible');
  assert.match(tolerant.warnings[0] ?? '', /^An artifact differs between runs: a \(run 1 \| run 2\) \(not counted against the verdict: tolerance 0\.1/);
  const differing = withArtifacts(compareRuns([run(1), run(2, 0.6)], 0), compareArtifacts([{ a: 'x' }, { a: 'y' }]));
  assert.equal(differing.comparison.verdict, 'not-reproducible');
  assert.match(differing.comparison.summary, /^Not reproducible: fold 0 differs; .*; an artifact differs between runs: a/);
});
