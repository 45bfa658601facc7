// The action's only contact with the runner: read inputs, run the check, write outputs, the job
// summary and the step's result.
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describeDivergence } from '../comparison/divergence.js';
import * as core from '@actions/core';
import * as github from '@actions/github';
import { hostname } from 'node:os';
import { type Report } from '../contracts/report.js';
import { type CheckSettings } from '../contracts/settings.js';
import { EXIT } from '../util/exit-codes.js';
import { UserError } from '../util/user-error.js';
import { compareAcross } from '../engine/across.js';
import { runCheck } from '../engine/check.js';
import { JunitFileError, prepareReportDir, saveJunit, saveReport } from '../engine/report-dir.js';
import { defaultLabel } from '../inputs/label.js';
import { parseSettings } from '../inputs/settings.js';
import { parseMerge } from '../inputs/shard.js';
import { mergeShardReports } from '../engine/shards.js';
import { foldsText, shardFolds, shardName } from '../comparison/shards.js';
import { actionInputLabel, SETTING_DEFAULTS, type RawSettings, type SettingName } from '../inputs/setting-names.js';
import { renderSummaryMarkdown } from '../report/render.js';
import { exact, notMeasuredWords, scientific } from '../report/format.js';
import { defaultCommentId } from '../github/marker.js';
import { parseCommentInputs, type CommentInputs } from '../github/plan.js';
import { publishComment, type RunContext } from '../github/pull-request-comment.js';
import { TOOL_NAME, TOOL_VERSION } from '../version.js';
import { errorMessage, errorStack } from '../util/errors.js';
import { logLine } from '../util/log-text.js';
import { cancelOnTermination } from '../util/termination.js';
import { boundedMessage } from '../util/text.js';
import { announceDrift, driftOfCheck } from './baseline.js';
import type { RunnerCredentials } from './credentials.js';
import { driftSentence } from '../report/drift.js';
import { reportStepVerdict, variationsSentence } from '../report/variations.js';

/** Every line of ours that carries user text (names, paths, a command's output) goes through here: nothing in it can act as a workflow command. */
function log(text: string): void {
  core.info(logLine(text));
}

function readInputs(): RawSettings {
  const names = Object.keys(SETTING_DEFAULTS) as SettingName[];
  return Object.fromEntries(names.map((name) => [name, core.getInput(name)]));
}

/** The variance for the log: the number, or why it was not measured. */
const spreadText = (report: Report): string => (report.variance === null ? notMeasuredWords(report.notMeasured) : scientific(report.variance));

/** Whether `verdict` and `reproducible` have been written: each output is written once. */
let verdictWritten = false;

function setOutputs(report: Report, reportPath: string): void {
  // With vary and fail-on-variation, a condition that changes the numbers is a verdict of its own (issue 23).
  const verdict = reportStepVerdict(report);
  core.setOutput('verdict', verdict);
  core.setOutput('reproducible', String(verdict === 'reproducible'));
  verdictWritten = true;
  core.setOutput('sensitive-to', report.variations?.sensitiveTo.join(', ') ?? '');
  // Empty where not measured (report.json's notMeasured says why): a 0 would read as "identical".
  core.setOutput('variance', report.variance === null ? '' : String(report.variance));
  core.setOutput('max-abs-diff', report.maxAbsDiff === null ? '' : String(report.maxAbsDiff));
  core.setOutput('duration-seconds', report.durationSeconds.toFixed(3));
  core.setOutput('report-path', reportPath);
  core.setOutput('divergence', report.divergence ? describeDivergence(report.divergence) : '');
  core.setOutput('overhead', report.cost?.overhead == null ? '' : report.cost.overhead.toFixed(3));
  core.setOutput('drift', report.drift?.status ?? '');
}

/** `across`'s outputs: the verdict across runners, and the fingerprint fields that differ; empty for a check of one runner. */
function setAcrossOutputs(report: Report): void {
  core.setOutput('identical-across', report.across ? String(report.across.identical) : '');
  core.setOutput('differing-fields', report.across ? report.across.differingFields.join(', ') : '');
}

/**
 * This leg's name when the workflow gives none: the job's matrix values (the hidden `matrix` input,
 * whose default `\${{ toJSON(matrix) }}` the runner evaluates) or else the runner.
 */
function legLabel(): string {
  return defaultLabel({ env: process.env, matrixJson: core.getInput('matrix'), hostname: hostname(), platform: `${process.platform} ${process.arch}` });
}

/**
 * `across`: compare the legs' reports. The step fails where a leg is not reproducible within its
 * runner (as fail-on-mismatch says for one check) and, with fail-on-cross-runner-difference, where
 * the legs differ; else a difference across is a notice.
 */
async function runAcrossStep(settings: CheckSettings & { across: string[]; reportDir: string }, commentInputs: CommentInputs): Promise<void> {
  await prepareReportDir(settings.reportDir);
  const failOnDifference = settings.failOnCrossRunnerDifference ?? false;
  log(`Comparing the reports of ${settings.across.map((pattern) => `'${pattern}'`).join(', ')} across runners.`);
  const report = await compareAcross({ patterns: settings.across, what: actionInputLabel('across'), failOnCrossRunnerDifference: failOnDifference });
  const across = report.across!;
  const reportPath = await saveReport(report, settings.reportDir);
  if (settings.junitFile) log(`JUnit report: ${await saveJunit(settings.junitFile, report)}`);
  setOutputs(report, reportPath);
  setAcrossOutputs(report);
  await writeJobSummary(report);
  await commentOnPullRequest(report, commentInputs);
  for (const warning of report.warnings) core.warning(warning);
  log(`${report.summary} Report: ${reportPath}`);
  if (report.verdict === 'error') return fail(report.errors[0] ?? report.summary, EXIT.error);
  const failures: string[] = [];
  if (report.verdict === 'not-reproducible') {
    if (settings.failOnMismatch) failures.push(report.summary);
    else core.warning(`${report.summary} (fail-on-mismatch is false, so the step passes)`);
  }
  if (!across.identical) {
    if (failOnDifference) {
      if (failures.length === 0) failures.push(report.summary);
    } else {
      core.notice(
        `${report.summary} (fail-on-cross-runner-difference is false: a difference across runners is this notice and the job summary's tables, not a failure)`,
      );
    }
  }
  if (failures.length > 0) {
    core.setFailed(boundedMessage(failures.join('\n')));
    process.exitCode = EXIT.notReproducible;
  }
}

/** The comment step's inputs. The token, out of process.env already (credentials.ts), is masked at once. */
function readCommentInputs(credentials: RunnerCredentials): ReturnType<typeof parseCommentInputs> {
  const githubToken = (credentials.values.get('INPUT_GITHUB-TOKEN') ?? '').trim();
  if (githubToken) core.setSecret(githubToken);
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

/** What the check is about to do, in a line. */
function checkLine(settings: CheckSettings): string {
  if (settings.command) {
    return `Running \`${settings.command.command}\` ${settings.runs} times, each a fresh process (framework: ${settings.command.framework}, deterministic: ${settings.deterministic}).`;
  }
  const share = settings.shard ? `${shardName(settings.shard)} (${foldsText(shardFolds(settings.shard, settings.folds))} of ${settings.folds}): ` : '';
  return `Training ${share}${settings.runs} runs × ${settings.folds} folds × ${settings.epochs} epochs, each run in a fresh process (deterministic: ${settings.deterministic}).`;
}

/** A check that stopped before its report still gives test reporters its error, where junit-file asks for it. */
async function junitOfError(message: string): Promise<void> {
  const path = core.getInput('junit-file');
  if (path === '') return;
  try {
    log(`JUnit report: ${await saveJunit(path, null, message)}`);
  } catch (error) {
    core.warning(errorMessage(error));
  }
}

/**
 * Fails the step. Where setOutputs has written `verdict` and `reproducible` from a report, they
 * stay as written (once: the runner keeps every line of GITHUB_OUTPUT); an error before any
 * report writes them here.
 */
function fail(message: string, exitCode: number): void {
  if (!verdictWritten) {
    core.setOutput('verdict', 'error');
    core.setOutput('reproducible', 'false');
  }
  core.setFailed(boundedMessage(message));
  process.exitCode = exitCode;
}

export async function runAction(credentials: RunnerCredentials): Promise<void> {
  const termination = cancelOnTermination();
  try {
    if (credentials.error) throw new Error(credentials.error);
    if (credentials.exposure) log(credentials.exposure);
    const inputs = readInputs();
    const parsed = parseSettings(inputs, actionInputLabel);
    const merge = parseMerge(inputs, actionInputLabel);
    const commentInputs = readCommentInputs(credentials);
    const problems = [...merge.errors, ...[parsed, commentInputs].flatMap((result) => (result.ok ? [] : [result.error]))];
    if (!parsed.ok || !commentInputs.ok || problems.length > 0) throw new UserError(problems.join('\n'));
    const settings = parsed.value;
    settings.reportDir ??= join(process.env.RUNNER_TEMP || tmpdir(), 'tf-repro-report');
    if (settings.across) return await runAcrossStep({ ...settings, across: settings.across, reportDir: settings.reportDir }, commentInputs.value);
    settings.label ??= legLabel();
    if (merge.patterns.length > 0) log(`Merging the shards' reports that ${merge.patterns.map((pattern) => `'${pattern}'`).join(', ')} name.`);
    else log(checkLine(settings));
    const report =
      merge.patterns.length > 0
        ? await mergeShardReports(merge.patterns, { cwd: process.cwd(), reportDir: settings.reportDir, input: actionInputLabel('merge') })
        : await runCheck(settings, {
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
    // A merged check is this job's leg for across: its label, as a trained check's.
    if (merge.patterns.length > 0) report.label ??= settings.label;
    // Drift against a baseline (issue #13, part 3); a cancelled job has no time for the network.
    if (settings.baseline && !termination.signal.aborted) {
      report.drift = await driftOfCheck(
        report,
        { ...settings, baseline: settings.baseline },
        { token: commentInputs.value.githubToken, context: runContext(), log },
      );
    }
    const reportPath = await saveReport(report, settings.reportDir);
    if (settings.junitFile) log(`JUnit report: ${await saveJunit(settings.junitFile, report)}`);
    setOutputs(report, reportPath);
    await writeJobSummary(report);
    // A cancelled job has no time for the network.
    // A shard leg's verdict covers its own folds: the merge job comments, once, for the whole check.
    if (report.shard) log(`No pull request comment from ${shardName(report.shard)}: the merge job comments for the whole check.`);
    else if (!termination.signal.aborted) await commentOnPullRequest(report, commentInputs.value);
    for (const warning of report.warnings) core.warning(warning);
    if (report.drift) announceDrift(report.drift, settings.failOnDrift === true, log);
    log(`${report.summary} Variance ${spreadText(report)}; report: ${reportPath}`);
    const signalled = termination.exitCode();
    if (report.verdict === 'error') {
      fail(report.errors[0] ?? report.summary, signalled ?? EXIT.error);
    } else if (signalled !== null) {
      // The outputs keep the finished check's verdict; the step fails for the signal.
      fail(`${String(termination.signal.reason)} came after the check had finished: ${report.summary}`, signalled);
    } else if (report.verdict === 'not-reproducible') {
      if (settings.failOnMismatch) {
        core.setFailed(report.summary);
        process.exitCode = EXIT.notReproducible;
      } else {
        core.warning(`${report.summary} (fail-on-mismatch is false, so the step passes)`);
      }
    }
    if (report.verdict === 'reproducible' && signalled === null && report.variations && report.variations.sensitiveTo.length > 0) {
      const sentence = variationsSentence(report.verdict, report.variations);
      if (reportStepVerdict(report) === 'condition-sensitive') {
        core.setFailed(`${sentence} (fail-on-variation is true)`);
        process.exitCode = EXIT.notReproducible;
      } else {
        core.notice(`${sentence} (fail-on-variation is false, so the step passes)`);
      }
    }
    if (report.verdict !== 'error' && signalled === null && report.drift?.status === 'changed' && settings.failOnDrift) {
      core.setFailed(`${driftSentence(report.drift)} (fail-on-drift is true)`);
      process.exitCode = EXIT.notReproducible;
    }
  } catch (error) {
    if (!(error instanceof UserError)) core.debug(errorStack(error));
    if (!(error instanceof JunitFileError)) await junitOfError(errorMessage(error));
    fail(errorMessage(error), termination.exitCode() ?? EXIT.error);
  } finally {
    termination.dispose();
  }
}
