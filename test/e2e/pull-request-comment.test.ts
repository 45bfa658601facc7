// The pull request comment, end to end: dist/index.js started the way the runner starts it, with
// a real pull_request event (from @octokit/webhooks-examples) at GITHUB_EVENT_PATH and
// GITHUB_API_URL pointing at a local stand-in for api.github.com that checks every request against
// GitHub's OpenAPI description.
import assert from 'node:assert/strict';
import { randomBytes } from 'node:crypto';
import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import { after, before, beforeEach, test } from 'node:test';
import { markerFor } from '../../src/github/marker.js';
import { GitHubServer, WORKFLOW_BOT, type Identity, type StoredComment } from '../support/github-server.js';
import { markdownProblems } from '../support/markdown-check.js';
import { nodeWithExecve, nodeWithExecveMissing } from '../support/node-execve.js';
import { repoRoot, tempDir } from '../support/paths.js';
import { runAction, type ActionRun } from '../support/runner.js';

const require = createRequire(import.meta.url);
// An event payload is deep JSON whose fields the tests set freely: typed loosely on purpose.
// eslint-disable-next-line @typescript-eslint/no-explicit-any
type Payload = Record<string, any>;
const webhooks = require('@octokit/webhooks-examples') as { name: string; examples: Payload[] }[];
const example = (name: string, index = 0): Payload => structuredClone(webhooks.find((hook) => hook.name === name)!.examples[index]);

const quick = { runs: '2', folds: '2', epochs: '1', samples: '300', 'batch-size': '50', backend: 'wasm' };

const pullRequestEvent = example('pull_request'); // "opened", Codertocat/Hello-World#2
const owner = pullRequestEvent.repository.owner.login as string;
const repo = pullRequestEvent.repository.name as string;
const number = pullRequestEvent.number as number;

const workflowToken = `ghs_${randomBytes(18).toString('hex')}`;
const personalToken = `ghp_${randomBytes(18).toString('hex')}`;
const appToken = `ghs_${randomBytes(18).toString('hex')}`;
const maintainer: Identity = { login: 'repro-maintainer', id: 583231, type: 'User', userEndpoint: true };
const otherApp: Identity = { login: 'repro-app[bot]', id: 777, type: 'Bot', userEndpoint: false };
const octocat: Identity = { login: 'octocat', id: 1, type: 'User', userEndpoint: true };

const server = new GitHubServer();
const events = tempDir('events');

function eventFile(name: string, payload: unknown): string {
  const path = join(events, `${name}.json`);
  writeFileSync(path, JSON.stringify(payload));
  return path;
}

before(async () => {
  await server.start();
  server.addToken(workflowToken, WORKFLOW_BOT);
  server.addToken(personalToken, maintainer);
  server.addToken(appToken, otherApp);
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
beforeEach(() => server.reset());

interface RunOptions {
  eventName?: string;
  payload?: unknown;
  token?: string;
  /** More of the runner's variables. */
  env?: Record<string, string>;
  /** The Node that runs the action. */
  node?: string;
}

/** The variables the runner sets for a job on this event, before the toolkit loads. */
async function runOnEvent(
  inputs: Record<string, string> = {},
  { eventName = 'pull_request', payload = pullRequestEvent, token = workflowToken, env = {}, node }: RunOptions = {},
): Promise<ActionRun> {
  const run = await runAction(
    { ...quick, 'github-token': token, ...inputs },
    {
      GITHUB_API_URL: server.url,
      GITHUB_GRAPHQL_URL: `${server.url}/graphql`,
      GITHUB_SERVER_URL: 'https://github.com',
      GITHUB_EVENT_NAME: eventName,
      GITHUB_EVENT_PATH: eventFile(eventName, payload),
      GITHUB_REPOSITORY: `${owner}/${repo}`,
      GITHUB_REPOSITORY_OWNER: owner,
      GITHUB_RUN_ID: '9876543210',
      GITHUB_RUN_NUMBER: '7',
      GITHUB_RUN_ATTEMPT: '1',
      GITHUB_WORKFLOW: 'CI',
      GITHUB_JOB: 'reproducibility',
      GITHUB_ACTION: '__tf-repro-action',
      GITHUB_ACTOR: pullRequestEvent.sender.login,
      GITHUB_SHA: pullRequestEvent.pull_request.head.sha,
      GITHUB_REF: eventName === 'pull_request' ? `refs/pull/${number}/merge` : 'refs/heads/master',
      GITHUB_HEAD_REF: eventName === 'pull_request' ? pullRequestEvent.pull_request.head.ref : '',
      GITHUB_BASE_REF: eventName === 'pull_request' ? pullRequestEvent.pull_request.base.ref : '',
      ...env,
    },
    {},
    node,
  );
  assertClean(run, token);
  return run;
}

/** Every request validated against the description, and the token nowhere but in its mask command. */
function assertClean(run: ActionRun, token: string): void {
  assert.deepEqual(server.violations, [], 'requests that GitHub’s description does not allow');
  const logs = (run.stdout + run.stderr).split('\n');
  assert.ok(logs.includes(`::add-mask::${token}`), 'the token is masked (core.setSecret)');
  assert.deepEqual(
    logs.filter((line) => line.includes(token) && line !== `::add-mask::${token}`),
    [],
    'the token in the log',
  );
  assert.ok(!run.summary.includes(token), 'the token in the job summary');
  if (run.outputs['report-path']) assert.ok(!readFileSync(run.outputs['report-path'], 'utf8').includes(token), 'the token in report.json');
  for (const comment of server.comments) assert.ok(!comment.body.includes(token), 'the token in a comment');
  for (const request of server.requests) assert.ok(!JSON.stringify(request.body ?? '').includes(token), 'the token in a request body');
}

const ours = (identity: Identity = WORKFLOW_BOT): StoredComment[] =>
  server.commentsOn(owner, repo, number).filter((comment) => comment.user.login === identity.login);
const calls = (operationId: string): number => server.requests.filter((request) => request.operationId === operationId && request.status < 400).length;

test('first post: one comment with the verdict, the numbers, the folds and a link to the run', async () => {
  const run = await runOnEvent();
  assert.equal(run.exitCode, 0, run.stdout + run.stderr);
  const [comment, ...more] = ours();
  assert.equal(more.length, 0);
  assert.ok(comment.body.startsWith(`${markerFor('CI/reproducibility').replace(/digest=.*/, 'digest=')}`), comment.body.slice(0, 100));
  assert.match(comment.body, /^### ✅ Reproducible — tf-repro$/m);
  assert.match(comment.body, /\| variance \(mean over folds and metrics\) \| 0 \|/);
  assert.match(comment.body, /\| largest difference \| 0 \|/);
  assert.match(comment.body, /\| runs \| 2 of 2 runs finished, 2 folds each \|/);
  assert.match(comment.body, /\*\*Settings:\*\* runs 2 · folds 2 · epochs 1 · batch-size 50/);
  assert.match(comment.body, /<summary>Per fold: 2 folds × 2 runs, 2 of 2 matching<\/summary>/);
  assert.match(comment.body, /wasm 4\.22\.0/);
  assert.match(comment.body, /\[Workflow run\]\(https:\/\/github\.com\/Codertocat\/Hello-World\/actions\/runs\/9876543210\)/);
  assert.deepEqual(markdownProblems(comment.body), []);
  // The workflow token cannot read GET /user: its comments are github-actions[bot]'s.
  assert.deepEqual(
    server.requests.map((request) => `${request.operationId} ${request.status}`),
    ['users/get-authenticated 403', 'issues/list-comments 200', 'issues/create-comment 201'],
  );
  assert.match(run.stdout, new RegExp(`Commented on pull request #2: https://github\\.com/Codertocat/Hello-World/pull/2#issuecomment-${comment.id}`));
  assert.match(run.summary, /^## ✅ Reproducible/, 'the job summary stays');
  assert.ok(!run.stdout.includes('::warning::'), run.stdout);
});

test('three runs leave exactly one comment, found again behind a full first page', async () => {
  for (let i = 0; i < 105; i++) server.addComment(owner, repo, number, `review comment ${i}`, octocat);
  for (let i = 0; i < 3; i++) assert.equal((await runOnEvent()).exitCode, 0);
  assert.equal(ours().length, 1);
  assert.equal(server.commentsOn(owner, repo, number).length, 106);
  assert.equal(calls('issues/create-comment'), 1);
  assert.equal(calls('issues/update-comment'), 2);
  assert.ok(
    server.requests.some((request) => request.operationId === 'issues/list-comments' && request.query.page === '2'),
    'the second page was read',
  );
});

test('two comment-ids keep two comments, each edited in place', async () => {
  await runOnEvent({ 'comment-id': 'repro linux' });
  await runOnEvent({ 'comment-id': 'repro macos' });
  const [linux] = ours();
  await runOnEvent({ 'comment-id': 'repro linux' });
  assert.equal(ours().length, 2);
  assert.deepEqual(
    server.requests.filter((request) => request.operationId === 'issues/update-comment').map((request) => request.path),
    [`/repos/${owner}/${repo}/issues/comments/${linux.id}`],
  );
  assert.match(linux.body, /comment-id repro linux/);
});

test('another author’s comment with our marker is left alone', async () => {
  const planted = server.addComment(owner, repo, number, `${markerFor('CI/reproducibility', 'f00d')}\nI am not the bot`, octocat);
  await runOnEvent();
  await runOnEvent();
  assert.equal(planted.body, `${markerFor('CI/reproducibility', 'f00d')}\nI am not the bot`);
  assert.equal(server.requests.filter((request) => request.path.endsWith(`/comments/${planted.id}`)).length, 0, 'never sent to the planted comment');
  assert.equal(ours().length, 1);
});

test('with a personal access token, ours are the token user’s comments, not github-actions[bot]’s', async () => {
  const botComment = server.addComment(owner, repo, number, `${markerFor('CI/reproducibility', 'f00d')}\nfrom the workflow token`, WORKFLOW_BOT);
  await runOnEvent({}, { token: personalToken });
  await runOnEvent({}, { token: personalToken });
  assert.equal(ours(maintainer).length, 1);
  assert.match(botComment.body, /from the workflow token/);
  assert.equal(server.requests.filter((request) => request.operationId === 'users/get-authenticated' && request.status === 200).length, 2);
});

test('another app’s installation token: the comment is posted, and a notice says later runs cannot find it', async () => {
  const run = await runOnEvent({}, { token: appToken });
  assert.equal(run.exitCode, 0);
  assert.equal(ours(otherApp).length, 1);
  assert.match(run.stdout, /::notice::The comment was written as repro-app\[bot\], an app whose name its installation token cannot look up/);
});

test('403 on a fork pull request: a warning says how to enable comments; verdict, outputs and exit code unchanged', async () => {
  server.fail({ operationId: 'issues/create-comment', status: 403, times: 99, message: 'Resource not accessible by integration' });
  const run = await runOnEvent();
  assert.equal(run.exitCode, 0, run.stdout + run.stderr);
  assert.equal(run.outputs.verdict, 'reproducible');
  assert.equal(run.outputs.reproducible, 'true');
  assert.match(run.summary, /^## ✅ Reproducible/);
  const warnings = run.stdout.split('\n').filter((line) => line.startsWith('::warning'));
  assert.equal(warnings.length, 1, run.stdout);
  assert.match(warnings[0], /Could not comment on pull request #2: GitHub answered 403 \(Resource not accessible by integration/);
  assert.match(warnings[0], /workflow_run/);
  assert.match(warnings[0], /pull-requests: write/);
  assert.ok(!run.stdout.includes('::error'), run.stdout);
  assert.equal(calls('issues/create-comment'), 0);
  assert.equal(server.requests.filter((request) => request.operationId === 'issues/create-comment').length, 1, 'a 403 is not retried');
});

test('403 on a failing check: the step still fails for the verdict, and only for it', async () => {
  server.fail({ operationId: 'issues/create-comment', status: 403, times: 99, message: 'Resource not accessible by integration' });
  const run = await runOnEvent({ deterministic: 'false' });
  assert.equal(run.exitCode, 1, run.stdout + run.stderr);
  const errors = run.stdout.split('\n').filter((line) => line.startsWith('::error'));
  assert.equal(errors.length, 1);
  assert.match(errors[0], /::error::Not reproducible/);
  assert.match(run.stdout, /::warning::Could not comment on pull request #2/);
});

test('a 502 and then success gives one comment', async () => {
  server.fail({ operationId: 'issues/create-comment', status: 502, times: 1 });
  const run = await runOnEvent();
  assert.equal(run.exitCode, 0);
  assert.equal(ours().length, 1);
  assert.equal(server.requests.filter((request) => request.operationId === 'issues/create-comment').length, 2);
  assert.match(run.stdout, /POST \/repos\/\{owner\}\/\{repo\}\/issues\/\{issue_number\}\/comments: GitHub answered 502; trying again in 1\.0 s \(try 2 of 4\)/);
  assert.ok(!run.stdout.includes('::warning::'), run.stdout);
});

test('a secondary rate limit with Retry-After is waited out', async () => {
  server.fail({
    operationId: 'issues/list-comments',
    status: 403,
    times: 1,
    message: 'You have exceeded a secondary rate limit. Please wait a few minutes before you try again.',
    headers: { 'retry-after': '1' },
  });
  const started = Date.now();
  const run = await runOnEvent();
  assert.equal(run.exitCode, 0);
  assert.equal(ours().length, 1);
  assert.match(run.stdout, /rate limited \(403\); trying again in 1\.0 s/);
  assert.ok(Date.now() - started >= 1_000);
});

test('on-change: an unchanged verdict and numbers leave the comment as it is', async () => {
  await runOnEvent({ comment: 'on-change' });
  const run = await runOnEvent({ comment: 'on-change' });
  assert.equal(calls('issues/update-comment'), 0);
  assert.equal(ours().length, 1);
  assert.match(run.stdout, /No pull request comment: the verdict and numbers are unchanged since our comment/);
});

test('workflow_run after a fork pull request: the pull request is found by its head branch', async () => {
  const event = example('workflow_run', 2);
  event.repository = pullRequestEvent.repository;
  event.workflow_run.event = 'pull_request';
  event.workflow_run.pull_requests = []; // what GitHub sends for a pull request from a fork
  event.workflow_run.head_branch = 'fix-seed';
  event.workflow_run.head_repository.owner.login = 'forker';
  server.addPullRequest({ owner, repo, number: 3, headLabel: 'forker:fix-seed', headSha: event.workflow_run.head_sha, state: 'open' });
  const run = await runOnEvent({}, { eventName: 'workflow_run', payload: event });
  assert.equal(run.exitCode, 0);
  const [lookup] = server.requests;
  assert.equal(lookup.operationId, 'pulls/list');
  assert.deepEqual(lookup.query, { head: 'forker:fix-seed', state: 'open', per_page: '100' });
  assert.equal(server.commentsOn(owner, repo, 3).length, 1);
  assert.match(run.stdout, /The workflow run belongs to pull request #3 \(head forker:fix-seed\)/);
});

test('push: no comment, no request to GitHub, and a notice says why', async () => {
  const run = await runOnEvent({}, { eventName: 'push', payload: example('push') });
  assert.equal(run.exitCode, 0);
  assert.deepEqual(server.requests, []);
  assert.match(
    run.stdout,
    /::notice::No pull request comment: the workflow was triggered by push, and only pull_request, pull_request_target, workflow_run events belong to a pull request\. The verdict is in the job summary\./,
  );
  assert.match(run.summary, /^## ✅ Reproducible/);
});

test('comment: off makes no request at all', async () => {
  const run = await runOnEvent({ comment: 'off' });
  assert.equal(run.exitCode, 0);
  assert.deepEqual(server.requests, []);
  assert.ok(!run.stdout.includes('::notice::'), run.stdout);
});

test('a bad comment input is one error naming the input and the choices, before any training', async () => {
  const run = await runOnEvent({ comment: 'sometimes' });
  assert.equal(run.exitCode, 2);
  const errors = run.stdout.split('\n').filter((line) => line.startsWith('::error'));
  assert.deepEqual(errors, ["::error::input 'comment' must be one of always, on-failure, on-change, off, got 'sometimes'"]);
  assert.deepEqual(server.requests, []);
});

test('a command that reads /proc/*/environ of every process it can finds no token, and the comment is posted after it', { timeout: 300_000 }, async (t) => {
  if (nodeWithExecve === null) return t.skip(nodeWithExecveMissing);
  const cwd = tempDir('environ-scan');
  const credentials = {
    GITHUB_TOKEN: `ghs_${randomBytes(18).toString('hex')}`,
    GH_TOKEN: `ghp_${randomBytes(18).toString('hex')}`,
    ACTIONS_RUNTIME_TOKEN: `runtime.${randomBytes(24).toString('hex')}`,
    ACTIONS_ID_TOKEN_REQUEST_TOKEN: `oidc.${randomBytes(24).toString('hex')}`,
  };
  // Each run copies the initial environment of every process it may read into environ-N/<pid>,
  // and says which process is the action (its shell's parent).
  const scan = [
    'dump=environ-$TF_REPRO_RUN; mkdir -p $dump; echo $PPID > $dump.action',
    'for f in /proc/[0-9]*/environ; do p=${f#/proc/}; p=${p%/environ}; cat $f > $dump/$p 2>/dev/null || rm -f $dump/$p; done',
    `echo '{"0": {"loss": 1}}' > "$TF_REPRO_METRICS"`,
  ].join('; ');
  const run = await runOnEvent({ command: scan, 'working-directory': cwd, runs: '2', folds: '' }, { env: credentials, node: nodeWithExecve });
  assert.equal(run.exitCode, 0, run.stdout + run.stderr);
  assert.doesNotMatch(run.stdout, /stay readable/, 'the action could not restart without its credentials');
  // The token was used after the command had run: the comment is there.
  assert.equal(ours().length, 1, run.stdout);
  const secrets = { 'github-token': workflowToken, ...credentials };
  for (const runNumber of [1, 2]) {
    const dir = join(cwd, `environ-${runNumber}`);
    const actionPid = readFileSync(`${dir}.action`, 'utf8').trim();
    const dumps = readdirSync(dir);
    assert.ok(dumps.includes(actionPid), `run ${runNumber} could not read the action's environment (pid ${actionPid})`);
    const action = readFileSync(join(dir, actionPid), 'utf8').split('\0');
    // It is the action's: the runner's other variables and its inputs are there.
    assert.ok(action.includes('GITHUB_EVENT_NAME=pull_request') && action.includes('INPUT_RUNS=2'), action.join(' '));
    for (const pid of dumps) {
      const text = readFileSync(join(dir, pid), 'utf8');
      for (const [name, value] of Object.entries(secrets)) assert.ok(!text.includes(value), `run ${runNumber}: /proc/${pid}/environ holds ${name}`);
    }
  }
});

test('issue 22: a command check fail-fast stopped before run 2 wrote metrics: the comment says not measured and why, the divergence once, and leaves the per-variable view to the job summary', async () => {
  const clockShuffle = `python3 -B ${join(repoRoot, 'test', 'fixtures', 'commands', 'clock-shuffle.py')} --sleep 1`;
  // The default workload's inputs of `quick` do not apply to a command: empty is unset.
  // One run after another: run 1 finishes before run 2 parts from it and is stopped.
  const run = await runOnEvent({ command: clockShuffle, runs: '2', folds: '', epochs: '', samples: '', 'batch-size': '', backend: '', parallel: '1' });
  assert.equal(run.exitCode, 1, run.stdout + run.stderr);
  const [comment] = ours();
  assert.ok(comment, 'a comment');
  assert.match(
    comment.body,
    /^\| variance \(mean over folds and metrics\) \| not measured \\\(fail-fast stopped run 2 at fold 1; only run 1 has fold results\\\) \|$/m,
  );
  assert.match(comment.body, /^\| largest difference \| not measured \|$/m);
  assert.match(comment.body, /^\| runs \| 1 of 2 runs finished, 1 stopped by fail-fast; 3 folds in run 1, 0 folds in run 2 \|$/m);
  assert.equal([...comment.body.matchAll(/runs 1 and 2 part at fold 1, epoch 2/gi)].length, 1, comment.body);
  assert.doesNotMatch(comment.body, /Which runs agree on each variable/);
  assert.match(run.summary, /Which runs agree on each variable at fold 1, the end of epoch 2/);
  assert.deepEqual(markdownProblems(comment.body), []);
});
