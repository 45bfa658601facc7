// Real tfjs backends. The wasm module initialises once per process, so cases that need a
// fresh one (threads, a failing wasm) run in a child process.
import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { execFile } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';
import * as tf from '@tensorflow/tfjs-core';
import { UserError } from '../../src/contracts.js';
import { selectBackend, tfjsCoreVersion } from '../../src/workload/backend.js';

const repoRoot = fileURLToPath(new URL('../../../', import.meta.url));
const backendModule = new URL('../../src/workload/backend.js', import.meta.url).href;

/** Runs an ES-module snippet in a fresh node from the repo root; returns the JSON it prints last. */
async function inChild(code: string): Promise<unknown> {
  const { stdout } = await promisify(execFile)(process.execPath, ['--input-type=module', '-e', code], {
    cwd: repoRoot,
    timeout: 60_000, // also catches a child kept alive by stray worker threads
  });
  const lines = stdout.trim().split('\n');
  return JSON.parse(lines[lines.length - 1]);
}

describe('selectBackend', () => {
  test('wasm, 1 thread: really on wasm, single-threaded SIMD, conv filter gradient registered', async () => {
    const b = await selectBackend('wasm', 1);
    assert.equal(b.name, 'wasm');
    assert.equal(tf.getBackend(), 'wasm');
    assert.equal(b.version, '4.22.0');
    assert.equal(b.detail, 'simd'); // Node 20 has wasm SIMD
    assert.deepEqual(b.warnings, []);
    assert.notEqual(tf.getKernel('Conv2DBackpropFilter', 'wasm'), undefined);
    assert.equal(tf.sum(tf.ones([3, 3])).dataSync()[0], 9);
  });

  test('cpu', async () => {
    const b = await selectBackend('cpu', 1);
    assert.equal(b.name, 'cpu');
    assert.equal(tf.getBackend(), 'cpu');
    assert.equal(b.version, '4.22.0');
    assert.deepEqual(b.warnings, []);
  });

  test('switching back to the already initialised wasm works', async () => {
    const b = await selectBackend('wasm', 1);
    assert.equal(b.name, 'wasm');
    assert.equal(tf.getBackend(), 'wasm');
  });

  test('tensorflow without tfjs-node: one-line UserError naming the install', async () => {
    const before = tf.getBackend();
    await assert.rejects(selectBackend('tensorflow', 1), (e: unknown) => {
      assert.ok(e instanceof UserError);
      assert.equal(
        e.message,
        "backend 'tensorflow' needs @tensorflow/tfjs-node, which could not be loaded (not installed): " +
          'install it on the runner, or use backend: auto or wasm',
      );
      return true;
    });
    assert.equal(tf.getBackend(), before);
  });

  test('auto without tfjs-node lands on wasm, no warnings', async () => {
    const b = await selectBackend('auto', 1);
    assert.equal(b.name, 'wasm');
    assert.equal(tf.getBackend(), 'wasm');
    assert.deepEqual(b.warnings, []);
  });

  test('rejects a thread count that is not a whole number >= 1', async () => {
    await assert.rejects(selectBackend('wasm', 0), /threads must be a whole number/);
    await assert.rejects(selectBackend('wasm', 1.5), /threads must be a whole number/);
  });

  test('tfjsCoreVersion', () => {
    assert.equal(tfjsCoreVersion(), '4.22.0');
  });

  test('wasm, 4 threads: runs on wasm, and says if it had to go single-threaded', async () => {
    const got = (await inChild(`
      import * as tf from '@tensorflow/tfjs-core';
      const { selectBackend } = await import(${JSON.stringify(backendModule)});
      const b = await selectBackend('wasm', 4);
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
      const b = await selectBackend('auto', 1);
      console.log(JSON.stringify({ ...b, active: tf.getBackend() }));
    `)) as { name: string; warnings: string[]; active: string };
    assert.equal(got.name, 'cpu');
    assert.equal(got.active, 'cpu');
    assert.equal(got.warnings.length, 1);
    assert.match(got.warnings[0], /35× slower than wasm, because wasm failed: Error: simulated wasm failure \(tfjs-node: not installed\)/);
  });

  test('wasm failing on its own is an error, not a silent cpu', async () => {
    const got = (await inChild(`
      import * as tf from '@tensorflow/tfjs-core';
      tf.registerBackend('wasm', async () => { throw new Error('simulated wasm failure'); }, 2);
      const { selectBackend } = await import(${JSON.stringify(backendModule)});
      const error = await selectBackend('wasm', 1).then(() => null, (e) => e.message);
      console.log(JSON.stringify({ error }));
    `)) as { error: string | null };
    assert.match(got.error ?? '', /^tf\.setBackend\('wasm'\) failed: Error: simulated wasm failure$/);
  });
});

describe('selectProvisionedBackend', () => {
  test('tries the candidates in order; a step down is a warning', async () => {
    const { selectProvisionedBackend } = await import('../../src/workload/backend.js');
    const b = await selectProvisionedBackend([{ backend: 'tensorflow', flavor: 'cpu', packageDir: '/nonexistent/tfjs-node' }, { backend: 'wasm' }], 1);
    assert.equal(b.name, 'wasm');
    assert.match(b.warnings[0], /^backend tensorflow could not start: \/nonexistent\/tfjs-node could not be loaded: .*; tried the next one$/);
  });

  test('the only candidate failing is one UserError', async () => {
    const { selectProvisionedBackend } = await import('../../src/workload/backend.js');
    await assert.rejects(selectProvisionedBackend([{ backend: 'tensorflow', flavor: 'gpu', packageDir: '/nonexistent/tfjs-node-gpu' }], 1), (e: unknown) => {
      assert.ok(e instanceof UserError);
      assert.match(e.message, /^backend tensorflow-gpu could not start: \/nonexistent\/tfjs-node-gpu could not be loaded/);
      return true;
    });
  });
});
