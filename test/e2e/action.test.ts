// dist/index.js exactly as the runner starts it.
import assert from 'node:assert/strict';
import { existsSync, readFileSync } from 'node:fs';
import { test } from 'node:test';
import type { Report } from '../../src/contracts.js';
import { join } from 'node:path';
import { runAction } from '../support/runner.js';
import { repoRoot, tempDir } from '../support/paths.js';

const quick = { runs: '2', folds: '2', epochs: '1', samples: '300', 'batch-size': '50', backend: 'wasm' };

test('a deterministic check passes and writes outputs, summary and report', async () => {
  const run = await runAction(quick);
  assert.equal(run.exitCode, 0, run.stdout + run.stderr);
  assert.equal(run.outputs.reproducible, 'true');
  assert.equal(run.outputs.verdict, 'reproducible');
  assert.equal(run.outputs.variance, '0');
  assert.equal(run.outputs['max-abs-diff'], '0');
  assert.ok(Number(run.outputs['duration-seconds']) > 0);
  const report = JSON.parse(readFileSync(run.outputs['report-path'], 'utf8')) as Report;
  assert.ok(run.outputs['report-path'].startsWith(run.runnerTemp));
  assert.equal(report.schemaVersion, 1);
  assert.equal(report.verdict, 'reproducible');
  assert.equal(report.runs.length, 2);
  assert.equal(report.runs[0].folds.length, 2);
  assert.ok(existsSync(run.outputs['report-path'].replace('report.json', 'results.txt')));
  // The summary leads with the verdict and carries the table, timing and fingerprint.
  assert.match(run.summary, /^## ✅ Reproducible/);
  assert.match(run.summary, /^\| fold \| metric \| value \| max Δ \| variance \| runs that agree \| {2}\|$/m);
  assert.match(run.summary, /^\| 1 \| loss \| [\d.e-]+ \| 0 \| 0 \| all \| ✅ \|$/m);
  assert.match(run.summary, /### Time/);
  assert.match(run.summary, /`TF_DETERMINISTIC_OPS` \| `1`/);
  assert.match(run.summary, /wasm 4\.22\.0/);
  assert.ok(!run.stdout.includes('::error'), run.stdout);
});

test('without determinism the step fails with the folds that differ', async () => {
  const run = await runAction({ ...quick, deterministic: 'false' });
  assert.equal(run.exitCode, 1, run.stdout + run.stderr);
  assert.equal(run.outputs.reproducible, 'false');
  assert.ok(Number(run.outputs['max-abs-diff']) > 0);
  assert.match(run.stdout, /::error::Not reproducible: .*fold/);
  assert.match(run.summary, /^## ❌ Not reproducible/);
});

test('fail-on-mismatch: false reports the difference without failing', async () => {
  const run = await runAction({ ...quick, deterministic: 'false', 'fail-on-mismatch': 'false' });
  assert.equal(run.exitCode, 0, run.stdout + run.stderr);
  assert.equal(run.outputs.reproducible, 'false');
  assert.match(run.stdout, /::warning::Not reproducible/);
});

const badInputs: [Record<string, string>, RegExp][] = [
  [{ runs: '1' }, /input 'runs' must be a whole number of at least 2/],
  [{ folds: '1' }, /input 'folds' must be a whole number of at least 2/],
  [{ epochs: 'abc' }, /input 'epochs' must be a whole number of at least 1, got 'abc'/],
  [{ backend: 'quantum' }, /input 'backend' must be one of auto, tensorflow-gpu, tensorflow, wasm, cpu/],
  [{ dataset: '/nonexistent/mnist' }, /'dataset'.*\/nonexistent\/mnist/],
  [{ samples: '5', folds: '10' }, /input 'samples' is 5, fewer than input 'folds'/],
];

for (const [inputs, message] of badInputs) {
  test(`bad input ${JSON.stringify(inputs)}: one error naming it, no stack trace, exit 2`, async () => {
    const run = await runAction({ ...quick, ...inputs });
    assert.equal(run.exitCode, 2, run.stdout + run.stderr);
    const errors = run.stdout.split('\n').filter((line) => line.startsWith('::error'));
    assert.equal(errors.length, 1, run.stdout);
    assert.match(errors[0], message);
    assert.ok(!/\n\s+at /.test(run.stdout + run.stderr), 'no stack trace');
  });
}

test('backend tensorflow where libtensorflow cannot be downloaded: one clear error, exit 2', { timeout: 240_000 }, async () => {
  const run = await runAction({ ...quick, backend: 'tensorflow' }, { RUNNER_TOOL_CACHE: tempDir('toolcache') });
  if (run.exitCode === 0) {
    // This machine reached the download: the native backend trained, and it reproduced.
    assert.equal(run.outputs.reproducible, 'true');
    return;
  }
  assert.equal(run.exitCode, 2, run.stdout + run.stderr);
  const errors = run.stdout.split('\n').filter((line) => line.startsWith('::error'));
  assert.equal(errors.length, 1, run.stdout);
  assert.match(errors[0], /installing @tensorflow\/tfjs-node@4\.22\.0 failed: .*TFJS_NODE_CDN_STORAGE/);
});

test('backend auto on a GPU runner without CUDA falls back to wasm, warns, and still gives a verdict', { timeout: 240_000 }, async () => {
  // A stand-in nvidia-smi (test/fixtures/fake-gpu) lists two GPUs this machine does not have.
  const path = `${join(repoRoot, 'test', 'fixtures', 'fake-gpu')}:${process.env.PATH}`;
  const run = await runAction({ ...quick, backend: 'auto' }, { PATH: path, LD_LIBRARY_PATH: '', RUNNER_TOOL_CACHE: tempDir('toolcache') });
  assert.equal(run.exitCode, 0, run.stdout + run.stderr);
  assert.equal(run.outputs.reproducible, 'true');
  assert.match(run.stdout, /::warning::backend auto: not training on the GPU: libcudart\.so\.11\.0 was not found/);
  assert.match(run.summary, /not training on the GPU/);
  const report = JSON.parse(readFileSync(run.outputs['report-path'], 'utf8')) as Report;
  assert.equal(report.environment?.gpus?.length, 2);
  assert.equal(report.environment?.gpus?.[0].name, 'NVIDIA A10G');
});
