// A dataset that a Python user exported once with numpy: x.npy and y.npy (test/fixtures/npy,
// written by numpy 2.4: the first 120 embedded digits as uint8 (N, 28, 28), labels as int64).
import assert from 'node:assert/strict';
import { copyFileSync, mkdirSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { after, test } from 'node:test';
import type { CheckSettings } from '../../src/contracts/settings.js';
import { runCheck } from '../../src/engine/check.js';
import { loadIdxDataset } from '../../src/data/dataset.js';
import { loadSettingsDataset } from '../../src/data/load.js';
import { builtEntry, repoRoot, tempDir } from '../support/paths.js';
import { checkSettings } from '../support/settings.js';

const npy = (...parts: string[]) => join(repoRoot, 'test', 'fixtures', 'npy', ...parts);

const made: string[] = [];
after(() => {
  for (const dir of made) rmSync(dir, { recursive: true, force: true });
});

/** A directory holding the given fixture files as x.npy and y.npy. */
function datasetDir(x: string, y: string | null): string {
  const dir = tempDir('npy');
  made.push(dir);
  mkdirSync(dir, { recursive: true });
  copyFileSync(npy('headers', x), join(dir, 'x.npy'));
  if (y) copyFileSync(npy('headers', y), join(dir, 'y.npy'));
  return dir;
}

test('x.npy (uint8) and y.npy (int64) load like IDX files', async () => {
  const r = await loadIdxDataset(npy('digits'), { samples: 0, numClasses: 10 });
  assert.ok(r.ok, r.ok ? '' : r.error);
  assert.equal(r.value.count, 120);
  assert.equal(r.value.rows, 28);
  assert.equal(r.value.cols, 28);
  assert.ok(r.value.images instanceof Uint8Array);
  assert.deepEqual(r.value.exampleShape, [28, 28]);
  // The same digits as the embedded IDX files.
  const idx = await loadIdxDataset(join(repoRoot, 'dist', 'data', 'mnist'), { samples: 120, numClasses: 10 });
  assert.ok(idx.ok);
  assert.deepEqual([...r.value.labels], [...idx.value.labels]);
  assert.deepEqual([...r.value.images.subarray(0, 784 * 3)], [...idx.value.images.subarray(0, 784 * 3)]);
});

test('float32 x.npy is taken as it is', async () => {
  const r = await loadIdxDataset(datasetDir('float32-v2.npy', 'labels-3.npy'), { samples: 0, numClasses: 10 });
  assert.ok(r.ok, r.ok ? '' : r.error);
  assert.ok(r.value.images instanceof Float32Array);
  assert.deepEqual(
    [...r.value.images],
    Array.from({ length: 12 }, (_, i) => i / 4),
  );
  assert.deepEqual([...r.value.labels], [0, 1, 2]);
});

test('bad .npy datasets are clear errors naming the input and the file', async () => {
  const cases: [string, string | null, RegExp][] = [
    ['float32-v1.npy', null, /^'dataset': .* has x\.npy but no y\.npy; save the labels beside it/],
    ['float32-v1.npy', 'uint8-1d.npy', /y\.npy: label 255 at index 2 is outside 0\.\.9; the model has 10 classes/],
    ['float64.npy', 'labels-3.npy', /x\.npy has dtype '<f8'; save uint8 pixels or float32 values/],
    ['fortran.npy', 'labels-3.npy', /x\.npy: the array is in Fortran order/],
    ['uint8-1d.npy', 'labels-3.npy', /x\.npy has shape \(3,\); it needs one row per example/],
    ['float32-v1.npy', 'float32-v3.npy', /y\.npy has shape \(3, 2, 2\); give one class index per example/],
  ];
  for (const [x, y, message] of cases) {
    const r = await loadIdxDataset(datasetDir(x, y), { samples: 0, numClasses: 10, inputName: 'dataset' });
    assert.equal(r.ok, false, `${x} ${y}`);
    assert.match((r as { error: string }).error, message);
  }
  await assert.rejects(
    loadSettingsDataset({ dataset: datasetDir('flat.npy', 'labels-3.npy'), samples: 0, folds: 2, validationSplit: 0 }),
    /^UserError: 'dataset': x\.npy holds examples of shape \(4,\), but the default model takes images \(rows, cols\): .* or give a 'model' whose input takes \[4\]$/,
  );
});

test('the default model trains on x.npy and y.npy and reproduces', async () => {
  const settings: CheckSettings = checkSettings({ folds: 2, epochs: 1, batchSize: 30, seed: 1, backend: 'wasm', dataset: npy('digits'), parallel: 2 });
  const report = await runCheck(settings, { entryScript: builtEntry });
  assert.equal(report.verdict, 'reproducible', report.summary);
  assert.equal(report.runs[0]?.folds.length, 2);
});
