// Keras 3 model files as the real Keras 3.15 writes them, trained through what users run. One
// Python process (test/python/write_keras3_models.py, with the Keras of the venv that
// scripts/setup-python-frameworks.sh makes) writes every file at the start: tf-repro's default CNN
// as a Sequential and as a Functional model, common layers merged by Add and Concatenate, 1D
// convolution and recurrent layers, a Sequential nested in a Functional model, and a layer
// TensorFlow.js does not have; each as model.to_json() and as a .keras archive, with what Keras
// built of each layer. Keras' numpy backend writes the same files as its jax backend (but for the
// Python object ids in shared_object_id) in a quarter of the time: nothing to compile.
// Needs a current dist/ (npm run build).
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { before, test, type TestContext } from 'node:test';
import * as tf from '@tensorflow/tfjs-core';
import '@tensorflow/tfjs-backend-cpu';
import type { Report } from '../../src/contracts/report.js';
import { loadUserModel } from '../../src/model/user-model.js';
import { tfRepro } from '../support/cli.js';
import { repoRoot, tempDir } from '../support/paths.js';
import { pythonFrameworks, pythonFrameworksMissing } from '../support/python-frameworks.js';
import { runAction } from '../support/runner.js';

interface KerasLayer {
  name: string;
  class: string;
  params: number;
  output_shape: (number | null)[];
}
interface Written {
  keras_version: string;
  models: Record<string, KerasLayer[]>;
}

const small = ['--runs', '2', '--folds', '2', '--epochs', '1', '--batch-size', '32', '--seed', '3', '--samples', '600', '--backend', 'wasm', '--parallel', '2'];
const folder = tempDir('keras3');
let written: Written | null = null;
let missing = pythonFrameworksMissing;

before(() => {
  if (pythonFrameworks === null) return;
  const run = spawnSync(pythonFrameworks.python, ['-B', join(repoRoot, 'test', 'python', 'write_keras3_models.py'), folder], {
    env: { ...process.env, KERAS_BACKEND: 'numpy' },
    encoding: 'utf8',
    timeout: 180_000,
  });
  assert.equal(run.status, 0, `write_keras3_models.py: ${run.error?.message ?? ''}\n${run.stderr}`);
  written = JSON.parse(readFileSync(join(folder, 'expected.json'), 'utf8')) as Written;
  missing = '';
});

/** The files Keras wrote, or null after t.skip where the venv is missing. */
function keras(t: TestContext): Written | null {
  if (written === null) t.skip(`no Keras 3 here: ${missing}`);
  return written;
}

const file = (name: string) => join(folder, name);

async function runModel(model: string): Promise<Report> {
  const run = await tfRepro('run', ...small, '--json', '--quiet', '--model', model);
  assert.equal(run.code, 0, `exit ${run.code}\n${run.stderr}`);
  assert.equal(run.stderr, '');
  return JSON.parse(run.stdout) as Report;
}

function assertReproducible(report: Report): void {
  assert.equal(report.verdict, 'reproducible', `${report.summary}\n${report.errors.join('\n')}`);
  const [first, second] = report.runs;
  assert.ok(first && second);
  assert.equal(first.folds.length, 2);
  assert.deepEqual(
    second.folds.map((f) => f.weightsSha256),
    first.folds.map((f) => f.weightsSha256),
  );
  assert.notEqual(first.folds[0]?.weightsSha256, first.folds[1]?.weightsSha256);
}

test('Keras 3 wrote the files, and TensorFlow.js builds every layer of each as Keras did: the same parameters and output shapes', async (t) => {
  const files = keras(t);
  if (files === null) return;
  assert.equal(files.keras_version, '3.15.1');
  await tf.setBackend('cpu');
  const labels = Uint8Array.from({ length: 20 }, (_, i) => i % 10);
  const dataset = { images: new Uint8Array(20 * 28 * 28), labels, count: 20, rows: 28, cols: 28, source: 'zeros' };
  let compared = 0;
  for (const [name, layers] of Object.entries(files.models)) {
    if (name === 'not_in_tensorflow_js') continue;
    for (const extension of ['.json', '.keras']) {
      const loaded = await loadUserModel(file(name + extension), { seed: 3, dataset });
      assert.match(
        loaded.description,
        extension === '.json' ? /^Keras 3 model\.to_json\(\), translated for TensorFlow\.js, trained with / : /^Keras 3\.15\.1 \.keras archive/,
      );
      const model = await loaded.create();
      for (const layer of layers) {
        const built = model.getLayer(layer.name);
        assert.deepEqual(
          [built.countParams(), built.outputShape],
          [layer.params, layer.output_shape],
          `${name}${extension}: layer '${layer.name}' (${layer.class})`,
        );
        compared++;
      }
      model.dispose();
    }
  }
  // 9 + 10 + 16 + 5 + 3 layers (a Functional's Input among them), each in two files.
  assert.equal(compared, 86);
});

test('tf-repro run --model: the default CNN from Keras 3, as a Sequential .keras and as a Functional to_json(), reproduces, and both train the same numbers', async (t) => {
  if (keras(t) === null) return;
  const sequential = await runModel(file('cnn_sequential.keras'));
  assertReproducible(sequential);
  assert.match(
    sequential.settings.source,
    /cnn_sequential\.keras \(Keras 3\.15\.1 \.keras archive \(architecture only, translated for TensorFlow\.js; its weights are not used\), trained with the file's training config\)/,
  );
  assert.deepEqual(
    sequential.suppliedSeeds?.map((s) => `${s.layer} ${s.field}`),
    ['conv2d kernel_initializer', 'conv2d_1 kernel_initializer', 'dense kernel_initializer', 'dropout seed', 'dense_1 kernel_initializer'],
  );
  const functional = await runModel(file('cnn_functional.json'));
  assertReproducible(functional);
  assert.match(
    functional.settings.source,
    /cnn_functional\.json \(Keras 3 model\.to_json\(\), translated for TensorFlow\.js, trained with the file's training config\)/,
  );
  // The same layers at the same positions get the same seeds: one network, two ways of writing it.
  assert.deepEqual(
    functional.runs[0]?.folds.map((f) => f.metrics),
    sequential.runs[0]?.folds.map((f) => f.metrics),
  );
});

test('tf-repro run --model with a Keras 3 layer TensorFlow.js does not have: one line naming the layer and its class, exit 2', async (t) => {
  if (keras(t) === null) return;
  for (const extension of ['.json', '.keras']) {
    const path = file(`not_in_tensorflow_js${extension}`);
    const run = await tfRepro('run', ...small, '--model', path);
    assert.equal(run.code, 2, run.stderr);
    assert.equal(
      run.stderr,
      `tf-repro: 'model': ${path}: Keras 3 layer 'groups' (GroupNormalization) has no TensorFlow.js counterpart; use the layers TensorFlow.js has (docs/own-training.md lists what tf-repro translates), or train the model in Python with 'command'\n`,
    );
  }
});

test('action, model: a .keras archive of common layers (Rescaling, BatchNormalization, Add, Concatenate, LayerNormalization...) with its SGD and metric objects reproduces', async (t) => {
  if (keras(t) === null) return;
  const run = await runAction({
    runs: '2',
    folds: '2',
    epochs: '1',
    samples: '600',
    'batch-size': '32',
    backend: 'wasm',
    parallel: '2',
    model: file('common_layers.keras'),
  });
  assert.equal(run.exitCode, 0, run.stdout + run.stderr);
  assert.equal(run.outputs.verdict, 'reproducible');
  const report = JSON.parse(readFileSync(run.outputs['report-path']!, 'utf8')) as Report;
  assertReproducible(report);
  assert.deepEqual(Object.keys(report.runs[0]?.folds[0]?.metrics ?? {}), ['loss', 'sparse_categorical_accuracy']);
  assert.deepEqual(
    report.suppliedSeeds?.map((s) => `${s.layer} ${s.field}`),
    ['conv_bn kernel_initializer', 'conv_relu kernel_initializer', 'hidden kernel_initializer', 'drop seed', 'classes kernel_initializer'],
  );
  assert.match(run.summary, /model \/.*common\\_layers\.keras/);
});
