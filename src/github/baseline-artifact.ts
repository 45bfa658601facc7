// `baseline: main`: the report artifact of the newest successful run of this workflow on the default
// branch, found with the GitHub API and downloaded through @actions/artifact (the API's 302 to the
// blob store, then the zip, unpacked). The choices are baseline-plan.ts's; this shell only talks to
// the API. It never throws: whatever stands in the way comes back as the reason there is no baseline.
import type { BaselineSource } from '../contracts.js';
import { errorMessage } from '../util/errors.js';
import { oneLine } from '../util/text.js';
import {
  baselineWorkflow,
  chooseBaselineRun,
  defaultBranchOf,
  expiredArtifactReason,
  explainBaselineFailure,
  isEnterpriseServer,
  missingArtifactReason,
  noRunReason,
} from './baseline-plan.js';
import { httpFailure, redactor, retryingOctokit, type Octokit } from './octokit.js';
import type { RunContext } from './pull-request-comment.js';

export interface BaselineLookup {
  /** The action's token: it needs `actions: read`. Never handed to a process that runs user code. */
  token: string;
  context: RunContext;
  /** GITHUB_RUN_ID; null when unknown. */
  runId: number | null;
  /** GITHUB_WORKFLOW_REF. */
  workflowRef: string | undefined;
  /** GITHUB_SERVER_URL. */
  serverUrl: string;
  /** The artifact's name (`baseline-artifact`). */
  artifact: string;
  /** An empty folder to unpack the artifact into. */
  downloadDir: string;
  log: (line: string) => void;
  userAgent: string;
  sleep?: (ms: number) => Promise<void>;
}

export type BaselineDownload = { kind: 'downloaded'; dir: string; source: BaselineSource } | { kind: 'unavailable'; reason: string; source: BaselineSource };

/** How many of the newest successful runs are looked through for one that ran on the default branch itself. */
const RUNS_LOOKED_AT = 20;

/** A step that failed with GitHub's answer (or none), said as its reason. */
class StepFailed extends Error {}

async function step<T>(stage: string, redact: (text: string) => string, call: () => Promise<T>): Promise<T> {
  try {
    return await call();
  } catch (error) {
    const failure = httpFailure(error);
    throw new StepFailed(redact(oneLine(explainBaselineFailure(stage, failure?.status ?? null, failure ? failure.message : errorMessage(error)))));
  }
}

async function workflowOfThisRun(octokit: Octokit, lookup: BaselineLookup, redact: (text: string) => string): Promise<number> {
  const { owner, repo } = lookup.context;
  if (lookup.runId === null) throw new StepFailed('GITHUB_RUN_ID is not set, so the workflow of this run is unknown');
  const { data } = await step(`look up this run (${lookup.runId})`, redact, () =>
    octokit.rest.actions.getWorkflowRun({ owner, repo, run_id: lookup.runId as number, exclude_pull_requests: true }),
  );
  return data.workflow_id;
}

export async function downloadBaselineArtifact(lookup: BaselineLookup): Promise<BaselineDownload> {
  const { owner, repo, eventName, payload } = lookup.context;
  const source: Extract<BaselineSource, { kind: 'run' }> = {
    kind: 'run',
    branch: defaultBranchOf(payload),
    artifact: lookup.artifact,
    runId: null,
    url: null,
    commit: null,
  };
  const unavailable = (reason: string): BaselineDownload => ({ kind: 'unavailable', reason, source });
  if (!owner || !repo) return unavailable('not in a GitHub repository (GITHUB_REPOSITORY is not set)');
  if (lookup.token === '') return unavailable('the github-token input is empty: leave it out to use the workflow token, which needs `actions: read`');
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
    const { data: listed } = await step(`list the successful runs of workflow ${workflow} on ${branch}`, redact, () =>
      octokit.rest.actions.listWorkflowRuns({
        owner,
        repo,
        workflow_id: workflow,
        branch,
        status: 'success',
        per_page: RUNS_LOOKED_AT,
        exclude_pull_requests: true,
      }),
    );
    const run = chooseBaselineRun(
      listed.workflow_runs.map((r) => ({
        id: r.id,
        event: r.event,
        headRepository: r.head_repository?.full_name ?? null,
        headSha: r.head_sha,
        url: r.html_url,
      })),
      planned.excludedRuns,
      `${owner}/${repo}`,
    );
    if (run === null) return unavailable(noRunReason(workflow, branch));
    Object.assign(source, { runId: run.id, url: run.url, commit: run.headSha });
    lookup.log(`Baseline: run ${run.id} of workflow ${workflow} on ${branch} (${run.headSha.slice(0, 12)}), ${run.url}`);
    const { data: artifacts } = await step(`list the artifacts of run ${run.id}`, redact, () =>
      octokit.rest.actions.listWorkflowRunArtifacts({ owner, repo, run_id: run.id, name: lookup.artifact, per_page: 100 }),
    );
    // The name filter is exact; the newest first should a re-run have uploaded it twice.
    const artifact = artifacts.artifacts.filter((a) => a.name === lookup.artifact).sort((a, b) => b.id - a.id)[0];
    if (!artifact) return unavailable(missingArtifactReason(lookup.artifact, run.id, branch));
    if (artifact.expired) return unavailable(expiredArtifactReason(lookup.artifact, run.id, artifact.expires_at));
    await step(`download the artifact ${lookup.artifact} (${artifact.id}) of run ${run.id}`, redact, async () => {
      // Loaded only here: the comment and every check without `baseline: main` never load it.
      const { DefaultArtifactClient } = await import('@actions/artifact');
      await new DefaultArtifactClient().downloadArtifact(artifact.id, {
        path: lookup.downloadDir,
        findBy: { token: lookup.token, workflowRunId: run.id, repositoryOwner: owner, repositoryName: repo },
      });
    });
    return { kind: 'downloaded', dir: lookup.downloadDir, source };
  } catch (error) {
    return unavailable(error instanceof StepFailed ? error.message : redact(oneLine(`the baseline lookup failed: ${errorMessage(error)}`)));
  }
}
