// The comment step's pure decisions: inputs, the event's pull request, our comment, the plan, the
// marker and digest, and when to retry.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { createRequire } from 'node:module';
import { defaultCommentId, markerFor, parseMarker, reportDigest } from '../../src/github/marker.js';
import {
  choosePullRequest,
  commentTarget,
  explainCommentFailure,
  findOurComment,
  parseCommentInputs,
  planComment,
  type CommentMode,
  type OurComment,
} from '../../src/github/plan.js';
import { MAX_ATTEMPTS, MAX_TOTAL_WAIT_MS, retryDecision, type FailedAttempt } from '../../src/github/retry.js';
import { makeReport } from '../support/reports.js';

const require = createRequire(import.meta.url);
const webhooks = require('@octokit/webhooks-examples') as { name: string; examples: Record<string, unknown>[] }[];
const example = (name: string, index = 0): Record<string, unknown> => structuredClone(webhooks.find((hook) => hook.name === name)!.examples[index]);

test('comment inputs: defaults, the four modes, and one message naming the input and the choices', () => {
  assert.deepEqual(parseCommentInputs({}, 'CI/check'), { ok: true, value: { githubToken: '', mode: 'always', commentId: 'CI/check' } });
  for (const mode of ['always', 'on-failure', 'on-change', 'off']) {
    const parsed = parseCommentInputs({ comment: ` ${mode} `, commentId: 'x', githubToken: 't' }, 'd');
    assert.ok(parsed.ok && parsed.value.mode === mode && parsed.value.commentId === 'x');
  }
  assert.deepEqual(parseCommentInputs({ comment: 'sometimes' }, 'd'), {
    ok: false,
    error: "input 'comment' must be one of always, on-failure, on-change, off, got 'sometimes'",
  });
  const long = parseCommentInputs({ commentId: 'x'.repeat(101) }, 'd');
  assert.ok(!long.ok && /input 'comment-id' must be at most 100 characters/.test(long.error));
});

test('the default comment-id is the workflow and job names', () => {
  assert.equal(defaultCommentId('CI', 'reproducibility'), 'CI/reproducibility');
  assert.equal(defaultCommentId(undefined, 'repro'), 'repro');
  assert.equal(defaultCommentId('', ''), 'tf-repro');
});

test('the marker round-trips any id and cannot be closed or confused by it', () => {
  for (const id of ['CI/reproducibility', 'a b', 'x-->y', 'ünï ✓', '--><img>']) {
    const marker = markerFor(id, 'abc123');
    assert.ok(!marker.slice(4, -3).includes('-->'), marker);
    assert.deepEqual(parseMarker(`${marker}\n\nbody`), { commentId: id, digest: 'abc123' });
  }
  assert.deepEqual(parseMarker(markerFor('a')), { commentId: 'a', digest: null });
  assert.equal(parseMarker('no marker here'), null);
  assert.notEqual(parseMarker(markerFor('a b'))?.commentId, 'a');
});

test('the digest follows the verdict and numbers, not the timings', () => {
  const report = makeReport();
  const same = { ...makeReport(), durationSeconds: 99, createdAt: 'later' };
  assert.equal(reportDigest(report), reportDigest(same));
  assert.match(reportDigest(report), /^[0-9a-f]{16}$/);
  assert.notEqual(reportDigest(report), reportDigest(makeReport({ differingFold: 1 })));
  assert.notEqual(reportDigest(report), reportDigest({ ...report, verdict: 'error' }));
});

test('pull_request and pull_request_target events name their pull request', () => {
  const payload = example('pull_request');
  assert.deepEqual(commentTarget('pull_request', payload), { kind: 'pull-request', number: 2 });
  assert.deepEqual(commentTarget('pull_request_target', payload), { kind: 'pull-request', number: 2 });
  assert.equal(commentTarget('pull_request', {}).kind, 'none');
});

test('push and other events belong to no pull request, and the reason says so', () => {
  const push = commentTarget('push', example('push'));
  assert.equal(push.kind, 'none');
  assert.match((push as { reason: string }).reason, /triggered by push, and only pull_request, pull_request_target, workflow_run events/);
  assert.equal(commentTarget('schedule', {}).kind, 'none');
});

test('workflow_run: the pull request from the payload, else a lookup by head for fork pull requests', () => {
  const run = example('workflow_run', 2);
  const repository = run.repository as { id: number };
  const workflowRun = run.workflow_run as {
    pull_requests: { base: { repo: { id: number } } }[];
    event: string;
    head_branch: string;
    head_sha: string;
    head_repository: { owner: { login: string } };
  };
  // The example's pull request goes into Codertocat/Hello-World; the payload's repository is another.
  assert.equal(commentTarget('workflow_run', run).kind, 'none');
  repository.id = workflowRun.pull_requests[0].base.repo.id;
  assert.deepEqual(commentTarget('workflow_run', run), { kind: 'pull-request', number: 2 });

  workflowRun.pull_requests = [];
  workflowRun.event = 'pull_request';
  assert.deepEqual(commentTarget('workflow_run', run), {
    kind: 'find-by-head',
    head: `${workflowRun.head_repository.owner.login}:${workflowRun.head_branch}`,
    sha: workflowRun.head_sha,
  });
  workflowRun.event = 'push';
  assert.match((commentTarget('workflow_run', run) as { reason: string }).reason, /triggered by push, not by a pull request/);
});

test('a head lookup takes the pull request at the run commit, else the first', () => {
  const pulls = [
    { number: 7, headSha: 'aaa' },
    { number: 9, headSha: 'bbb' },
  ];
  assert.equal(choosePullRequest(pulls, 'bbb'), 9);
  assert.equal(choosePullRequest(pulls, 'ccc'), 7);
  assert.equal(choosePullRequest([], 'ccc'), null);
});

test('our comment: our author AND our marker; someone else with our marker is never ours', () => {
  const marker = markerFor('CI/check', 'd1');
  const comments = [
    { id: 1, body: `${marker}\nplanted`, authorLogin: 'octocat' },
    { id: 2, body: 'unrelated', authorLogin: 'github-actions[bot]' },
    { id: 3, body: `${markerFor('other')}\n`, authorLogin: 'github-actions[bot]' },
    { id: 4, body: `${marker}\nours`, authorLogin: 'github-actions[bot]' },
    { id: 5, body: `${marker}\nours again`, authorLogin: 'github-actions[bot]' },
  ];
  assert.deepEqual(findOurComment(comments, 'github-actions[bot]', 'CI/check'), { id: 4, digest: 'd1' });
  assert.deepEqual(findOurComment(comments, 'GitHub-Actions[bot]', 'other'), { id: 3, digest: null });
  assert.equal(findOurComment(comments, 'someone', 'CI/check'), null);
  assert.deepEqual(findOurComment(comments, 'octocat', 'CI/check'), { id: 1, digest: 'd1' });
});

test('the plan for each mode', () => {
  const existing: OurComment = { id: 10, digest: 'same' };
  const plan = (mode: CommentMode, verdict: 'reproducible' | 'not-reproducible' | 'error', ours: OurComment | null, digest = 'same') =>
    planComment({ mode, verdict, digest, existing: ours }).action;
  assert.equal(plan('off', 'error', existing), 'skip');
  assert.equal(plan('always', 'reproducible', null), 'create');
  assert.equal(plan('always', 'reproducible', existing), 'update');
  assert.equal(plan('on-failure', 'reproducible', null), 'skip');
  assert.equal(plan('on-failure', 'not-reproducible', null), 'create');
  assert.equal(plan('on-failure', 'error', null), 'create');
  assert.equal(plan('on-failure', 'reproducible', existing), 'update', 'a failure that turns green updates its comment');
  assert.equal(plan('on-change', 'reproducible', null), 'create');
  assert.equal(plan('on-change', 'reproducible', existing), 'skip');
  assert.equal(plan('on-change', 'reproducible', existing, 'new'), 'update');
  assert.equal(plan('on-change', 'reproducible', { id: 10, digest: null }, 'new'), 'update');
  assert.deepEqual(planComment({ mode: 'always', verdict: 'reproducible', digest: 'x', existing }), {
    action: 'update',
    commentId: 10,
    reason: 'updating our comment',
  });
});

const failed = (over: Partial<FailedAttempt>): FailedAttempt => ({
  status: 502,
  headers: {},
  message: '',
  attempt: 1,
  waitedMs: 0,
  nowMs: 1_700_000_000_000,
  ...over,
});

test('retries: 5xx with doubling delays, a bounded number of times', () => {
  assert.deepEqual(retryDecision(failed({ attempt: 1 })), { retry: true, delayMs: 1_000, reason: 'GitHub answered 502' });
  assert.equal((retryDecision(failed({ attempt: 2, status: 503 })) as { delayMs: number }).delayMs, 2_000);
  assert.equal((retryDecision(failed({ attempt: 3, status: 500 })) as { delayMs: number }).delayMs, 4_000);
  assert.equal(retryDecision(failed({ attempt: MAX_ATTEMPTS })).retry, false);
});

test('retries: secondary rate limits wait as told (Retry-After or the reset time), within the bound', () => {
  const limited = failed({ status: 403, message: 'You have exceeded a secondary rate limit', headers: { 'retry-after': '3' } });
  assert.deepEqual(retryDecision(limited), { retry: true, delayMs: 3_000, reason: 'rate limited (403)' });
  assert.equal((retryDecision(failed({ status: 429, headers: { 'retry-after': '1' } })) as { delayMs: number }).delayMs, 1_000);
  const reset = failed({ status: 403, headers: { 'x-ratelimit-remaining': '0', 'x-ratelimit-reset': String(1_700_000_000 + 20) } });
  assert.equal((retryDecision(reset) as { delayMs: number }).delayMs, 20_000);
  assert.equal((retryDecision(failed({ status: 403, message: 'You have exceeded a secondary rate limit.' })) as { delayMs: number }).delayMs, 60_000);
  assert.equal(retryDecision(failed({ status: 403, headers: { 'retry-after': '3600' } })).retry, false, 'an hour is beyond the bound');
  assert.equal(retryDecision(failed({ status: 502, waitedMs: MAX_TOTAL_WAIT_MS - 500, attempt: 2 })).retry, false);
});

test('no retries for answers a retry does not change: 403 forbidden, 401, 404, 422', () => {
  for (const status of [401, 403, 404, 410, 422])
    assert.equal(retryDecision(failed({ status, message: 'Resource not accessible by integration' })).retry, false, String(status));
});

test('a failure explains itself and points forks to the workflow_run recipe', () => {
  const forbidden = explainCommentFailure('comment on pull request #2', 403, 'Resource not accessible by integration');
  assert.match(forbidden, /^Could not comment on pull request #2: GitHub answered 403 \(Resource not accessible by integration\)\./);
  assert.match(forbidden, /workflow_run/);
  assert.match(forbidden, /pull-requests: write/);
  assert.match(forbidden, /The verdict and the job summary are unaffected\.$/);
  assert.match(explainCommentFailure('x', 401, 'Bad credentials'), /github-token/);
  assert.match(explainCommentFailure('x', null, 'socket hang up'), /^Could not x: socket hang up\./);
});
