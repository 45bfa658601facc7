// What user code gets of tf-repro's environment: everything a `run:` step in another job would
// see, without the runner's channels to the step, its credentials, the action's inputs and state.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { isRunnerCredential, userCodeEnvironment } from '../../src/util/child-environment.js';

test("the runner's files, tokens, the action's inputs and state are withheld, whatever their case; the rest passes", () => {
  const env = userCodeEnvironment({
    PATH: '/usr/bin',
    HOME: '/home/runner',
    GITHUB_WORKSPACE: '/w',
    GITHUB_SHA: 'abc',
    RUNNER_TEMP: '/t',
    TF_CPP_MIN_LOG_LEVEL: '2',
    CUDA_VISIBLE_DEVICES: '0',
    TF_REPRO_CHECK_ID: 'c',
    GITHUB_OUTPUT: '/o',
    GITHUB_ENV: '/e',
    GITHUB_PATH: '/p',
    GITHUB_STEP_SUMMARY: '/s',
    GITHUB_STATE: '/st',
    GITHUB_TOKEN: 'ghs_x',
    GH_TOKEN: 'ghs_4',
    ACTIONS_RUNTIME_TOKEN: 'rt',
    ACTIONS_RUNTIME_URL: 'https://r',
    ACTIONS_RESULTS_URL: 'https://res',
    ACTIONS_CACHE_URL: 'https://c',
    ACTIONS_ID_TOKEN_REQUEST_TOKEN: 'id',
    ACTIONS_ID_TOKEN_REQUEST_URL: 'https://id',
    'INPUT_GITHUB-TOKEN': 'ghs_y',
    'input_github-token': 'ghs_2',
    INPUT_RUNS: '2',
    STATE_x: '1',
  });
  assert.deepEqual(Object.keys(env).sort(), [
    'CUDA_VISIBLE_DEVICES',
    'GITHUB_SHA',
    'GITHUB_WORKSPACE',
    'HOME',
    'PATH',
    'RUNNER_TEMP',
    'TF_CPP_MIN_LOG_LEVEL',
    'TF_REPRO_CHECK_ID',
  ]);
});

test("the runner's credentials, which the action's own process sheds too: the tokens and any input named …TOKEN", () => {
  const names = [
    'GITHUB_TOKEN',
    'GH_TOKEN',
    'ACTIONS_RUNTIME_TOKEN',
    'ACTIONS_ID_TOKEN_REQUEST_TOKEN',
    'INPUT_GITHUB-TOKEN',
    'input_github-token',
    'INPUT_TOKEN',
  ];
  for (const name of names) assert.ok(isRunnerCredential(name), name);
  for (const name of ['INPUT_RUNS', 'ACTIONS_RUNTIME_URL', 'ACTIONS_ID_TOKEN_REQUEST_URL', 'GITHUB_OUTPUT', 'PATH', 'TF_REPRO_TOKENS']) {
    assert.ok(!isRunnerCredential(name), name);
  }
});
