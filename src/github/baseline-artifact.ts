// `baseline: main`: the report artifact of the newest successful run of this workflow on the default
// branch, found with the GitHub API and downloaded as @actions/artifact would (the API's 302 to the
// blob store, then the zip), but unpacked by our own reader: only its report.json is read, capped, so
// that a zip bomb neither fills RUNNER_TEMP nor memory (@actions/artifact unpacks every entry whole).
// The choices are baseline-plan.ts's; this shell only talks to the API. It never throws: whatever
// stands in the way comes back as the reason there is no baseline.
import { createWriteStream } from 'node:fs';
import { join } from 'node:path';
import { Readable, Transform } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import type { BaselineSource } from '../contracts/drift.js';
import { ZipArchive } from '../provision/zip-archive.js';
import { REPORT_FILE } from '../report/files.js';
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
  /** An empty folder to download the artifact and its report.json into. */
  downloadDir: string;
  log: (line: string) => void;
  userAgent: string;
  sleep?: (ms: number) => Promise<void>;
}

export type BaselineDownload = { kind: 'downloaded'; dir: string; source: BaselineSource } | { kind: 'unavailable'; reason: string; source: BaselineSource };

/** How many of the newest successful runs are looked through for one that ran on the default branch itself. */
const RUNS_LOOKED_AT = 20;

/**
 * The largest artifact zip downloaded: a report-dir (report.json, its text, logs and traces) weighs
 * a few MB; past this it is not downloaded. What it may unpack to is capped apart (REPORT_BYTES).
 */
export const ARTIFACT_ZIP_BYTES = 256 * 1024 * 1024;
/** The largest report.json unpacked from it: a check of 1,000 runs of 100 folds writes about 20 MB. */
export const REPORT_BYTES = 64 * 1024 * 1024;
/** How long the blob store may take to serve the zip. */
const DOWNLOAD_TIMEOUT_MS = 5 * 60_000;
/** How deep below the artifact's root report.json is looked for (engine/baseline.ts findReportIn, for a folder). */
const REPORT_DEPTH = 4;

const megabytes = (bytes: number): string => `${(bytes / 1024 / 1024).toFixed(bytes < 1024 * 1024 ? 2 : 0)} MiB`;

const tooLarge = (artifact: string, runId: number, bytes: number): string =>
  `the artifact ${artifact} of run ${runId} is ${megabytes(bytes)}, more than the ${megabytes(ARTIFACT_ZIP_BYTES)} a report's artifact may weigh: upload the report-dir (or report-path) alone`;

/** A download that failed on the way (the network, the blob store's 5xx) is tried again, as @actions/artifact did. */
const DOWNLOAD_TRIES = 3;
const DOWNLOAD_RETRY_MS = 5000;

/** Why a download failed, and whether trying again may help. */
class DownloadFailed extends Error {
  constructor(
    message: string,
    readonly transient: boolean,
  ) {
    super(message);
  }
}

/** The zip at the blob store's signed address `url` into `path`, with no credentials and at most ARTIFACT_ZIP_BYTES. */
async function downloadOnce(url: string, path: string): Promise<void> {
  const response = await fetch(url, { signal: AbortSignal.timeout(DOWNLOAD_TIMEOUT_MS) }).catch((error: unknown) => {
    throw new DownloadFailed(errorMessage(error), true);
  });
  if (!response.ok || response.body === null) throw new DownloadFailed(`the blob store answered ${response.status}`, response.status >= 500);
  const announced = Number(response.headers.get('content-length'));
  const tooLarge = `it is more than the ${megabytes(ARTIFACT_ZIP_BYTES)} a report's artifact may weigh`;
  if (announced > ARTIFACT_ZIP_BYTES) throw new DownloadFailed(tooLarge, false);
  let received = 0;
  const capped = new Transform({
    transform(chunk: Buffer, _encoding, done) {
      received += chunk.length;
      done(received > ARTIFACT_ZIP_BYTES ? new DownloadFailed(tooLarge, false) : null, chunk);
    },
  });
  await pipeline(Readable.fromWeb(response.body as never), capped, createWriteStream(path)).catch((error: unknown) => {
    throw error instanceof DownloadFailed ? error : new DownloadFailed(errorMessage(error), true);
  });
}

/** downloadOnce, tried again where that may help; null, else why it failed. */
async function downloadZip(url: string, path: string, log: (line: string) => void, sleep: (ms: number) => Promise<void>): Promise<string | null> {
  for (let attempt = 1; ; attempt++) {
    try {
      await downloadOnce(url, path);
      return null;
    } catch (error) {
      const failed = error instanceof DownloadFailed ? error : new DownloadFailed(errorMessage(error), false);
      if (!failed.transient || attempt === DOWNLOAD_TRIES) return failed.message;
      log(`downloading the baseline's zip: ${failed.message}; trying again in ${DOWNLOAD_RETRY_MS / 1000} s (try ${attempt + 1} of ${DOWNLOAD_TRIES})`);
      await sleep(DOWNLOAD_RETRY_MS);
    }
  }
}

/** The artifact's report.json (the shallowest, the first by name among equals) unpacked as `dir`/report.json, capped; null, else what is wrong. */
async function extractReport(zipPath: string, dir: string): Promise<string | null> {
  let archive: ZipArchive;
  try {
    archive = await ZipArchive.open(zipPath);
  } catch (error) {
    return `cannot be read as a zip: ${errorMessage(error)}`;
  }
  try {
    const depth = (name: string): number => name.split('/').length - 1;
    const found = [...archive.entries.keys()]
      .filter((name) => (name === REPORT_FILE || name.endsWith(`/${REPORT_FILE}`)) && depth(name) <= REPORT_DEPTH)
      .sort((a, b) => depth(a) - depth(b) || (a < b ? -1 : 1))[0];
    // No report.json: the folder stays without one, and engine/baseline.ts says so.
    if (found === undefined) return null;
    await archive.extract(found, join(dir, REPORT_FILE), REPORT_BYTES);
    return null;
  } catch (error) {
    return `holds a ${REPORT_FILE} that cannot be unpacked: ${errorMessage(error)}`;
  } finally {
    await archive.close();
  }
}

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
    if (artifact.size_in_bytes > ARTIFACT_ZIP_BYTES) return unavailable(tooLarge(lookup.artifact, run.id, artifact.size_in_bytes));
    const zipPath = join(lookup.downloadDir, `${lookup.artifact}.zip`);
    const { headers, status } = await step(`download the artifact ${lookup.artifact} (${artifact.id}) of run ${run.id}`, redact, () =>
      // The 302's signed address is followed below, without the token.
      octokit.rest.actions.downloadArtifact({ owner, repo, artifact_id: artifact.id, archive_format: 'zip', request: { redirect: 'manual' } }),
    );
    const location = typeof headers.location === 'string' ? headers.location : null;
    if (status !== 302 || location === null)
      return unavailable(`could not download the artifact ${lookup.artifact} (${artifact.id}): GitHub answered ${status} without the address of its zip`);
    const fetched = await downloadZip(location, zipPath, lookup.log, lookup.sleep ?? ((ms) => new Promise((resolve) => setTimeout(resolve, ms))));
    if (fetched !== null)
      return unavailable(redact(oneLine(`could not download the artifact ${lookup.artifact} (${artifact.id}) of run ${run.id}: ${fetched}`)));
    const unpacked = await extractReport(zipPath, lookup.downloadDir);
    if (unpacked !== null) return unavailable(oneLine(`the artifact ${lookup.artifact} of run ${run.id} ${unpacked}`));
    return { kind: 'downloaded', dir: lookup.downloadDir, source };
  } catch (error) {
    return unavailable(error instanceof StepFailed ? error.message : redact(oneLine(`the baseline lookup failed: ${errorMessage(error)}`)));
  }
}
