// Bring your own model, through what users run: bin/tf-repro.js and the bundle (node dist/index.js)
// as the runner starts it. A Keras model.to_json() file, a TensorFlow.js model.json and ES modules,
// each trained by the real training processes, each reproducing, with the seeds tf-repro supplied
// in the report. Files in test/fixtures/models, written by hand to the published formats, every
// seed null. Needs a current dist/ (npm run build).
import assert from 'node:assert/strict';
import { copyFileSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { test } from 'node:test';
import type { Report } from '../../src/contracts/report.js';
import { tfRepro, tfReproIn } from '../support/cli.js';
import { bundle, repoRoot, scratchDir } from '../support/paths.js';
import { nodeWithExecve } from '../support/node-execve.js';
import { runAction } from '../support/runner.js';

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
  assert.deepEqual(
    second.folds.map((f) => f.metrics),
    first.folds.map((f) => f.metrics),
  );
  assert.deepEqual(
    second.folds.map((f) => f.weightsSha256),
    first.folds.map((f) => f.weightsSha256),
  );
  assert.notEqual(first.folds[0]?.weightsSha256, first.folds[1]?.weightsSha256);
  assert.deepEqual(Object.keys(first.folds[0]?.metrics ?? {}), ['loss', 'accuracy']);
}

test('the bundle leaves no import() to the bundler that it could not resolve (a user module would not load)', () => {
  const chunks = readdirSync(dirname(bundle)).filter((name) => name.endsWith('.js'));
  assert.ok(chunks.length > 1);
  for (const name of chunks) assert.doesNotMatch(readFileSync(join(dirname(bundle), name), 'utf8'), /webpackEmptyAsyncContext/, name);
});

test('tf-repro run --model net.mjs, relative to the project as in the README: the module loads, trains and reproduces', async () => {
  const project = scratchDir('module-project');
  copyFileSync(fixture('mlp.mjs'), join(project, 'net.mjs'));
  const report = await runModel('net.mjs', project);
  assertReproducible(report);
  assert.deepEqual(
    report.suppliedSeeds?.map((s) => s.field),
    ['kernel_initializer', 'seed', 'kernel_initializer'],
  );
  assert.equal(report.settings.model, join(project, 'net.mjs'));
  assert.match(report.settings.source, /net\.mjs \(ES module createModel\)/);
});

test('a Keras model.to_json() file with null seeds trains, reproduces, and the report lists the seeds supplied', async () => {
  const report = await runModel(fixture('keras-to-json.json'));
  assertReproducible(report);
  assert.deepEqual(
    report.suppliedSeeds?.map((s) => `${s.layer} ${s.field}`),
    ['conv2d kernel_initializer', 'dense kernel_initializer', 'dropout seed', 'dense_1 kernel_initializer'],
  );
  for (const seed of report.suppliedSeeds ?? []) assert.ok(Number.isInteger(seed.seed) && seed.seed > 0);
  assert.match(report.settings.source, /keras-to-json\.json \(Keras 2\.4\.0 model\.to_json\(\), trained with the defaults/);
});

test('a TensorFlow.js model.json trains from initialisation (its weights file does not even exist) with its own training config', async () => {
  const report = await runModel(fixture('tfjs-model.json'));
  assertReproducible(report);
  assert.deepEqual(
    report.suppliedSeeds?.map((s) => `${s.layer} ${s.field}`),
    ['hidden kernel_initializer', 'drop seed', 'classes kernel_initializer'],
  );
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
  assert.match(
    warning ?? report.warnings.join('\n'),
    /^'model': .*custom-layer\.mjs: its layer class Scale is not registered, so tf-repro trains the model as createModel builds it .* register it with tf\.serialization\.registerClass\(Scale\)$/,
  );
});

test('the same module with its layer class registered is rebuilt with the seeds supplied', async () => {
  const report = await runModel(fixture('custom-layer-registered.mjs'));
  assertReproducible(report);
  assert.deepEqual(
    report.suppliedSeeds?.map((s) => `${s.position} ${s.field}`),
    ['2 kernel_initializer', '4 seed', '5 kernel_initializer'],
  );
  assert.deepEqual(
    report.warnings.filter((w) => w.includes('model')),
    [],
  );
});

test('a model file that is not there, or not a model: one line naming it, exit 2', async () => {
  const missing = await tfRepro('run', ...small, '--model', '/nonexistent/model.json');
  assert.equal(missing.code, 2);
  assert.match(missing.stderr, /^tf-repro: 'model': \/nonexistent\/model\.json does not exist; give a Keras model\.to_json\(\) file.*\n$/);
  const notModel = await tfRepro('run', ...small, '--model', join(repoRoot, 'package.json'));
  assert.equal(notModel.code, 2);
  assert.match(notModel.stderr, /^tf-repro: 'model': .*package\.json: neither a Keras model JSON.*\n$/);
});

// A timeout: where the module ran in tf-repro's own process, its timer kept that process alive for ever.
test('a module whose createModel throws: one error naming it, exit 2, and its process ended though a timer holds it', { timeout: 120_000 }, async () => {
  const module = join(scratchDir('module-throws'), 'throws.mjs');
  writeFileSync(
    module,
    "import { writeFileSync } from 'node:fs';\n" +
      'export function createModel() {\n' +
      "  writeFileSync(new URL('./pid.txt', import.meta.url), String(process.pid));\n" +
      '  setInterval(() => {}, 1000);\n' +
      "  throw new Error('no model today');\n" +
      '}\n',
  );
  const run = await tfRepro('run', ...small, '--model', module);
  assert.equal(run.code, 2, run.stderr);
  assert.equal(run.stderr, `tf-repro: 'model': ${module}: createModel threw: no model today\n`);
  const pid = Number(readFileSync(join(dirname(module), 'pid.txt'), 'utf8'));
  assert.throws(() => process.kill(pid, 0), { code: 'ESRCH' });
});

test('a module whose createModel ends the process: one error naming it with its last output, exit 2', async () => {
  const module = join(scratchDir('module-exits'), 'exits.mjs');
  writeFileSync(module, "export function createModel() { console.log('leaving now'); process.exit(7); }\n");
  const run = await tfRepro('run', ...small, '--model', module);
  assert.equal(run.code, 2, run.stderr);
  assert.equal(
    run.stderr,
    `tf-repro: 'model': ${module}: the process that checks it exited with code 7 before the check ended; does createModel call process.exit(), or run out of memory? Its last output:\ntf-repro: leaving now\n`,
  );
});

// On a Node with process.execve the action restarts without the tokens, so the probes read its own
// initial environment too (/proc/<ppid>/environ); elsewhere the action says they stay readable there.
test('action: the module model runs only in child processes that never had the token, never in the action', async () => {
  const probes = scratchDir('probes');
  const secrets = {
    'github-token': 'ghs_inputTokenOfTheAction0001',
    GITHUB_TOKEN: 'ghs_workflowEnvToken0002',
    ACTIONS_RUNTIME_TOKEN: 'runtimeToken0003',
    ACTIONS_ID_TOKEN_REQUEST_TOKEN: 'idToken0004',
  };
  const { 'github-token': token, ...variables } = secrets;
  const run = await runAction(
    {
      runs: '2',
      folds: '2',
      epochs: '1',
      samples: '300',
      'batch-size': '50',
      backend: 'wasm',
      parallel: '2',
      model: fixture('probe.mjs'),
      'github-token': token,
    },
    { ...variables, TF_REPRO_PROBE_DIR: probes },
    {},
    nodeWithExecve ?? process.execPath,
  );
  assert.equal(run.exitCode, 0, run.stdout + run.stderr);
  if (nodeWithExecve === null) assert.match(run.stdout, /INPUT_GITHUB-TOKEN stay readable in this process's initial environment/);
  assert.equal(run.outputs.verdict, 'reproducible');
  const seen = readdirSync(probes).map((name) => ({ name, text: readFileSync(join(probes, name), 'utf8') }));
  const records = seen.map(({ text }) => JSON.parse(text) as { pid: number; ppid: number; argv: string[]; env: Record<string, string> });
  const pids = new Set(records.map((r) => r.pid));
  // The preflight and the 2 workers at least: each a process of its own.
  assert.ok(pids.size >= 3, `createModel ran in ${pids.size} processes`);
  for (const { name, text } of seen) {
    // The action's initial environment is in the record only where the action could shed the tokens.
    const record = JSON.parse(text) as { parentStartEnvironment: string | null };
    if (nodeWithExecve === null) record.parentStartEnvironment = null;
    else assert.ok(record.parentStartEnvironment?.includes('INPUT_RUNS=2'), `${name}: the action's initial environment was not read`);
    for (const [what, value] of Object.entries(secrets)) assert.ok(!JSON.stringify(record).includes(value), `${name}: the module saw ${what}`);
  }
  for (const record of records) {
    assert.ok(['--tf-repro-worker', '--tf-repro-model-preflight'].includes(record.argv[2] ?? ''), `createModel ran in ${record.argv.join(' ')}`);
    // All started by one process, the action, which is none of them.
    assert.equal(record.ppid, records[0]!.ppid);
    assert.ok(!pids.has(record.ppid));
    assert.equal(Object.keys(record.env).filter((name) => name.startsWith('INPUT_')).length, 0);
  }
  assert.ok(records.some((r) => r.argv[2] === '--tf-repro-model-preflight'));
});

test('a loss that turns NaN in the training processes reaches the report as NaN, and equal NaNs reproduce', async () => {
  const dir = scratchDir('diverging');
  const run = await tfRepro('run', ...small, '--json', '--quiet', '--model', fixture('diverging.mjs'), '--report-dir', dir);
  assert.equal(run.code, 0, `${run.stdout}\n${run.stderr}`);
  const printed = JSON.parse(run.stdout) as Report;
  const written = readFileSync(join(dir, 'report.json'), 'utf8');
  assert.equal(printed.verdict, 'reproducible');
  // The IPC channel carried NaN as NaN (JSON would have made it null, "loss is missing").
  assert.ok(
    printed.runs.every((r) => r.folds.every((f) => (f.metrics.loss as unknown) === 'NaN')),
    JSON.stringify(printed.runs[0]?.folds),
  );
  assert.match(written, /"loss": "NaN"/);
  const compared = await tfRepro('compare', join(dir, 'report.json'), '--json');
  assert.equal(compared.code, 0, compared.stderr);
});
