// Real tfjs backends, chosen the one way production chooses them: the candidates provisioning
// decided (src/provision/plan.ts), tried in order. The wasm module initialises once per process,
// so cases that need a fresh one (threads, a failing wasm) run in a child process.
import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { execFile } from 'node:child_process';
import { promisify } from 'node:util';
import * as tf from '@tensorflow/tfjs-core';
import { UserError } from '../../src/util/user-error.js';
import { selectBackend, tfjsCoreVersion } from '../../src/backends/select-backend.js';
import { decideBackends } from '../../src/provision/plan.js';
import { repoRoot } from '../support/paths.js';

const backendModule = new URL('../../src/backends/select-backend.js', import.meta.url).href;
const planModule = new URL('../../src/provision/plan.js', import.meta.url).href;

/** Runs an ES-module snippet in a fresh node from the repo root; returns the JSON it prints last. */
async function inChild(code: string): Promise<unknown> {
  const { stdout } = await promisify(execFile)(process.execPath, ['--input-type=module', '-e', code], {
    cwd: repoRoot,
    timeout: 60_000, // also catches a child kept alive by stray worker threads
  });
  const lines = stdout.trim().split('\n');
  return JSON.parse(lines[lines.length - 1]);
}

/** What `auto` tries on a machine without a GPU and with nothing cached: wasm, then cpu. */
const AUTO_WITHOUT_GPU = `decideBackends('auto', { gpuCount: 0, noGpuReason: 'nvidia-smi not found', missingLibraries: [], cached: [] }).candidates`;

describe('selectBackend', () => {
  test('wasm, 1 thread: really on wasm, single-threaded SIMD, conv filter gradient registered', async () => {
    const b = await selectBackend([{ backend: 'wasm' }], 1);
    assert.equal(b.name, 'wasm');
    assert.equal(tf.getBackend(), 'wasm');
    assert.equal(b.version, '4.22.0');
    assert.equal(b.detail, 'simd'); // Node 20 and later have wasm SIMD
    assert.deepEqual(b.warnings, []);
    assert.notEqual(tf.getKernel('Conv2DBackpropFilter', 'wasm'), undefined);
    assert.equal(tf.sum(tf.ones([3, 3])).dataSync()[0], 9);
  });

  test('cpu', async () => {
    const b = await selectBackend([{ backend: 'cpu' }], 1);
    assert.equal(b.name, 'cpu');
    assert.equal(tf.getBackend(), 'cpu');
    assert.equal(b.version, '4.22.0');
    assert.deepEqual(b.warnings, []);
  });

  test('switching back to the already initialised wasm works', async () => {
    const b = await selectBackend([{ backend: 'wasm' }], 1);
    assert.equal(b.name, 'wasm');
    assert.equal(tf.getBackend(), 'wasm');
  });

  test('auto without a GPU: the plan is wasm then cpu, and it lands on wasm with no warnings', async () => {
    const decision = decideBackends('auto', { gpuCount: 0, noGpuReason: 'nvidia-smi not found', missingLibraries: [], cached: [] });
    assert.ok(decision.ok);
    assert.deepEqual(decision.candidates, [{ backend: 'wasm' }, { backend: 'cpu' }]);
    const b = await selectBackend([{ backend: 'wasm' }, { backend: 'cpu' }], 1);
    assert.equal(b.name, 'wasm');
    assert.equal(tf.getBackend(), 'wasm');
    assert.deepEqual(b.warnings, []);
  });

  test('rejects a thread count that is not a whole number >= 1', async () => {
    await assert.rejects(selectBackend([{ backend: 'wasm' }], 0), /threads must be a whole number/);
    await assert.rejects(selectBackend([{ backend: 'wasm' }], 1.5), /threads must be a whole number/);
  });

  test('tfjsCoreVersion', () => {
    assert.equal(tfjsCoreVersion(), '4.22.0');
  });

  test('a native package that cannot be loaded: a step down is a warning', async () => {
    const b = await selectBackend([{ backend: 'tensorflow', flavor: 'cpu', packageDir: '/nonexistent/tfjs-node' }, { backend: 'wasm' }], 1);
    assert.equal(b.name, 'wasm');
    assert.match(b.warnings[0], /^backend tensorflow could not start: \/nonexistent\/tfjs-node could not be loaded: .*; tried the next one$/);
  });

  test('the only candidate failing is one UserError, and the backend stays as it was', async () => {
    const before = tf.getBackend();
    await assert.rejects(selectBackend([{ backend: 'tensorflow', flavor: 'gpu', packageDir: '/nonexistent/tfjs-node-gpu' }], 1), (e: unknown) => {
      assert.ok(e instanceof UserError);
      assert.match(e.message, /^backend tensorflow-gpu could not start: \/nonexistent\/tfjs-node-gpu could not be loaded/);
      return true;
    });
    assert.equal(tf.getBackend(), before);
  });

  test('wasm, 4 threads: runs on wasm, and says if it had to go single-threaded', async () => {
    const got = (await inChild(`
      import * as tf from '@tensorflow/tfjs-core';
      const { selectBackend } = await import(${JSON.stringify(backendModule)});
      const b = await selectBackend([{ backend: 'wasm' }], 4);
      const sum = tf.sum(tf.ones([4, 4])).dataSync()[0];
      console.log(JSON.stringify({ ...b, active: tf.getBackend(), sum }));
    `)) as { name: string; detail: string; warnings: string[]; active: string; sum: number };
    assert.equal(got.name, 'wasm');
    assert.equal(got.active, 'wasm');
    assert.equal(got.sum, 16);
    if (got.detail.startsWith('threaded-simd')) {
      assert.equal(got.detail, 'threaded-simd (4 threads)');
      assert.deepEqual(got.warnings, []);
    } else {
      // tfjs 4.22 under Node: the threaded build cannot start its workers (tfjs #3830).
      assert.equal(got.detail, 'simd');
      assert.equal(got.warnings.length, 1);
      assert.match(got.warnings[0], /^threads: 4 needs the threaded wasm build, which could not start under Node \(.+\); running single-threaded$/);
    }
  });

  test('auto never lands on cpu silently when wasm fails', async () => {
    // A failing 'wasm' factory registered first: the wasm package's own registration is then ignored.
    const got = (await inChild(`
      import * as tf from '@tensorflow/tfjs-core';
      tf.registerBackend('wasm', async () => { throw new Error('simulated wasm failure'); }, 2);
      const { selectBackend } = await import(${JSON.stringify(backendModule)});
      const { decideBackends } = await import(${JSON.stringify(planModule)});
      const b = await selectBackend(${AUTO_WITHOUT_GPU}, 1);
      console.log(JSON.stringify({ ...b, active: tf.getBackend() }));
    `)) as { name: string; warnings: string[]; active: string };
    assert.equal(got.name, 'cpu');
    assert.equal(got.active, 'cpu');
    assert.deepEqual(got.warnings, [
      'backend wasm could not start: Error: simulated wasm failure; tried the next one',
      'training on the pure-JavaScript cpu backend, about 35× slower than wasm',
    ]);
  });

  test('wasm failing on its own is an error, not a silent cpu', async () => {
    const got = (await inChild(`
      import * as tf from '@tensorflow/tfjs-core';
      tf.registerBackend('wasm', async () => { throw new Error('simulated wasm failure'); }, 2);
      const { selectBackend } = await import(${JSON.stringify(backendModule)});
      const error = await selectBackend([{ backend: 'wasm' }], 1).then(() => null, (e) => e.message);
      console.log(JSON.stringify({ error }));
    `)) as { error: string | null };
    assert.match(got.error ?? '', /^backend wasm could not start: Error: simulated wasm failure$/);
  });
});
