export const id = 895;
export const ids = [895];
export const modules = {

/***/ 8895:
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
// EXTERNAL MODULE: ./build/src/contracts.js
var contracts = __webpack_require__(2018);
// EXTERNAL MODULE: ./build/src/engine/check.js + 27 modules
var check = __webpack_require__(9531);
// EXTERNAL MODULE: ./build/src/engine/report-dir.js + 2 modules
var report_dir = __webpack_require__(8920);
// EXTERNAL MODULE: ./build/src/inputs/settings.js + 1 modules
var inputs_settings = __webpack_require__(800);
// EXTERNAL MODULE: ./build/src/inputs/setting-names.js
var setting_names = __webpack_require__(2138);
// EXTERNAL MODULE: ./build/src/report/markdown.js
var markdown = __webpack_require__(75);
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
 * difference, each fold's metric values per run, whether weights matched). Timings are left out:
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
    };
    return (0,external_node_crypto_.createHash)('sha256').update(JSON.stringify(content)).digest('hex').slice(0, 16);
}
/** The default comment-id: one comment per workflow and job, e.g. "CI/reproducibility". */
function defaultCommentId(workflow, job) {
    const parts = [workflow?.trim(), job?.trim()].filter((part) => Boolean(part));
    return parts.length > 0 ? parts.join('/') : 'tf-repro';
}
//# sourceMappingURL=marker.js.map
;// CONCATENATED MODULE: ./build/src/github/plan.js
// Decides, without any I/O, what the pull request comment step does: which inputs are valid, which
// pull request an event belongs to, which existing comment is ours, and whether to create, update
// or leave it.


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
        return (0,contracts/* fail */.fJ)(errors.join('\n'));
    return (0,contracts.ok)({ githubToken: raw.githubToken?.trim() ?? '', mode: modeText, commentId });
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
// EXTERNAL MODULE: ./build/src/report/findings-markdown.js + 1 modules
var findings_markdown = __webpack_require__(9328);
// EXTERNAL MODULE: ./build/src/report/shorten.js
var shorten = __webpack_require__(1669);
// EXTERNAL MODULE: ./build/src/util/text.js
var util_text = __webpack_require__(7499);
;// CONCATENATED MODULE: ./build/src/report/comment.js





/** GitHub refuses a comment body longer than this (it counts characters; a UTF-16 length is never less). */
const GITHUB_COMMENT_LIMIT = 65_536;
/** The per-fold table of the first `rows` folds, then each run's values where runs differ, each folded. */
function foldSections(report, tables, rows) {
    const folds = report.comparison.folds.length;
    const title = `Per fold: ${(0,util_text/* plural */.LS)(folds, 'fold')} × ${(0,util_text/* plural */.LS)(report.runs.length, 'run')}, ${tables.matching} of ${folds} matching${rows < folds ? ` (first ${rows} shown)` : ''}`;
    const perRun = (0,markdown/* perRunMarkdown */.Ab)(report, tables, rows);
    return [(0,findings_markdown/* folded */.TM)(title, (0,markdown/* foldTableMarkdown */.TM)(report, tables, rows)), ...(perRun === null ? [] : [perRun])];
}
/** The environment fingerprint or, for a command, the command and what each run got. */
function environmentDetails(report) {
    const { foldedTitle, body } = (0,markdown/* environmentSection */.Bg)(report);
    return (0,findings_markdown/* folded */.TM)(foldedTitle, body);
}
function footer(report, context) {
    const parts = [
        context.runUrl === null ? null : `[Workflow run](${context.runUrl})`,
        `comment-id ${(0,format/* inertMarkdown */.Ic)(context.commentId)}`,
        `${report.tool.name} ${report.tool.version}`,
    ];
    return `<sub>${parts.filter((part) => part !== null).join(' · ')}</sub>`;
}
function render(report, context, shape, full, tables) {
    const shortened = (0,shorten/* shortenedNote */.L6)(report, shape, full, `GitHub's limit of ${(0,util_text/* withCommas */.rX)(GITHUB_COMMENT_LIMIT)} characters for a comment`, 'The job summary and report.json have everything');
    const parts = [
        context.marker,
        `### ${(0,markdown/* verdictHeadline */.ge)(report)} — tf-repro`,
        ...(0,findings_markdown/* divergenceLeadMarkdown */.MZ)(report),
        (0,format/* inertMarkdown */.Ic)((0,shorten/* cut */.Jj)(report.summary, shape.summaryChars)),
        ...(0,shorten/* noteLines */.GI)(report, shape.notes, 'the job summary'),
        (0,markdown/* summaryNumbers */.LE)(report),
        ...(shortened === null ? [] : [shortened]),
        ...(shape.charts ? (0,findings_markdown/* lossSection */.Xf)(report, '####', true) : []),
        ...(report.cost ? (0,findings_markdown/* costSection */.pD)(report.cost, '#### With and without the determinism settings', shape.charts) : []),
        ...(report.diagnosis ? (0,findings_markdown/* compactDiagnosis */.b)(report.diagnosis, shape.diagnosisTable) : []),
        ...(shape.settings ? [`**Settings:** ${(0,markdown/* settingsLine */.S3)(report)}`] : []),
        ...(shape.foldRows === null ? [] : foldSections(report, tables, shape.foldRows)),
        ...(shape.environment ? [environmentDetails(report)] : []),
        footer(report, context),
    ];
    return `${parts.join('\n\n')}\n`;
}
/**
 * The comment body, at most `limit` characters. What is dropped, in order, until it fits: the
 * charts, per-fold rows (from the end), the per-fold table, the environment, the diagnosis's
 * table and most of the errors and warnings, then everything but the headline, where the runs
 * part, the numbers, the cost table, the diagnosis in a line and the link.
 */
function renderComment(report, context, limit = GITHUB_COMMENT_LIMIT) {
    const tables = (0,markdown/* foldTables */.jA)(report);
    const full = (0,findings_markdown/* fullShape */.nP)(report, false);
    const chartless = { ...full, charts: false };
    const tableless = { ...chartless, foldRows: null };
    const lean = { ...tableless, environment: false, diagnosisTable: false, notes: shorten/* FEW_NOTES */.H2 };
    return (0,shorten/* fitToLimit */.Qt)({
        full,
        lighter: full.charts ? [chartless] : [],
        render: (shape) => render(report, context, shape, full, tables),
        size: (text) => text.length,
        limit,
        ladder: [tableless, lean, { ...lean, settings: false, summaryChars: shorten/* MINIMAL_SUMMARY_CHARS */.tG }],
        // Nothing left to drop: headline, where the runs part, numbers, the cost table, a short summary, the link (a few thousand characters).
        last: { ...lean, settings: false, notes: { count: 0, chars: 0 }, summaryChars: shorten/* MINIMAL_SUMMARY_CHARS */.tG },
    });
}
//# sourceMappingURL=comment.js.map
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
// EXTERNAL MODULE: ./build/src/util/errors.js
var errors = __webpack_require__(6143);
;// CONCATENATED MODULE: ./build/src/github/pull-request-comment.js
// The comment step's I/O: find the pull request, find our comment on it, create or update it.
// Every decision is made by the pure parts (plan.ts, marker.ts, retry.ts, report/comment.ts); this
// shell only talks to the API. It never throws for an API failure: it returns an outcome that says
// what went wrong, so that the check's verdict never depends on the comment.






/**
 * Whose comments are ours. GET /user names the token's user for a personal access token or a
 * GitHub App user token. The workflow's own token (an installation token of the GitHub Actions
 * app) gets 403 there; its comments are written by this login.
 */
const WORKFLOW_TOKEN_LOGIN = 'github-actions[bot]';
const wait = (ms) => new Promise((resolve) => setTimeout(resolve, ms));
function httpFailure(error) {
    if (error === null || typeof error !== 'object')
        return null;
    const { status } = error;
    return typeof status === 'number' && status > 0 ? error : null;
}
/** Retries each request (pagination's pages too) as retry.ts decides. */
function withRetries(octokit, log, sleep) {
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
async function publishComment({ inputs, context, report, log, userAgent, sleep = wait }) {
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
    const redact = (text) => text.split(inputs.githubToken).join('***');
    const octokit = withRetries((0,github/* getOctokit */.Q)(inputs.githubToken, { userAgent }), (line) => log(redact(line)), sleep);
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
        const plan = planComment({ mode: inputs.mode, verdict: report.verdict, digest, existing });
        if (plan.action === 'skip')
            return { kind: 'skipped', reason: plan.reason, pullRequest };
        const body = renderComment(report, { marker: markerFor(inputs.commentId, digest), runUrl: context.runUrl, commentId: inputs.commentId });
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
function setOutputs(report, reportPath) {
    core/* setOutput */.uH('verdict', report.verdict);
    core/* setOutput */.uH('reproducible', String(report.verdict === 'reproducible'));
    core/* setOutput */.uH('variance', String(report.variance));
    core/* setOutput */.uH('max-abs-diff', String(report.maxAbsDiff));
    core/* setOutput */.uH('duration-seconds', report.durationSeconds.toFixed(3));
    core/* setOutput */.uH('report-path', reportPath);
    core/* setOutput */.uH('divergence', report.divergence ? (0,divergence/* describeDivergence */.SB)(report.divergence) : '');
    core/* setOutput */.uH('overhead', report.cost?.overhead == null ? '' : report.cost.overhead.toFixed(3));
}
/** The comment step's inputs. The token is masked at once and kept from the training processes. */
function readCommentInputs() {
    const githubToken = core/* getInput */.V4('github-token');
    if (githubToken)
        core/* setSecret */.Pq(githubToken);
    delete process.env['INPUT_GITHUB-TOKEN'];
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
    await core/* summary */.z.addRaw((0,markdown/* renderSummaryMarkdown */.i$)(report)).write();
}
/** What the runner shows of a failed step: the outputs say `error` whatever stopped it. */
function fail(message, exitCode) {
    core/* setOutput */.uH('verdict', 'error');
    core/* setOutput */.uH('reproducible', 'false');
    core/* setFailed */.C1(message);
    process.exitCode = exitCode;
}
async function runAction() {
    const termination = (0,util_termination/* cancelOnTermination */.w)();
    try {
        const parsed = (0,inputs_settings/* parseSettings */.P)(readInputs(), setting_names/* actionInputLabel */.jX);
        const commentInputs = readCommentInputs();
        if (!parsed.ok || !commentInputs.ok)
            throw new contracts/* UserError */.yo([parsed, commentInputs].flatMap((result) => (result.ok ? [] : [result.error])).join('\n'));
        const settings = parsed.value;
        settings.reportDir ??= (0,external_node_path_.join)(process.env.RUNNER_TEMP || (0,external_node_os_.tmpdir)(), 'tf-repro-report');
        log(settings.command
            ? `Running \`${settings.command.command}\` ${settings.runs} times, each a fresh process (framework: ${settings.command.framework}, deterministic: ${settings.deterministic}).`
            : `Training ${settings.runs} runs × ${settings.folds} folds × ${settings.epochs} epochs, each run in a fresh process (deterministic: ${settings.deterministic}).`);
        const report = await (0,check/* runCheck */.k)(settings, {
            log,
            signal: termination.signal,
            hooks: {
                onRunStart: (run) => log(`run ${run} of ${settings.runs} started`),
                onFold: (run, fold) => log(`run ${run} fold ${fold.fold}: ${Object.entries(fold.metrics)
                    .map(([name, value]) => `${name} ${(0,format/* exact */.e0)(value)}`)
                    .join(', ')}${fold.trainSeconds === null ? '' : ` (${fold.trainSeconds.toFixed(1)} s)`}`),
            },
        });
        const reportPath = await (0,report_dir/* saveReport */.a)(report, settings.reportDir);
        setOutputs(report, reportPath);
        await writeJobSummary(report);
        // A cancelled job has no time for the network.
        if (!termination.signal.aborted)
            await commentOnPullRequest(report, commentInputs.value);
        for (const warning of report.warnings)
            core/* warning */.$e(warning);
        log(`${report.summary} Variance ${(0,format/* scientific */.eg)(report.variance)}; report: ${reportPath}`);
        const signalled = termination.exitCode();
        if (report.verdict === 'error') {
            fail(report.errors[0] ?? report.summary, signalled ?? contracts/* EXIT */.dc.error);
        }
        else if (signalled !== null) {
            fail(`${String(termination.signal.reason)} came after the check had finished: ${report.summary}`, signalled);
        }
        else if (report.verdict === 'not-reproducible') {
            if (settings.failOnMismatch) {
                core/* setFailed */.C1(report.summary);
                process.exitCode = contracts/* EXIT */.dc.notReproducible;
            }
            else {
                core/* warning */.$e(`${report.summary} (fail-on-mismatch is false, so the step passes)`);
            }
        }
    }
    catch (error) {
        if (!(error instanceof contracts/* UserError */.yo))
            core/* debug */.Yz((0,errors/* errorStack */.j)(error));
        fail((0,errors/* errorMessage */.g)(error), termination.exitCode() ?? contracts/* EXIT */.dc.error);
    }
    finally {
        termination.dispose();
    }
}
//# sourceMappingURL=main.js.map

/***/ })

};
