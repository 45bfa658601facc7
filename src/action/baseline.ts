// The action's side of `baseline`: a file is read as it is; `main` is found and downloaded with the
// GitHub API (github/baseline-artifact.ts) into a fresh folder under $RUNNER_TEMP, removed after.
// Then the drift is said on the runner: a notice for a baseline that cannot be had or (without
// fail-on-drift) for a change; whether it fails the job is main.ts's.
import { mkdir, mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import * as core from '@actions/core';
import * as github from '@actions/github';
import type { Drift } from '../contracts/drift.js';
import type { Report } from '../contracts/report.js';
import type { CheckSettings } from '../contracts/settings.js';
import { unavailableDrift } from '../comparison/drift.js';
import { driftAgainstFile, driftAgainstFolder } from '../engine/baseline.js';
import { downloadBaselineArtifact } from '../github/baseline-artifact.js';
import type { RunContext } from '../github/pull-request-comment.js';
import { BASELINE_FROM_MAIN } from '../inputs/setting-names.js';
import { driftSentence } from '../report/drift.js';
import { TOOL_NAME, TOOL_VERSION } from '../version.js';

export interface BaselineOptions {
  /** The action's token (github-token): the API lookup needs `actions: read`. */
  token: string;
  context: RunContext;
  log: (line: string) => void;
}

/** This check against `settings.baseline` (set), as report.drift. */
export async function driftOfCheck(report: Report, settings: CheckSettings & { baseline: string }, options: BaselineOptions): Promise<Drift> {
  if (settings.baseline !== BASELINE_FROM_MAIN) return driftAgainstFile(report, settings.baseline);
  const artifact = settings.baselineArtifact ?? 'tf-repro-report';
  const parent = process.env.RUNNER_TEMP || tmpdir();
  await mkdir(parent, { recursive: true });
  const downloadDir = await mkdtemp(join(parent, 'tf-repro-baseline-'));
  try {
    const runId = Number(process.env.GITHUB_RUN_ID);
    const download = await downloadBaselineArtifact({
      token: options.token,
      context: options.context,
      runId: Number.isSafeInteger(runId) && runId > 0 ? runId : null,
      workflowRef: process.env.GITHUB_WORKFLOW_REF,
      serverUrl: github.context.serverUrl,
      artifact,
      downloadDir,
      log: options.log,
      userAgent: `${TOOL_NAME}/${TOOL_VERSION}`,
    });
    return download.kind === 'unavailable'
      ? unavailableDrift(download.source, download.reason, report.comparison.tolerance)
      : await driftAgainstFolder(report, download.dir, download.source, artifact);
  } finally {
    await rm(downloadDir, { recursive: true, force: true });
  }
}

/** Says the drift in the log, and as a notice where the user should see it without failing the job. */
export function announceDrift(drift: Drift, failOnDrift: boolean, log: (line: string) => void): void {
  const sentence = driftSentence(drift);
  const differ =
    drift.settingsDiffer.length > 0 ? ` The baseline's settings differ (${drift.settingsDiffer.map((d) => d.name).join(', ')}): drift is expected.` : '';
  if (drift.status === 'unavailable') core.notice(`${sentence} The verdict is unaffected.`);
  else if (drift.status === 'changed' && !failOnDrift) core.notice(`${sentence}${differ} (fail-on-drift is false, so the step passes)`);
  else log(`${sentence}${differ}`);
}
