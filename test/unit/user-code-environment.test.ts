// The environment the user's own code gets: the runner's channels and tokens stay with the action.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { userCodeEnvironment } from '../../src/determinism/environment.js';

test("the runner's files, tokens, the action's inputs and state are left out; the rest passes", () => {
  const env = userCodeEnvironment({
    PATH: '/usr/bin',
    HOME: '/home/runner',
    GITHUB_WORKSPACE: '/w',
    GITHUB_SHA: 'abc',
    RUNNER_TEMP: '/t',
    CUDA_VISIBLE_DEVICES: '0',
    GITHUB_OUTPUT: '/o',
    GITHUB_ENV: '/e',
    GITHUB_PATH: '/p',
    GITHUB_STEP_SUMMARY: '/s',
    GITHUB_STATE: '/st',
    GITHUB_TOKEN: 'ghs_x',
    ACTIONS_RUNTIME_TOKEN: 'rt',
    ACTIONS_RUNTIME_URL: 'https://r',
    ACTIONS_RESULTS_URL: 'https://res',
    ACTIONS_CACHE_URL: 'https://c',
    ACTIONS_ID_TOKEN_REQUEST_TOKEN: 'id',
    ACTIONS_ID_TOKEN_REQUEST_URL: 'https://id',
    'INPUT_GITHUB-TOKEN': 'ghs_y',
    INPUT_RUNS: '2',
    STATE_x: '1',
  });
  assert.deepEqual(Object.keys(env).sort(), ['CUDA_VISIBLE_DEVICES', 'GITHUB_SHA', 'GITHUB_WORKSPACE', 'HOME', 'PATH', 'RUNNER_TEMP']);
});
