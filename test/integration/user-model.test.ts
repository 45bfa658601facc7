// Bring your own model: a Keras model.to_json() file, a TensorFlow.js model.json and an ES module,
// each trained by the real training processes like the default workload, each reproducing, with
// the seeds tf-repro supplied in the report. Files in test/fixtures/models, written by hand to
// the published formats, every seed null.
import assert from 'node:assert/strict';
import { join } from 'node:path';
import { test } from 'node:test';
import { UserError, type CheckSettings, type Report } from '../../src/contracts.js';
import { runCheck } from '../../src/engine/check.js';
import { builtEntry, repoRoot } from '../support/paths.js';

const small: CheckSettings = {
  runs: 2, folds: 2, epochs: 1, batchSize: 50, validationSplit: 0.2, seed: 3, samples: 300,
  deterministic: true, backend: 'wasm', threads: 1, dataset: null, tolerance: 0, failOnMismatch: true, reportDir: null, parallel: 2,
};
const fixture = (name: string) => join(repoRoot, 'test', 'fixtures', 'models', name);

function assertReproducible(report: Report): void {
  assert.equal(report.verdict, 'reproducible', `${report.summary}\n${report.errors.join('\n')}`);
  const [first, second] = report.runs;
  assert.ok(first && second);
  assert.equal(first.folds.length, 2);
  assert.deepEqual(second.folds.map((f) => f.metrics), first.folds.map((f) => f.metrics));
  assert.deepEqual(second.folds.map((f) => f.weightsSha256), first.folds.map((f) => f.weightsSha256));
  assert.notEqual(first.folds[0]?.weightsSha256, first.folds[1]?.weightsSha256);
  assert.deepEqual(Object.keys(first.folds[0]?.metrics ?? {}), ['loss', 'accuracy']);
}

test("a Keras model.to_json() file with null seeds trains, reproduces, and the report lists the seeds supplied", async () => {
  const report = await runCheck({ ...small, model: fixture('keras-to-json.json') }, { entryScript: builtEntry });
  assertReproducible(report);
  assert.deepEqual(report.suppliedSeeds?.map((s) => `${s.layer} ${s.field}`), ['conv2d kernel_initializer', 'dense kernel_initializer', 'dropout seed', 'dense_1 kernel_initializer']);
  for (const seed of report.suppliedSeeds ?? []) assert.ok(Number.isInteger(seed.seed) && seed.seed > 0);
  assert.match(report.settings.source, /keras-to-json\.json \(Keras 2\.4\.0 model\.to_json\(\), trained with the defaults/);
  assert.equal(report.settings.model, fixture('keras-to-json.json'));
});

test("a TensorFlow.js model.json trains from initialisation (its weights file does not even exist) with its own training config", async () => {
  const report = await runCheck({ ...small, model: fixture('tfjs-model.json') }, { entryScript: builtEntry });
  assertReproducible(report);
  assert.deepEqual(report.suppliedSeeds?.map((s) => `${s.layer} ${s.field}`), ['hidden kernel_initializer', 'drop seed', 'classes kernel_initializer']);
  assert.match(report.settings.source, /TensorFlow\.js model\.json, trained with the file's training config/);
});

test('an ES module exporting createModel reproduces, its null seeds supplied', async () => {
  const report = await runCheck({ ...small, model: fixture('mlp.mjs') }, { entryScript: builtEntry });
  assertReproducible(report);
  assert.deepEqual(report.suppliedSeeds?.map((s) => s.field), ['kernel_initializer', 'seed', 'kernel_initializer']);
});

test('without determinism a model file is not reproducible, and no seeds are supplied', async () => {
  const report = await runCheck({ ...small, deterministic: false, model: fixture('keras-to-json.json') }, { entryScript: builtEntry });
  assert.equal(report.verdict, 'not-reproducible', report.summary);
  assert.deepEqual(report.suppliedSeeds, []);
});

test('a model whose input does not fit the dataset is one clear error naming both shapes, before any run', async () => {
  const started = performance.now();
  await assert.rejects(runCheck({ ...small, model: fixture('keras-wrong-input.json') }, { entryScript: builtEntry }), (error: Error) => {
    assert.ok(error instanceof UserError);
    assert.match(error.message, /^'model': .*keras-wrong-input\.json: the model's input shape \[32, 32\] does not fit the dataset's 28×28 images; give the model an input of \[28, 28\], \[28, 28, 1\] or \[784\]$/);
    return true;
  });
  assert.ok(performance.now() - started < 10_000);
});

test('a model file that is not there, or not a model, is a clear error', async () => {
  await assert.rejects(runCheck({ ...small, model: '/nonexistent/model.json' }, { entryScript: builtEntry }), /^UserError: 'model': \/nonexistent\/model\.json does not exist; give a Keras model\.to_json\(\) file/);
  await assert.rejects(runCheck({ ...small, model: join(repoRoot, 'package.json') }, { entryScript: builtEntry }), /'model': .*package\.json: neither a Keras model JSON/);
});
