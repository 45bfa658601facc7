// Where `baseline: main` looks, decided from the event and the runner's variables alone: the
// workflow, the branch, which run is the baseline, and what to say when GitHub will not tell.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import {
  baselineWorkflow,
  chooseBaselineRun,
  defaultBranchOf,
  expiredArtifactReason,
  explainBaselineFailure,
  isEnterpriseServer,
  missingArtifactReason,
  noRunReason,
  type ListedRun,
} from '../../src/github/baseline-plan.js';

test('the workflow is this run’s, from GITHUB_WORKFLOW_REF; on workflow_run the one of the run it follows', () => {
  assert.deepEqual(baselineWorkflow('pull_request', {}, 'octo-org/octo-repo/.github/workflows/repro.yml@refs/pull/2/merge', 77), {
    workflow: 'repro.yml',
    excludedRuns: [77],
  });
  assert.deepEqual(baselineWorkflow('push', {}, undefined, 77), { workflow: null, excludedRuns: [77] }, 'unknown: the API is asked');
  assert.deepEqual(baselineWorkflow('push', {}, 'dynamic/pages/pages-build-deployment', null), { workflow: null, excludedRuns: [] });
  const followed = { workflow_run: { id: 55, workflow_id: 161335 } };
  assert.deepEqual(baselineWorkflow('workflow_run', followed, 'octo-org/octo-repo/.github/workflows/comment.yml@refs/heads/main', 77), {
    workflow: 161335,
    excludedRuns: [77, 55],
  });
});

test('the default branch comes from the event’s repository, where it says', () => {
  assert.equal(defaultBranchOf({ repository: { default_branch: 'trunk' } }), 'trunk');
  assert.equal(defaultBranchOf({ repository: {} }), null);
  assert.equal(defaultBranchOf(null), null);
});

const run = (id: number, changes: Partial<ListedRun> = {}): ListedRun => ({
  id,
  event: 'push',
  headRepository: 'octo-org/octo-repo',
  headSha: 'a'.repeat(40),
  url: `https://github.com/octo-org/octo-repo/actions/runs/${id}`,
  ...changes,
});

test('the baseline is the newest run on the repository’s own branch, never this run, a pull request’s or a fork’s', () => {
  const runs = [
    run(9),
    run(8, { event: 'pull_request' }),
    run(7, { headRepository: 'forker/octo-repo' }),
    run(6, { event: 'schedule', headRepository: 'Octo-Org/Octo-Repo' }),
    run(5),
  ];
  assert.equal(chooseBaselineRun(runs, [], 'octo-org/octo-repo')?.id, 9);
  assert.equal(chooseBaselineRun(runs, [9], 'octo-org/octo-repo')?.id, 6);
  assert.equal(chooseBaselineRun([run(4, { headRepository: null })], [], 'octo-org/octo-repo')?.id, 4);
  assert.equal(chooseBaselineRun(runs.slice(1, 3), [], 'octo-org/octo-repo'), null);
});

test('artifacts cannot be downloaded on GitHub Enterprise Server; github.com, ghe.com and localhost are fine', () => {
  assert.equal(isEnterpriseServer('https://github.com'), false);
  assert.equal(isEnterpriseServer(''), false);
  assert.equal(isEnterpriseServer('https://octo.ghe.com'), false);
  assert.equal(isEnterpriseServer('https://github.example.com'), true);
});

test('each reason says what failed and what would help', () => {
  assert.equal(
    explainBaselineFailure('list the artifacts of run 5', 403, 'Resource not accessible by integration'),
    "could not list the artifacts of run 5: GitHub answered 403 (Resource not accessible by integration); the token needs `actions: read` (add it to the job's `permissions:`; see docs/baseline.md)",
  );
  assert.match(explainBaselineFailure('x', 404, 'Not Found'), /GitHub answered 404 \(Not Found\); it is not there, or this token may not see it/);
  assert.match(explainBaselineFailure('x', 401, ''), /GitHub answered 401; the token is not valid/);
  assert.equal(explainBaselineFailure('x', 502, 'Bad Gateway'), 'could not x: GitHub answered 502 (Bad Gateway)');
  assert.equal(explainBaselineFailure('x', null, 'getaddrinfo ENOTFOUND api.github.com'), 'could not x: getaddrinfo ENOTFOUND api.github.com');
  assert.match(noRunReason('repro.yml', 'main'), /^no successful run of workflow repro\.yml on main yet/);
  assert.match(missingArtifactReason('tf-repro-report', 5, 'main'), /^run 5, the newest successful run on main, has no artifact named tf-repro-report/);
  assert.match(expiredArtifactReason('tf-repro-report', 5, '2025-01-02T00:00:00Z'), /expired on 2025-01-02T00:00:00Z: GitHub keeps artifacts 90 days/);
});
