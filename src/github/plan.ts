// Decides, without any I/O, what the pull request comment step does: which inputs are valid, which
// pull request an event belongs to, which existing comment is ours, and whether to create, update
// or leave it.
import { type Verdict } from '../contracts/verdict.js';
import { fail, ok, type Parsed } from '../util/parsed.js';
import { parseMarker } from './marker.js';

export const COMMENT_MODES = ['always', 'on-failure', 'on-change', 'off'] as const;
export type CommentMode = (typeof COMMENT_MODES)[number];

/** The action-only inputs of the comment step (the CLI has none of these). */
export interface CommentInputs {
  /** Empty when the workflow gives none. */
  githubToken: string;
  mode: CommentMode;
  commentId: string;
}

export const MAX_COMMENT_ID_LENGTH = 100;

export function parseCommentInputs(raw: { githubToken?: string; comment?: string; commentId?: string }, defaultId: string): Parsed<CommentInputs> {
  const errors: string[] = [];
  const modeText = raw.comment?.trim() || 'always';
  if (!(COMMENT_MODES as readonly string[]).includes(modeText)) {
    errors.push(`input 'comment' must be one of ${COMMENT_MODES.join(', ')}, got '${modeText}'`);
  }
  const commentId = raw.commentId?.trim() || defaultId;
  if (commentId.length > MAX_COMMENT_ID_LENGTH) {
    errors.push(`input 'comment-id' must be at most ${MAX_COMMENT_ID_LENGTH} characters, got ${commentId.length}`);
  }
  if (errors.length > 0) return fail(errors.join('\n'));
  return ok({ githubToken: raw.githubToken?.trim() ?? '', mode: modeText as CommentMode, commentId });
}

/** The events on which the action comments. */
export const COMMENT_EVENTS = ['pull_request', 'pull_request_target', 'workflow_run'] as const;

/** Where the comment goes, as far as the event alone tells. */
export type CommentTarget =
  | { kind: 'pull-request'; number: number }
  /** A workflow_run whose payload names no pull request (fork pull requests): look it up by head. */
  | { kind: 'find-by-head'; head: string; sha: string | null }
  | { kind: 'none'; reason: string };

type Json = Record<string, unknown>;
const object = (value: unknown): Json | null => (value !== null && typeof value === 'object' && !Array.isArray(value) ? (value as Json) : null);
const positiveInteger = (value: unknown): number | null => (typeof value === 'number' && Number.isInteger(value) && value > 0 ? value : null);
const text = (value: unknown): string | null => (typeof value === 'string' && value !== '' ? value : null);

/** The pull request an event belongs to: from the event's own payload, nothing looked up. */
export function commentTarget(eventName: string, payload: unknown): CommentTarget {
  const event = object(payload) ?? {};
  if (eventName === 'pull_request' || eventName === 'pull_request_target') {
    const number = positiveInteger(object(event.pull_request)?.number) ?? positiveInteger(event.number);
    return number === null ? { kind: 'none', reason: `the ${eventName} event names no pull request number` } : { kind: 'pull-request', number };
  }
  if (eventName === 'workflow_run') {
    const run = object(event.workflow_run);
    if (!run) return { kind: 'none', reason: 'the workflow_run event has no workflow_run' };
    const repositoryId = object(event.repository)?.id;
    const pulls = Array.isArray(run.pull_requests) ? run.pull_requests.map(object).filter((pull): pull is Json => pull !== null) : [];
    // Only a pull request into this repository: the list may also name ones between other repositories.
    const pull = pulls.find((candidate) => repositoryId === undefined || object(object(candidate.base)?.repo)?.id === repositoryId);
    const number = positiveInteger(pull?.number);
    if (number !== null) return { kind: 'pull-request', number };
    const triggeredBy = text(run.event) ?? 'unknown';
    if (triggeredBy !== 'pull_request' && triggeredBy !== 'pull_request_target') {
      return { kind: 'none', reason: `the workflow run it follows was triggered by ${triggeredBy}, not by a pull request` };
    }
    // GitHub leaves pull_requests empty for pull requests from forks: find it by its head instead.
    const owner = text(object(object(run.head_repository)?.owner)?.login);
    const branch = text(run.head_branch);
    if (owner === null || branch === null) return { kind: 'none', reason: 'the workflow_run event names neither a pull request nor its head branch' };
    return { kind: 'find-by-head', head: `${owner}:${branch}`, sha: text(run.head_sha) };
  }
  return {
    kind: 'none',
    reason: `the workflow was triggered by ${eventName || 'an unknown event'}, and only ${COMMENT_EVENTS.join(', ')} events belong to a pull request`,
  };
}

/** A pull request as pulls.list gives it, as much as the lookup needs. */
export interface PullRequestHead {
  number: number;
  headSha: string;
}

/** Of the open pull requests with the run's head branch, the one at the run's commit, else the first. */
export function choosePullRequest(pulls: PullRequestHead[], sha: string | null): number | null {
  return (pulls.find((pull) => sha !== null && pull.headSha === sha) ?? pulls[0])?.number ?? null;
}

/** A comment as the API lists it, as much as finding ours needs. */
export interface ListedComment {
  id: number;
  body: string;
  authorLogin: string | null;
}

export interface OurComment {
  id: number;
  /** The digest in its marker; null when it has none. */
  digest: string | null;
}

/**
 * Our comment: the first whose author is the token's own identity AND whose marker carries our
 * comment-id. A marker alone proves nothing (anyone can paste it), so another author's comment is
 * never ours, whatever it says.
 */
export function findOurComment(comments: ListedComment[], identity: string, commentId: string): OurComment | null {
  for (const comment of comments) {
    if (comment.authorLogin === null || comment.authorLogin.toLowerCase() !== identity.toLowerCase()) continue;
    const marker = parseMarker(comment.body);
    if (marker?.commentId === commentId) return { id: comment.id, digest: marker.digest };
  }
  return null;
}

export type CommentPlan = { action: 'create'; reason: string } | { action: 'update'; commentId: number; reason: string } | { action: 'skip'; reason: string };

export interface PlanInput {
  mode: CommentMode;
  verdict: Verdict;
  /** The digest of the report about to be posted. */
  digest: string;
  existing: OurComment | null;
}

export function planComment({ mode, verdict, digest, existing }: PlanInput): CommentPlan {
  const failed = verdict !== 'reproducible';
  switch (mode) {
    case 'off':
      return { action: 'skip', reason: 'comment is off' };
    case 'always':
      return existing ? { action: 'update', commentId: existing.id, reason: 'updating our comment' } : { action: 'create', reason: 'no comment of ours yet' };
    case 'on-failure':
      if (existing)
        return { action: 'update', commentId: existing.id, reason: failed ? 'updating our comment' : 'the check passes now: updating our earlier comment' };
      return failed ? { action: 'create', reason: `the verdict is ${verdict}` } : { action: 'skip', reason: 'the check passed, and comment is on-failure' };
    case 'on-change':
      if (!existing) return { action: 'create', reason: 'no comment of ours yet' };
      if (existing.digest === digest) return { action: 'skip', reason: 'the verdict and numbers are unchanged since our comment, and comment is on-change' };
      return { action: 'update', commentId: existing.id, reason: 'the verdict or a number changed' };
  }
}

/** Where the comment step ended; the I/O shell returns it and the action logs it. */
export type CommentOutcome =
  /** note: something the user should know although the comment is there. */
  | { kind: 'created' | 'updated'; url: string; pullRequest: number; note?: string }
  | { kind: 'skipped'; reason: string; pullRequest: number | null }
  | { kind: 'not-a-pull-request'; reason: string }
  | { kind: 'failed'; message: string };

export const FORK_RECIPE_HINT =
  'On pull requests from forks the workflow token is read-only: comment from a workflow_run workflow instead (see the README, "Comments on pull requests from forks"). Elsewhere, give the job `permissions: pull-requests: write`. Or set `comment: off`.';

/** One warning that says what failed, why it is most likely so, and what to do; never the token. */
export function explainCommentFailure(stage: string, status: number | null, message: string): string {
  const answer = status === null ? message : `GitHub answered ${status}${message ? ` (${message})` : ''}`;
  let advice = '';
  if (status === 401) advice = ' The token is not valid: check the github-token input.';
  else if (status === 403 || status === 404) advice = ` The token may not write to this pull request. ${FORK_RECIPE_HINT}`;
  return `Could not ${stage}: ${answer}.${advice} The verdict and the job summary are unaffected.`;
}
