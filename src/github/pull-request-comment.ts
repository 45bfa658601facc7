// The comment step's I/O: find the pull request, find our comment on it, create or update it.
// Every decision is made by the pure parts (plan.ts, marker.ts, retry.ts, report/comment.ts); this
// shell only talks to the API. It never throws for an API failure: it returns an outcome that says
// what went wrong, so that the check's verdict never depends on the comment.
import type { Report } from '../contracts/report.js';
import { stepVerdict } from '../report/across.js';
import { renderComment } from '../report/render.js';
import { markerFor, reportDigest } from './marker.js';
import {
  choosePullRequest,
  commentTarget,
  explainCommentFailure,
  findOurComment,
  planComment,
  type CommentInputs,
  type CommentOutcome,
  type OurComment,
} from './plan.js';
import { httpFailure, redactor, retryingOctokit, type Octokit } from './octokit.js';
import { errorMessage } from '../util/errors.js';

/**
 * Whose comments are ours. GET /user names the token's user for a personal access token or a
 * GitHub App user token. The workflow's own token (an installation token of the GitHub Actions
 * app) gets 403 there; its comments are written by this login.
 */
export const WORKFLOW_TOKEN_LOGIN = 'github-actions[bot]';

export interface RunContext {
  eventName: string;
  /** The event's webhook payload, as read from GITHUB_EVENT_PATH. */
  payload: unknown;
  owner: string;
  repo: string;
  /** Link to this workflow run, for the comment's footer; null when unknown. */
  runUrl: string | null;
}

export interface PublishOptions {
  inputs: CommentInputs;
  context: RunContext;
  report: Report;
  /** Progress lines (retries, the lookup); never carries the token. */
  log: (message: string) => void;
  userAgent: string;
  sleep?: (ms: number) => Promise<void>;
}

/** The login our comments carry; `assumed` when GET /user would not say (an installation token). */
async function tokenIdentity(octokit: Octokit): Promise<{ login: string; assumed: boolean }> {
  try {
    const { data } = await octokit.rest.users.getAuthenticated();
    return { login: data.login, assumed: false };
  } catch (error) {
    if (httpFailure(error)?.status === 403) return { login: WORKFLOW_TOKEN_LOGIN, assumed: true };
    throw error;
  }
}

async function findPullRequest(octokit: Octokit, context: RunContext, head: string, sha: string | null): Promise<number | null> {
  const { data } = await octokit.rest.pulls.list({ owner: context.owner, repo: context.repo, head, state: 'open', per_page: 100 });
  return choosePullRequest(
    data.map((pull) => ({ number: pull.number, headSha: pull.head.sha })),
    sha,
  );
}

/** Pages through the comments until ours turns up; most pull requests have one page. */
async function findExisting(octokit: Octokit, context: RunContext, pullRequest: number, identity: string, commentId: string): Promise<OurComment | null> {
  const pages = octokit.paginate.iterator(octokit.rest.issues.listComments, {
    owner: context.owner,
    repo: context.repo,
    issue_number: pullRequest,
    per_page: 100,
  });
  for await (const page of pages) {
    const comments = page.data.map((comment) => ({ id: comment.id, body: comment.body ?? '', authorLogin: comment.user?.login ?? null }));
    const ours = findOurComment(comments, identity, commentId);
    if (ours) return ours;
  }
  return null;
}

export async function publishComment({ inputs, context, report, log, userAgent, sleep }: PublishOptions): Promise<CommentOutcome> {
  if (inputs.mode === 'off') return { kind: 'skipped', reason: 'comment is off', pullRequest: null };
  const target = commentTarget(context.eventName, context.payload);
  if (target.kind === 'none') return { kind: 'not-a-pull-request', reason: target.reason };
  if (inputs.githubToken === '') {
    return {
      kind: 'failed',
      message:
        'Could not comment on the pull request: the github-token input is empty. Leave it out to use the workflow token, or pass one. The verdict and the job summary are unaffected.',
    };
  }
  const redact = redactor(inputs.githubToken);
  const octokit = retryingOctokit(inputs.githubToken, userAgent, log, sleep);
  let stage = target.kind === 'pull-request' ? `read the comments of pull request #${target.number}` : `find the pull request of ${target.head}`;
  try {
    let pullRequest: number;
    if (target.kind === 'pull-request') {
      pullRequest = target.number;
    } else {
      const found = await findPullRequest(octokit, context, target.head, target.sha);
      if (found === null) return { kind: 'not-a-pull-request', reason: `no open pull request has the head ${target.head}` };
      log(`The workflow run belongs to pull request #${found} (head ${target.head}).`);
      pullRequest = found;
      stage = `read the comments of pull request #${pullRequest}`;
    }
    const identity = await tokenIdentity(octokit);
    const existing = await findExisting(octokit, context, pullRequest, identity.login, inputs.commentId);
    const digest = reportDigest(report);
    const plan = planComment({ mode: inputs.mode, verdict: stepVerdict(report), digest, existing });
    if (plan.action === 'skip') return { kind: 'skipped', reason: plan.reason, pullRequest };
    const body = renderComment(report, { marker: markerFor(inputs.commentId, digest), runUrl: context.runUrl, commentId: inputs.commentId });
    if (plan.action === 'create') {
      stage = `comment on pull request #${pullRequest}`;
      const { data } = await octokit.rest.issues.createComment({ owner: context.owner, repo: context.repo, issue_number: pullRequest, body });
      const author = data.user?.login;
      const note =
        identity.assumed && author && author.toLowerCase() !== identity.login.toLowerCase()
          ? `The comment was written as ${author}, an app whose name its installation token cannot look up, so later runs cannot find it and will add new comments. Use the workflow token or a personal access token for github-token to keep one comment.`
          : undefined;
      return { kind: 'created', url: data.html_url, pullRequest, note };
    }
    stage = `update our comment on pull request #${pullRequest}`;
    const { data } = await octokit.rest.issues.updateComment({ owner: context.owner, repo: context.repo, comment_id: plan.commentId, body });
    return { kind: 'updated', url: data.html_url, pullRequest };
  } catch (error) {
    const failure = httpFailure(error);
    const message = errorMessage(error);
    return { kind: 'failed', message: redact(explainCommentFailure(stage, failure?.status ?? null, message)) };
  }
}
