// Inputs that do not fit (issue 20, defects 3, 4, 6, 7 and 8), through bin/tf-repro.js as users run
// it: a wheel whose METADATA inflates to gigabytes, a model of billions of parameters (a file's and
// a module's), a createModel that never returns, a report with a fold or a run listed twice or an
// edited shard, a .keras config nested 100,000 levels deep. Each is one clear error, exit code 2,
// nothing left running; where memory is at stake the CLI runs under `ulimit -v`, so that a reader
// that would hold gigabytes fails the test instead of the machine.
import assert from 'node:assert/strict';
import { spawn } from 'node:child_process';
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { before, describe, test } from 'node:test';
import { zipSync, strToU8 } from 'fflate';
import { tfRepro } from '../support/cli.js';
import { tfReproWithEnv } from '../support/native.js';
import { cliBin, tempDir } from '../support/paths.js';
import { deflatedZeros, entryOf, zipOf } from '../support/zip-bomb.js';

const QUICK = ['--runs', '2', '--folds', '2', '--epochs', '1', '--samples', '200', '--batch-size', '50', '--backend', 'cpu', '--parallel', '1'];
const dir = tempDir('input-limits');

/** The most virtual memory (KiB) the CLI may map: Node and tfjs need under 1.5 GB here; a reader that inflates gigabytes does not fit. */
const VIRTUAL_KIB = 3_000_000;

/** bin/tf-repro.js under `ulimit -v`: what it and its children may map. */
function tfReproCapped(...args: string[]): Promise<{ code: number | null; signal: string | null; stdout: string; stderr: string }> {
  const child = spawn('sh', ['-c', `ulimit -v ${VIRTUAL_KIB} && exec "$0" "$@"`, process.execPath, cliBin, ...args], { stdio: ['ignore', 'pipe', 'pipe'] });
  let stdout = '';
  let stderr = '';
  child.stdout.on('data', (chunk: Buffer) => (stdout += chunk.toString()));
  child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
  return new Promise((resolve) => child.on('close', (code, signal) => resolve({ code, signal, stdout, stderr })));
}

/** The one line of a refused check: exit code 2, no stack, no internal error. */
function refusal(run: { code: number | null; stderr: string; stdout?: string }): string {
  assert.equal(run.code, 2, `${run.stdout ?? ''}${run.stderr}`);
  const lines = run.stderr.trim().split('\n');
  assert.equal(lines.length, 1, run.stderr);
  assert.doesNotMatch(run.stderr, /internal error|RangeError|\n\s+at /);
  return lines[0]!;
}

describe('a wheel entry that inflates without bound (defect 3)', () => {
  const library = [
    entryOf('tensorflow/libtensorflow_cc.so.2', 'not a library, never read'),
    entryOf('tensorflow/libtensorflow_framework.so.2', 'not a library, never read'),
    entryOf('tensorflow/include/tensorflow/c/c_api.h', '// the C API\n'),
  ];
  // 3 GiB of zeros from about 3 MB.
  const bomb = deflatedZeros(3 * 1024);

  test('its directory entry tells the truth: refused before it inflates', async () => {
    const wheel = join(dir, 'tensorflow_cpu-2.21.0-cp311-cp311-manylinux_2_27_x86_64.whl');
    writeFileSync(wheel, zipOf([...library, { name: 'tensorflow_cpu-2.21.0.dist-info/METADATA', deflated: bomb, size: 3 * 1024 ** 3, crc: 0 }]));
    const line = refusal(await tfReproCapped('run', '--backend', 'tensorflow', '--libtensorflow', wheel, ...QUICK.slice(0, -4), '--quiet'));
    assert.match(
      line,
      /^tf-repro: libtensorflow: tensorflow_cpu-2\.21\.0\.dist-info\/METADATA in .*\.whl is 3,221,225,472 bytes unpacked, more than the 4,194,304 such a file may have: the archive is damaged, or a zip bomb; give python/,
    );
  });

  test('its directory entry lies (2 KB): stopped as soon as it inflates past that', async () => {
    const wheel = join(dir, 'tensorflow-2.21.0-cp311-cp311-manylinux_2_27_x86_64.whl');
    writeFileSync(wheel, zipOf([...library, { name: 'tensorflow-2.21.0.dist-info/METADATA', deflated: bomb, size: 2048, crc: 0 }]));
    const line = refusal(await tfReproCapped('run', '--backend', 'tensorflow', '--libtensorflow', wheel, ...QUICK.slice(0, -4), '--quiet'));
    assert.match(
      line,
      /^tf-repro: libtensorflow: tensorflow-2\.21\.0\.dist-info\/METADATA in .*\.whl inflates to more than the 2,048 bytes its directory entry says: the archive is damaged, or a zip bomb; give python/,
    );
  });
});

describe('a model too large to build (defect 4)', () => {
  const dense = (units: number) => ({
    class_name: 'Sequential',
    config: {
      name: 'wide',
      layers: [
        { class_name: 'InputLayer', config: { batch_input_shape: [null, 28, 28, 1], dtype: 'float32', name: 'in' } },
        { class_name: 'Flatten', config: { name: 'flat' } },
        { class_name: 'Dense', config: { name: 'huge', units, activation: 'relu' } },
        { class_name: 'Dense', config: { name: 'out', units: 10, activation: 'softmax' } },
      ],
    },
    keras_version: '2.15.0',
    backend: 'tensorflow',
  });

  test('a .keras archive with Dense(3,000,000 units): refused before it is built, naming model, the layer and the limit', async () => {
    const path = join(dir, 'huge.keras');
    writeFileSync(path, zipSync({ 'config.json': strToU8(JSON.stringify(dense(3_000_000))), 'metadata.json': strToU8('{"keras_version": "3.5.0"}') }));
    const run = await tfReproCapped('run', '--model', path, ...QUICK, '--quiet');
    assert.equal(
      refusal(run),
      `tf-repro: 'model': ${path}: its layer 'huge' (Dense) has 2,355,000,000 parameters, the model 2,385,000,010 in all (9.5 GB as float32), ` +
        'more than max-model-parameters (50,000,000): make the layer smaller, or raise max-model-parameters where the runner has the memory (training takes about 16 bytes a parameter)',
    );
  });

  test('max-model-parameters sets the limit: a model.json of 78,510 parameters under 50,000 is refused, under 100,000 it trains', async () => {
    const path = join(dir, 'hundred.json');
    writeFileSync(path, JSON.stringify(dense(100)));
    assert.match(
      refusal(await tfRepro('run', '--model', path, '--max-model-parameters', '50000', ...QUICK, '--quiet')),
      /^tf-repro: 'model': .*hundred\.json: its layer 'huge' \(Dense\) has 78,500 parameters, the model 79,510 in all .* more than max-model-parameters \(50,000\)/,
    );
    const fits = await tfRepro('run', '--model', path, '--max-model-parameters', '100000', ...QUICK, '--quiet');
    assert.equal(fits.code, 0, fits.stderr);
    assert.match(
      refusal(await tfRepro('run', '--max-model-parameters', '5', ...QUICK, '--quiet')),
      /^tf-repro: --max-model-parameters applies only with --model/,
    );
  });

  test('a module model past the limit is refused once built; one that takes more memory than the limit allows is stopped', async () => {
    const small = join(dir, 'small.mjs');
    writeFileSync(
      small,
      `export function createModel(tf) {
  const model = tf.sequential();
  model.add(tf.layers.flatten({ inputShape: [28, 28, 1] }));
  model.add(tf.layers.dense({ units: 10, activation: 'softmax', name: 'only' }));
  return model;
}
`,
    );
    assert.match(
      refusal(await tfRepro('run', '--model', small, '--max-model-parameters', '1000', ...QUICK, '--quiet')),
      /^tf-repro: 'model': .*small\.mjs: its layer 'only' \(Dense\) has 7,850 parameters, the model 7,850 in all .* more than max-model-parameters \(1,000\)/,
    );
    // 400,000 units on 784 inputs: 314 million float32s, 1.25 GB, past the 1.0 GiB that 1,000,000 parameters allow.
    const wide = join(dir, 'wide.mjs');
    writeFileSync(
      wide,
      `export function createModel(tf) {
  const model = tf.sequential();
  model.add(tf.layers.flatten({ inputShape: [28, 28, 1] }));
  model.add(tf.layers.dense({ units: 400000, name: 'wide' }));
  model.add(tf.layers.dense({ units: 10, activation: 'softmax' }));
  return model;
}
`,
    );
    const run = await tfReproWithEnv(process.env, 'run', '--model', wide, '--max-model-parameters', '1000000', ...QUICK, '--quiet');
    assert.match(
      refusal(run),
      /^tf-repro: 'model': .*wide\.mjs: building it took more than 1\.0 GiB of memory, what max-model-parameters \(1,000,000\) allows, and it was stopped/,
    );
    assert.deepEqual(run.leftOver, []);
  });
});

describe('timeout-minutes holds for a model too (defect 6)', () => {
  test('a createModel that never returns: the model check is killed past timeout-minutes, nothing left running', async () => {
    const path = join(dir, 'never.mjs');
    writeFileSync(path, 'export function createModel() {\n  return new Promise(() => setInterval(() => {}, 1000));\n}\n');
    const run = await tfReproWithEnv(process.env, 'run', '--model', path, '--timeout-minutes', '0.1', ...QUICK, '--quiet');
    assert.equal(refusal(run), `tf-repro: 'model': ${path}: checking it ran past timeout-minutes (6 seconds) and was killed: does createModel ever return?`);
    assert.deepEqual(run.leftOver, []);
  });

  test('one that never returns in the training processes only: each run fails past timeout-minutes', { timeout: 600_000 }, async () => {
    const path = join(dir, 'hangs-in-training.mjs');
    writeFileSync(
      path,
      `export function createModel(tf) {
  if (process.argv.includes('--tf-repro-worker')) return new Promise(() => setInterval(() => {}, 1000));
  const model = tf.sequential();
  model.add(tf.layers.flatten({ inputShape: [28, 28, 1] }));
  model.add(tf.layers.dense({ units: 10, activation: 'softmax' }));
  return model;
}
`,
    );
    const reportDir = join(dir, 'hangs-report');
    const run = await tfReproWithEnv(process.env, 'run', '--model', path, '--timeout-minutes', '0.5', ...QUICK, '--quiet', '--report-dir', reportDir);
    assert.equal(run.code, 2, run.stdout + run.stderr);
    assert.deepEqual(run.leftOver, []);
    const report = JSON.parse(readFileSync(join(reportDir, 'report.json'), 'utf8')) as { verdict: string; runs: { status: string; error: string | null }[] };
    assert.equal(report.verdict, 'error');
    // One process per fold here (parallel 1 still trains each fold in a process of its own).
    assert.match(report.runs[0]!.error ?? '', /^run 1 \(fold 0\) failed: it ran past timeout-minutes \(30 seconds\) and was killed$/);
  });
});

describe('a fold or a run listed twice, an edited shard (defect 7)', () => {
  const written = (folder: string) =>
    JSON.parse(readFileSync(join(dir, folder, 'report.json'), 'utf8')) as Record<string, unknown> & { runs: Record<string, unknown>[] };
  const save = (name: string, report: unknown): string => {
    const path = join(dir, `${name}.json`);
    writeFileSync(path, JSON.stringify(report));
    return path;
  };
  before(async () => {
    const runs = await Promise.all([
      tfRepro('run', ...QUICK, '--quiet', '--report-dir', join(dir, 'whole')),
      tfRepro('run', ...QUICK, '--quiet', '--shard', '1/2', '--report-dir', join(dir, 'shard-1')),
      tfRepro('run', ...QUICK, '--quiet', '--shard', '2/2', '--report-dir', join(dir, 'shard-2')),
    ]);
    for (const run of runs) assert.equal(run.code, 0, run.stderr);
  });

  test('compare: a forged copy of a fold placed first in run 2 is refused, naming the file, the run and the fold', async () => {
    const report = written('whole');
    const folds = report.runs[1]!.folds as { fold: number; metrics: Record<string, unknown> }[];
    const forged = { ...folds[0]!, metrics: { ...folds[0]!.metrics, loss: 123 } };
    report.runs[1]!.folds = [forged, ...folds];
    const path = save('duplicated-fold', report);
    assert.equal(
      refusal(await tfRepro('compare', path)),
      `tf-repro: ${path}: run 2: fold 0 is listed twice; a run has each fold once: compare and merge read the report.json that tf-repro wrote, unedited`,
    );
  });

  test('merge: a shard that lists run 1 twice is blamed for that, not for a missing run 3', async () => {
    const shard = written('shard-1');
    shard.runs.push(structuredClone(shard.runs[0]!));
    const path = save('run-twice', shard);
    assert.equal(
      refusal(await tfRepro('merge', path, join(dir, 'shard-2', 'report.json'))),
      `tf-repro: ${path}: run 1 is listed twice (entries 1 and 3 of runs); compare and merge read the report.json that tf-repro wrote, unedited`,
    );
  });

  test('merge: a shard whose epochs was edited no longer matches its own settingsDigest, and is refused; unedited, they merge', async () => {
    const shard = written('shard-2');
    (shard.settings as Record<string, unknown>).epochs = 2;
    const path = save('edited-epochs', shard);
    assert.equal(
      refusal(await tfRepro('merge', join(dir, 'shard-1', 'report.json'), path)),
      `tf-repro: ${path}: its settings are not the ones its shard 2 of 2 header was digested from (settingsDigest differs): merge reads the report.json that tf-repro wrote, unedited; run the leg again`,
    );
    const merged = await tfRepro('merge', join(dir, 'shard-1', 'report.json'), join(dir, 'shard-2', 'report.json'), '--json');
    assert.equal(merged.code, 0, merged.stderr);
    assert.equal((JSON.parse(merged.stdout) as { verdict: string }).verdict, 'reproducible');
  });
});

test('a .keras config.json nested 100,000 levels deep (defect 8): one clear error, no stack overflow', async () => {
  const depth = 100_000;
  const config = `{"class_name": "Sequential", "config": {"name": "s", "layers": [{"class_name": "Dense", "config": {"units": 10, "deep": ${'['.repeat(depth)}${']'.repeat(depth)}}}]}}`;
  const path = join(dir, 'deep.keras');
  writeFileSync(path, zipSync({ 'config.json': strToU8(config), 'metadata.json': strToU8('{"keras_version": "3.5.0"}') }));
  assert.equal(
    refusal(await tfRepro('run', '--model', path, ...QUICK, '--quiet')),
    `tf-repro: 'model': ${path}: its JSON nests lists and objects more than 1000 levels deep, deeper than any model's config; give the file that Keras or TensorFlow.js saved, unedited`,
  );
});
