// Bring your own model, through what users run: bin/tf-repro.js and the bundle (node dist/index.js)
// as the runner starts it. A Keras model.to_json() file, a TensorFlow.js model.json and ES modules,
// each trained by the real training processes, each reproducing, with the seeds tf-repro supplied
// in the report. Files in test/fixtures/models, written by hand to the published formats, every
// seed null. Needs a current dist/ (npm run build).
import assert from 'node:assert/strict';
import { copyFileSync, readdirSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { test } from 'node:test';
import type { Report } from '../../src/contracts.js';
import { tfRepro, tfReproIn } from '../support/cli.js';
import { bundle, repoRoot, scratchDir } from '../support/paths.js';

const fixture = (name: string) => join(repoRoot, 'test', 'fixtures', 'models', name);
const small = ['--runs', '2', '--folds', '2', '--epochs', '1', '--batch-size', '50', '--seed', '3', '--samples', '300', '--backend', 'wasm', '--parallel', '2'];

/** `tf-repro run --json` with the small settings, in `cwd`; the report it prints. */
async function runModel(model: string, cwd?: string, ...more: string[]): Promise<Report> {
  const run = await tfReproIn(cwd, 'run', ...small, '--json', '--quiet', '--model', model, ...more);
  assert.ok(run.code === 0 || run.code === 1, `exit ${run.code}\n${run.stderr}`);
  assert.equal(run.stderr, '');
  return JSON.parse(run.stdout) as Report;
}

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

test('the bundle leaves no import() to the bundler that it could not resolve (a user module would not load)', () => {
  const chunks = readdirSync(dirname(bundle)).filter((name) => name.endsWith('.js'));
  assert.ok(chunks.length > 1);
  for (const name of chunks) assert.doesNotMatch(readFileSync(join(dirname(bundle), name), 'utf8'), /webpackEmptyAsyncContext/, name);
});

test("tf-repro run --model net.mjs, relative to the project as in the README: the module loads, trains and reproduces", async () => {
  const project = scratchDir('module-project');
  copyFileSync(fixture('mlp.mjs'), join(project, 'net.mjs'));
  const report = await runModel('net.mjs', project);
  assertReproducible(report);
  assert.deepEqual(report.suppliedSeeds?.map((s) => s.field), ['kernel_initializer', 'seed', 'kernel_initializer']);
  assert.equal(report.settings.model, join(project, 'net.mjs'));
  assert.match(report.settings.source, /net\.mjs \(ES module createModel\)/);
});

test("a Keras model.to_json() file with null seeds trains, reproduces, and the report lists the seeds supplied", async () => {
  const report = await runModel(fixture('keras-to-json.json'));
  assertReproducible(report);
  assert.deepEqual(report.suppliedSeeds?.map((s) => `${s.layer} ${s.field}`), ['conv2d kernel_initializer', 'dense kernel_initializer', 'dropout seed', 'dense_1 kernel_initializer']);
  for (const seed of report.suppliedSeeds ?? []) assert.ok(Number.isInteger(seed.seed) && seed.seed > 0);
  assert.match(report.settings.source, /keras-to-json\.json \(Keras 2\.4\.0 model\.to_json\(\), trained with the defaults/);
});

test("a TensorFlow.js model.json trains from initialisation (its weights file does not even exist) with its own training config", async () => {
  const report = await runModel(fixture('tfjs-model.json'));
  assertReproducible(report);
  assert.deepEqual(report.suppliedSeeds?.map((s) => `${s.layer} ${s.field}`), ['hidden kernel_initializer', 'drop seed', 'classes kernel_initializer']);
  assert.match(report.settings.source, /TensorFlow\.js model\.json, trained with the file's training config/);
});

test('without determinism a model file is not reproducible, and no seeds are supplied', async () => {
  const report = await runModel(fixture('keras-to-json.json'), undefined, '--no-deterministic');
  assert.equal(report.verdict, 'not-reproducible', report.summary);
  assert.deepEqual(report.suppliedSeeds, []);
});

test('a module with a layer class it did not register is trained as createModel builds it: it reproduces, and a warning says how to have seeds supplied', async () => {
  const report = await runModel(fixture('custom-layer.mjs'));
  assertReproducible(report);
  assert.deepEqual(report.suppliedSeeds, []);
  const warning = report.warnings.find((w) => w.includes('Scale'));
  assert.match(warning ?? report.warnings.join('\n'), /^'model': .*custom-layer\.mjs: its layer class Scale is not registered, so tf-repro trains the model as createModel builds it .* register it with tf\.serialization\.registerClass\(Scale\)$/);
});

test('the same module with its layer class registered is rebuilt with the seeds supplied', async () => {
  const report = await runModel(fixture('custom-layer-registered.mjs'));
  assertReproducible(report);
  assert.deepEqual(report.suppliedSeeds?.map((s) => `${s.position} ${s.field}`), ['2 kernel_initializer', '4 seed', '5 kernel_initializer']);
  assert.deepEqual(report.warnings.filter((w) => w.includes('model')), []);
});

test('a model file that is not there, or not a model: one line naming it, exit 2', async () => {
  const missing = await tfRepro('run', ...small, '--model', '/nonexistent/model.json');
  assert.equal(missing.code, 2);
  assert.match(missing.stderr, /^tf-repro: 'model': \/nonexistent\/model\.json does not exist; give a Keras model\.to_json\(\) file.*\n$/);
  const notModel = await tfRepro('run', ...small, '--model', join(repoRoot, 'package.json'));
  assert.equal(notModel.code, 2);
  assert.match(notModel.stderr, /^tf-repro: 'model': .*package\.json: neither a Keras model JSON.*\n$/);
});
