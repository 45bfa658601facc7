// The fingerprint's one table (comparison/fingerprint.ts): what across lines up and marks, what
// merge compares, the rows every rendering shows, a command's fingerprint beside a training
// process's, and the versions a command writes read tolerantly.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import type { CommandFingerprint, DistributedRun, RunResult } from '../../src/contracts/run-result.js';
import { compareRuns } from '../../src/comparison/compare.js';
import { buildReport } from '../../src/report/build.js';
import { renderText } from '../../src/report/render.js';
import {
  FINGERPRINT_FIELDS,
  fingerprintDifferences,
  fingerprintRows,
  lineUpFingerprints,
  parseCommandVersions,
  type FingerprintKit,
} from '../../src/comparison/fingerprint.js';
import { environment, gpuEnvironment } from '../support/reports.js';

const command: CommandFingerprint = {
  kind: 'command',
  platform: 'linux x64',
  cpuModel: 'AMD EPYC 7763 64-Core Processor',
  cpuCount: 4,
  visibleCpus: 2,
  determinismVariables: { PYTHONHASHSEED: '0', OMP_NUM_THREADS: null },
  python: '3.12.3',
  frameworks: { torch: '2.3.0', numpy: '1.26.4' },
};

const plain: FingerprintKit = { text: (text) => text, code: (text) => `<${text}>`, list: (items) => items.join(' + '), seconds: (value) => `${value} s` };

test('each field is named once; where a process was pinned is lined up but never marked, how the package was got not lined up', () => {
  const names = FINGERPRINT_FIELDS.map((spec) => spec.field);
  assert.equal(new Set(names).size, names.length);
  const fields = new Map(
    lineUpFingerprints([
      gpuEnvironment,
      { ...gpuEnvironment, cudaVisibleDevices: '1', nativePackage: { ...gpuEnvironment.nativePackage!, dir: '/elsewhere' } },
    ]).map((f) => [f.field, f]),
  );
  assert.deepEqual(fields.get('cudaVisibleDevices'), { field: 'cudaVisibleDevices', values: ['0', '1'], differs: false });
  assert.equal(fields.has('nativePackage.obtained'), false);
  assert.deepEqual(fingerprintDifferences([gpuEnvironment, { ...gpuEnvironment, cudaVisibleDevices: '1' }]), []);
});

test("a command's fingerprint lines up beside a training process's: its own fields, and what it lacks marked", () => {
  const fields = new Map(lineUpFingerprints([command, environment]).map((f) => [f.field, f]));
  assert.deepEqual(fields.get('python')?.values, ['3.12.3', null]);
  assert.deepEqual(fields.get('frameworks')?.values, ['torch 2.3.0, numpy 1.26.4', null]);
  assert.deepEqual(fields.get('visibleCpus')?.values, ['2', null]);
  assert.deepEqual(fields.get('backend'), { field: 'backend', values: [null, 'wasm'], differs: true });
  assert.deepEqual(fields.get('cpuModel')?.differs, false);
  assert.deepEqual(fields.get('determinismVariables.OMP_NUM_THREADS')?.values, ['(unset)', null]);
});

test("the environment table's rows: a field's own rendering, fields shown in another's row, a row per variable", () => {
  assert.deepEqual(
    fingerprintRows(command, plain, 'unset').map((row) => [row.label, row.value, row.variable]),
    [
      ['platform', 'linux x64', false],
      ['CPU', 'AMD EPYC 7763 64-Core Processor × 4', false],
      ['CPUs it may run on', '2', false],
      ['Python', '3.12.3', false],
      ['frameworks', 'torch 2.3.0, numpy 1.26.4', false],
      ['`PYTHONHASHSEED`', '<0>', true],
      ['`OMP_NUM_THREADS`', 'unset', true],
    ],
  );
  const gpu = new Map(fingerprintRows(gpuEnvironment, plain, 'unset').map((row) => [row.label, row.value]));
  assert.equal(gpu.get('backend'), 'tensorflow 4.22.0 (tfjs-node-gpu)');
  assert.equal(gpu.get('GPUs'), '0: NVIDIA A10G (driver 550.54.15)');
  assert.equal(gpu.get('CUDA / cuDNN found'), '11.2 / 8.1.0');
  assert.equal(gpu.get('native package'), 'found in the tool cache: </opt/hostedtoolcache/tensorflow-tfjs-node-gpu/4.22.0/x64>');
  assert.equal(gpu.get('`CUDA_VISIBLE_DEVICES`'), '<0>');
});

test('the versions a command writes: read where they are short strings, else left out, never an error', () => {
  assert.deepEqual(parseCommandVersions('{"python": "3.11.9", "frameworks": {"tensorflow": "2.16.1", "__proto__": "1", "bad": 3}}'), {
    python: '3.11.9',
    frameworks: Object.fromEntries([
      ['tensorflow', '2.16.1'],
      ['__proto__', '1'],
    ]),
  });
  for (const text of ['', 'not json', '[]', 'null', '{"python": 3}', `{"python": "${'9'.repeat(201)}"}`]) {
    assert.deepEqual(parseCommandVersions(text), { python: null, frameworks: {} }, text.slice(0, 20));
  }
});

test("a distributed command's world size, backend and launcher: one row, and each compared across runs", () => {
  const torchrun: CommandFingerprint = { ...command, distributed: { launcher: 'torchrun', worldSize: 2, backend: 'gloo' } };
  const rows = fingerprintRows(torchrun, plain, 'unset').map((row) => [row.label, row.value]);
  assert.deepEqual(
    rows.find(([label]) => label === 'processes'),
    ['processes', '2 ranks under torchrun (gloo)'],
  );
  assert.equal(
    fingerprintRows(command, plain, 'unset').some((row) => row.label === 'processes'),
    false,
    'one process: no row',
  );
  // Without a backend the row says only what is known.
  assert.equal(
    fingerprintRows({ ...command, distributed: { launcher: 'torchrun', worldSize: 1, backend: null } }, plain, 'unset').find((row) => row.label === 'processes')
      ?.value,
    '1 rank under torchrun',
  );

  const differing = (other: CommandFingerprint) => fingerprintDifferences([torchrun, other]).map((f) => [f.field, f.values]);
  assert.deepEqual(differing(torchrun), []);
  assert.deepEqual(differing({ ...command, distributed: { launcher: 'torchrun', worldSize: 4, backend: 'gloo' } }), [['distributed.worldSize', ['2', '4']]]);
  assert.deepEqual(differing({ ...command, distributed: { launcher: 'torchrun', worldSize: 2, backend: 'nccl' } }), [
    ['distributed.backend', ['gloo', 'nccl']],
  ]);
  // A launcher script (no launcher named): the ranks it traced, under no named launcher.
  assert.deepEqual(differing({ ...command, distributed: { launcher: null, worldSize: 2, backend: 'gloo' } }), [['distributed.launcher', ['torchrun', null]]]);
  assert.equal(
    fingerprintRows({ ...command, distributed: { launcher: null, worldSize: null, backend: null } }, plain, 'unset').find((row) => row.label === 'processes')
      ?.value,
    'ranks under a launcher script',
  );
  // One process against two: each of the three differs (none against one counts).
  assert.deepEqual(differing(command), [
    ['distributed.launcher', ['torchrun', null]],
    ['distributed.worldSize', ['2', null]],
    ['distributed.backend', ['gloo', null]],
  ]);
});

test("report.json's environment carries the control run's distributed record, and the CLI's environment table shows it", () => {
  const run = (runNumber: number, distributed?: DistributedRun): RunResult => ({
    run: runNumber,
    role: 'control',
    status: 'ok',
    error: null,
    startedAt: '2026-01-01T00:00:00.000Z',
    durationSeconds: 1,
    folds: [{ fold: 0, metrics: { loss: 0.5 }, weightsSha256: null, trainSeconds: null }],
    environment: command,
    warnings: [],
    ...(distributed ? { distributed } : {}),
  });
  const report = (runs: RunResult[]) =>
    buildReport({ settings: { runs: runs.length }, source: 'command', runs, comparison: compareRuns(runs, 0), durationSeconds: 2 });
  const gloo: DistributedRun = { launcher: 'torchrun', worldSize: 2, backend: 'gloo' };
  const distributed = report([run(1, gloo), run(2, gloo)]);
  assert.deepEqual((distributed.environment as CommandFingerprint).distributed, gloo);
  assert.equal(distributed.runs[0]?.environment, command, "the run's own fingerprint is left as it was");
  assert.match(renderText(distributed), /processes\s+2 ranks under torchrun \(gloo\)/);
  // One process: no record, no row.
  const single = report([run(1), run(2)]);
  assert.equal(Object.hasOwn(single.environment ?? {}, 'distributed'), false);
  assert.doesNotMatch(renderText(single), /ranks under/);
});
