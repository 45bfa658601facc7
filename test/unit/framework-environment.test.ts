import assert from 'node:assert/strict';
import { test } from 'node:test';
import { FRAMEWORK_CHOICES } from '../../src/contracts.js';
import { frameworkEnvironment, reproVariables } from '../../src/determinism/framework-environment.js';

test('each framework gets its determinism variables, and none without determinism', () => {
  assert.deepEqual(frameworkEnvironment('tensorflow', true, 2), {
    TF_DETERMINISTIC_OPS: '1',
    TF_CUDNN_DETERMINISTIC: '1',
    PYTHONHASHSEED: '0',
    TF_NUM_INTEROP_THREADS: '1',
    TF_NUM_INTRAOP_THREADS: '2',
    OMP_NUM_THREADS: '2',
  });
  assert.deepEqual(frameworkEnvironment('pytorch', true, 1), { CUBLAS_WORKSPACE_CONFIG: ':4096:8', PYTHONHASHSEED: '0', OMP_NUM_THREADS: '1' });
  assert.deepEqual(frameworkEnvironment('jax', true, 1), { XLA_FLAGS: '--xla_gpu_deterministic_ops=true', PYTHONHASHSEED: '0' });
  assert.deepEqual(frameworkEnvironment('none', true, 1), {});
  for (const framework of FRAMEWORK_CHOICES) assert.deepEqual(frameworkEnvironment(framework, false, 1), {}, framework);
});

test('jax keeps the XLA_FLAGS already set and adds the deterministic flag once', () => {
  assert.equal(frameworkEnvironment('jax', true, 1, { XLA_FLAGS: '--xla_dump_to=/tmp/x' }).XLA_FLAGS, '--xla_dump_to=/tmp/x --xla_gpu_deterministic_ops=true');
  assert.equal(frameworkEnvironment('jax', true, 1, { XLA_FLAGS: '--xla_gpu_deterministic_ops=true' }).XLA_FLAGS, '--xla_gpu_deterministic_ops=true');
});

test('variables switched off are left out, one at a time or together; the rest stay', () => {
  const all = frameworkEnvironment('tensorflow', true, 1);
  for (const name of Object.keys(all)) {
    const without = frameworkEnvironment('tensorflow', true, 1, {}, [name]);
    assert.ok(!(name in without), name);
    assert.deepEqual(
      Object.keys(without),
      Object.keys(all).filter((other) => other !== name),
      name,
    );
  }
  assert.deepEqual(frameworkEnvironment('pytorch', true, 4, {}, ['PYTHONHASHSEED', 'CUBLAS_WORKSPACE_CONFIG']), { OMP_NUM_THREADS: '4' });
  assert.deepEqual(frameworkEnvironment('jax', true, 1, { XLA_FLAGS: '--xla_dump_to=/tmp/x' }, ['XLA_FLAGS']), { PYTHONHASHSEED: '0' });
  assert.deepEqual(frameworkEnvironment('tensorflow', true, 1, {}, ['NOT_A_PRESET_VARIABLE']), all, 'a name outside the preset changes nothing');
  assert.deepEqual(frameworkEnvironment('tensorflow', false, 1, {}, ['PYTHONHASHSEED']), {});
});

test('TF_REPRO_* say the seed, the 1-based run, the metrics path and the trace path', () => {
  assert.deepEqual(reproVariables(7, 2, '/r/metrics/run-2.metrics', '/r/traces/run-2.jsonl'), {
    TF_REPRO_SEED: '7',
    TF_REPRO_RUN: '2',
    TF_REPRO_METRICS: '/r/metrics/run-2.metrics',
    TF_REPRO_TRACE: '/r/traces/run-2.jsonl',
  });
});
