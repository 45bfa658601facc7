export const id = 499;
export const ids = [499];
export const modules = {

/***/ 9499:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  runAction: () => (/* binding */ runAction)
});

// EXTERNAL MODULE: external "node:os"
var external_node_os_ = __webpack_require__(8161);
// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(6760);
// EXTERNAL MODULE: ./build/src/comparison/divergence.js
var divergence = __webpack_require__(7561);
// EXTERNAL MODULE: ./node_modules/@actions/core/lib/core.js + 14 modules
var core = __webpack_require__(6421);
// EXTERNAL MODULE: ./node_modules/@actions/github/lib/github.js + 22 modules
var github = __webpack_require__(2413);
// EXTERNAL MODULE: ./build/src/util/exit-codes.js
var exit_codes = __webpack_require__(6491);
// EXTERNAL MODULE: ./build/src/util/user-error.js
var user_error = __webpack_require__(2292);
// EXTERNAL MODULE: ./build/src/engine/across.js
var engine_across = __webpack_require__(5235);
// EXTERNAL MODULE: ./build/src/engine/check.js + 29 modules
var check = __webpack_require__(8870);
// EXTERNAL MODULE: ./build/src/engine/report-dir.js + 2 modules
var report_dir = __webpack_require__(5044);
// EXTERNAL MODULE: ./build/src/inputs/label.js
var label = __webpack_require__(3337);
// EXTERNAL MODULE: ./build/src/inputs/settings.js + 2 modules
var inputs_settings = __webpack_require__(9166);
// EXTERNAL MODULE: ./build/src/inputs/shard.js
var shard = __webpack_require__(1063);
// EXTERNAL MODULE: ./build/src/engine/shards.js
var shards = __webpack_require__(2879);
// EXTERNAL MODULE: ./build/src/comparison/shards.js
var comparison_shards = __webpack_require__(7470);
// EXTERNAL MODULE: ./build/src/inputs/setting-names.js
var setting_names = __webpack_require__(2138);
// EXTERNAL MODULE: ./build/src/report/render.js + 6 modules
var render = __webpack_require__(4784);
// EXTERNAL MODULE: ./build/src/report/format.js
var format = __webpack_require__(5845);
// EXTERNAL MODULE: external "node:crypto"
var external_node_crypto_ = __webpack_require__(7598);
;// CONCATENATED MODULE: ./build/src/github/marker.js
// The hidden marker that makes our pull request comment findable again: the comment-id it belongs
// to and a digest of the verdict and numbers it shows (for `comment: on-change`). Pure.

const MARKER_PATTERN = /<!-- tf-repro:comment-id=(\S+) digest=([0-9a-f]*) -->/;
/**
 * `<!-- tf-repro:comment-id=ID digest=HEX -->`. The id is percent-encoded, so no id can end the
 * HTML comment early or pass for another id ("a" never matches "a b" or "a-->").
 */
function markerFor(commentId, digest = '') {
    return `<!-- tf-repro:comment-id=${encodeURIComponent(commentId)} digest=${digest} -->`;
}
/** The first tf-repro marker in a comment body; null when there is none. */
function parseMarker(body) {
    const match = MARKER_PATTERN.exec(body);
    if (!match)
        return null;
    let commentId;
    try {
        commentId = decodeURIComponent(match[1]);
    }
    catch {
        return null;
    }
    return { commentId, digest: match[2] === '' ? null : match[2] };
}
/**
 * What `on-change` compares: the verdict and every number that decides it (the variance, the largest
 * difference, each fold's metric values per run, whether weights matched) and the drift against a
 * baseline. Timings are left out:
 * they change on every run and never decide the verdict.
 */
function reportDigest(report) {
    const content = {
        verdict: report.verdict,
        variance: report.variance,
        maxAbsDiff: report.maxAbsDiff,
        tolerance: report.comparison.tolerance,
        folds: report.comparison.folds.map((fold) => ({
            fold: fold.fold,
            metrics: Object.entries(fold.metrics)
                .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))
                .map(([name, metric]) => [name, metric.values]),
            weights: fold.weightsIdentical,
        })),
        // Absent without a baseline, so that such reports keep their digests.
        drift: report.drift ? { status: report.drift.status, reason: report.drift.reason, changed: report.drift.changedFolds } : undefined,
    };
    return (0,external_node_crypto_.createHash)('sha256').update(JSON.stringify(content)).digest('hex').slice(0, 16);
}
/** The default comment-id: one comment per workflow and job, e.g. "CI/reproducibility". */
function defaultCommentId(workflow, job) {
    const parts = [workflow?.trim(), job?.trim()].filter((part) => Boolean(part));
    return parts.length > 0 ? parts.join('/') : 'tf-repro';
}
//# sourceMappingURL=marker.js.map
// EXTERNAL MODULE: ./build/src/util/parsed.js
var parsed = __webpack_require__(8905);
;// CONCATENATED MODULE: ./build/src/github/plan.js


const COMMENT_MODES = ['always', 'on-failure', 'on-change', 'off'];
const MAX_COMMENT_ID_LENGTH = 100;
function parseCommentInputs(raw, defaultId) {
    const errors = [];
    const modeText = raw.comment?.trim() || 'always';
    if (!COMMENT_MODES.includes(modeText)) {
        errors.push(`input 'comment' must be one of ${COMMENT_MODES.join(', ')}, got '${modeText}'`);
    }
    const commentId = raw.commentId?.trim() || defaultId;
    if (commentId.length > MAX_COMMENT_ID_LENGTH) {
        errors.push(`input 'comment-id' must be at most ${MAX_COMMENT_ID_LENGTH} characters, got ${commentId.length}`);
    }
    if (errors.length > 0)
        return (0,parsed/* fail */.f)(errors.join('\n'));
    return (0,parsed.ok)({ githubToken: raw.githubToken?.trim() ?? '', mode: modeText, commentId });
}
/** The events on which the action comments. */
const COMMENT_EVENTS = ['pull_request', 'pull_request_target', 'workflow_run'];
const object = (value) => (value !== null && typeof value === 'object' && !Array.isArray(value) ? value : null);
const positiveInteger = (value) => (typeof value === 'number' && Number.isInteger(value) && value > 0 ? value : null);
const plan_text = (value) => (typeof value === 'string' && value !== '' ? value : null);
/** The pull request an event belongs to: from the event's own payload, nothing looked up. */
function commentTarget(eventName, payload) {
    const event = object(payload) ?? {};
    if (eventName === 'pull_request' || eventName === 'pull_request_target') {
        const number = positiveInteger(object(event.pull_request)?.number) ?? positiveInteger(event.number);
        return number === null ? { kind: 'none', reason: `the ${eventName} event names no pull request number` } : { kind: 'pull-request', number };
    }
    if (eventName === 'workflow_run') {
        const run = object(event.workflow_run);
        if (!run)
            return { kind: 'none', reason: 'the workflow_run event has no workflow_run' };
        const repositoryId = object(event.repository)?.id;
        const pulls = Array.isArray(run.pull_requests) ? run.pull_requests.map(object).filter((pull) => pull !== null) : [];
        // Only a pull request into this repository: the list may also name ones between other repositories.
        const pull = pulls.find((candidate) => repositoryId === undefined || object(object(candidate.base)?.repo)?.id === repositoryId);
        const number = positiveInteger(pull?.number);
        if (number !== null)
            return { kind: 'pull-request', number };
        const triggeredBy = plan_text(run.event) ?? 'unknown';
        if (triggeredBy !== 'pull_request' && triggeredBy !== 'pull_request_target') {
            return { kind: 'none', reason: `the workflow run it follows was triggered by ${triggeredBy}, not by a pull request` };
        }
        // GitHub leaves pull_requests empty for pull requests from forks: find it by its head instead.
        const owner = plan_text(object(object(run.head_repository)?.owner)?.login);
        const branch = plan_text(run.head_branch);
        if (owner === null || branch === null)
            return { kind: 'none', reason: 'the workflow_run event names neither a pull request nor its head branch' };
        return { kind: 'find-by-head', head: `${owner}:${branch}`, sha: plan_text(run.head_sha) };
    }
    return {
        kind: 'none',
        reason: `the workflow was triggered by ${eventName || 'an unknown event'}, and only ${COMMENT_EVENTS.join(', ')} events belong to a pull request`,
    };
}
/** Of the open pull requests with the run's head branch, the one at the run's commit, else the first. */
function choosePullRequest(pulls, sha) {
    return (pulls.find((pull) => sha !== null && pull.headSha === sha) ?? pulls[0])?.number ?? null;
}
/**
 * Our comment: the first whose author is the token's own identity AND whose marker carries our
 * comment-id. A marker alone proves nothing (anyone can paste it), so another author's comment is
 * never ours, whatever it says.
 */
function findOurComment(comments, identity, commentId) {
    for (const comment of comments) {
        if (comment.authorLogin === null || comment.authorLogin.toLowerCase() !== identity.toLowerCase())
            continue;
        const marker = parseMarker(comment.body);
        if (marker?.commentId === commentId)
            return { id: comment.id, digest: marker.digest };
    }
    return null;
}
function planComment({ mode, verdict, digest, existing }) {
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
            if (!existing)
                return { action: 'create', reason: 'no comment of ours yet' };
            if (existing.digest === digest)
                return { action: 'skip', reason: 'the verdict and numbers are unchanged since our comment, and comment is on-change' };
            return { action: 'update', commentId: existing.id, reason: 'the verdict or a number changed' };
    }
}
const FORK_RECIPE_HINT = 'On pull requests from forks the workflow token is read-only: comment from a workflow_run workflow instead (see the README, "Comments on pull requests from forks"). Elsewhere, give the job `permissions: pull-requests: write`. Or set `comment: off`.';
/** One warning that says what failed, why it is most likely so, and what to do; never the token. */
function explainCommentFailure(stage, status, message) {
    const answer = status === null ? message : `GitHub answered ${status}${message ? ` (${message})` : ''}`;
    let advice = '';
    if (status === 401)
        advice = ' The token is not valid: check the github-token input.';
    else if (status === 403 || status === 404)
        advice = ` The token may not write to this pull request. ${FORK_RECIPE_HINT}`;
    return `Could not ${stage}: ${answer}.${advice} The verdict and the job summary are unaffected.`;
}
//# sourceMappingURL=plan.js.map
// EXTERNAL MODULE: ./build/src/report/across.js
var across = __webpack_require__(931);
;// CONCATENATED MODULE: ./build/src/github/retry.js
// When to try a GitHub API request again: a pure function of what GitHub answered, how often we
// tried and how long we already waited. Transient answers (5xx, no answer at all, rate limits that
// say when to come back) are retried with a growing delay; everything else is final.
/** At most this many tries of one request (the first one included). */
const MAX_ATTEMPTS = 4;
/** At most this long waited, over all retries of one request. */
const MAX_TOTAL_WAIT_MS = 90_000;
/** The first delay for a 5xx; it doubles with each retry (1 s, 2 s, 4 s). */
const BASE_DELAY_MS = 1_000;
/** GitHub's advice for a secondary rate limit that does not say how long: at least a minute. */
const SECONDARY_RATE_LIMIT_WAIT_MS = 60_000;
function header(headers, name) {
    const value = headers[name];
    return value === undefined ? undefined : String(value);
}
/** The wait an answer asks for, in ms, or null when it asks for none. */
function requestedWait(attempt) {
    const retryAfter = header(attempt.headers, 'retry-after');
    if (retryAfter !== undefined) {
        const seconds = Number(retryAfter);
        if (Number.isFinite(seconds) && seconds >= 0)
            return seconds * 1000;
        const date = Date.parse(retryAfter);
        if (!Number.isNaN(date))
            return Math.max(0, date - attempt.nowMs);
    }
    if (header(attempt.headers, 'x-ratelimit-remaining') === '0') {
        const reset = Number(header(attempt.headers, 'x-ratelimit-reset'));
        if (Number.isFinite(reset))
            return Math.max(0, reset * 1000 - attempt.nowMs);
    }
    return null;
}
function retryDecision(attempt) {
    const { status } = attempt;
    let delayMs;
    let reason;
    if (status >= 500 && status <= 599) {
        delayMs = requestedWait(attempt) ?? BASE_DELAY_MS * 2 ** (attempt.attempt - 1);
        reason = `GitHub answered ${status}`;
    }
    else if (status === 403 || status === 429) {
        const wait = requestedWait(attempt);
        const secondary = /secondary rate limit/i.test(attempt.message);
        if (wait === null && !secondary && status === 403) {
            return { retry: false, reason: `GitHub answered ${status}: not allowed, not a rate limit` };
        }
        delayMs = wait ?? SECONDARY_RATE_LIMIT_WAIT_MS;
        reason = `rate limited (${status})`;
    }
    else {
        return { retry: false, reason: `GitHub answered ${status}, which a retry does not change` };
    }
    if (attempt.attempt >= MAX_ATTEMPTS)
        return { retry: false, reason: `${reason} ${attempt.attempt} times; giving up` };
    if (attempt.waitedMs + delayMs > MAX_TOTAL_WAIT_MS) {
        return {
            retry: false,
            reason: `${reason} and asks to wait ${Math.ceil(delayMs / 1000)} s, beyond the ${MAX_TOTAL_WAIT_MS / 1000} s this step waits; giving up`,
        };
    }
    return { retry: true, delayMs, reason };
}
//# sourceMappingURL=retry.js.map
;// CONCATENATED MODULE: ./build/src/github/octokit.js
// The one way this action talks to the GitHub API: an Octokit for the token, every request retried
// as retry.ts decides, and progress lines with the token redacted. The comment and the baseline
// lookup share it.


const wait = (ms) => new Promise((resolve) => setTimeout(resolve, ms));
/** An error that carries GitHub's answer; null for anything else (a network error, a bug). */
function httpFailure(error) {
    if (error === null || typeof error !== 'object')
        return null;
    const { status } = error;
    return typeof status === 'number' && status > 0 ? error : null;
}
/** Retries each request (pagination's pages too) as retry.ts decides. */
function withRetries(octokit, log, sleep = wait) {
    octokit.hook.wrap('request', async (request, options) => {
        let waitedMs = 0;
        for (let attempt = 1;; attempt++) {
            try {
                return await request(options);
            }
            catch (error) {
                const failure = httpFailure(error);
                if (!failure)
                    throw error;
                const decision = retryDecision({
                    status: failure.status,
                    headers: failure.response?.headers ?? {},
                    message: failure.message,
                    attempt,
                    waitedMs,
                    nowMs: Date.now(),
                });
                if (!decision.retry)
                    throw error;
                log(`${options.method} ${options.url}: ${decision.reason}; trying again in ${(decision.delayMs / 1000).toFixed(1)} s (try ${attempt + 1} of ${MAX_ATTEMPTS})`);
                await sleep(decision.delayMs);
                waitedMs += decision.delayMs;
            }
        }
    });
    return octokit;
}
/** `text` with the token replaced by ***, for anything that may be logged or shown. */
const redactor = (token) => (text) => token === '' ? text : text.split(token).join('***');
/** An Octokit for `token` with retries; its progress lines never carry the token. */
function retryingOctokit(token, userAgent, log, sleep) {
    const redact = redactor(token);
    return withRetries((0,github/* getOctokit */.Q)(token, { userAgent }), (line) => log(redact(line)), sleep);
}
//# sourceMappingURL=octokit.js.map
// EXTERNAL MODULE: ./build/src/util/errors.js
var errors = __webpack_require__(6143);
;// CONCATENATED MODULE: ./build/src/github/pull-request-comment.js






/**
 * Whose comments are ours. GET /user names the token's user for a personal access token or a
 * GitHub App user token. The workflow's own token (an installation token of the GitHub Actions
 * app) gets 403 there; its comments are written by this login.
 */
const WORKFLOW_TOKEN_LOGIN = 'github-actions[bot]';
/** The login our comments carry; `assumed` when GET /user would not say (an installation token). */
async function tokenIdentity(octokit) {
    try {
        const { data } = await octokit.rest.users.getAuthenticated();
        return { login: data.login, assumed: false };
    }
    catch (error) {
        if (httpFailure(error)?.status === 403)
            return { login: WORKFLOW_TOKEN_LOGIN, assumed: true };
        throw error;
    }
}
async function findPullRequest(octokit, context, head, sha) {
    const { data } = await octokit.rest.pulls.list({ owner: context.owner, repo: context.repo, head, state: 'open', per_page: 100 });
    return choosePullRequest(data.map((pull) => ({ number: pull.number, headSha: pull.head.sha })), sha);
}
/** Pages through the comments until ours turns up; most pull requests have one page. */
async function findExisting(octokit, context, pullRequest, identity, commentId) {
    const pages = octokit.paginate.iterator(octokit.rest.issues.listComments, {
        owner: context.owner,
        repo: context.repo,
        issue_number: pullRequest,
        per_page: 100,
    });
    for await (const page of pages) {
        const comments = page.data.map((comment) => ({ id: comment.id, body: comment.body ?? '', authorLogin: comment.user?.login ?? null }));
        const ours = findOurComment(comments, identity, commentId);
        if (ours)
            return ours;
    }
    return null;
}
async function publishComment({ inputs, context, report, log, userAgent, sleep }) {
    if (inputs.mode === 'off')
        return { kind: 'skipped', reason: 'comment is off', pullRequest: null };
    const target = commentTarget(context.eventName, context.payload);
    if (target.kind === 'none')
        return { kind: 'not-a-pull-request', reason: target.reason };
    if (inputs.githubToken === '') {
        return {
            kind: 'failed',
            message: 'Could not comment on the pull request: the github-token input is empty. Leave it out to use the workflow token, or pass one. The verdict and the job summary are unaffected.',
        };
    }
    const redact = redactor(inputs.githubToken);
    const octokit = retryingOctokit(inputs.githubToken, userAgent, log, sleep);
    let stage = target.kind === 'pull-request' ? `read the comments of pull request #${target.number}` : `find the pull request of ${target.head}`;
    try {
        let pullRequest;
        if (target.kind === 'pull-request') {
            pullRequest = target.number;
        }
        else {
            const found = await findPullRequest(octokit, context, target.head, target.sha);
            if (found === null)
                return { kind: 'not-a-pull-request', reason: `no open pull request has the head ${target.head}` };
            log(`The workflow run belongs to pull request #${found} (head ${target.head}).`);
            pullRequest = found;
            stage = `read the comments of pull request #${pullRequest}`;
        }
        const identity = await tokenIdentity(octokit);
        const existing = await findExisting(octokit, context, pullRequest, identity.login, inputs.commentId);
        const digest = reportDigest(report);
        const plan = planComment({ mode: inputs.mode, verdict: (0,across/* stepVerdict */.sr)(report), digest, existing });
        if (plan.action === 'skip')
            return { kind: 'skipped', reason: plan.reason, pullRequest };
        const body = (0,render/* renderComment */.wQ)(report, { marker: markerFor(inputs.commentId, digest), runUrl: context.runUrl, commentId: inputs.commentId });
        if (plan.action === 'create') {
            stage = `comment on pull request #${pullRequest}`;
            const { data } = await octokit.rest.issues.createComment({ owner: context.owner, repo: context.repo, issue_number: pullRequest, body });
            const author = data.user?.login;
            const note = identity.assumed && author && author.toLowerCase() !== identity.login.toLowerCase()
                ? `The comment was written as ${author}, an app whose name its installation token cannot look up, so later runs cannot find it and will add new comments. Use the workflow token or a personal access token for github-token to keep one comment.`
                : undefined;
            return { kind: 'created', url: data.html_url, pullRequest, note };
        }
        stage = `update our comment on pull request #${pullRequest}`;
        const { data } = await octokit.rest.issues.updateComment({ owner: context.owner, repo: context.repo, comment_id: plan.commentId, body });
        return { kind: 'updated', url: data.html_url, pullRequest };
    }
    catch (error) {
        const failure = httpFailure(error);
        const message = (0,errors/* errorMessage */.g)(error);
        return { kind: 'failed', message: redact(explainCommentFailure(stage, failure?.status ?? null, message)) };
    }
}
//# sourceMappingURL=pull-request-comment.js.map
// EXTERNAL MODULE: ./build/src/version.js
var version = __webpack_require__(8009);
// EXTERNAL MODULE: ./build/src/util/log-text.js
var log_text = __webpack_require__(7322);
// EXTERNAL MODULE: ./build/src/util/termination.js
var util_termination = __webpack_require__(5264);
// EXTERNAL MODULE: ./build/src/util/text.js
var util_text = __webpack_require__(7499);
// EXTERNAL MODULE: external "node:fs/promises"
var promises_ = __webpack_require__(1455);
// EXTERNAL MODULE: ./build/src/comparison/drift.js
var drift = __webpack_require__(836);
// EXTERNAL MODULE: ./build/src/engine/baseline.js
var baseline = __webpack_require__(101);
// EXTERNAL MODULE: external "node:fs"
var external_node_fs_ = __webpack_require__(3024);
// EXTERNAL MODULE: external "node:stream"
var external_node_stream_ = __webpack_require__(7075);
// EXTERNAL MODULE: external "node:stream/promises"
var external_node_stream_promises_ = __webpack_require__(6466);
// EXTERNAL MODULE: ./build/src/provision/zip-archive.js
var zip_archive = __webpack_require__(5209);
// EXTERNAL MODULE: ./build/src/report/files.js
var files = __webpack_require__(6508);
;// CONCATENATED MODULE: ./build/src/github/baseline-plan.js
// Decides, without any I/O, where `baseline: main` looks: which workflow's runs, on which branch,
// which of those runs is the baseline, and what to tell the user when GitHub will not say. The
// lookup itself is baseline-artifact.ts.
const baseline_plan_object = (value) => (value !== null && typeof value === 'object' && !Array.isArray(value) ? value : null);
const baseline_plan_positiveInteger = (value) => (typeof value === 'number' && Number.isInteger(value) && value > 0 ? value : null);
const baseline_plan_text = (value) => (typeof value === 'string' && value !== '' ? value : null);
/**
 * The workflow whose runs on the default branch hold the baseline: this run's own (from
 * GITHUB_WORKFLOW_REF, "owner/repo/.github/workflows/ci.yml@refs/…"), except on workflow_run, whose
 * job belongs to a workflow of its own: there, the workflow of the run it follows, which is the one
 * that runs on pushes to the default branch and uploads the report.
 */
function baselineWorkflow(eventName, payload, workflowRef, runId) {
    const excludedRuns = runId === null ? [] : [runId];
    if (eventName === 'workflow_run') {
        const run = baseline_plan_object(baseline_plan_object(payload)?.workflow_run);
        const workflow = baseline_plan_positiveInteger(run?.workflow_id);
        const followed = baseline_plan_positiveInteger(run?.id);
        if (workflow !== null)
            return { workflow, excludedRuns: followed === null ? excludedRuns : [...excludedRuns, followed] };
    }
    const file = /\/\.github\/workflows\/([^/@]+)@/.exec(workflowRef ?? '')?.[1];
    return { workflow: file ?? null, excludedRuns };
}
/** The repository's default branch as the event's payload names it; null where it does not. */
function defaultBranchOf(payload) {
    return baseline_plan_text(baseline_plan_object(baseline_plan_object(payload)?.repository)?.default_branch);
}
/** Events whose runs test someone's pull request, never the default branch itself. */
const PULL_REQUEST_EVENTS = ['pull_request', 'pull_request_target'];
/**
 * The baseline among the successful runs on the default branch, newest first: the first that is not
 * excluded, ran on this repository's own commits (a fork's branch may carry the same name) and was
 * not triggered by a pull request. null: none is.
 */
function chooseBaselineRun(runs, excludedRuns, repository) {
    return (runs.find((run) => !excludedRuns.includes(run.id) &&
        !PULL_REQUEST_EVENTS.includes(run.event) &&
        (run.headRepository === null || run.headRepository.toLowerCase() === repository.toLowerCase())) ?? null);
}
/**
 * Where @actions/artifact cannot download: GitHub Enterprise Server (it says so itself; github.com,
 * *.ghe.com and *.localhost are served). Its own test, so that it is said before any request.
 */
function isEnterpriseServer(serverUrl) {
    let host;
    try {
        host = new URL(serverUrl || 'https://github.com').hostname.toLowerCase();
    }
    catch {
        return false;
    }
    return host !== 'github.com' && !host.endsWith('.ghe.com') && !host.endsWith('.localhost');
}
const BASELINE_DOCS = 'docs/baseline.md';
/** Why the baseline could not be had, in a sentence: what failed, what GitHub said and what would help. */
function explainBaselineFailure(stage, status, message) {
    const said = message ? ` (${message})` : '';
    if (status === null)
        return `could not ${stage}: ${message}`;
    if (status === 401)
        return `could not ${stage}: GitHub answered 401${said}; the token is not valid`;
    if (status === 403)
        return `could not ${stage}: GitHub answered 403${said}; the token needs \`actions: read\` (add it to the job's \`permissions:\`; see ${BASELINE_DOCS})`;
    if (status === 404)
        return `could not ${stage}: GitHub answered 404${said}; it is not there, or this token may not see it (a private repository needs \`actions: read\`)`;
    return `could not ${stage}: GitHub answered ${status}${said}`;
}
/** No successful run to take the baseline from yet. */
function noRunReason(workflow, branch) {
    return `no successful run of workflow ${workflow} on ${branch} yet: the job that runs on pushes to ${branch} uploads the baseline (see ${BASELINE_DOCS})`;
}
function missingArtifactReason(artifact, runId, branch) {
    return `run ${runId}, the newest successful run on ${branch}, has no artifact named ${artifact}: upload the report under that name there (actions/upload-artifact; see ${BASELINE_DOCS})`;
}
function expiredArtifactReason(artifact, runId, expiresAt) {
    return `the artifact ${artifact} of run ${runId} expired${expiresAt ? ` on ${expiresAt}` : ''}: GitHub keeps artifacts 90 days unless retention-days says less; the next push to the default branch uploads a new one`;
}
//# sourceMappingURL=baseline-plan.js.map
;// CONCATENATED MODULE: ./build/src/github/baseline-artifact.js
// `baseline: main`: the report artifact of the newest successful run of this workflow on the default
// branch, found with the GitHub API and downloaded as @actions/artifact would (the API's 302 to the
// blob store, then the zip), but unpacked by our own reader: only its report.json is read, capped, so
// that a zip bomb neither fills RUNNER_TEMP nor memory (@actions/artifact unpacks every entry whole).
// The choices are baseline-plan.ts's; this shell only talks to the API. It never throws: whatever
// stands in the way comes back as the reason there is no baseline.










/** How many of the newest successful runs are looked through for one that ran on the default branch itself. */
const RUNS_LOOKED_AT = 20;
/**
 * The largest artifact zip downloaded: a report-dir (report.json, its text, logs and traces) weighs
 * a few MB; past this it is not downloaded. What it may unpack to is capped apart (REPORT_BYTES).
 */
const ARTIFACT_ZIP_BYTES = 256 * 1024 * 1024;
/** The largest report.json unpacked from it: a check of 1,000 runs of 100 folds writes about 20 MB. */
const REPORT_BYTES = 64 * 1024 * 1024;
/** How long the blob store may take to serve the zip. */
const DOWNLOAD_TIMEOUT_MS = 5 * 60_000;
/** How deep below the artifact's root report.json is looked for (engine/baseline.ts findReportIn, for a folder). */
const REPORT_DEPTH = 4;
const megabytes = (bytes) => `${(bytes / 1024 / 1024).toFixed(bytes < 1024 * 1024 ? 2 : 0)} MiB`;
const tooLarge = (artifact, runId, bytes) => `the artifact ${artifact} of run ${runId} is ${megabytes(bytes)}, more than the ${megabytes(ARTIFACT_ZIP_BYTES)} a report's artifact may weigh: upload the report-dir (or report-path) alone`;
/** A download that failed on the way (the network, the blob store's 5xx) is tried again, as @actions/artifact did. */
const DOWNLOAD_TRIES = 3;
const DOWNLOAD_RETRY_MS = 5000;
/** Why a download failed, and whether trying again may help. */
class DownloadFailed extends Error {
    transient;
    constructor(message, transient) {
        super(message);
        this.transient = transient;
    }
}
/** The zip at the blob store's signed address `url` into `path`, with no credentials and at most ARTIFACT_ZIP_BYTES. */
async function downloadOnce(url, path) {
    const response = await fetch(url, { signal: AbortSignal.timeout(DOWNLOAD_TIMEOUT_MS) }).catch((error) => {
        throw new DownloadFailed((0,errors/* errorMessage */.g)(error), true);
    });
    if (!response.ok || response.body === null)
        throw new DownloadFailed(`the blob store answered ${response.status}`, response.status >= 500);
    const announced = Number(response.headers.get('content-length'));
    const tooLarge = `it is more than the ${megabytes(ARTIFACT_ZIP_BYTES)} a report's artifact may weigh`;
    if (announced > ARTIFACT_ZIP_BYTES)
        throw new DownloadFailed(tooLarge, false);
    let received = 0;
    const capped = new external_node_stream_.Transform({
        transform(chunk, _encoding, done) {
            received += chunk.length;
            done(received > ARTIFACT_ZIP_BYTES ? new DownloadFailed(tooLarge, false) : null, chunk);
        },
    });
    await (0,external_node_stream_promises_.pipeline)(external_node_stream_.Readable.fromWeb(response.body), capped, (0,external_node_fs_.createWriteStream)(path)).catch((error) => {
        throw error instanceof DownloadFailed ? error : new DownloadFailed((0,errors/* errorMessage */.g)(error), true);
    });
}
/** downloadOnce, tried again where that may help; null, else why it failed. */
async function downloadZip(url, path, log, sleep) {
    for (let attempt = 1;; attempt++) {
        try {
            await downloadOnce(url, path);
            return null;
        }
        catch (error) {
            const failed = error instanceof DownloadFailed ? error : new DownloadFailed((0,errors/* errorMessage */.g)(error), false);
            if (!failed.transient || attempt === DOWNLOAD_TRIES)
                return failed.message;
            log(`downloading the baseline's zip: ${failed.message}; trying again in ${DOWNLOAD_RETRY_MS / 1000} s (try ${attempt + 1} of ${DOWNLOAD_TRIES})`);
            await sleep(DOWNLOAD_RETRY_MS);
        }
    }
}
/** The artifact's report.json (the shallowest, the first by name among equals) unpacked as `dir`/report.json, capped; null, else what is wrong. */
async function extractReport(zipPath, dir) {
    let archive;
    try {
        archive = await zip_archive/* ZipArchive */.SJ.open(zipPath);
    }
    catch (error) {
        return `cannot be read as a zip: ${(0,errors/* errorMessage */.g)(error)}`;
    }
    try {
        const depth = (name) => name.split('/').length - 1;
        const found = [...archive.entries.keys()]
            .filter((name) => (name === files/* REPORT_FILE */.Uq || name.endsWith(`/${files/* REPORT_FILE */.Uq}`)) && depth(name) <= REPORT_DEPTH)
            .sort((a, b) => depth(a) - depth(b) || (a < b ? -1 : 1))[0];
        // No report.json: the folder stays without one, and engine/baseline.ts says so.
        if (found === undefined)
            return null;
        await archive.extract(found, (0,external_node_path_.join)(dir, files/* REPORT_FILE */.Uq), REPORT_BYTES);
        return null;
    }
    catch (error) {
        return `holds a ${files/* REPORT_FILE */.Uq} that cannot be unpacked: ${(0,errors/* errorMessage */.g)(error)}`;
    }
    finally {
        await archive.close();
    }
}
/** A step that failed with GitHub's answer (or none), said as its reason. */
class StepFailed extends Error {
}
async function step(stage, redact, call) {
    try {
        return await call();
    }
    catch (error) {
        const failure = httpFailure(error);
        throw new StepFailed(redact((0,util_text/* oneLine */.TN)(explainBaselineFailure(stage, failure?.status ?? null, failure ? failure.message : (0,errors/* errorMessage */.g)(error)))));
    }
}
async function workflowOfThisRun(octokit, lookup, redact) {
    const { owner, repo } = lookup.context;
    if (lookup.runId === null)
        throw new StepFailed('GITHUB_RUN_ID is not set, so the workflow of this run is unknown');
    const { data } = await step(`look up this run (${lookup.runId})`, redact, () => octokit.rest.actions.getWorkflowRun({ owner, repo, run_id: lookup.runId, exclude_pull_requests: true }));
    return data.workflow_id;
}
async function downloadBaselineArtifact(lookup) {
    const { owner, repo, eventName, payload } = lookup.context;
    const source = {
        kind: 'run',
        branch: defaultBranchOf(payload),
        artifact: lookup.artifact,
        runId: null,
        url: null,
        commit: null,
    };
    const unavailable = (reason) => ({ kind: 'unavailable', reason, source });
    if (!owner || !repo)
        return unavailable('not in a GitHub repository (GITHUB_REPOSITORY is not set)');
    if (lookup.token === '')
        return unavailable('the github-token input is empty: leave it out to use the workflow token, which needs `actions: read`');
    if (isEnterpriseServer(lookup.serverUrl))
        return unavailable("@actions/artifact does not download artifacts on GitHub Enterprise Server: give the baseline's report.json as a file");
    const redact = redactor(lookup.token);
    const octokit = retryingOctokit(lookup.token, lookup.userAgent, lookup.log, lookup.sleep);
    try {
        const planned = baselineWorkflow(eventName, payload, lookup.workflowRef, lookup.runId);
        const workflow = planned.workflow ?? (await workflowOfThisRun(octokit, lookup, redact));
        if (source.branch === null) {
            const { data } = await step(`read the repository ${owner}/${repo}`, redact, () => octokit.rest.repos.get({ owner, repo }));
            source.branch = data.default_branch;
        }
        const branch = source.branch;
        const { data: listed } = await step(`list the successful runs of workflow ${workflow} on ${branch}`, redact, () => octokit.rest.actions.listWorkflowRuns({
            owner,
            repo,
            workflow_id: workflow,
            branch,
            status: 'success',
            per_page: RUNS_LOOKED_AT,
            exclude_pull_requests: true,
        }));
        const run = chooseBaselineRun(listed.workflow_runs.map((r) => ({
            id: r.id,
            event: r.event,
            headRepository: r.head_repository?.full_name ?? null,
            headSha: r.head_sha,
            url: r.html_url,
        })), planned.excludedRuns, `${owner}/${repo}`);
        if (run === null)
            return unavailable(noRunReason(workflow, branch));
        Object.assign(source, { runId: run.id, url: run.url, commit: run.headSha });
        lookup.log(`Baseline: run ${run.id} of workflow ${workflow} on ${branch} (${run.headSha.slice(0, 12)}), ${run.url}`);
        const { data: artifacts } = await step(`list the artifacts of run ${run.id}`, redact, () => octokit.rest.actions.listWorkflowRunArtifacts({ owner, repo, run_id: run.id, name: lookup.artifact, per_page: 100 }));
        // The name filter is exact; the newest first should a re-run have uploaded it twice.
        const artifact = artifacts.artifacts.filter((a) => a.name === lookup.artifact).sort((a, b) => b.id - a.id)[0];
        if (!artifact)
            return unavailable(missingArtifactReason(lookup.artifact, run.id, branch));
        if (artifact.expired)
            return unavailable(expiredArtifactReason(lookup.artifact, run.id, artifact.expires_at));
        if (artifact.size_in_bytes > ARTIFACT_ZIP_BYTES)
            return unavailable(tooLarge(lookup.artifact, run.id, artifact.size_in_bytes));
        const zipPath = (0,external_node_path_.join)(lookup.downloadDir, `${lookup.artifact}.zip`);
        const { headers, status } = await step(`download the artifact ${lookup.artifact} (${artifact.id}) of run ${run.id}`, redact, () => 
        // The 302's signed address is followed below, without the token.
        octokit.rest.actions.downloadArtifact({ owner, repo, artifact_id: artifact.id, archive_format: 'zip', request: { redirect: 'manual' } }));
        const location = typeof headers.location === 'string' ? headers.location : null;
        if (status !== 302 || location === null)
            return unavailable(`could not download the artifact ${lookup.artifact} (${artifact.id}): GitHub answered ${status} without the address of its zip`);
        const fetched = await downloadZip(location, zipPath, lookup.log, lookup.sleep ?? ((ms) => new Promise((resolve) => setTimeout(resolve, ms))));
        if (fetched !== null)
            return unavailable(redact((0,util_text/* oneLine */.TN)(`could not download the artifact ${lookup.artifact} (${artifact.id}) of run ${run.id}: ${fetched}`)));
        const unpacked = await extractReport(zipPath, lookup.downloadDir);
        if (unpacked !== null)
            return unavailable((0,util_text/* oneLine */.TN)(`the artifact ${lookup.artifact} of run ${run.id} ${unpacked}`));
        return { kind: 'downloaded', dir: lookup.downloadDir, source };
    }
    catch (error) {
        return unavailable(error instanceof StepFailed ? error.message : redact((0,util_text/* oneLine */.TN)(`the baseline lookup failed: ${(0,errors/* errorMessage */.g)(error)}`)));
    }
}
//# sourceMappingURL=baseline-artifact.js.map
// EXTERNAL MODULE: ./build/src/report/drift.js
var report_drift = __webpack_require__(2315);
;// CONCATENATED MODULE: ./build/src/action/baseline.js
// The action's side of `baseline`: a file is read as it is; `main` is found and downloaded with the
// GitHub API (github/baseline-artifact.ts) into a fresh folder under $RUNNER_TEMP, removed after.
// Then the drift is said on the runner: a notice for a baseline that cannot be had or (without
// fail-on-drift) for a change; whether it fails the job is main.ts's.











/** This check against `settings.baseline` (set), as report.drift. */
async function driftOfCheck(report, settings, options) {
    if (settings.baseline !== setting_names/* BASELINE_FROM_MAIN */.l)
        return (0,baseline/* driftAgainstFile */.jF)(report, settings.baseline);
    const artifact = settings.baselineArtifact ?? 'tf-repro-report';
    const parent = process.env.RUNNER_TEMP || (0,external_node_os_.tmpdir)();
    await (0,promises_.mkdir)(parent, { recursive: true });
    const downloadDir = await (0,promises_.mkdtemp)((0,external_node_path_.join)(parent, 'tf-repro-baseline-'));
    try {
        const runId = Number(process.env.GITHUB_RUN_ID);
        const download = await downloadBaselineArtifact({
            token: options.token,
            context: options.context,
            runId: Number.isSafeInteger(runId) && runId > 0 ? runId : null,
            workflowRef: process.env.GITHUB_WORKFLOW_REF,
            serverUrl: github/* context */._.serverUrl,
            artifact,
            downloadDir,
            log: options.log,
            userAgent: `${version/* TOOL_NAME */.l}/${version/* TOOL_VERSION */.w}`,
        });
        return download.kind === 'unavailable'
            ? (0,drift/* unavailableDrift */.iW)(download.source, download.reason, report.comparison.tolerance)
            : await (0,baseline/* driftAgainstFolder */.zm)(report, download.dir, download.source, artifact);
    }
    finally {
        await (0,promises_.rm)(downloadDir, { recursive: true, force: true });
    }
}
/** Says the drift in the log, and as a notice where the user should see it without failing the job. */
function announceDrift(drift, failOnDrift, log) {
    const sentence = (0,report_drift/* driftSentence */.L9)(drift);
    const differ = drift.settingsDiffer.length > 0 ? ` The baseline's settings differ (${drift.settingsDiffer.map((d) => d.name).join(', ')}): drift is expected.` : '';
    if (drift.status === 'unavailable')
        core/* notice */.lm(`${sentence} The verdict is unaffected.`);
    else if (drift.status === 'changed' && !failOnDrift)
        core/* notice */.lm(`${sentence}${differ} (fail-on-drift is false, so the step passes)`);
    else
        log(`${sentence}${differ}`);
}
//# sourceMappingURL=baseline.js.map
// EXTERNAL MODULE: ./build/src/report/variations.js
var variations = __webpack_require__(8116);
;// CONCATENATED MODULE: ./build/src/action/main.js
// The action's only contact with the runner: read inputs, run the check, write outputs, the job
// summary and the step's result.






























/** Every line of ours that carries user text (names, paths, a command's output) goes through here: nothing in it can act as a workflow command. */
function log(text) {
    core/* info */.pq((0,log_text/* logLine */.BP)(text));
}
function readInputs() {
    const names = Object.keys(setting_names/* SETTING_DEFAULTS */.Eg);
    return Object.fromEntries(names.map((name) => [name, core/* getInput */.V4(name)]));
}
/** The variance for the log: the number, or why it was not measured. */
const spreadText = (report) => (report.variance === null ? (0,format/* notMeasuredWords */.DQ)(report.notMeasured) : (0,format/* scientific */.eg)(report.variance));
/** Whether `verdict` and `reproducible` have been written: each output is written once. */
let verdictWritten = false;
function setOutputs(report, reportPath) {
    // With vary and fail-on-variation, a condition that changes the numbers is a verdict of its own (issue 23).
    const verdict = (0,variations/* reportStepVerdict */.KZ)(report);
    core/* setOutput */.uH('verdict', verdict);
    core/* setOutput */.uH('reproducible', String(verdict === 'reproducible'));
    verdictWritten = true;
    core/* setOutput */.uH('sensitive-to', report.variations?.sensitiveTo.join(', ') ?? '');
    // Empty where not measured (report.json's notMeasured says why): a 0 would read as "identical".
    core/* setOutput */.uH('variance', report.variance === null ? '' : String(report.variance));
    core/* setOutput */.uH('max-abs-diff', report.maxAbsDiff === null ? '' : String(report.maxAbsDiff));
    core/* setOutput */.uH('duration-seconds', report.durationSeconds.toFixed(3));
    core/* setOutput */.uH('report-path', reportPath);
    core/* setOutput */.uH('divergence', report.divergence ? (0,divergence/* describeDivergence */.SB)(report.divergence) : '');
    core/* setOutput */.uH('overhead', report.cost?.overhead == null ? '' : report.cost.overhead.toFixed(3));
    core/* setOutput */.uH('drift', report.drift?.status ?? '');
}
/** `across`'s outputs: the verdict across runners, and the fingerprint fields that differ; empty for a check of one runner. */
function setAcrossOutputs(report) {
    core/* setOutput */.uH('identical-across', report.across ? String(report.across.identical) : '');
    core/* setOutput */.uH('differing-fields', report.across ? report.across.differingFields.join(', ') : '');
}
/**
 * This leg's name when the workflow gives none: the job's matrix values (the hidden `matrix` input,
 * whose default `\${{ toJSON(matrix) }}` the runner evaluates) or else the runner.
 */
function legLabel() {
    return (0,label/* defaultLabel */.A)({ env: process.env, matrixJson: core/* getInput */.V4('matrix'), hostname: (0,external_node_os_.hostname)(), platform: `${process.platform} ${process.arch}` });
}
/**
 * `across`: compare the legs' reports. The step fails where a leg is not reproducible within its
 * runner (as fail-on-mismatch says for one check) and, with fail-on-cross-runner-difference, where
 * the legs differ; else a difference across is a notice.
 */
async function runAcrossStep(settings, commentInputs) {
    await (0,report_dir/* prepareReportDir */.rD)(settings.reportDir);
    const failOnDifference = settings.failOnCrossRunnerDifference ?? false;
    log(`Comparing the reports of ${settings.across.map((pattern) => `'${pattern}'`).join(', ')} across runners.`);
    const report = await (0,engine_across/* compareAcross */.d)({ patterns: settings.across, what: (0,setting_names/* actionInputLabel */.jX)('across'), failOnCrossRunnerDifference: failOnDifference });
    const across = report.across;
    const reportPath = await (0,report_dir/* saveReport */.a5)(report, settings.reportDir);
    if (settings.junitFile)
        log(`JUnit report: ${await (0,report_dir/* saveJunit */.Y1)(settings.junitFile, report)}`);
    setOutputs(report, reportPath);
    setAcrossOutputs(report);
    await writeJobSummary(report);
    await commentOnPullRequest(report, commentInputs);
    for (const warning of report.warnings)
        core/* warning */.$e(warning);
    log(`${report.summary} Report: ${reportPath}`);
    if (report.verdict === 'error')
        return fail(report.errors[0] ?? report.summary, exit_codes/* EXIT */.d.error);
    const failures = [];
    if (report.verdict === 'not-reproducible') {
        if (settings.failOnMismatch)
            failures.push(report.summary);
        else
            core/* warning */.$e(`${report.summary} (fail-on-mismatch is false, so the step passes)`);
    }
    if (!across.identical) {
        if (failOnDifference) {
            if (failures.length === 0)
                failures.push(report.summary);
        }
        else {
            core/* notice */.lm(`${report.summary} (fail-on-cross-runner-difference is false: a difference across runners is this notice and the job summary's tables, not a failure)`);
        }
    }
    if (failures.length > 0) {
        core/* setFailed */.C1((0,util_text/* boundedMessage */.tq)(failures.join('\n')));
        process.exitCode = exit_codes/* EXIT */.d.notReproducible;
    }
}
/** The comment step's inputs. The token, out of process.env already (credentials.ts), is masked at once. */
function readCommentInputs(credentials) {
    const githubToken = (credentials.values.get('INPUT_GITHUB-TOKEN') ?? '').trim();
    if (githubToken)
        core/* setSecret */.Pq(githubToken);
    return parseCommentInputs({ githubToken, comment: core/* getInput */.V4('comment'), commentId: core/* getInput */.V4('comment-id') }, defaultCommentId(github/* context */._.workflow, github/* context */._.job));
}
function runContext() {
    const { /* context */ "_": context } = github;
    let [owner, repo] = ['', ''];
    try {
        ({ owner, repo } = context.repo);
    }
    catch {
        // Neither GITHUB_REPOSITORY nor a repository in the event: not on a runner, and no pull request either.
    }
    const attempt = Number(process.env.GITHUB_RUN_ATTEMPT);
    const runUrl = owner && Number.isInteger(context.runId)
        ? `${context.serverUrl}/${owner}/${repo}/actions/runs/${context.runId}${attempt > 1 ? `/attempts/${attempt}` : ''}`
        : null;
    return { eventName: context.eventName ?? '', payload: context.payload, owner, repo, runUrl };
}
/** Posts or updates the pull request comment. Whatever happens here is at most a warning. */
async function commentOnPullRequest(report, inputs) {
    try {
        const outcome = await publishComment({ inputs, context: runContext(), report, log, userAgent: `${version/* TOOL_NAME */.l}/${version/* TOOL_VERSION */.w}` });
        switch (outcome.kind) {
            case 'created':
            case 'updated':
                log(`${outcome.kind === 'created' ? 'Commented on' : 'Updated our comment on'} pull request #${outcome.pullRequest}: ${outcome.url}`);
                if (outcome.note)
                    core/* notice */.lm(outcome.note);
                break;
            case 'skipped':
                log(`No pull request comment: ${outcome.reason}.`);
                break;
            case 'not-a-pull-request':
                core/* notice */.lm(`No pull request comment: ${outcome.reason}. The verdict is in the job summary.`);
                break;
            case 'failed':
                core/* warning */.$e(outcome.message);
                break;
        }
    }
    catch (error) {
        core/* warning */.$e(`The pull request comment failed: ${(0,errors/* errorMessage */.g)(error)}. The verdict and the job summary are unaffected.`);
    }
}
async function writeJobSummary(report) {
    if (!process.env.GITHUB_STEP_SUMMARY) {
        log('No GITHUB_STEP_SUMMARY file (not on a GitHub runner): the summary is in the report directory only.');
        return;
    }
    await core/* summary */.z.addRaw((0,render/* renderSummaryMarkdown */.i$)(report)).write();
}
/** What the check is about to do, in a line. */
function checkLine(settings) {
    if (settings.command) {
        return `Running \`${settings.command.command}\` ${settings.runs} times, each a fresh process (framework: ${settings.command.framework}, deterministic: ${settings.deterministic}).`;
    }
    const share = settings.shard ? `${(0,comparison_shards/* shardName */.Az)(settings.shard)} (${(0,comparison_shards/* foldsText */.AN)((0,comparison_shards/* shardFolds */.rt)(settings.shard, settings.folds))} of ${settings.folds}): ` : '';
    return `Training ${share}${settings.runs} runs × ${settings.folds} folds × ${settings.epochs} epochs, each run in a fresh process (deterministic: ${settings.deterministic}).`;
}
/** A check that stopped before its report still gives test reporters its error, where junit-file asks for it. */
async function junitOfError(message) {
    const path = core/* getInput */.V4('junit-file');
    if (path === '')
        return;
    try {
        log(`JUnit report: ${await (0,report_dir/* saveJunit */.Y1)(path, null, message)}`);
    }
    catch (error) {
        core/* warning */.$e((0,errors/* errorMessage */.g)(error));
    }
}
/**
 * Fails the step. Where setOutputs has written `verdict` and `reproducible` from a report, they
 * stay as written (once: the runner keeps every line of GITHUB_OUTPUT); an error before any
 * report writes them here.
 */
function fail(message, exitCode) {
    if (!verdictWritten) {
        core/* setOutput */.uH('verdict', 'error');
        core/* setOutput */.uH('reproducible', 'false');
    }
    core/* setFailed */.C1((0,util_text/* boundedMessage */.tq)(message));
    process.exitCode = exitCode;
}
async function runAction(credentials) {
    const termination = (0,util_termination/* cancelOnTermination */.w)();
    try {
        if (credentials.error)
            throw new Error(credentials.error);
        if (credentials.exposure)
            log(credentials.exposure);
        const inputs = readInputs();
        const parsed = (0,inputs_settings/* parseSettings */.P$)(inputs, setting_names/* actionInputLabel */.jX);
        const merge = (0,shard/* parseMerge */.AP)(inputs, setting_names/* actionInputLabel */.jX);
        const commentInputs = readCommentInputs(credentials);
        const problems = [...merge.errors, ...[parsed, commentInputs].flatMap((result) => (result.ok ? [] : [result.error]))];
        if (!parsed.ok || !commentInputs.ok || problems.length > 0)
            throw new user_error/* UserError */.y(problems.join('\n'));
        const settings = parsed.value;
        settings.reportDir ??= (0,external_node_path_.join)(process.env.RUNNER_TEMP || (0,external_node_os_.tmpdir)(), 'tf-repro-report');
        if (settings.across)
            return await runAcrossStep({ ...settings, across: settings.across, reportDir: settings.reportDir }, commentInputs.value);
        settings.label ??= legLabel();
        if (merge.patterns.length > 0)
            log(`Merging the shards' reports that ${merge.patterns.map((pattern) => `'${pattern}'`).join(', ')} name.`);
        else
            log(checkLine(settings));
        const report = merge.patterns.length > 0
            ? await (0,shards/* mergeShardReports */.m)(merge.patterns, { cwd: process.cwd(), reportDir: settings.reportDir, input: (0,setting_names/* actionInputLabel */.jX)('merge') })
            : await (0,check/* runCheck */.k)(settings, {
                log,
                signal: termination.signal,
                hooks: {
                    onRunStart: (run) => log(`run ${run} of ${settings.runs} started`),
                    onFold: (run, fold) => log(`run ${run} fold ${fold.fold}: ${Object.entries(fold.metrics)
                        .map(([name, value]) => `${name} ${(0,format/* exact */.e0)(value)}`)
                        .join(', ')}${fold.trainSeconds === null ? '' : ` (${fold.trainSeconds.toFixed(1)} s)`}`),
                },
            });
        // A merged check is this job's leg for across: its label, as a trained check's.
        if (merge.patterns.length > 0)
            report.label ??= settings.label;
        // Drift against a baseline (issue #13, part 3); a cancelled job has no time for the network.
        if (settings.baseline && !termination.signal.aborted) {
            report.drift = await driftOfCheck(report, { ...settings, baseline: settings.baseline }, { token: commentInputs.value.githubToken, context: runContext(), log });
        }
        const reportPath = await (0,report_dir/* saveReport */.a5)(report, settings.reportDir);
        if (settings.junitFile)
            log(`JUnit report: ${await (0,report_dir/* saveJunit */.Y1)(settings.junitFile, report)}`);
        setOutputs(report, reportPath);
        await writeJobSummary(report);
        // A cancelled job has no time for the network.
        // A shard leg's verdict covers its own folds: the merge job comments, once, for the whole check.
        if (report.shard)
            log(`No pull request comment from ${(0,comparison_shards/* shardName */.Az)(report.shard)}: the merge job comments for the whole check.`);
        else if (!termination.signal.aborted)
            await commentOnPullRequest(report, commentInputs.value);
        for (const warning of report.warnings)
            core/* warning */.$e(warning);
        if (report.drift)
            announceDrift(report.drift, settings.failOnDrift === true, log);
        log(`${report.summary} Variance ${spreadText(report)}; report: ${reportPath}`);
        const signalled = termination.exitCode();
        if (report.verdict === 'error') {
            fail(report.errors[0] ?? report.summary, signalled ?? exit_codes/* EXIT */.d.error);
        }
        else if (signalled !== null) {
            // The outputs keep the finished check's verdict; the step fails for the signal.
            fail(`${String(termination.signal.reason)} came after the check had finished: ${report.summary}`, signalled);
        }
        else if (report.verdict === 'not-reproducible') {
            if (settings.failOnMismatch) {
                core/* setFailed */.C1(report.summary);
                process.exitCode = exit_codes/* EXIT */.d.notReproducible;
            }
            else {
                core/* warning */.$e(`${report.summary} (fail-on-mismatch is false, so the step passes)`);
            }
        }
        if (report.verdict === 'reproducible' && signalled === null && report.variations && report.variations.sensitiveTo.length > 0) {
            const sentence = (0,variations/* variationsSentence */.UQ)(report.verdict, report.variations);
            if ((0,variations/* reportStepVerdict */.KZ)(report) === 'condition-sensitive') {
                core/* setFailed */.C1(`${sentence} (fail-on-variation is true)`);
                process.exitCode = exit_codes/* EXIT */.d.notReproducible;
            }
            else {
                core/* notice */.lm(`${sentence} (fail-on-variation is false, so the step passes)`);
            }
        }
        if (report.verdict !== 'error' && signalled === null && report.drift?.status === 'changed' && settings.failOnDrift) {
            core/* setFailed */.C1(`${(0,report_drift/* driftSentence */.L9)(report.drift)} (fail-on-drift is true)`);
            process.exitCode = exit_codes/* EXIT */.d.notReproducible;
        }
    }
    catch (error) {
        if (!(error instanceof user_error/* UserError */.y))
            core/* debug */.Yz((0,errors/* errorStack */.j)(error));
        if (!(error instanceof report_dir/* JunitFileError */.nR))
            await junitOfError((0,errors/* errorMessage */.g)(error));
        fail((0,errors/* errorMessage */.g)(error), termination.exitCode() ?? exit_codes/* EXIT */.d.error);
    }
    finally {
        termination.dispose();
    }
}
//# sourceMappingURL=main.js.map

/***/ })

};
