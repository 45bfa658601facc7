// The action's only contact with the runner: read inputs, run the check, write outputs, the job
// summary and the step's result.
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describeDivergence } from '../comparison/divergence.js';
import * as core from '@actions/core';
import * as github from '@actions/github';
import { EXIT, UserError, type Report } from '../contracts.js';
import { runCheck } from '../engine/check.js';
import { saveReport } from '../engine/report-dir.js';
import { parseSettings } from '../inputs/settings.js';
import { actionInputLabel, SETTING_DEFAULTS, type RawSettings, type SettingName } from '../inputs/setting-names.js';
import { renderSummaryMarkdown } from '../report/markdown.js';
import { exact, scientific } from '../report/format.js';
import { defaultCommentId } from '../github/marker.js';
import { parseCommentInputs, type CommentInputs } from '../github/plan.js';
import { publishComment, type RunContext } from '../github/pull-request-comment.js';
import { TOOL_NAME, TOOL_VERSION } from '../version.js';
import { errorMessage, errorStack } from '../util/errors.js';
import { logLine } from '../util/log-text.js';
import { cancelOnTermination } from '../util/termination.js';
import { announceDrift, driftOfCheck } from './baseline.js';
import { driftSentence } from '../report/drift.js';

/** Every line of ours that carries user text (names, paths, a command's output) goes through here: nothing in it can act as a workflow command. */
function log(text: string): void {
  core.info(logLine(text));
}

function readInputs(): RawSettings {
  const names = Object.keys(SETTING_DEFAULTS) as SettingName[];
  return Object.fromEntries(names.map((name) => [name, core.getInput(name)]));
}

function setOutputs(report: Report, reportPath: string): void {
  core.setOutput('verdict', report.verdict);
  core.setOutput('reproducible', String(report.verdict === 'reproducible'));
  core.setOutput('variance', String(report.variance));
  core.setOutput('max-abs-diff', String(report.maxAbsDiff));
  core.setOutput('duration-seconds', report.durationSeconds.toFixed(3));
  core.setOutput('report-path', reportPath);
  core.setOutput('divergence', report.divergence ? describeDivergence(report.divergence) : '');
  core.setOutput('overhead', report.cost?.overhead == null ? '' : report.cost.overhead.toFixed(3));
  core.setOutput('drift', report.drift?.status ?? '');
}

/** The comment step's inputs. The token is masked at once and kept from the training processes. */
function readCommentInputs(): ReturnType<typeof parseCommentInputs> {
  const githubToken = core.getInput('github-token');
  if (githubToken) core.setSecret(githubToken);
  delete process.env['INPUT_GITHUB-TOKEN'];
  return parseCommentInputs(
    { githubToken, comment: core.getInput('comment'), commentId: core.getInput('comment-id') },
    defaultCommentId(github.context.workflow, github.context.job),
  );
}

function runContext(): RunContext {
  const { context } = github;
  let [owner, repo] = ['', ''];
  try {
    ({ owner, repo } = context.repo);
  } catch {
    // Neither GITHUB_REPOSITORY nor a repository in the event: not on a runner, and no pull request either.
  }
  const attempt = Number(process.env.GITHUB_RUN_ATTEMPT);
  const runUrl =
    owner && Number.isInteger(context.runId)
      ? `${context.serverUrl}/${owner}/${repo}/actions/runs/${context.runId}${attempt > 1 ? `/attempts/${attempt}` : ''}`
      : null;
  return { eventName: context.eventName ?? '', payload: context.payload, owner, repo, runUrl };
}

/** Posts or updates the pull request comment. Whatever happens here is at most a warning. */
async function commentOnPullRequest(report: Report, inputs: CommentInputs): Promise<void> {
  try {
    const outcome = await publishComment({ inputs, context: runContext(), report, log, userAgent: `${TOOL_NAME}/${TOOL_VERSION}` });
    switch (outcome.kind) {
      case 'created':
      case 'updated':
        log(`${outcome.kind === 'created' ? 'Commented on' : 'Updated our comment on'} pull request #${outcome.pullRequest}: ${outcome.url}`);
        if (outcome.note) core.notice(outcome.note);
        break;
      case 'skipped':
        log(`No pull request comment: ${outcome.reason}.`);
        break;
      case 'not-a-pull-request':
        core.notice(`No pull request comment: ${outcome.reason}. The verdict is in the job summary.`);
        break;
      case 'failed':
        core.warning(outcome.message);
        break;
    }
  } catch (error) {
    core.warning(`The pull request comment failed: ${errorMessage(error)}. The verdict and the job summary are unaffected.`);
  }
}

async function writeJobSummary(report: Report): Promise<void> {
  if (!process.env.GITHUB_STEP_SUMMARY) {
    log('No GITHUB_STEP_SUMMARY file (not on a GitHub runner): the summary is in the report directory only.');
    return;
  }
  await core.summary.addRaw(renderSummaryMarkdown(report)).write();
}

/** What the runner shows of a failed step: the outputs say `error` whatever stopped it. */
function fail(message: string, exitCode: number): void {
  core.setOutput('verdict', 'error');
  core.setOutput('reproducible', 'false');
  core.setFailed(message);
  process.exitCode = exitCode;
}

export async function runAction(): Promise<void> {
  const termination = cancelOnTermination();
  try {
    const parsed = parseSettings(readInputs(), actionInputLabel);
    const commentInputs = readCommentInputs();
    if (!parsed.ok || !commentInputs.ok) throw new UserError([parsed, commentInputs].flatMap((result) => (result.ok ? [] : [result.error])).join('\n'));
    const settings = parsed.value;
    settings.reportDir ??= join(process.env.RUNNER_TEMP || tmpdir(), 'tf-repro-report');
    log(
      settings.command
        ? `Running \`${settings.command.command}\` ${settings.runs} times, each a fresh process (framework: ${settings.command.framework}, deterministic: ${settings.deterministic}).`
        : `Training ${settings.runs} runs × ${settings.folds} folds × ${settings.epochs} epochs, each run in a fresh process (deterministic: ${settings.deterministic}).`,
    );
    const report = await runCheck(settings, {
      log,
      signal: termination.signal,
      hooks: {
        onRunStart: (run) => log(`run ${run} of ${settings.runs} started`),
        onFold: (run, fold) =>
          log(
            `run ${run} fold ${fold.fold}: ${Object.entries(fold.metrics)
              .map(([name, value]) => `${name} ${exact(value)}`)
              .join(', ')}${fold.trainSeconds === null ? '' : ` (${fold.trainSeconds.toFixed(1)} s)`}`,
          ),
      },
    });
    // Drift against a baseline (issue #13, part 3); a cancelled job has no time for the network.
    if (settings.baseline && !termination.signal.aborted) {
      report.drift = await driftOfCheck(
        report,
        { ...settings, baseline: settings.baseline },
        { token: commentInputs.value.githubToken, context: runContext(), log },
      );
    }
    const reportPath = await saveReport(report, settings.reportDir);
    setOutputs(report, reportPath);
    await writeJobSummary(report);
    // A cancelled job has no time for the network.
    if (!termination.signal.aborted) await commentOnPullRequest(report, commentInputs.value);
    for (const warning of report.warnings) core.warning(warning);
    if (report.drift) announceDrift(report.drift, settings.failOnDrift === true, log);
    log(`${report.summary} Variance ${scientific(report.variance)}; report: ${reportPath}`);
    const signalled = termination.exitCode();
    if (report.verdict === 'error') {
      fail(report.errors[0] ?? report.summary, signalled ?? EXIT.error);
    } else if (signalled !== null) {
      fail(`${String(termination.signal.reason)} came after the check had finished: ${report.summary}`, signalled);
    } else if (report.verdict === 'not-reproducible') {
      if (settings.failOnMismatch) {
        core.setFailed(report.summary);
        process.exitCode = EXIT.notReproducible;
      } else {
        core.warning(`${report.summary} (fail-on-mismatch is false, so the step passes)`);
      }
    }
    if (report.verdict !== 'error' && signalled === null && report.drift?.status === 'changed' && settings.failOnDrift) {
      core.setFailed(`${driftSentence(report.drift)} (fail-on-drift is true)`);
      process.exitCode = EXIT.notReproducible;
    }
  } catch (error) {
    if (!(error instanceof UserError)) core.debug(errorStack(error));
    fail(errorMessage(error), termination.exitCode() ?? EXIT.error);
  } finally {
    termination.dispose();
  }
}
