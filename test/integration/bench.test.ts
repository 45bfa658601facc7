// `npm run bench` at its tiny size: it runs and reports every figure. Not a timed test: no figure
// is judged, only that each is there; each one-thread peer shows a figure or why it has none, and
// the examples checked as commands give the same numbers with parallel: auto and parallel: 1.
// test-weight: all (scripts/run-tests.js: a benchmark beside another test file measures that file)
import assert from 'node:assert/strict';
import { spawn } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { test } from 'node:test';
import { repoRoot, tempDir } from '../support/paths.js';
import { persistentToolCache } from '../support/native.js';
import { pythonFrameworks } from '../support/python-frameworks.js';

const benchScript = join(repoRoot, 'build', 'bench', 'bench.js');

test('the bench runs at --tiny, prints its figures and writes them to JSON', async () => {
  const out = join(tempDir('bench'), 'results.json');
  // The tests' shared tool cache: the bench builds tfjs-node against the venv's TensorFlow there
  // when no test has yet, and the native tests then find it.
  const env = { ...process.env, RUNNER_TOOL_CACHE: persistentToolCache() };
  const child = spawn(process.execPath, [benchScript, '--tiny', '--out', out], { stdio: ['ignore', 'pipe', 'pipe'], env });
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
    ...['TensorFlow Keras', 'TensorFlow Keras, jit_compile', 'JAX \\(jax\\.jit\\)', 'PyTorch \\(venv\\)', 'PyTorch \\(system\\)', 'tfjs-node'].map(
      (peer) => new RegExp(`^${peer}, 1 thread +([\\d,]+ images\\/s \\(.+\\); wasm \\/ it [\\d.,]+|not measured: .+)$`, 'm'),
    ),
    /^fastest one-thread peer +(.+ \([\d,]+ images\/s\): wasm at [\d.,]+× of it, at or above 1\.2×: (yes|NO)|none measured)$/m,
    /^wasm, \d+ processes at once +[\d,]+ images\/s per worker \([\d.]+× of one process alone\)$/m,
    /^trace 'epochs' \/ 'off' +[\d.]+ \(median of \d+ pairs: .* % of the training time\)$/m,
    /^2 runs × 2 folds, sequential +[\d.]+ s$/m,
    /^2 runs × 2 folds, parallel: auto +[\d.]+ s \(\d+ workers, [\d.]+× the sequential time, at most 0\.55×: (yes|NO); bitwise identical: yes\)$/m,
    /^determinism overhead +[\d.]+×/m,
    // vary: all on the default workload, where nothing is sensitive: one varied run (issue 23).
    /^vary: all +[\d.]+× the check without it \([\d.]+ s against [\d.]+ s; 1 varied run\(s\); sensitive to: nothing\)$/m,
    /^peak RSS per worker +[\d.]+ MB .*flat across folds: yes\)$/m,
    /^overhead outside training +[\d.]+ s, first check [\d.]+ s/m,
    /^the bench took +[\d.]+ min \(throughput \d+ s, trace \d+ s, wall \d+ s, overhead \d+ s, commands \d+ s\)$/m,
    ...['tensorflow', 'pytorch'].flatMap((example) => [
      new RegExp(
        `^${example} example, 2 runs × 2 folds +(parallel: auto [\\d.]+ s, parallel: 1 [\\d.]+ s \\([\\d.]+×, at most 0\\.6×: (yes|NO); same numbers: yes\\); without the settings [\\d.]+ s .+|not measured: .+)$`,
        'm',
      ),
      new RegExp(
        `^${example} example, 3 runs, fold split +split over the slots [\\d.]+ s, parallel: 1 [\\d.]+ s \\([\\d.]+×, at most 0\\.6×: (yes|NO); same numbers: yes\\)$`,
        'm',
      ),
    ]),
  ]) {
    assert.match(stdout, label);
  }
  const results = JSON.parse(readFileSync(out, 'utf8'));
  assert.equal(results.size, 'tiny');
  assert.ok(results.seconds.total > 0 && results.seconds.commands > 0);
  for (const key of ['cpuModel', 'cores', 'memoryGiB', 'node', 'tfjs']) assert.ok(results.machine[key], key);
  for (const backend of ['wasm', 'cpu']) assert.ok(results.throughput[backend].imagesPerSecond > 0, backend);
  const peers = Object.entries(results.throughput.peers) as [string, { available: boolean; imagesPerSecond?: number; wasmOver?: number; reason?: string }][];
  assert.deepEqual(
    peers.map(([id]) => id),
    ['keras', 'kerasXla', 'jax', 'pytorchVenv', 'pytorchSystem', 'native'],
  );
  for (const [id, peer] of peers) {
    if (peer.available) assert.ok(peer.imagesPerSecond! > 0 && peer.wasmOver! > 0, id);
    else assert.ok(peer.reason, id);
  }
  // Where the Python frameworks' venv is (CI makes it), its peers and the native one built against
  // its TensorFlow must give figures.
  if (pythonFrameworks)
    for (const id of ['keras', 'kerasXla', 'jax', 'pytorchVenv', 'native'])
      assert.equal(results.throughput.peers[id].available, true, `${id}: ${results.throughput.peers[id].reason}`);
  const fastest = peers.filter(([, peer]) => peer.available).sort((a, b) => b[1].imagesPerSecond! - a[1].imagesPerSecond!)[0];
  assert.equal(results.throughput.fastestPeer?.peer ?? null, fastest?.[0] ?? null);
  assert.equal(results.targets.throughput.met, fastest ? fastest[1].wasmOver! >= 1.2 : null);
  assert.ok(results.throughput.perWorker.workers >= 1);
  assert.ok(results.throughput.perWorker.ofOneAlone > 0);
  assert.ok(results.wall.sequentialSeconds > 0 && results.wall.parallelSeconds > 0);
  assert.equal(results.wall.samples.ratios.length, results.settings.repeats);
  assert.equal(results.targets.parallel.met, results.wall.ratio <= 0.55);
  assert.equal(results.wall.identical, true);
  assert.ok(results.determinism.overhead > 0);
  assert.ok(results.vary.ratio > 0);
  assert.equal(results.vary.variedRuns, 1);
  assert.deepEqual(results.vary.sensitiveTo, []);
  assert.ok(results.trace.ratio > 0 && results.trace.checkpointMs > 0, 'the traced and untraced trainings were both measured');
  assert.ok(results.memory.peakRssBytesPerWorker > 0);
  assert.equal(results.memory.tensorsFlat, true);
  assert.equal(typeof results.overhead.totalSeconds, 'number');
  for (const target of ['throughput', 'parallel', 'memory', 'overhead', 'commands']) assert.ok(target in results.targets, target);
  // The examples as commands (issue 24): where the venv is, both checked five ways, the same numbers side by side (and split by fold) as one at a time.
  if (pythonFrameworks) {
    assert.equal(results.commands.available, true, results.commands.reason);
    assert.deepEqual(
      results.commands.examples.map((e: { example: string }) => e.example),
      ['tensorflow', 'pytorch'],
    );
    for (const example of results.commands.examples) {
      assert.equal(example.identical, true, example.example);
      assert.equal(example.splitIdentical, true, `${example.example}: the fold split gives the numbers of whole runs`);
      assert.deepEqual(example.verdicts.auto, ['reproducible'], example.example);
      assert.deepEqual(example.verdicts.split, ['reproducible'], example.example);
      assert.ok(example.parallelAutoSeconds > 0 && example.parallelOneSeconds > 0 && example.freeSeconds > 0, example.example);
    }
  }
});

test('a bad peer or section option is one line naming it, before anything is measured', async () => {
  for (const [flag, message] of [
    ['--native-package', /^bench: --native-package \/nonexistent\/tfjs-node does not exist: give the folder of an installed @tensorflow\/tfjs-node package\n$/],
    ['--venv-python', /^bench: --venv-python \/nonexistent\/tfjs-node does not exist: give the python of a venv/],
    ['--sections', /^bench: --sections takes a comma-separated list of throughput, trace, wall, overhead, commands; got '\/nonexistent\/tfjs-node'\n$/],
    ['--command-examples', /^bench: --command-examples takes a comma-separated list of tensorflow, pytorch; got '\/nonexistent\/tfjs-node'\n$/],
  ] as const) {
    const child = spawn(process.execPath, [benchScript, '--tiny', flag, '/nonexistent/tfjs-node'], { stdio: ['ignore', 'pipe', 'pipe'] });
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (chunk: Buffer) => (stdout += chunk.toString()));
    child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
    const code = await new Promise<number | null>((resolve) => child.on('close', resolve));
    assert.equal(code, 2, flag);
    assert.equal(stdout, '', flag);
    assert.match(stderr, message);
    assert.equal(stderr.split('\n').filter(Boolean).length, 1, stderr);
  }
});
