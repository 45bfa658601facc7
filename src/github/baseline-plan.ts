// Decides, without any I/O, where `baseline: main` looks: which workflow's runs, on which branch,
// which of those runs is the baseline, and what to tell the user when GitHub will not say. The
// lookup itself is baseline-artifact.ts.

type Json = Record<string, unknown>;
const object = (value: unknown): Json | null => (value !== null && typeof value === 'object' && !Array.isArray(value) ? (value as Json) : null);
const positiveInteger = (value: unknown): number | null => (typeof value === 'number' && Number.isInteger(value) && value > 0 ? value : null);
const text = (value: unknown): string | null => (typeof value === 'string' && value !== '' ? value : null);

/** Whose runs hold the baseline, as far as the event and the runner's variables tell. */
export interface BaselineWorkflow {
  /** The workflow's id, or its file name ('ci.yml'), as the API takes either; null: ask the API for this run's. */
  workflow: number | string | null;
  /** Runs that are never the baseline: this one, and on workflow_run the run it follows. */
  excludedRuns: number[];
}

/**
 * The workflow whose runs on the default branch hold the baseline: this run's own (from
 * GITHUB_WORKFLOW_REF, "owner/repo/.github/workflows/ci.yml@refs/…"), except on workflow_run, whose
 * job belongs to a workflow of its own: there, the workflow of the run it follows, which is the one
 * that runs on pushes to the default branch and uploads the report.
 */
export function baselineWorkflow(eventName: string, payload: unknown, workflowRef: string | undefined, runId: number | null): BaselineWorkflow {
  const excludedRuns = runId === null ? [] : [runId];
  if (eventName === 'workflow_run') {
    const run = object(object(payload)?.workflow_run);
    const workflow = positiveInteger(run?.workflow_id);
    const followed = positiveInteger(run?.id);
    if (workflow !== null) return { workflow, excludedRuns: followed === null ? excludedRuns : [...excludedRuns, followed] };
  }
  const file = /\/\.github\/workflows\/([^/@]+)@/.exec(workflowRef ?? '')?.[1];
  return { workflow: file ?? null, excludedRuns };
}

/** The repository's default branch as the event's payload names it; null where it does not. */
export function defaultBranchOf(payload: unknown): string | null {
  return text(object(object(payload)?.repository)?.default_branch);
}

/** A workflow run as the runs list gives it, as much as the choice needs. */
export interface ListedRun {
  id: number;
  event: string;
  /** "owner/repo" of the commit's repository; null where the listing has none. */
  headRepository: string | null;
  headSha: string;
  url: string;
}

/** Events whose runs test someone's pull request, never the default branch itself. */
const PULL_REQUEST_EVENTS = ['pull_request', 'pull_request_target'];

/**
 * The baseline among the successful runs on the default branch, newest first: the first that is not
 * excluded, ran on this repository's own commits (a fork's branch may carry the same name) and was
 * not triggered by a pull request. null: none is.
 */
export function chooseBaselineRun(runs: readonly ListedRun[], excludedRuns: readonly number[], repository: string): ListedRun | null {
  return (
    runs.find(
      (run) =>
        !excludedRuns.includes(run.id) &&
        !PULL_REQUEST_EVENTS.includes(run.event) &&
        (run.headRepository === null || run.headRepository.toLowerCase() === repository.toLowerCase()),
    ) ?? null
  );
}

/**
 * Where @actions/artifact cannot download: GitHub Enterprise Server (it says so itself; github.com,
 * *.ghe.com and *.localhost are served). Its own test, so that it is said before any request.
 */
export function isEnterpriseServer(serverUrl: string): boolean {
  let host: string;
  try {
    host = new URL(serverUrl || 'https://github.com').hostname.toLowerCase();
  } catch {
    return false;
  }
  return host !== 'github.com' && !host.endsWith('.ghe.com') && !host.endsWith('.localhost');
}

export const BASELINE_DOCS = 'docs/baseline.md';

/** Why the baseline could not be had, in a sentence: what failed, what GitHub said and what would help. */
export function explainBaselineFailure(stage: string, status: number | null, message: string): string {
  const said = message ? ` (${message})` : '';
  if (status === null) return `could not ${stage}: ${message}`;
  if (status === 401) return `could not ${stage}: GitHub answered 401${said}; the token is not valid`;
  if (status === 403)
    return `could not ${stage}: GitHub answered 403${said}; the token needs \`actions: read\` (add it to the job's \`permissions:\`; see ${BASELINE_DOCS})`;
  if (status === 404)
    return `could not ${stage}: GitHub answered 404${said}; it is not there, or this token may not see it (a private repository needs \`actions: read\`)`;
  return `could not ${stage}: GitHub answered ${status}${said}`;
}

/** No successful run to take the baseline from yet. */
export function noRunReason(workflow: number | string, branch: string): string {
  return `no successful run of workflow ${workflow} on ${branch} yet: the job that runs on pushes to ${branch} uploads the baseline (see ${BASELINE_DOCS})`;
}

export function missingArtifactReason(artifact: string, runId: number, branch: string): string {
  return `run ${runId}, the newest successful run on ${branch}, has no artifact named ${artifact}: upload the report under that name there (actions/upload-artifact; see ${BASELINE_DOCS})`;
}

export function expiredArtifactReason(artifact: string, runId: number, expiresAt: string | null): string {
  return `the artifact ${artifact} of run ${runId} expired${expiresAt ? ` on ${expiresAt}` : ''}: GitHub keeps artifacts 90 days unless retention-days says less; the next push to the default branch uploads a new one`;
}
