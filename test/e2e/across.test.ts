// Across runners, as users run it: three real checks (2 runs × 2 folds × 1 epoch on 600 digits)
// that differ only in the backend (wasm, wasm again, cpu), their report.json files compared with
// `bin/tf-repro.js across` and with the action's `across` input, whose comment on a pull_request
// event goes to the local API server that checks every request against GitHub's OpenAPI
// description. The bad inputs: no file matches, a report of another check, a partial report, an
// unreadable one.
import assert from 'node:assert/strict';
import { randomBytes } from 'node:crypto';
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import { after, before, test } from 'node:test';
import type { Report } from '../../src/contracts/report.js';
import { tfRepro } from '../support/cli.js';
import { GitHubServer, WORKFLOW_BOT } from '../support/github-server.js';
import { markdownProblems } from '../support/markdown-check.js';
import { tempDir } from '../support/paths.js';
import { runAction } from '../support/runner.js';

const require = createRequire(import.meta.url);
// eslint-disable-next-line @typescript-eslint/no-explicit-any -- an event payload, typed loosely as the comment's test does
type Payload = Record<string, any>;
const webhooks = require('@octokit/webhooks-examples') as { name: string; examples: Payload[] }[];
const pullRequestEvent = structuredClone(webhooks.find((hook) => hook.name === 'pull_request')!.examples[0]) as Payload;
const owner = pullRequestEvent.repository.owner.login as string;
const repo = pullRequestEvent.repository.name as string;
const number = pullRequestEvent.number as number;

const check = ['--runs', '2', '--folds', '2', '--epochs', '1', '--samples', '600', '--batch-size', '32', '--quiet'];
const dir = tempDir('across');
const reports = join(dir, 'reports');
const leg = (name: string): string => join(reports, name, 'report.json');
const read = (path: string): Report => JSON.parse(readFileSync(path, 'utf8')) as Report;
const server = new GitHubServer();
const token = `ghs_${randomBytes(18).toString('hex')}`;

before(async () => {
  // The legs, as three matrix jobs would write them: two on wasm (one by the action, its label
  // from the matrix values), one on the cpu backend.
  const wasm = await tfRepro('run', ...check, '--backend', 'wasm', '--label', 'wasm', '--report-dir', join(reports, 'wasm'));
  assert.equal(wasm.code, 0, wasm.stderr);
  const cpu = await tfRepro('run', ...check, '--backend', 'cpu', '--label', 'cpu', '--report-dir', join(reports, 'cpu'));
  assert.equal(cpu.code, 0, cpu.stderr);
  const action = await runAction({
    runs: '2',
    folds: '2',
    epochs: '1',
    samples: '600',
    'batch-size': '32',
    backend: 'wasm',
    'report-dir': join(reports, 'wasm-again'),
    matrix: '{\n  "os": "ubuntu-24.04",\n  "backend": "wasm"\n}',
  });
  assert.equal(action.exitCode, 0, action.stdout + action.stderr);
  await server.start();
  server.addToken(token, WORKFLOW_BOT);
  server.addPullRequest({
    owner,
    repo,
    number,
    headLabel: pullRequestEvent.pull_request.head.label,
    headSha: pullRequestEvent.pull_request.head.sha,
    state: 'open',
  });
});
after(() => server.stop());

test('each check writes its label: the one given, or the matrix values', () => {
  assert.equal(read(leg('wasm')).label, 'wasm');
  assert.equal(read(leg('cpu')).label, 'cpu');
  assert.equal(read(leg('wasm-again')).label, 'ubuntu-24.04, wasm');
});

test('wasm and cpu differ across, and the fingerprint marks the backend as where; each is reproducible within itself', async () => {
  const { code, stdout, stderr } = await tfRepro('across', leg('wasm'), leg('cpu'), '--report-dir', join(dir, 'out'));
  assert.equal(code, 0, stderr);
  assert.match(
    stdout,
    /^Reproducible within each of the 2 runners, but not identical across them: 2 of 2 folds differ across runners \(fold 0: leg 1 \| leg 2\); the fingerprints differ in backend, backendDetail\.$/m,
  );
  assert.match(stdout, /^every leg +DIFFERS +DIFFERS$/m);
  assert.match(stdout, /^environment fingerprints \(\* marks the fields that differ: backend, backendDetail\):$/m);
  const report = read(join(dir, 'out', 'report.json'));
  const across = report.across!;
  assert.equal(report.verdict, 'reproducible');
  assert.equal(across.reproducibleWithin, true);
  assert.equal(across.identical, false);
  assert.deepEqual(across.differingFields, ['backend', 'backendDetail']);
  assert.deepEqual(
    across.fingerprint.find((field) => field.field === 'backend'),
    { field: 'backend', values: ['wasm', 'cpu'], differs: true },
  );
  assert.deepEqual(
    across.legs.map((one) => [one.label, one.verdict, one.runs, one.folds]),
    [
      ['wasm', 'reproducible', 2, 2],
      ['cpu', 'reproducible', 2, 2],
    ],
  );
  assert.deepEqual(
    across.folds.map((fold) => fold.groups),
    [
      [[1], [2]],
      [[1], [2]],
    ],
  );
  const summary = readFileSync(join(dir, 'out', 'summary.md'), 'utf8');
  assert.match(summary, /^\| \*\*backend\*\* \| wasm \| cpu \| ≠ \|$/m);
  assert.deepEqual(markdownProblems(summary), []);

  const failing = await tfRepro('across', '--fail-on-cross-runner-difference', leg('wasm'), leg('cpu'));
  assert.equal(failing.code, 1, 'fail-on-cross-runner-difference: the difference fails it');
});

test('two checks on the same backend, on two "runners", are identical across', async () => {
  const { code, stdout, stderr } = await tfRepro('across', '--fail-on-cross-runner-difference', '--json', leg('wasm'), leg('wasm-again'));
  assert.equal(code, 0, stderr);
  const report = JSON.parse(stdout) as Report;
  assert.equal(report.across?.identical, true);
  assert.deepEqual(report.across?.differingFields, []);
  assert.deepEqual(
    report.across?.legs.map((one) => one.label),
    ['wasm', 'ubuntu-24.04, wasm'],
  );
  assert.match(report.summary, /and identical across them: every fold's weights and metrics are the same on every leg\.$/);
});

test('a quoted glob finds every leg, in path order', async () => {
  const { code, stdout, stderr } = await tfRepro('across', '--json', join(reports, '*', 'report.json'));
  assert.equal(code, 0, stderr);
  const report = JSON.parse(stdout) as Report;
  assert.deepEqual(
    report.across?.legs.map((one) => one.label),
    // 'wasm-again/…' sorts before 'wasm/…'.
    ['cpu', 'ubuntu-24.04, wasm', 'wasm'],
  );
  assert.deepEqual(
    report.across?.folds.map((fold) => fold.groups),
    [
      [[1], [2, 3]],
      [[1], [2, 3]],
    ],
  );
});

test('the action compares across: outputs, a notice, the job summary and the comment with the legs × folds table', async () => {
  const eventPath = join(dir, 'event.json');
  writeFileSync(eventPath, JSON.stringify(pullRequestEvent));
  const run = await runAction(
    { across: `${join(reports, 'wasm', 'report.json')}\n${join(reports, 'cpu', '*.json')}`, 'github-token': token },
    {
      GITHUB_API_URL: server.url,
      GITHUB_EVENT_NAME: 'pull_request',
      GITHUB_EVENT_PATH: eventPath,
      GITHUB_REPOSITORY: `${owner}/${repo}`,
      GITHUB_RUN_ID: '9876543210',
      GITHUB_WORKFLOW: 'CI',
      GITHUB_JOB: 'across',
    },
  );
  assert.equal(run.exitCode, 0, run.stdout + run.stderr);
  assert.deepEqual(server.violations, []);
  assert.equal(run.outputs.verdict, 'reproducible');
  assert.equal(run.outputs['identical-across'], 'false');
  assert.equal(run.outputs['differing-fields'], 'backend, backendDetail');
  assert.equal(read(run.outputs['report-path']!).across?.identical, false);
  assert.match(
    run.stdout,
    /^::notice::Reproducible within each of the 2 runners, but not identical across them: .*\(fail-on-cross-runner-difference is false/m,
  );
  assert.ok(!run.stdout.includes('::error'), run.stdout);
  assert.match(run.summary, /^## ✅ Reproducible within each runner · ⚠️ differs across runners — tf-repro$/m);
  const [comment, ...more] = server.commentsOn(owner, repo, number);
  assert.equal(more.length, 0);
  assert.match(comment!.body, /^### ✅ Reproducible within each runner · ⚠️ differs across runners — tf-repro$/m);
  assert.match(
    comment!.body,
    /^\| leg \| fold 0 \| fold 1 \|\n\| --- \| --- \| --- \|\n\| 1 wasm \| A \| A \|\n\| 2 cpu \| B \| B \|\n\| \*\*every leg\*\* \| ❌ \| ❌ \|$/m,
  );
  assert.match(comment!.body, /<summary>Environment fingerprints: 2 fields differ<\/summary>/);
  assert.deepEqual(markdownProblems(comment!.body), []);

  const failing = await runAction({ across: join(reports, '*', 'report.json'), 'fail-on-cross-runner-difference': 'true', comment: 'off' });
  assert.equal(failing.exitCode, 1, failing.stdout + failing.stderr);
  assert.match(failing.stdout, /^::error::Reproducible within each of the 3 runners, but not identical across them/m);
  assert.equal(failing.outputs['identical-across'], 'false');
});

test('bad inputs: one clear error each, exit 2', async () => {
  const bad = join(dir, 'bad');
  const copy = (name: string, edit: (report: Record<string, unknown> & Report) => void): string => {
    const report = read(leg('wasm')) as Record<string, unknown> & Report;
    edit(report);
    mkdirSync(join(bad, name), { recursive: true });
    writeFileSync(join(bad, name, 'report.json'), JSON.stringify(report));
    return join(bad, name, 'report.json');
  };
  const other = copy('other', (report) => {
    report.settings.epochs = 2;
    report.tool.version = '9.9.9';
  });
  const partial = copy('partial', (report) => {
    for (const run of report.runs) run.folds = run.folds.filter((fold) => fold.fold === 0);
  });
  const shard = copy('shard', (report) => {
    report.shard = { index: 2, count: 4, folds: [1], settingsDigest: 'a'.repeat(64), datasetDigest: 'b'.repeat(64), toolVersion: report.tool.version };
  });
  mkdirSync(join(bad, 'broken'));
  writeFileSync(join(bad, 'broken', 'report.json'), '{ "schemaVersion": 1, "runs": [');
  const cases: [string[], RegExp][] = [
    [
      [join(bad, 'nothing', '*', 'report.json')],
      /^tf-repro: tf-repro across: no file matches '.*nothing\/\*\/report\.json' \(in .*\); download the legs' report artifacts first/,
    ],
    [[leg('wasm')], /^tf-repro: tf-repro across: found one report \(.*\), and comparing across runners needs at least two/],
    [
      [leg('wasm'), other],
      /^tf-repro: .*bad\/other\/report\.json is a report of another check than .*wasm\/report\.json: tf-repro version '[^']+' in .*, '9\.9\.9' in .*; epochs 1 in .*, 2 in .*\. Across compares one check/,
    ],
    [
      [leg('wasm'), partial],
      /^tf-repro: .*partial\/report\.json holds 1 of its 2 folds \(no result for fold 1\) although no run failed or was stopped: a partial report/,
    ],
    [[leg('wasm'), shard], /^tf-repro: .*shard\/report\.json is a partial report \(shard 2 of 4\) of a sharded check: merge the shards first/],
    [[leg('wasm'), join(bad, 'broken', 'report.json')], /^tf-repro: .*broken\/report\.json: not valid JSON/],
    [[leg('wasm'), join(bad, 'missing.json')], /^tf-repro: cannot read report '.*missing\.json': it does not exist, ENOENT/],
    [[], /^tf-repro: tf-repro across needs the legs' report\.json files/],
  ];
  for (const [files, message] of cases) {
    const { code, stdout, stderr } = await tfRepro('across', ...files);
    assert.equal(code, 2, `${files.join(' ')}: ${stderr}`);
    assert.equal(stdout, '');
    assert.match(stderr, message);
    assert.equal(stderr.trim().split('\n').length, 1, stderr);
  }
  const action = await runAction({ across: join(bad, 'nothing', '*.json'), comment: 'off' });
  assert.equal(action.exitCode, 2);
  assert.match(action.stdout, /^::error::input 'across': no file matches/m);
  assert.equal(action.outputs.verdict, 'error');
});
