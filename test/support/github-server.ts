// A stand-in for api.github.com on 127.0.0.1, for the endpoints the action calls and no others.
// Every request is checked against GitHub's OpenAPI description (operation by method and path
// template, path and query parameters, JSON body); whatever does not validate is recorded in
// `violations` (a test asserts there are none) and answered 404/422, as GitHub would. Answers are
// the description's own examples with the stored state filled in, and are validated too. Comments
// live in memory, so listing, creating and updating behave; tests inject faults.
//
// Workflow runs and their artifacts live here too (baseline: main). An artifact's download answers
// 302 to a second, non-API route on this server, as GitHub's blob storage is reached: a signed URL
// that serves the artifact as a real zip (application/zip), and that no request may bring a token to.
import { randomBytes } from 'node:crypto';
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { posix } from 'node:path';
import { zipSync } from 'fflate';
import { coerceParameter, componentExample, findOperation, responseOf, validate, type Operation } from './openapi.js';

/** Who a token is, as GitHub would see it. */
export interface Identity {
  login: string;
  id: number;
  type: 'User' | 'Bot';
  /**
   * Whether GET /user answers for this token. Installation tokens (the workflow's GITHUB_TOKEN)
   * get 403 "Resource not accessible by integration" there.
   */
  userEndpoint: boolean;
}

export const WORKFLOW_BOT: Identity = { login: 'github-actions[bot]', id: 41898282, type: 'Bot', userEndpoint: false };

export interface StoredComment {
  id: number;
  owner: string;
  repo: string;
  issue: number;
  body: string;
  user: Identity;
  createdAt: string;
  updatedAt: string;
}

export interface StoredPullRequest {
  owner: string;
  repo: string;
  number: number;
  /** "owner:branch" */
  headLabel: string;
  headSha: string;
  state: 'open' | 'closed';
}

export interface StoredWorkflow {
  owner: string;
  repo: string;
  id: number;
  /** ".github/workflows/ci.yml" */
  path: string;
}

export interface StoredRun {
  id: number;
  owner: string;
  repo: string;
  workflowId: number;
  branch: string;
  event: string;
  status: 'completed' | 'in_progress';
  conclusion: 'success' | 'failure' | null;
  headSha: string;
  /** "owner/repo" of the commit's repository: a fork's for its pull requests. */
  headRepository: string;
  createdAt: string;
}

export interface StoredArtifact {
  id: number;
  owner: string;
  repo: string;
  runId: number;
  name: string;
  /** The zip GitHub's blob storage serves. */
  zip: Uint8Array;
  expired: boolean;
  expiresAt: string;
}

export interface Fault {
  operationId: string;
  status: number;
  /** How many requests it answers; then it is gone. */
  times: number;
  message?: string;
  headers?: Record<string, string>;
}

export interface RecordedRequest {
  method: string;
  path: string;
  query: Record<string, string>;
  operationId: string | null;
  body: unknown;
  status: number;
}

const IMPLEMENTED = [
  'users/get-authenticated',
  'issues/list-comments',
  'issues/create-comment',
  'issues/update-comment',
  'pulls/list',
  'repos/get',
  'actions/get-workflow-run',
  'actions/list-workflow-runs',
  'actions/list-workflow-run-artifacts',
  'actions/download-artifact',
] as const;
type Implemented = (typeof IMPLEMENTED)[number];

const DOCS = 'https://docs.github.com/rest';

interface Answer {
  status: number;
  /** JSON; undefined: no body at all (a 302). */
  body: unknown;
  headers?: Record<string, string>;
  /** Bytes served as they are (the blob storage's zip), instead of a JSON body. */
  raw?: Uint8Array;
}

/** Where the download's 302 points: a path of this server that is no API route, as blob storage is no API. */
export const BLOB_PATH = '/_blob/artifacts/';

export class GitHubServer {
  readonly violations: string[] = [];
  readonly requests: RecordedRequest[] = [];
  readonly comments: StoredComment[] = [];
  readonly pullRequests: StoredPullRequest[] = [];
  readonly tokens = new Map<string, Identity>();
  readonly repositories = new Map<string, { defaultBranch: string; id: number }>();
  readonly workflows: StoredWorkflow[] = [];
  readonly runs: StoredRun[] = [];
  readonly artifacts: StoredArtifact[] = [];
  /** The blob storage's signed URLs: signature → artifact id. */
  private readonly signed = new Map<string, number>();
  private readonly faults: Fault[] = [];
  private nextId = 1_000_001;
  private server: Server | null = null;
  url = '';

  async start(): Promise<string> {
    this.server = createServer((request, response) => void this.handle(request, response));
    await new Promise<void>((resolve) => this.server!.listen(0, '127.0.0.1', resolve));
    this.url = `http://127.0.0.1:${(this.server.address() as AddressInfo).port}`;
    return this.url;
  }

  async stop(): Promise<void> {
    this.server?.closeAllConnections();
    await new Promise<void>((resolve) => (this.server ? this.server.close(() => resolve()) : resolve()));
  }

  /** Forgets every comment, workflow run, artifact, request, violation and fault; keeps tokens, repositories, workflows and pull requests. */
  reset(): void {
    this.violations.length = 0;
    this.requests.length = 0;
    this.comments.length = 0;
    this.runs.length = 0;
    this.artifacts.length = 0;
    this.signed.clear();
    this.faults.length = 0;
  }

  addRepository(owner: string, repo: string, defaultBranch: string, id = 1_296_269): void {
    this.repositories.set(`${owner}/${repo}`.toLowerCase(), { defaultBranch, id });
  }

  addWorkflow(workflow: StoredWorkflow): void {
    this.workflows.push(workflow);
  }

  /** A workflow run, newer than every run added before it. */
  addRun(run: Omit<StoredRun, 'id' | 'createdAt'> & { id?: number }): StoredRun {
    const stored = {
      ...run,
      id: run.id ?? this.nextId++,
      createdAt: new Date(Date.UTC(2025, 0, 1) + this.runs.length * 60_000).toISOString().replace(/\.\d{3}Z$/, 'Z'),
    };
    this.runs.push(stored);
    return stored;
  }

  /** An artifact of `run` holding `files`, zipped as upload-artifact does (paths relative to its root); or `zip` as it is. */
  addArtifact(
    run: StoredRun,
    name: string,
    files: Record<string, string | Uint8Array>,
    { expired = false, zip: given }: { expired?: boolean; zip?: Uint8Array } = {},
  ): StoredArtifact {
    const zip =
      given ??
      zipSync(Object.fromEntries(Object.entries(files).map(([path, content]) => [path, typeof content === 'string' ? Buffer.from(content) : content])));
    const artifact = {
      id: this.nextId++,
      owner: run.owner,
      repo: run.repo,
      runId: run.id,
      name,
      zip,
      expired,
      expiresAt: expired ? '2025-01-02T00:00:00Z' : '2099-01-01T00:00:00Z',
    };
    this.artifacts.push(artifact);
    return artifact;
  }

  addToken(token: string, identity: Identity): void {
    this.tokens.set(token, identity);
  }

  addPullRequest(pull: StoredPullRequest): void {
    this.pullRequests.push(pull);
  }

  /** A comment as if someone wrote it earlier. */
  addComment(owner: string, repo: string, issue: number, body: string, user: Identity): StoredComment {
    const now = new Date(Date.UTC(2024, 0, 1) + this.comments.length * 1000).toISOString().replace(/\.\d{3}Z$/, 'Z');
    const comment = { id: this.nextId++, owner, repo, issue, body, user, createdAt: now, updatedAt: now };
    this.comments.push(comment);
    return comment;
  }

  fail(fault: Fault): void {
    this.faults.push({ ...fault });
  }

  commentsOn(owner: string, repo: string, issue: number): StoredComment[] {
    return this.comments.filter((comment) => same(comment.owner, owner) && same(comment.repo, repo) && comment.issue === issue);
  }

  private async handle(request: IncomingMessage, response: ServerResponse): Promise<void> {
    const url = new URL(request.url ?? '/', this.url);
    const chunks: Buffer[] = [];
    for await (const chunk of request) chunks.push(chunk as Buffer);
    const raw = Buffer.concat(chunks).toString('utf8');
    const method = request.method ?? 'GET';
    const record: RecordedRequest = {
      method,
      path: url.pathname,
      query: Object.fromEntries(url.searchParams),
      operationId: null,
      body: raw === '' ? undefined : raw,
      status: 0,
    };
    this.requests.push(record);
    const answer = url.pathname.startsWith(BLOB_PATH) ? this.blob(request, url, record) : this.answer(request, url, raw, record);
    record.status = answer.status;
    if (answer.raw) {
      response.writeHead(answer.status, answer.headers);
      response.end(answer.raw);
      return;
    }
    if (answer.body === undefined) {
      response.writeHead(answer.status, answer.headers);
      response.end();
      return;
    }
    response.writeHead(answer.status, { 'content-type': 'application/json; charset=utf-8', ...answer.headers });
    response.end(JSON.stringify(answer.body));
  }

  /** The blob storage behind a download's 302: the zip for a signature it gave out, to a request without credentials. */
  private blob(request: IncomingMessage, url: URL, record: RecordedRequest): Answer {
    if (request.headers.authorization) this.violation(record, 'a request to blob storage carries an Authorization header: the token would leave GitHub');
    const id = this.signed.get(url.searchParams.get('sig') ?? '');
    const artifact = this.artifacts.find((a) => a.id === id && url.pathname === `${BLOB_PATH}${a.id}.zip`);
    if (request.method !== 'GET' || !artifact)
      return { status: 403, body: undefined, raw: Buffer.from('AuthenticationFailed'), headers: { 'content-type': 'application/xml' } };
    return {
      status: 200,
      body: undefined,
      raw: artifact.zip,
      headers: {
        'content-type': 'application/zip',
        'content-length': String(artifact.zip.length),
        'content-disposition': `attachment; filename=${artifact.name}.zip`,
      },
    };
  }

  private violation(record: RecordedRequest, message: string): void {
    this.violations.push(`${record.method} ${record.path}${Object.keys(record.query).length ? `?${new URLSearchParams(record.query)}` : ''}: ${message}`);
  }

  private answer(request: IncomingMessage, url: URL, raw: string, record: RecordedRequest): Answer {
    const match = findOperation(record.method, url.pathname);
    if (!match) {
      this.violation(record, 'no operation in the OpenAPI description has this method and path');
      return error(404, 'Not Found');
    }
    const { operation, pathParams } = match;
    record.operationId = operation.operationId;
    if (!(IMPLEMENTED as readonly string[]).includes(operation.operationId)) {
      this.violation(record, `${operation.operationId} is not an endpoint the action is expected to call`);
      return error(404, 'Not Found');
    }
    const params = this.validateParameters(operation, pathParams, url, record);
    if (params === null) return error(404, 'Not Found');
    const body = this.validateBody(operation, raw, request.headers['content-type'], record);
    if (body === undefined) return { status: 422, body: { message: 'Invalid request.', documentation_url: DOCS } };
    record.body = body;
    const identity = this.authenticate(request, record);
    if (!identity) return error(401, 'Bad credentials');
    const faultIndex = this.faults.findIndex((fault) => fault.operationId === operation.operationId && fault.times > 0);
    if (faultIndex >= 0) {
      const fault = this.faults[faultIndex];
      fault.times--;
      return { ...error(fault.status, fault.message ?? defaultMessage(fault.status)), headers: fault.headers };
    }
    const answer = this.route(operation.operationId as Implemented, params, body as Record<string, unknown> | null, identity, record);
    this.validateResponse(operation, answer, record);
    return answer;
  }

  private validateParameters(operation: Operation, pathParams: Record<string, string>, url: URL, record: RecordedRequest): Record<string, unknown> | null {
    const values: Record<string, unknown> = {};
    let ok = true;
    const check = (name: string, schema: Operation['parameters'][number]['schema'], text: string, where: string): void => {
      const value = coerceParameter(schema, text);
      const errors = value === undefined ? [`${where} ${name}: '${text}' is not of type ${schema.type}`] : validate(schema, value, `${where} ${name}`);
      if (errors.length > 0) {
        ok = false;
        for (const message of errors) this.violation(record, message);
      }
      values[name] = value;
    };
    for (const parameter of operation.parameters.filter((p) => p.in === 'path'))
      check(parameter.name, parameter.schema, pathParams[parameter.name], 'path parameter');
    const declared = new Set(operation.parameters.filter((p) => p.in === 'query').map((p) => p.name));
    for (const [name, text] of url.searchParams) {
      if (!declared.has(name)) {
        this.violation(record, `query parameter '${name}' is not a parameter of ${operation.operationId}`);
        ok = false;
        continue;
      }
      check(name, operation.parameters.find((p) => p.in === 'query' && p.name === name)!.schema, text, 'query parameter');
    }
    for (const parameter of operation.parameters.filter((p) => p.in === 'query' && p.required)) {
      if (!url.searchParams.has(parameter.name)) {
        this.violation(record, `required query parameter '${parameter.name}' is missing`);
        ok = false;
      }
    }
    return ok ? values : null;
  }

  /** The parsed body; null when the operation takes none; undefined when it does not validate. */
  private validateBody(operation: Operation, raw: string, contentType: string | undefined, record: RecordedRequest): unknown {
    if (!operation.requestBody) {
      if (raw !== '') {
        this.violation(record, `${operation.operationId} takes no request body`);
        return undefined;
      }
      return null;
    }
    if (raw === '') {
      if (operation.requestBody.required) {
        this.violation(record, 'the request body is required');
        return undefined;
      }
      return null;
    }
    if (!contentType?.startsWith('application/json')) {
      this.violation(record, `the body must be application/json, was ${contentType}`);
      return undefined;
    }
    let body: unknown;
    try {
      body = JSON.parse(raw);
    } catch {
      this.violation(record, 'the body is not JSON');
      return undefined;
    }
    const errors = validate(operation.requestBody.content['application/json'].schema, body, 'body', { strictProperties: true });
    for (const message of errors) this.violation(record, message);
    return errors.length > 0 ? undefined : body;
  }

  private authenticate(request: IncomingMessage, record: RecordedRequest): Identity | null {
    const match = /^(?:token|bearer) (\S+)$/i.exec(request.headers.authorization ?? '');
    const identity = match ? this.tokens.get(match[1]) : undefined;
    if (!identity) this.violation(record, match ? 'unknown token' : 'no Authorization header');
    return identity ?? null;
  }

  private validateResponse(operation: Operation, answer: Answer, record: RecordedRequest): void {
    const { schema } = responseOf(operation, answer.status);
    if (schema) for (const message of validate(schema, answer.body, 'response')) this.violation(record, `(server) ${message}`);
  }

  private route(
    operationId: Implemented,
    params: Record<string, unknown>,
    body: Record<string, unknown> | null,
    identity: Identity,
    record: RecordedRequest,
  ): Answer {
    const owner = params.owner as string;
    const repo = params.repo as string;
    switch (operationId) {
      case 'users/get-authenticated': {
        if (!identity.userEndpoint) return error(403, 'Resource not accessible by integration');
        const user = responseOf(findOperation('GET', '/user')!.operation, 200).example as Record<string, unknown>;
        return { status: 200, body: { ...user, login: identity.login, id: identity.id, type: identity.type } };
      }
      case 'issues/list-comments': {
        const issue = params.issue_number as number;
        if (!this.issueExists(owner, repo, issue)) return error(404, 'Not Found');
        const all = this.commentsOn(owner, repo, issue);
        const perPage = Math.min(100, (params.per_page as number | undefined) ?? 30);
        const page = Math.max(1, (params.page as number | undefined) ?? 1);
        const last = Math.max(1, Math.ceil(all.length / perPage));
        const link = (n: number, rel: string): string => `<${this.url}${record.path}?per_page=${perPage}&page=${n}>; rel="${rel}"`;
        const links = [...(page < last ? [link(page + 1, 'next'), link(last, 'last')] : []), ...(page > 1 ? [link(1, 'first'), link(page - 1, 'prev')] : [])];
        const items = all.slice((page - 1) * perPage, page * perPage).map((comment) => this.commentJson(comment));
        return { status: 200, body: items, headers: links.length ? { link: links.join(', ') } : undefined };
      }
      case 'issues/create-comment': {
        const issue = params.issue_number as number;
        if (!this.issueExists(owner, repo, issue)) return error(404, 'Not Found');
        const comment = this.addComment(owner, repo, issue, body!.body as string, identity);
        const json = this.commentJson(comment);
        return { status: 201, body: json, headers: { location: json.url as string } };
      }
      case 'issues/update-comment': {
        const comment = this.comments.find((c) => c.id === params.comment_id && same(c.owner, owner) && same(c.repo, repo));
        if (!comment) return error(404, 'Not Found');
        // GitHub lets anyone with write access edit anyone's comment: the action must not rely on a refusal here.
        comment.body = body!.body as string;
        comment.updatedAt = new Date().toISOString().replace(/\.\d{3}Z$/, 'Z');
        return { status: 200, body: this.commentJson(comment) };
      }
      case 'repos/get': {
        const repository = this.repositories.get(`${owner}/${repo}`.toLowerCase());
        if (!repository) return error(404, 'Not Found');
        const example = componentExample<Record<string, unknown>>('full-repository');
        return {
          status: 200,
          body: {
            ...example,
            id: repository.id,
            name: repo,
            full_name: `${owner}/${repo}`,
            default_branch: repository.defaultBranch,
            owner: { ...(example.owner as object), login: owner },
            // The description's own example lacks this property, which its schema requires.
            has_discussions: false,
          },
        };
      }
      case 'actions/get-workflow-run': {
        const run = this.runs.find((r) => r.id === params.run_id && same(r.owner, owner) && same(r.repo, repo));
        return run ? { status: 200, body: this.runJson(run) } : error(404, 'Not Found');
      }
      case 'actions/list-workflow-runs': {
        const id = String(params.workflow_id);
        const workflow = this.workflows.find((w) => same(w.owner, owner) && same(w.repo, repo) && (String(w.id) === id || posix.basename(w.path) === id));
        if (!workflow) return error(404, 'Not Found');
        const status = params.status as string | undefined;
        const runs = this.runs
          .filter(
            (run) =>
              run.workflowId === workflow.id &&
              same(run.owner, owner) &&
              same(run.repo, repo) &&
              (params.branch === undefined || run.branch === params.branch) &&
              (params.event === undefined || run.event === params.event) &&
              (status === undefined || run.status === status || run.conclusion === status),
          )
          .sort((a, b) => (a.createdAt < b.createdAt ? 1 : a.createdAt > b.createdAt ? -1 : b.id - a.id));
        return { status: 200, body: { total_count: runs.length, workflow_runs: this.page(runs, params).map((run) => this.runJson(run)) } };
      }
      case 'actions/list-workflow-run-artifacts': {
        if (!this.runs.some((r) => r.id === params.run_id && same(r.owner, owner) && same(r.repo, repo))) return error(404, 'Not Found');
        const artifacts = this.artifacts.filter((a) => a.runId === params.run_id && (params.name === undefined || a.name === params.name));
        return { status: 200, body: { total_count: artifacts.length, artifacts: this.page(artifacts, params).map((artifact) => this.artifactJson(artifact)) } };
      }
      case 'actions/download-artifact': {
        const artifact = this.artifacts.find((a) => a.id === params.artifact_id && same(a.owner, owner) && same(a.repo, repo));
        if (!artifact || params.archive_format !== 'zip') return error(404, 'Not Found');
        if (artifact.expired) return error(410, 'Artifact has expired');
        const signature = randomBytes(16).toString('hex');
        this.signed.set(signature, artifact.id);
        return {
          status: 302,
          body: undefined,
          headers: { location: `${this.url}${BLOB_PATH}${artifact.id}.zip?sv=2021-12-02&se=2099-01-01&sig=${signature}` },
        };
      }
      case 'pulls/list': {
        const state = (params.state as string | undefined) ?? 'open';
        const head = params.head as string | undefined;
        const pulls = this.pullRequests.filter(
          (pull) =>
            same(pull.owner, owner) && same(pull.repo, repo) && (state === 'all' || pull.state === state) && (head === undefined || pull.headLabel === head),
        );
        const template = componentExample<Record<string, unknown>[]>('pull-request-simple-items')[0];
        return {
          status: 200,
          body: pulls.map((pull) => {
            const [headOwner, ref] = pull.headLabel.split(':');
            const head = template.head as Record<string, unknown>;
            // requested_teams: []: the description's own example lists a team without the 'type' its schema requires.
            return {
              ...template,
              number: pull.number,
              state: pull.state,
              requested_teams: [],
              head: { ...head, label: pull.headLabel, ref, sha: pull.headSha, user: { ...(head.user as object), login: headOwner } },
            };
          }),
        };
      }
    }
  }

  /** `items` on the page that per_page and page ask for (GitHub's defaults: 30, page 1). */
  private page<T>(items: T[], params: Record<string, unknown>): T[] {
    const perPage = Math.min(100, (params.per_page as number | undefined) ?? 30);
    const page = Math.max(1, (params.page as number | undefined) ?? 1);
    return items.slice((page - 1) * perPage, page * perPage);
  }

  /** The description's workflow-run example with this run's fields. */
  private runJson(run: StoredRun): Record<string, unknown> {
    const example = componentExample<Record<string, unknown>>('workflow-run');
    const api = `${this.url}/repos/${run.owner}/${run.repo}`;
    const workflow = this.workflows.find((w) => w.id === run.workflowId);
    const repository = (fullName: string) => {
      const template = example.repository as Record<string, unknown>;
      const [login, name] = fullName.split('/');
      return { ...template, name, full_name: fullName, owner: { ...(template.owner as object), login } };
    };
    return {
      ...example,
      id: run.id,
      node_id: Buffer.from(`WorkflowRun${run.id}`).toString('base64'),
      head_branch: run.branch,
      head_sha: run.headSha,
      path: workflow?.path ?? '.github/workflows/ci.yml',
      event: run.event,
      status: run.status,
      conclusion: run.conclusion,
      workflow_id: run.workflowId,
      url: `${api}/actions/runs/${run.id}`,
      html_url: `https://github.com/${run.owner}/${run.repo}/actions/runs/${run.id}`,
      artifacts_url: `${api}/actions/runs/${run.id}/artifacts`,
      pull_requests: [],
      created_at: run.createdAt,
      updated_at: run.createdAt,
      run_started_at: run.createdAt,
      head_commit: { ...(example.head_commit as object), id: run.headSha },
      repository: repository(`${run.owner}/${run.repo}`),
      head_repository: repository(run.headRepository),
    };
  }

  /** The description's artifact example with this artifact's fields. */
  private artifactJson(artifact: StoredArtifact): Record<string, unknown> {
    const example = componentExample<Record<string, unknown>>('artifact');
    const api = `${this.url}/repos/${artifact.owner}/${artifact.repo}/actions/artifacts/${artifact.id}`;
    const run = this.runs.find((r) => r.id === artifact.runId);
    return {
      ...example,
      id: artifact.id,
      node_id: Buffer.from(`Artifact${artifact.id}`).toString('base64'),
      name: artifact.name,
      size_in_bytes: artifact.zip.length,
      url: api,
      archive_download_url: `${api}/zip`,
      expired: artifact.expired,
      expires_at: artifact.expiresAt,
      digest: null,
      workflow_run: { ...(example.workflow_run as object), id: artifact.runId, head_branch: run?.branch, head_sha: run?.headSha },
    };
  }

  private issueExists(owner: string, repo: string, issue: number): boolean {
    return this.pullRequests.some((pull) => same(pull.owner, owner) && same(pull.repo, repo) && pull.number === issue);
  }

  /** The description's issue-comment example with this comment's fields. */
  private commentJson(comment: StoredComment): Record<string, unknown> {
    const example = componentExample<Record<string, unknown>>('issue-comment');
    const api = `${this.url}/repos/${comment.owner}/${comment.repo}`;
    return {
      ...example,
      id: comment.id,
      node_id: Buffer.from(`IssueComment${comment.id}`).toString('base64'),
      url: `${api}/issues/comments/${comment.id}`,
      html_url: `https://github.com/${comment.owner}/${comment.repo}/pull/${comment.issue}#issuecomment-${comment.id}`,
      issue_url: `${api}/issues/${comment.issue}`,
      body: comment.body,
      user: { ...(example.user as object), login: comment.user.login, id: comment.user.id, type: comment.user.type },
      created_at: comment.createdAt,
      updated_at: comment.updatedAt,
      author_association: comment.user.type === 'Bot' ? 'NONE' : 'COLLABORATOR',
    };
  }
}

function same(a: string, b: string): boolean {
  return a.toLowerCase() === b.toLowerCase();
}

function defaultMessage(status: number): string {
  return status === 403 ? 'Resource not accessible by integration' : status >= 500 ? 'Server Error' : 'Error';
}

function error(status: number, message: string): Answer {
  return { status, body: { message, documentation_url: DOCS, status: String(status) } };
}
