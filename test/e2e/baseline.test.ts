// Drift against a baseline, end to end: dist/index.js started the way the runner starts it, with a
// real pull_request event, finds the newest successful run of its workflow on the default branch
// through the local stand-in for api.github.com (every request checked against GitHub's OpenAPI
// description), downloads its report artifact through @actions/artifact (the API's 302, then a real
// zip from the stand-in blob storage) and compares. The baselines are real reports of real checks,
// written by bin/tf-repro.js, which also takes `--baseline FILE`.
import assert from 'node:assert/strict';
import { randomBytes } from 'node:crypto';
import { readFileSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import { after, before, beforeEach, describe, test } from 'node:test';
import type { Drift } from '../../src/contracts/drift.js';
import type { Report } from '../../src/contracts/report.js';
import { GitHubServer, WORKFLOW_BOT, type StoredRun } from '../support/github-server.js';
import { markdownProblems } from '../support/markdown-check.js';
import { tfRepro } from '../support/cli.js';
import { tempDir } from '../support/paths.js';
import { nodeWithExecve } from '../support/node-execve.js';
import { runAction, type ActionRun, type RunLimits } from '../support/runner.js';
import { deflatedZeros, entryOf, zipOf } from '../support/zip-bomb.js';

const require = createRequire(import.meta.url);
// An event payload is deep JSON whose fields the tests set freely: typed loosely on purpose.
// eslint-disable-next-line @typescript-eslint/no-explicit-any
type Payload = Record<string, any>;
const webhooks = require('@octokit/webhooks-examples') as { name: string; examples: Payload[] }[];
const pullRequestEvent = structuredClone(webhooks.find((hook) => hook.name === 'pull_request')!.examples[0]!); // Codertocat/Hello-World#2
const owner = pullRequestEvent.repository.owner.login as string;
const repo = pullRequestEvent.repository.name as string;
const number = pullRequestEvent.number as number;
const defaultBranch = pullRequestEvent.repository.default_branch as string; // master

const quick = { runs: '2', folds: '2', epochs: '1', samples: '300', 'batch-size': '50', backend: 'wasm' };
const quickFlags = Object.entries(quick).flatMap(([name, value]) => [`--${name}`, value]);

const token = `ghs_${randomBytes(18).toString('hex')}`;
const workflow = { owner, repo, id: 161335, path: '.github/workflows/repro.yml' };
const thisRunId = 9876543210;

const server = new GitHubServer();
const dir = tempDir('baseline');
/** report.json of the same check as the action's, and of one with another seed: real checks, written by the CLI. */
let sameCheck = '';
let otherSeed = '';

before(async () => {
  await server.start();
  server.addToken(token, WORKFLOW_BOT);
  server.addRepository(owner, repo, defaultBranch, pullRequestEvent.repository.id);
  server.addWorkflow(workflow);
  server.addPullRequest({
    owner,
    repo,
    number,
    headLabel: pullRequestEvent.pull_request.head.label,
    headSha: pullRequestEvent.pull_request.head.sha,
    state: 'open',
  });
  const [same, other] = await Promise.all([
    tfRepro('run', ...quickFlags, '--quiet', '--report-dir', join(dir, 'same')),
    tfRepro('run', ...quickFlags, '--seed', '1', '--quiet', '--report-dir', join(dir, 'other-seed')),
  ]);
  assert.equal(same.code, 0, same.stderr);
  assert.equal(other.code, 0, other.stderr);
  sameCheck = readFileSync(join(dir, 'same', 'report.json'), 'utf8');
  otherSeed = readFileSync(join(dir, 'other-seed', 'report.json'), 'utf8');
});
after(() => server.stop());
beforeEach(() => {
  server.reset();
  // This run: the pull request's, still in progress.
  server.addRun({
    id: thisRunId,
    owner,
    repo,
    workflowId: workflow.id,
    branch: pullRequestEvent.pull_request.head.ref,
    event: 'pull_request',
    status: 'in_progress',
    conclusion: null,
    headSha: pullRequestEvent.pull_request.head.sha,
    headRepository: `${owner}/${repo}`,
  });
});

/** A finished run of the workflow on the default branch, and the report artifact it uploaded (none where `report` is null). */
function mainRun(report: string | null, { conclusion = 'success', artifact = 'tf-repro-report', expired = false } = {}): StoredRun {
  const run = server.addRun({
    owner,
    repo,
    workflowId: workflow.id,
    branch: defaultBranch,
    event: 'push',
    status: 'completed',
    conclusion: conclusion as StoredRun['conclusion'],
    headSha: 'f'.repeat(40),
    headRepository: `${owner}/${repo}`,
  });
  // As upload-artifact stores the report-dir: report.json at the root, beside the rest.
  if (report !== null) server.addArtifact(run, artifact, { 'report.json': report, 'results.txt': 'whatever', 'logs/run-1.log': 'trained' }, { expired });
  return run;
}

interface RunOptions {
  payload?: Payload;
  /** false: no GITHUB_WORKFLOW_REF, so the action asks the API for this run's workflow. */
  workflowRef?: boolean;
  limits?: RunLimits;
}

async function runOnPullRequest(
  inputs: Record<string, string>,
  { payload = pullRequestEvent, workflowRef = true, limits = {} }: RunOptions = {},
): Promise<ActionRun> {
  const event = join(tempDir('event'), 'event.json');
  writeFileSync(event, JSON.stringify(payload));
  const run = await runAction(
    { ...quick, 'github-token': token, baseline: 'main', ...inputs },
    {
      GITHUB_API_URL: server.url,
      GITHUB_SERVER_URL: 'https://github.com',
      GITHUB_EVENT_NAME: 'pull_request',
      GITHUB_EVENT_PATH: event,
      GITHUB_REPOSITORY: `${owner}/${repo}`,
      GITHUB_REPOSITORY_OWNER: owner,
      GITHUB_RUN_ID: String(thisRunId),
      GITHUB_RUN_ATTEMPT: '1',
      GITHUB_WORKFLOW: 'repro',
      ...(workflowRef ? { GITHUB_WORKFLOW_REF: `${owner}/${repo}/${workflow.path}@refs/pull/${number}/merge` } : {}),
      GITHUB_JOB: 'reproducibility',
      GITHUB_SHA: pullRequestEvent.pull_request.head.sha,
      GITHUB_REF: `refs/pull/${number}/merge`,
      // As the runner sets them: the action sheds them with the token (action/credentials.ts), and the download still works.
      ACTIONS_RUNTIME_TOKEN: `runtime.${number}.${thisRunId}`,
      ACTIONS_RESULTS_URL: 'https://results-receiver.actions.githubusercontent.com/',
    },
    limits,
    // Where a Node with process.execve is at hand: the action restarts without its credentials first, as on the runner.
    nodeWithExecve ?? process.execPath,
  );
  assert.deepEqual(server.violations, [], 'requests that GitHub’s description does not allow, or a token sent to blob storage');
  const logs = (run.stdout + run.stderr).split('\n');
  assert.deepEqual(
    logs.filter((line) => line.includes(token) && line !== `::add-mask::${token}`),
    [],
    'the token in the log',
  );
  return run;
}

const reportOf = (run: ActionRun): Report => JSON.parse(readFileSync(run.outputs['report-path']!, 'utf8')) as Report;
const operations = (): string[] => server.requests.map((request) => `${request.operationId ?? request.path.replace(/\d+\.zip$/, 'N.zip')} ${request.status}`);
const notices = (run: ActionRun): string[] => run.stdout.split('\n').filter((line) => line.startsWith('::notice::'));
const ourComment = (): string => server.commentsOn(owner, repo, number).at(-1)?.body ?? '';

/** The outcome of a baseline that could not be had: one notice with the reason, the verdict and the exit code the check's own. */
function assertUnavailable(run: ActionRun, reason: RegExp): Drift {
  assert.equal(run.exitCode, 0, run.stdout + run.stderr);
  assert.equal(run.outputs.verdict, 'reproducible');
  assert.equal(run.outputs.drift, 'unavailable');
  const [notice, ...more] = notices(run);
  assert.deepEqual(more, [], run.stdout);
  assert.match(notice ?? '', /^::notice::Drift against master: no baseline; /);
  assert.match(notice ?? '', reason);
  assert.match(notice ?? '', /The verdict is unaffected\.$/);
  assert.ok(!run.stdout.includes('::error') && !run.stdout.includes('::warning'), run.stdout);
  const drift = reportOf(run).drift!;
  assert.equal(drift.status, 'unavailable');
  assert.match(drift.reason!, reason);
  assert.match(ourComment(), /^#### Drift against master\n\nℹ️ \*\*No baseline:\*\* /m, 'the comment says so too');
  return drift;
}

describe('baseline: main', () => {
  test('found: the same check’s report is unchanged; the runs, the artifact, the 302 and the zip, then the comment', async () => {
    const baseline = mainRun(sameCheck);
    const run = await runOnPullRequest({});
    assert.equal(run.exitCode, 0, run.stdout + run.stderr);
    assert.equal(run.outputs.drift, 'unchanged');
    assert.deepEqual(operations().slice(0, 4), [
      'actions/list-workflow-runs 200',
      'actions/list-workflow-run-artifacts 200',
      'actions/download-artifact 302',
      '/_blob/artifacts/N.zip 200',
    ]);
    const [runs, artifacts] = server.requests;
    assert.equal(runs!.path, `/repos/${owner}/${repo}/actions/workflows/repro.yml/runs`);
    assert.deepEqual(runs!.query, { branch: 'master', status: 'success', per_page: '20', exclude_pull_requests: 'true' });
    assert.deepEqual(artifacts!.query, { name: 'tf-repro-report', per_page: '100' });
    const drift = reportOf(run).drift!;
    assert.deepEqual([drift.status, drift.comparedFolds, drift.weightsChanged, drift.settingsDiffer], ['unchanged', 2, false, []]);
    assert.deepEqual(drift.source, {
      kind: 'run',
      branch: 'master',
      artifact: 'tf-repro-report',
      runId: baseline.id,
      url: `https://github.com/${owner}/${repo}/actions/runs/${baseline.id}`,
      commit: 'f'.repeat(40),
    });
    assert.deepEqual(notices(run), [], 'an unchanged drift is no news');
    assert.match(run.stdout, /Drift against master: unchanged; 2 folds compared, every metric bitwise equal, and so are the final weights\./);
    const comment = ourComment();
    assert.match(comment, /^#### Drift against master\n\n✅ \*\*Unchanged:\*\* 2 folds compared/m);
    assert.ok(comment.includes(`[run ${baseline.id}](https://github.com/${owner}/${repo}/actions/runs/${baseline.id})`), comment);
    assert.deepEqual(markdownProblems(comment), []);
    assert.match(run.summary, /^### Drift against master$/m);
  });

  /** The drift against an artifact of `zip`, with file writes capped at 200 MiB (a larger one fails with EFBIG; @actions/artifact's unzip of every entry ran into it, five tries). */
  async function againstZip(zip: Uint8Array, reason: RegExp): Promise<void> {
    const baseline = mainRun(null);
    server.addArtifact(baseline, 'tf-repro-report', {}, { zip });
    const run = await runOnPullRequest({}, { limits: { ulimit: '-f 204800' } });
    assertUnavailable(run, new RegExp(`the artifact tf-repro-report of run ${baseline.id} ${reason.source}`));
    assert.deepEqual(operations().slice(1, 4), ['actions/list-workflow-run-artifacts 200', 'actions/download-artifact 302', '/_blob/artifacts/N.zip 200']);
  }
  const bomb = deflatedZeros(1400);

  test('a zip bomb (a 1.4 MB artifact whose report.json inflates to 1.4 GiB) is a notice: refused before it inflates, as its directory entry says its size', async () => {
    const zip = zipOf([{ name: 'report.json', deflated: bomb, size: 1400 * 1024 ** 2, crc: 0 }, entryOf('results.txt', 'whatever')]);
    assert.ok(zip.length < 1_500_000, String(zip.length));
    await againstZip(
      zip,
      /holds a report\.json that cannot be unpacked: report\.json in .*\.zip is 1,468,006,400 bytes unpacked, more than the 67,108,864 such a file may have: the archive is damaged, or a zip bomb/,
    );
  });

  test('a zip bomb whose directory entry lies (2 KB) is stopped as soon as it inflates past that: a notice', async () => {
    await againstZip(
      zipOf([{ name: 'reports/report.json', deflated: bomb, size: 2048, crc: 0 }]),
      /holds a report\.json that cannot be unpacked: reports\/report\.json in .*\.zip inflates to more than the 2,048 bytes its directory entry says/,
    );
  });

  test('changed: a baseline of another seed lists the folds that moved and by how much; a notice, and the step passes', async () => {
    mainRun(otherSeed);
    const run = await runOnPullRequest({});
    assert.equal(run.exitCode, 0, run.stdout + run.stderr);
    assert.equal(run.outputs.verdict, 'reproducible');
    assert.equal(run.outputs.drift, 'changed');
    const [notice, ...more] = notices(run);
    assert.deepEqual(more, []);
    assert.match(
      notice!,
      /^::notice::Drift against master: 2 of 2 folds changed; most: \w+ of fold \d, [+-][\d.]+e-\d+; the final weights changed\. The baseline's settings differ \(seed\): drift is expected\. \(fail-on-drift is false, so the step passes\)$/,
    );
    const report = reportOf(run);
    const drift = report.drift!;
    assert.deepEqual(
      drift.changedFolds.map((fold) => fold.fold),
      [0, 1],
    );
    assert.deepEqual(drift.settingsDiffer, [{ name: 'seed', baseline: '1', current: '0' }]);
    const baseline = JSON.parse(otherSeed) as Report;
    for (const fold of drift.changedFolds) {
      const [was, is] = [baseline.runs[0]!.folds.find((f) => f.fold === fold.fold)!, report.runs[0]!.folds.find((f) => f.fold === fold.fold)!];
      assert.deepEqual(fold.metrics.loss, { baseline: was.metrics.loss, current: is.metrics.loss, delta: is.metrics.loss! - was.metrics.loss! });
      assert.equal(fold.weightsChanged, true);
    }
    const comment = ourComment();
    assert.ok(comment.length <= 65_536);
    assert.match(comment, /^⚠️ \*\*Changed:\*\* 2 of 2 folds changed/m);
    assert.match(comment, /The settings differ from the baseline's \\\(seed 1 → 0\\\): its numbers are expected to differ/);
    assert.match(comment, /^\| fold \| metric \| baseline \| this check \| change \|$/m);
    assert.match(comment, /^\| 0 \| loss \| [\d.]+ \| [\d.]+ \| [+-][\d.]+e-\d+ \|$/m);
    assert.match(comment, /^\| 1 \| _weights_ \| changed \| {2}\| {2}\|$/m);
    assert.deepEqual(markdownProblems(comment), []);
    assert.match(run.summary, /^⚠️ \*\*Changed:\*\* 2 of 2 folds changed/m);
  });

  test('fail-on-drift: true makes the change fail the job with exit 1; the verdict stays reproducible', async () => {
    mainRun(otherSeed);
    const run = await runOnPullRequest({ 'fail-on-drift': 'true' });
    assert.equal(run.exitCode, 1, run.stdout + run.stderr);
    assert.equal(run.outputs.verdict, 'reproducible');
    assert.equal(run.outputs.drift, 'changed');
    const errors = run.stdout.split('\n').filter((line) => line.startsWith('::error'));
    assert.equal(errors.length, 1, run.stdout);
    assert.match(errors[0]!, /^::error::Drift against master: 2 of 2 folds changed; .* \(fail-on-drift is true\)$/);
    assert.match(ourComment(), /^### ✅ Reproducible — tf-repro$/m, 'the verdict is the runs’ own');
  });

  test('not found: no successful run on the default branch yet (a failed one, and this pull request’s own)', async () => {
    mainRun(sameCheck, { conclusion: 'failure' });
    const run = await runOnPullRequest({});
    assertUnavailable(
      run,
      /no successful run of workflow repro\.yml on master yet: the job that runs on pushes to master uploads the baseline \(see docs\/baseline\.md\)/,
    );
    assert.equal(server.requests.filter((request) => request.operationId?.includes('artifact')).length, 0);
  });

  test('expired: the artifact is not downloaded; the workflow and the default branch are asked of the API where the runner does not say', async () => {
    const { default_branch: _branch, ...repository } = pullRequestEvent.repository as Payload;
    const baseline = mainRun(sameCheck, { expired: true });
    const run = await runOnPullRequest({}, { payload: { ...pullRequestEvent, repository }, workflowRef: false });
    assertUnavailable(run, new RegExp(`the artifact tf-repro-report of run ${baseline.id} expired on 2025-01-02T00:00:00Z: GitHub keeps artifacts 90 days`));
    assert.deepEqual(operations().slice(0, 4), [
      'actions/get-workflow-run 200',
      'repos/get 200',
      'actions/list-workflow-runs 200',
      'actions/list-workflow-run-artifacts 200',
    ]);
    assert.equal(server.requests[2]!.path, `/repos/${owner}/${repo}/actions/workflows/${workflow.id}/runs`);
    assert.ok(!operations().some((line) => line.startsWith('actions/download-artifact')));
  });

  test('forbidden: a token without actions: read gets 403 on the runs list or on the artifacts list', async () => {
    mainRun(sameCheck);
    server.fail({ operationId: 'actions/list-workflow-runs', status: 403, times: 1, message: 'Resource not accessible by integration' });
    assertUnavailable(
      await runOnPullRequest({}),
      /could not list the successful runs of workflow repro\.yml on master: GitHub answered 403 \(Resource not accessible by integration[^)]*\); the token needs `actions: read`/,
    );
    server.comments.length = 0;
    server.fail({ operationId: 'actions/list-workflow-run-artifacts', status: 403, times: 1, message: 'Resource not accessible by integration' });
    assertUnavailable(await runOnPullRequest({}), /could not list the artifacts of run \d+: GitHub answered 403 .*; the token needs `actions: read`/);
  });

  test('missing: the newest successful run uploaded no artifact of that name', async () => {
    mainRun(sameCheck, { artifact: 'other-report' });
    assertUnavailable(await runOnPullRequest({}), /run \d+, the newest successful run on master, has no artifact named tf-repro-report/);
  });

  test('older schema: a real report.json as an older tf-repro wrote it is not read, and says why', async () => {
    const old = JSON.parse(sameCheck) as Record<string, unknown>;
    old.schemaVersion = 0;
    old.tool = { name: 'tf-repro', version: '0.0.9' };
    mainRun(JSON.stringify(old));
    assertUnavailable(
      await runOnPullRequest({ 'baseline-artifact': 'tf-repro-report' }),
      /report\.json of the artifact tf-repro-report: a report of schema version 0 \(tf-repro 0\.0\.9\), older than this tf-repro reads \(versions 1, 2 and 3\)/,
    );
  });
});

describe('tf-repro run --baseline FILE', () => {
  test('the same check is unchanged; another seed changed, and --fail-on-drift exits 1 with the verdict reproducible', async () => {
    const [same, changed] = await Promise.all([
      tfRepro('run', ...quickFlags, '--quiet', '--baseline', join(dir, 'same', 'report.json')),
      tfRepro('run', ...quickFlags, '--quiet', '--json', '--baseline', join(dir, 'other-seed', 'report.json'), '--fail-on-drift'),
    ]);
    assert.equal(same.code, 0, same.stderr);
    assert.match(same.stdout, /^Drift against the baseline: unchanged; 2 folds compared, every metric bitwise equal, and so are the final weights\.$/m);
    assert.equal(same.stderr, '');
    assert.equal(changed.code, 1, changed.stderr);
    const report = JSON.parse(changed.stdout) as Report;
    assert.equal(report.verdict, 'reproducible');
    assert.equal(report.drift?.status, 'changed');
    assert.deepEqual(report.drift?.source, { kind: 'file', path: join(dir, 'other-seed', 'report.json') });
    assert.deepEqual(
      report.drift?.changedFolds.map((fold) => fold.fold),
      [0, 1],
    );
  });

  test('a baseline that cannot be read is a notice, never a failure: missing, or with fields an older tool left out; main is the action’s', async () => {
    const old = JSON.parse(sameCheck) as Report;
    // What a tf-repro without per-fold metrics would have written.
    for (const run of old.runs) for (const fold of run.folds) delete (fold as Partial<typeof fold>).metrics;
    const oldPath = join(dir, 'old.json');
    writeFileSync(oldPath, JSON.stringify(old));
    const [missing, older, main] = await Promise.all([
      tfRepro('run', ...quickFlags, '--quiet', '--baseline', join(dir, 'nowhere.json')),
      tfRepro('run', ...quickFlags, '--quiet', '--baseline', oldPath, '--fail-on-drift'),
      tfRepro('run', ...quickFlags, '--baseline', 'main'),
    ]);
    assert.equal(missing.code, 0, missing.stderr);
    assert.equal(
      missing.stderr,
      `notice: Drift against the baseline: no baseline; cannot read baseline '${join(dir, 'nowhere.json')}': it does not exist, ENOENT.\n`,
    );
    assert.match(missing.stdout, /^Reproducible: /);
    assert.equal(older.code, 0, older.stderr);
    assert.match(older.stderr, /^notice: Drift against the baseline: no baseline; .*old\.json: run 1: a fold is not \{"fold": <index>, "metrics": \{…\}\}/);
    assert.equal(main.code, 2);
    assert.equal(
      main.stderr,
      'tf-repro: --baseline main finds the baseline with the GitHub API, which only the action does: give the path of a report.json (./main for a file of that name)\n',
    );
  });
});
