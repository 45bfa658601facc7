// dist/index.js exactly as the runner starts it.
// test-weight: 0 (scripts/run-tests.js: most of its time two tests wait on npm installing tfjs-node, about 7 processor-seconds in 146 s)
import assert from 'node:assert/strict';
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { test } from 'node:test';
import type { Report } from '../../src/contracts/report.js';
import { join } from 'node:path';
import { emptyMirror } from '../support/mirror.js';
import { runAction } from '../support/runner.js';
import { repoRoot, tempDir } from '../support/paths.js';

const quick = { runs: '2', folds: '2', epochs: '1', samples: '300', 'batch-size': '50', backend: 'wasm' };

test('a deterministic check passes and writes outputs, summary and report', async () => {
  const run = await runAction(quick);
  assert.equal(run.exitCode, 0, run.stdout + run.stderr);
  assert.equal(run.outputs.reproducible, 'true');
  assert.equal(run.outputs.verdict, 'reproducible');
  assert.equal(run.outputs.variance, '0');
  assert.equal(run.outputs['max-abs-diff'], '0');
  assert.ok(Number(run.outputs['duration-seconds']) > 0);
  const report = JSON.parse(readFileSync(run.outputs['report-path'], 'utf8')) as Report;
  assert.ok(run.outputs['report-path'].startsWith(run.runnerTemp));
  assert.equal(report.schemaVersion, 3);
  assert.equal(report.verdict, 'reproducible');
  assert.equal(report.runs.length, 2);
  assert.equal(report.runs[0].folds.length, 2);
  assert.ok(existsSync(run.outputs['report-path'].replace('report.json', 'results.txt')));
  // The summary leads with the verdict and carries the table, timing and fingerprint.
  assert.match(run.summary, /^## ✅ Reproducible/);
  assert.match(run.summary, /^\| fold \| metric \| value \| max Δ \| variance \| runs that agree \| {2}\|$/m);
  assert.match(run.summary, /^\| 1 \| loss \| [\d.e-]+ \| 0 \| 0 \| all \| ✅ \|$/m);
  assert.match(run.summary, /### Time/);
  assert.match(run.summary, /`TF_DETERMINISTIC_OPS` \| `1`/);
  assert.match(run.summary, /wasm 4\.22\.0/);
  assert.ok(!run.stdout.includes('::error'), run.stdout);
});

test('without determinism the step fails with the folds that differ', async () => {
  // Every fold trained, for the differences to report: fail-fast would stop at the first.
  const run = await runAction({ ...quick, deterministic: 'false', 'fail-fast': 'false' });
  assert.equal(run.exitCode, 1, run.stdout + run.stderr);
  assert.equal(run.outputs.reproducible, 'false');
  assert.ok(Number(run.outputs['max-abs-diff']) > 0);
  assert.match(run.stdout, /::error::Not reproducible: .*fold/);
  assert.match(run.summary, /^## ❌ Not reproducible/);
});

test('without determinism, fail-fast stops at initialisation and the output says where the runs part', async () => {
  const run = await runAction({ ...quick, deterministic: 'false' });
  assert.equal(run.exitCode, 1, run.stdout + run.stderr);
  assert.equal(run.outputs.verdict, 'not-reproducible');
  assert.match(run.outputs.divergence ?? '', /^runs 1 and 2 part at fold \d+, at initialisation; in conv2d\/kernel/);
  assert.match(run.summary, /^## ❌ Not reproducible — tf-repro\n\n\*\*Runs 1 and 2 part at fold \d+, at initialisation/);
  assert.match(run.summary, /Fail-fast stopped the check at the first divergence/);
});

test('fail-on-mismatch: false reports the difference without failing', async () => {
  const run = await runAction({ ...quick, deterministic: 'false', 'fail-on-mismatch': 'false' });
  assert.equal(run.exitCode, 0, run.stdout + run.stderr);
  assert.equal(run.outputs.reproducible, 'false');
  assert.match(run.stdout, /::warning::Not reproducible/);
});

const badInputs: [Record<string, string>, RegExp][] = [
  [{ runs: '1' }, /input 'runs' must be a whole number from 2 to 1,000/],
  [{ folds: '1' }, /input 'folds' must be a whole number from 2 to 10,000/],
  [{ epochs: 'abc' }, /input 'epochs' must be a whole number from 1 to 100,000, got 'abc'/],
  // Once Node's heap ran out (exit 134) before any message.
  [{ runs: '1000000000' }, /input 'runs' must be a whole number from 2 to 1,000 .*got '1000000000'/],
  [{ backend: 'quantum' }, /input 'backend' must be one of auto, tensorflow-gpu, tensorflow, wasm, cpu/],
  [{ dataset: '/nonexistent/mnist' }, /'dataset'.*\/nonexistent\/mnist/],
  [{ samples: '5', folds: '10' }, /input 'samples' is 5, fewer than input 'folds'/],
];

for (const [inputs, message] of badInputs) {
  test(`bad input ${JSON.stringify(inputs)}: one error naming it, no stack trace, exit 2`, async () => {
    const run = await runAction({ ...quick, ...inputs });
    assert.equal(run.exitCode, 2, run.stdout + run.stderr);
    const errors = run.stdout.split('\n').filter((line) => line.startsWith('::error'));
    assert.equal(errors.length, 1, run.stdout);
    assert.match(errors[0], message);
    assert.ok(!/\n\s+at /.test(run.stdout + run.stderr), 'no stack trace');
    // The outputs say what `verdict` documents for an error, also when nothing ran.
    assert.equal(run.outputs.verdict, 'error');
    assert.equal(run.outputs.reproducible, 'false');
  });
}

/** Lines a runner would take for workflow commands: first non-blank characters `::`, or `##[` anywhere. */
function commandLines(stdout: string): string[] {
  return stdout.split(/\r\n|\r|\n/).filter((line) => line.trimStart().startsWith('::') || line.includes('##['));
}

test("user text in the log (metric names, a command's output) cannot act as a workflow command", async () => {
  const cwd = tempDir('injection');
  writeFileSync(
    join(cwd, 'train.py'),
    [
      'import json, os, sys',
      "json.dump({'0': {'x\\n::stop-commands::abc': 1.0, 'loss ##[error]y': 2.0}}, open(os.environ['TF_REPRO_METRICS'], 'w'))",
      "if os.environ['TF_REPRO_RUN'] == '2':",
      "    print('::error::forged', file=sys.stderr)",
      "    print('::stop-commands::abc', file=sys.stderr)",
      '    sys.exit(1)',
      '',
    ].join('\n'),
  );
  const run = await runAction({ runs: '2', command: 'python3 train.py', 'working-directory': cwd });
  assert.equal(run.exitCode, 2, run.stdout + run.stderr);
  // Only what the action itself says: no pull request to comment on, the failure; nothing else.
  assert.deepEqual(
    commandLines(run.stdout).map((line) => line.slice(0, line.indexOf('::', 2) + 2)),
    ['::notice::', '::error::'],
    run.stdout,
  );
  assert.match(run.stdout, /^::error::run 2 failed: the command exited with code 1 .*%0A::stop-commands::abc$/m);
  // The names are still there to read, on their own lines.
  assert.match(run.stdout, /^run 1 fold 0: x%0A::stop-commands::abc 1, loss ## \[error\]y 2$/m);
  assert.equal(run.outputs.verdict, 'error');
});

test("a command's environment holds none of the runner's channels or tokens", async () => {
  const cwd = tempDir('command-env');
  const secrets = {
    GITHUB_ENV: join(cwd, 'github-env'),
    GITHUB_PATH: join(cwd, 'github-path'),
    GITHUB_STATE: join(cwd, 'github-state'),
    GITHUB_TOKEN: 'ghs_workflow',
    ACTIONS_RUNTIME_TOKEN: 'runtime',
    ACTIONS_ID_TOKEN_REQUEST_TOKEN: 'oidc',
    ACTIONS_ID_TOKEN_REQUEST_URL: 'https://oidc.example',
  };
  const run = await runAction(
    {
      runs: '2',
      command: `env > env-$TF_REPRO_RUN.txt; echo '{"0": {"loss": 1}}' > "$TF_REPRO_METRICS"`,
      'working-directory': cwd,
      'github-token': 'ghs_input',
    },
    secrets,
  );
  assert.equal(run.exitCode, 0, run.stdout + run.stderr);
  const env = readFileSync(join(cwd, 'env-1.txt'), 'utf8');
  const names = env.split('\n').map((line) => line.slice(0, line.indexOf('=')));
  for (const name of [...Object.keys(secrets), 'GITHUB_OUTPUT', 'GITHUB_STEP_SUMMARY']) assert.ok(!names.includes(name), `${name} reached the command`);
  assert.deepEqual(
    names.filter((name) => name.startsWith('INPUT_')),
    [],
  );
  assert.ok(!env.includes('ghs_'), 'a token reached the command');
  // What a `run:` step would see is there, and tf-repro's own.
  for (const name of [
    'PATH',
    'HOME',
    'GITHUB_WORKSPACE',
    'GITHUB_REPOSITORY',
    'RUNNER_TEMP',
    'TF_REPRO_SEED',
    'TF_REPRO_RUN',
    'TF_REPRO_METRICS',
    'TF_REPRO_RUN_ID',
    'TF_REPRO_CHECK_ID',
  ]) {
    assert.ok(names.includes(name), `${name} is missing`);
  }
});

test('backend tensorflow where libtensorflow cannot be downloaded: one clear error, exit 2', { timeout: 240_000 }, async () => {
  const mirror = await emptyMirror();
  try {
    const run = await runAction({ ...quick, backend: 'tensorflow' }, { RUNNER_TOOL_CACHE: tempDir('toolcache'), TFJS_NODE_CDN_STORAGE: mirror.url });
    assert.equal(run.exitCode, 2, run.stdout + run.stderr);
    const errors = run.stdout.split('\n').filter((line) => line.startsWith('::error'));
    assert.equal(errors.length, 1, run.stdout);
    assert.match(errors[0], /installing @tensorflow\/tfjs-node@4\.22\.0 failed: npm exited with 1: .*TFJS_NODE_CDN_STORAGE to a mirror$/);
    assert.equal(run.outputs.verdict, 'error');
  } finally {
    await mirror.close();
  }
});

test('backend auto on a GPU runner without CUDA falls back to wasm, warns, and still gives a verdict', { timeout: 240_000 }, async () => {
  // A stand-in nvidia-smi (test/fixtures/fake-gpu) lists two GPUs this machine does not have.
  const path = `${join(repoRoot, 'test', 'fixtures', 'fake-gpu')}:${process.env.PATH}`;
  const mirror = await emptyMirror();
  const run = await runAction(
    { ...quick, backend: 'auto' },
    { PATH: path, LD_LIBRARY_PATH: '', RUNNER_TOOL_CACHE: tempDir('toolcache'), TFJS_NODE_CDN_STORAGE: mirror.url },
  ).finally(() => mirror.close());
  assert.equal(run.exitCode, 0, run.stdout + run.stderr);
  assert.equal(run.outputs.reproducible, 'true');
  assert.match(run.stdout, /::warning::backend auto: not training on the GPU: libcudart\.so\.11\.0 was not found/);
  assert.match(run.summary, /not training on the GPU/);
  const report = JSON.parse(readFileSync(run.outputs['report-path'], 'utf8')) as Report;
  assert.equal(report.environment?.gpus?.length, 2);
  assert.equal(report.environment?.gpus?.[0].name, 'NVIDIA A10G');
  // The native CPU package was tried, and its libtensorflow is not on the mirror: wasm, said so.
  assert.match(run.stdout, /::warning::backend auto: installing @tensorflow\/tfjs-node@4\.22\.0 failed: npm exited with 1: .*; falling back/);
  assert.equal(report.environment?.backend, 'wasm');
});
