// What a child process of tf-repro's gets of its environment: everything but the action's inputs
// and the runner's tokens.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { withoutTokens } from '../../src/util/child-environment.js';

test('the action inputs and the tokens are withheld, whatever their case; the rest is kept', () => {
  const env = {
    'INPUT_GITHUB-TOKEN': 'ghs_1',
    INPUT_MODEL: 'net.mjs',
    'input_github-token': 'ghs_2',
    GITHUB_TOKEN: 'ghs_3',
    GH_TOKEN: 'ghs_4',
    ACTIONS_RUNTIME_TOKEN: 'r',
    ACTIONS_RUNTIME_URL: 'https://runtime',
    ACTIONS_ID_TOKEN_REQUEST_TOKEN: 'i',
    ACTIONS_ID_TOKEN_REQUEST_URL: 'https://id',
    PATH: '/usr/bin',
    HOME: '/home/runner',
    GITHUB_WORKSPACE: '/w',
    RUNNER_TEMP: '/t',
    TF_CPP_MIN_LOG_LEVEL: '2',
    CUDA_VISIBLE_DEVICES: '0',
  };
  assert.deepEqual(withoutTokens(env), { PATH: '/usr/bin', HOME: '/home/runner', GITHUB_WORKSPACE: '/w', RUNNER_TEMP: '/t', TF_CPP_MIN_LOG_LEVEL: '2', CUDA_VISIBLE_DEVICES: '0' });
});
