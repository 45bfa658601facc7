// The e2e tests are only as good as the stand-in API they run against: it must refuse what GitHub's
// description refuses, and answer in the description's shapes.
import assert from 'node:assert/strict';
import { after, before, beforeEach, describe, test } from 'node:test';
import { unzipSync } from 'fflate';
import { BLOB_PATH, GitHubServer, WORKFLOW_BOT } from '../support/github-server.js';
import { findOperation, responseOf, validate } from '../support/openapi.js';

const server = new GitHubServer();
const token = 'ghs_servertest';
const base = '/repos/Codertocat/Hello-World';

before(async () => {
  await server.start();
  server.addToken(token, WORKFLOW_BOT);
  server.addPullRequest({ owner: 'Codertocat', repo: 'Hello-World', number: 2, headLabel: 'Codertocat:changes', headSha: 'ec26c3e', state: 'open' });
});
after(() => server.stop());
beforeEach(() => server.reset());

async function call(
  method: string,
  path: string,
  body?: unknown,
  headers: Record<string, string> = {},
): Promise<{ status: number; json: unknown; headers: Headers }> {
  const response = await fetch(`${server.url}${path}`, {
    method,
    headers: { authorization: `token ${token}`, ...(body === undefined ? {} : { 'content-type': 'application/json; charset=utf-8' }), ...headers },
    body: body === undefined ? undefined : typeof body === 'string' ? body : JSON.stringify(body),
  });
  const text = await response.text();
  return { status: response.status, json: text ? JSON.parse(text) : null, headers: response.headers };
}

test('operations are found by method and path template, the most specific first', () => {
  assert.equal(findOperation('GET', `${base}/issues/2/comments`)?.operation.operationId, 'issues/list-comments');
  assert.equal(findOperation('PATCH', `${base}/issues/comments/7`)?.operation.operationId, 'issues/update-comment');
  assert.deepEqual(findOperation('PATCH', `${base}/issues/comments/7`)?.pathParams, { owner: 'Codertocat', repo: 'Hello-World', comment_id: '7' });
  assert.equal(findOperation('GET', '/user')?.operation.operationId, 'users/get-authenticated');
  assert.equal(findOperation('GET', '/no/such/endpoint'), null);
});

test('the validator catches wrong types, missing required properties, enums and nullables', () => {
  const schema = responseOf(findOperation('POST', `${base}/issues/2/comments`)!.operation, 201).schema!;
  const example = responseOf(findOperation('POST', `${base}/issues/2/comments`)!.operation, 201).example as Record<string, unknown>;
  assert.deepEqual(validate(schema, example), [], 'the description validates its own example');
  assert.match(validate(schema, { ...example, id: 'one' }).join(), /\$\.id: expected integer, got string/);
  const { user: _user, ...noUser } = example;
  assert.match(validate(schema, noUser).join(), /missing required property 'user'/);
  assert.deepEqual(validate(schema, { ...example, user: null }), [], 'user is a nullable-simple-user');
  assert.match(validate(schema, { ...example, author_association: 'FRIEND' }).join(), /is not one of/);
  assert.match(validate(schema, { ...example, created_at: 'yesterday' }).join(), /not a date-time/);
});

test('a valid create, list and update round-trip leaves no violations and answers in the description shapes', async () => {
  const created = await call('POST', `${base}/issues/2/comments`, { body: 'hello' });
  assert.equal(created.status, 201);
  const comment = created.json as { id: number; body: string; user: { login: string }; html_url: string };
  assert.equal(comment.body, 'hello');
  assert.equal(comment.user.login, 'github-actions[bot]');
  assert.equal(created.headers.get('location'), `${server.url}${base}/issues/comments/${comment.id}`);
  const updated = await call('PATCH', `${base}/issues/comments/${comment.id}`, { body: 'again' });
  assert.equal(updated.status, 200);
  const listed = await call('GET', `${base}/issues/2/comments?per_page=100`);
  assert.deepEqual(
    (listed.json as { body: string }[]).map((c) => c.body),
    ['again'],
  );
  assert.deepEqual(server.violations, []);
});

test('pages carry Link headers, as GitHub paginates', async () => {
  for (let i = 0; i < 105; i++) server.addComment('Codertocat', 'Hello-World', 2, `c${i}`, { ...WORKFLOW_BOT, login: 'octocat', type: 'User', id: 1 });
  const first = await call('GET', `${base}/issues/2/comments?per_page=100`);
  assert.equal((first.json as unknown[]).length, 100);
  assert.match(first.headers.get('link')!, /page=2>; rel="next"/);
  const second = await call('GET', `${base}/issues/2/comments?per_page=100&page=2`);
  assert.equal((second.json as unknown[]).length, 5);
  assert.equal(second.headers.get('link')?.includes('rel="next"'), false);
  assert.deepEqual(server.violations, []);
});

const bad: [string, string, unknown, RegExp, number][] = [
  ['POST', `${base}/issues/2/comments`, {}, /missing required property 'body'/, 422],
  ['POST', `${base}/issues/2/comments`, { body: 5 }, /body\.body: expected string, got integer/, 422],
  ['POST', `${base}/issues/2/comments`, { body: 'x', bdy: 'y' }, /unknown property 'bdy'/, 422],
  ['POST', `${base}/issues/2/comments`, 'not json', /not JSON/, 422],
  ['PATCH', `${base}/issues/comments/abc`, { body: 'x' }, /path parameter comment_id: 'abc' is not of type integer/, 404],
  ['GET', `${base}/issues/2/comments?per_page=100&sort=asc`, undefined, /query parameter 'sort' is not a parameter of issues\/list-comments/, 404],
  ['GET', `${base}/issues/2/comments?page=first`, undefined, /query parameter page: 'first' is not of type integer/, 404],
  ['GET', `${base}/pulls?state=opened`, undefined, /is not one of \["open","closed","all"\]/, 404],
  ['DELETE', `${base}/issues/comments/1`, undefined, /issues\/delete-comment is not an endpoint the action is expected to call/, 404],
  ['GET', '/no/such/endpoint', undefined, /no operation in the OpenAPI description/, 404],
];

for (const [method, path, body, violation, status] of bad) {
  test(`refused and recorded: ${method} ${path} ${body === undefined ? '' : JSON.stringify(body)}`, async () => {
    const answer = await call(method, path, body);
    assert.equal(answer.status, status);
    assert.match(server.violations.join('\n'), violation);
  });
}

test('requests without a known token are refused and recorded', async () => {
  const answer = await call('GET', `${base}/issues/2/comments`, undefined, { authorization: 'token ghp_unknown' });
  assert.equal(answer.status, 401);
  assert.match(server.violations.join(), /unknown token/);
});

test('the workflow token gets 403 on GET /user, like an installation token', async () => {
  const answer = await call('GET', '/user');
  assert.equal(answer.status, 403);
  assert.equal((answer.json as { message: string }).message, 'Resource not accessible by integration');
  assert.deepEqual(server.violations, []);
});

test('faults answer the given number of requests, then the endpoint works again', async () => {
  server.fail({ operationId: 'issues/create-comment', status: 502, times: 1 });
  assert.equal((await call('POST', `${base}/issues/2/comments`, { body: 'x' })).status, 502);
  assert.equal((await call('POST', `${base}/issues/2/comments`, { body: 'x' })).status, 201);
  server.fail({
    operationId: 'issues/list-comments',
    status: 403,
    times: 1,
    message: 'You have exceeded a secondary rate limit',
    headers: { 'retry-after': '1' },
  });
  const limited = await call('GET', `${base}/issues/2/comments`);
  assert.equal(limited.status, 403);
  assert.equal(limited.headers.get('retry-after'), '1');
  assert.equal(server.commentsOn('Codertocat', 'Hello-World', 2).length, 1);
});

describe('workflow runs and artifacts (baseline: main)', () => {
  const repo = { owner: 'Codertocat', repo: 'Hello-World' };
  const workflow = { ...repo, id: 161335, path: '.github/workflows/ci.yml' };
  const pushed = (branch = 'master', event = 'push') =>
    server.addRun({
      ...repo,
      workflowId: workflow.id,
      branch,
      event,
      status: 'completed',
      conclusion: 'success',
      headSha: 'a'.repeat(40),
      headRepository: 'Codertocat/Hello-World',
    });

  before(() => {
    server.addRepository('Codertocat', 'Hello-World', 'master');
    server.addWorkflow(workflow);
  });

  test('the repository, a run, the runs of a workflow (by id or file name, newest first) and their artifacts, in the description shapes', async () => {
    const older = pushed();
    const newer = pushed();
    server.addRun({
      ...repo,
      workflowId: workflow.id,
      branch: 'master',
      event: 'push',
      status: 'completed',
      conclusion: 'failure',
      headSha: 'b'.repeat(40),
      headRepository: 'Codertocat/Hello-World',
    });
    server.addArtifact(newer, 'tf-repro-report', { 'report.json': '{}' });
    assert.equal(((await call('GET', base)).json as { default_branch: string }).default_branch, 'master');
    assert.equal(((await call('GET', `${base}/actions/runs/${older.id}`)).json as { workflow_id: number }).workflow_id, workflow.id);
    for (const id of [String(workflow.id), 'ci.yml']) {
      const listed = await call('GET', `${base}/actions/workflows/${id}/runs?branch=master&status=success&per_page=20&exclude_pull_requests=true`);
      assert.deepEqual(
        (listed.json as { workflow_runs: { id: number }[] }).workflow_runs.map((run) => run.id),
        [newer.id, older.id],
      );
    }
    const artifacts = await call('GET', `${base}/actions/runs/${newer.id}/artifacts?name=tf-repro-report&per_page=100`);
    assert.deepEqual(
      (artifacts.json as { artifacts: { name: string; expired: boolean }[] }).artifacts.map((a) => [a.name, a.expired]),
      [['tf-repro-report', false]],
    );
    assert.equal((await call('GET', `${base}/actions/workflows/other.yml/runs`)).status, 404);
    assert.deepEqual(server.violations, []);
  });

  test('a download answers 302 to blob storage, which serves a real zip to a request without a token, and only for its signature', async () => {
    const artifact = server.addArtifact(pushed(), 'tf-repro-report', { 'report.json': '{"schemaVersion": 1}', 'logs/run-1.log': 'trained' });
    const redirect = await fetch(`${server.url}${base}/actions/artifacts/${artifact.id}/zip`, {
      headers: { authorization: `token ${token}` },
      redirect: 'manual',
    });
    assert.equal(redirect.status, 302);
    const location = redirect.headers.get('location')!;
    assert.ok(location.startsWith(`${server.url}${BLOB_PATH}${artifact.id}.zip?`), location);
    const blob = await fetch(location);
    assert.equal(blob.status, 200);
    assert.equal(blob.headers.get('content-type'), 'application/zip');
    const files = unzipSync(new Uint8Array(await blob.arrayBuffer()));
    assert.deepEqual(Object.keys(files).sort(), ['logs/run-1.log', 'report.json']);
    assert.equal(Buffer.from(files['report.json']!).toString(), '{"schemaVersion": 1}');
    assert.deepEqual(server.violations, []);
    assert.equal((await fetch(location.replace(/sig=\w+/, 'sig=forged'))).status, 403);
    await fetch(location, { headers: { authorization: `token ${token}` } });
    assert.match(server.violations.join(), /blob storage carries an Authorization header/);
  });

  test('an expired artifact is listed as expired and its download is 410 Gone', async () => {
    const artifact = server.addArtifact(pushed(), 'tf-repro-report', { 'report.json': '{}' }, { expired: true });
    const listed = await call('GET', `${base}/actions/runs/${artifact.runId}/artifacts`);
    assert.equal((listed.json as { artifacts: { expired: boolean }[] }).artifacts[0]!.expired, true);
    assert.equal((await call('GET', `${base}/actions/artifacts/${artifact.id}/zip`)).status, 410);
    assert.deepEqual(server.violations, []);
  });

  test('a status that is neither a status nor a conclusion is refused', async () => {
    const answer = await call('GET', `${base}/actions/workflows/ci.yml/runs?status=succeeded`);
    assert.equal(answer.status, 404);
    assert.match(server.violations.join(), /"succeeded" is not one of/);
  });
});
