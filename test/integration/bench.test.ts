// `npm run bench` at its tiny size: it runs and reports every figure. Not a timed test: no figure
// is judged, only that each is there.
import assert from 'node:assert/strict';
import { spawn } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { test } from 'node:test';
import { repoRoot, tempDir } from '../support/paths.js';

test('the bench runs at --tiny, prints its figures and writes them to JSON', async () => {
  const out = join(tempDir('bench'), 'results.json');
  const child = spawn(process.execPath, [join(repoRoot, 'build', 'bench', 'bench.js'), '--tiny', '--out', out], { stdio: ['ignore', 'pipe', 'pipe'] });
  let stdout = '';
  let stderr = '';
  child.stdout.on('data', (chunk: Buffer) => (stdout += chunk.toString()));
  child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
  const code = await new Promise<number | null>((resolve) => child.on('close', resolve));
  assert.equal(code, 0, stderr);
  for (const label of [
    /^tf-repro bench \(tiny\): .+, \d+ cores, .+ GiB, Node v\d+/m,
    /^wasm, 1 process +[\d,]+ images\/s$/m,
    /^cpu \(pure JS\), 1 process +[\d,]+ images\/s$/m,
    /^(PyTorch .+, 1 thread +[\d,]+ images\/s|PyTorch +not measured: .+)$/m,
    /^wasm, \d+ processes at once +[\d,]+ images\/s per worker$/m,
    /^trace 'epochs' \/ 'off' +[\d.]+ \(median of \d+ pairs: .* % of the training time\)$/m,
    /^2 runs × 2 folds, sequential +[\d.]+ s$/m,
    /^2 runs × 2 folds, parallel: auto +[\d.]+ s \(\d+ workers, .*bitwise identical: yes\)$/m,
    /^determinism overhead +[\d.]+×/m,
    /^peak RSS per worker +[\d.]+ MB .*flat across folds: yes\)$/m,
    /^overhead outside training +[\d.]+ s, first check [\d.]+ s/m,
  ]) {
    assert.match(stdout, label);
  }
  const results = JSON.parse(readFileSync(out, 'utf8'));
  assert.equal(results.size, 'tiny');
  for (const key of ['cpuModel', 'cores', 'memoryGiB', 'node', 'tfjs']) assert.ok(results.machine[key], key);
  for (const backend of ['wasm', 'cpu']) assert.ok(results.throughput[backend].imagesPerSecond > 0, backend);
  assert.equal(typeof results.throughput.pytorch.available, 'boolean');
  if (results.throughput.pytorch.available) assert.ok(results.throughput.wasmOverPytorch > 0);
  else assert.equal(results.throughput.wasmOverPytorch, null);
  assert.ok(results.throughput.perWorker.workers >= 1);
  assert.ok(results.wall.sequentialSeconds > 0 && results.wall.parallelSeconds > 0);
  assert.equal(results.wall.identical, true);
  assert.ok(results.determinism.overhead > 0);
  assert.ok(results.trace.ratio > 0 && results.trace.checkpointMs > 0, 'the traced and untraced trainings were both measured');
  assert.ok(results.memory.peakRssBytesPerWorker > 0);
  assert.equal(results.memory.tensorsFlat, true);
  assert.equal(typeof results.overhead.totalSeconds, 'number');
  for (const target of ['throughput', 'memory', 'overhead']) assert.ok(target in results.targets, target);
});
