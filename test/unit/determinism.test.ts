import assert from 'node:assert/strict';
import { test } from 'node:test';
import { determinismEnvironment, observedDeterminismVariables } from '../../src/determinism/environment.js';

test('deterministic runs get the published settings; threads reach the op pools', () => {
  assert.deepEqual(determinismEnvironment(true, 1), {
    TF_DETERMINISTIC_OPS: '1',
    TF_CUDNN_DETERMINISTIC: '1',
    PYTHONHASHSEED: '0',
    TF_NUM_INTEROP_THREADS: '1',
    TF_NUM_INTRAOP_THREADS: '1',
    OMP_NUM_THREADS: '1',
  });
  assert.equal(determinismEnvironment(true, 4).TF_NUM_INTRAOP_THREADS, '4');
});

test('the baseline gets none of them', () => {
  assert.deepEqual(determinismEnvironment(false, 1), {});
});

test('observed variables report unset ones as null', () => {
  const seen = observedDeterminismVariables({ TF_DETERMINISTIC_OPS: '1' });
  assert.equal(seen.TF_DETERMINISTIC_OPS, '1');
  assert.equal(seen.PYTHONHASHSEED, null);
  assert.equal(Object.keys(seen).length, 6);
});
