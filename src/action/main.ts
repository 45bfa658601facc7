// The action's only contact with the runner: read inputs, run the check, write outputs, the job
// summary and the step's result.
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import * as core from '@actions/core';
import { EXIT, UserError, type Report } from '../contracts.js';
import { runCheck } from '../check.js';
import { actionInputLabel, parseSettings, SETTING_DEFAULTS, type RawSettings, type SettingName } from '../inputs/settings.js';
import { writeReportFiles } from '../report/files.js';
import { renderSummaryMarkdown } from '../report/markdown.js';
import { exact, scientific } from '../report/format.js';

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
}

async function writeJobSummary(report: Report): Promise<void> {
  if (!process.env.GITHUB_STEP_SUMMARY) {
    core.info('No GITHUB_STEP_SUMMARY file (not on a GitHub runner): the summary is in the report directory only.');
    return;
  }
  await core.summary.addRaw(renderSummaryMarkdown(report)).write();
}

export async function runAction(): Promise<void> {
  try {
    const parsed = parseSettings(readInputs(), actionInputLabel);
    if (!parsed.ok) throw new UserError(parsed.error);
    const settings = parsed.value;
    settings.reportDir ??= join(process.env.RUNNER_TEMP || tmpdir(), 'tf-repro-report');
    core.info(`Training ${settings.runs} runs × ${settings.folds} folds × ${settings.epochs} epochs, each run in a fresh process (deterministic: ${settings.deterministic}).`);
    const report = await runCheck(settings, {
      hooks: {
        onRunStart: (run) => core.info(`run ${run} of ${settings.runs} started`),
        onFold: (run, fold) => core.info(`run ${run} fold ${fold.fold}: ${Object.entries(fold.metrics).map(([name, value]) => `${name} ${exact(value)}`).join(', ')} (${fold.trainSeconds?.toFixed(1)} s)`),
      },
    });
    const reportPath = await writeReportFiles(report, settings.reportDir);
    setOutputs(report, reportPath);
    await writeJobSummary(report);
    for (const warning of report.warnings) core.warning(warning);
    core.info(`${report.summary} Variance ${scientific(report.variance)}; report: ${reportPath}`);
    if (report.verdict === 'error') {
      core.setFailed(report.errors[0] ?? report.summary);
      process.exitCode = EXIT.error;
    } else if (report.verdict === 'not-reproducible') {
      if (settings.failOnMismatch) {
        core.setFailed(report.summary);
        process.exitCode = EXIT.notReproducible;
      } else {
        core.warning(`${report.summary} (fail-on-mismatch is false, so the step passes)`);
      }
    }
  } catch (error) {
    if (!(error instanceof UserError)) core.debug(error instanceof Error ? (error.stack ?? error.message) : String(error));
    core.setFailed(error instanceof Error ? error.message : String(error));
    process.exitCode = EXIT.error;
  }
}
