import assert from 'node:assert/strict';
import { test } from 'node:test';
import { FRAMEWORK_CHOICES } from '../../src/contracts/settings.js';
import { frameworkEnvironment, reproVariables } from '../../src/determinism/framework-environment.js';
import { diagnoseCandidates } from '../../src/engine/diagnose.js';
import type { CpuHost } from '../../src/util/cpu-host.js';
import { checkSettings } from '../support/settings.js';

test('each framework gets its determinism variables, and none without determinism', () => {
  assert.deepEqual(frameworkEnvironment('tensorflow', true, 2), {
    TF_DETERMINISTIC_OPS: '1',
    TF_CUDNN_DETERMINISTIC: '1',
    PYTHONHASHSEED: '0',
    TF_NUM_INTEROP_THREADS: '1',
    TF_NUM_INTRAOP_THREADS: '2',
    OMP_NUM_THREADS: '2',
    TF_ENABLE_ONEDNN_OPTS: '0',
  });
  assert.deepEqual(frameworkEnvironment('pytorch', true, 1), {
    CUBLAS_WORKSPACE_CONFIG: ':4096:8',
    NCCL_ALGO: 'Ring',
    PYTHONHASHSEED: '0',
    OMP_NUM_THREADS: '1',
  });
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
  assert.deepEqual(frameworkEnvironment('pytorch', true, 4, {}, ['PYTHONHASHSEED', 'CUBLAS_WORKSPACE_CONFIG']), { NCCL_ALGO: 'Ring', OMP_NUM_THREADS: '4' });
  assert.deepEqual(frameworkEnvironment('pytorch', true, 4, {}, ['NCCL_ALGO']), {
    CUBLAS_WORKSPACE_CONFIG: ':4096:8',
    PYTHONHASHSEED: '0',
    OMP_NUM_THREADS: '4',
  });
  assert.deepEqual(frameworkEnvironment('jax', true, 1, { XLA_FLAGS: '--xla_dump_to=/tmp/x' }, ['XLA_FLAGS']), { PYTHONHASHSEED: '0' });
  assert.deepEqual(frameworkEnvironment('tensorflow', true, 1, {}, ['NOT_A_PRESET_VARIABLE']), all, 'a name outside the preset changes nothing');
  assert.deepEqual(frameworkEnvironment('tensorflow', false, 1, {}, ['PYTHONHASHSEED']), {});
});

test("TensorFlow's preset pins TF_ENABLE_ONEDNN_OPTS as the command would get it, else to TensorFlow's default on the host", () => {
  const amx: CpuHost = { platform: 'linux', arch: 'x64', flags: ['avx2', 'amx_tile'], armNeoverseV1: false };
  assert.equal(frameworkEnvironment('tensorflow', true, 1, {}, [], amx).TF_ENABLE_ONEDNN_OPTS, '1');
  assert.equal(frameworkEnvironment('tensorflow', true, 1, { TF_ENABLE_ONEDNN_OPTS: '0' }, [], amx).TF_ENABLE_ONEDNN_OPTS, '0');
  assert.equal(frameworkEnvironment('pytorch', true, 1, {}, [], amx).TF_ENABLE_ONEDNN_OPTS, undefined);
});

test('diagnose never switches a pinned library default off: unset, it is the same default', () => {
  const commandTrial = diagnoseCandidates(
    checkSettings({ command: { command: 'true', workingDirectory: null, framework: 'tensorflow', metricsFile: null, timeoutMinutes: 0, artifacts: [] } }),
    {
      kind: 'command',
    },
  ).map((candidate) => candidate.name);
  assert.ok(commandTrial.includes('TF_DETERMINISTIC_OPS'), commandTrial.join());
  assert.ok(!commandTrial.includes('TF_ENABLE_ONEDNN_OPTS'), commandTrial.join());
  const trainingTrial = diagnoseCandidates(checkSettings(), { kind: 'training' }).map((candidate) => candidate.name);
  assert.ok(!trainingTrial.includes('TF_ENABLE_ONEDNN_OPTS'), trainingTrial.join());
});

test('TF_REPRO_* say the seed, the 1-based run, the metrics path, the trace path and where to write the versions', () => {
  assert.deepEqual(reproVariables(7, 2, '/r/metrics/run-2.metrics', '/r/traces/run-2.jsonl', '/r/environment/run-2.json'), {
    TF_REPRO_SEED: '7',
    TF_REPRO_RUN: '2',
    TF_REPRO_METRICS: '/r/metrics/run-2.metrics',
    TF_REPRO_TRACE: '/r/traces/run-2.jsonl',
    TF_REPRO_ENVIRONMENT: '/r/environment/run-2.json',
  });
});
