// examples/pytorch/train.py through command mode: 2 runs on a small subset of the embedded digits,
// with the trace its tf_repro_trace.py writes to $TF_REPRO_TRACE.
// It needs Debian's python3-torch (/usr/bin/python3 with torch and numpy); without it the test says
// it was skipped and why, and does not count as a pass.
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { join } from 'node:path';
import { test } from 'node:test';
import { runCheck } from '../../src/engine/check.js';
import { embeddedDatasetDir } from '../../src/paths.js';
import { repoRoot, tempDir } from '../support/paths.js';
import { checkSettings } from '../support/settings.js';

const PYTHON = '/usr/bin/python3';

/** Why torch cannot run here, or null when it can. */
function torchMissing(): string | null {
  const probe = spawnSync(PYTHON, ['-c', 'import torch, numpy; print(torch.__version__)'], { encoding: 'utf8', timeout: 60_000 });
  if (probe.error) return `${PYTHON} cannot be started (${probe.error.message})`;
  if (probe.status !== 0) return `${PYTHON} cannot import torch (${probe.stderr.trim().split('\n').pop()}); apt-get install python3-torch`;
  return null;
}

test('the PyTorch example reproduces through command mode', async (t) => {
  const missing = torchMissing();
  if (missing !== null) {
    t.skip(`python3-torch is not installed: ${missing}`);
    return;
  }
  const example = join(repoRoot, 'examples', 'pytorch', 'train.py');
  const cwd = tempDir('pytorch');
  const report = await runCheck({
    ...checkSettings({ folds: 2, epochs: 1, seed: 3, reportDir: tempDir('pytorch-report'), parallel: 1 }),
    command: {
      // -B: no __pycache__ left in examples/ from importing tf_repro_trace.
      command: `${PYTHON} -B ${example} --data ${embeddedDatasetDir} --samples 600 --folds 2 --epochs 1 --save-weights weights`,
      workingDirectory: cwd,
      framework: 'pytorch',
      metricsFile: null,
      timeoutMinutes: 5,
      artifacts: ['weights/*.npy'],
    },
  });
  assert.equal(report.verdict, 'reproducible', `${report.summary}\n${report.errors.join('\n')}`);
  assert.deepEqual(
    report.runs[0]?.folds.map((f) => f.fold),
    [0, 1],
  );
  assert.deepEqual(
    report.runs[1]?.folds.map((f) => f.metrics),
    report.runs[0]?.folds.map((f) => f.metrics),
  );
  assert.deepEqual(
    report.artifacts?.map((a) => [a.path, a.identical]),
    [
      ['weights/fold-0.npy', true],
      ['weights/fold-1.npy', true],
    ],
  );
  assert.equal(report.command?.variables.CUBLAS_WORKSPACE_CONFIG, ':4096:8');
  // The trace: each parameter's digest after initialisation and after the epoch, per fold, the same in both runs.
  const [one, two] = report.runs.map((run) => run.trace);
  assert.deepEqual(
    one?.map((c) => [c.fold, c.epoch, c.batch]),
    [
      [0, 0, null],
      [0, 1, null],
      [1, 0, null],
      [1, 1, null],
    ],
  );
  const parameters = ['0.weight', '0.bias', '3.weight', '3.bias', '7.weight', '7.bias', '10.weight', '10.bias'];
  for (const checkpoint of one ?? []) {
    assert.deepEqual(Object.keys(checkpoint.digests), parameters);
    for (const digest of Object.values(checkpoint.digests)) assert.match(digest, /^[0-9a-f]{64}$/);
  }
  assert.notEqual(one?.[0]?.digests['0.weight'], one?.[1]?.digests['0.weight'], 'training changed the weights');
  assert.ok(
    (one ?? []).filter((c) => c.epoch === 1).every((c) => typeof c.valLoss === 'number' && c.valLoss > 0),
    'each epoch has its validation loss',
  );
  assert.deepEqual(two, one);
});
