// The engine behind both the action and the CLI: produce the runs (train them, run the user's
// command, or read result files), then compare and report (conclude.ts). Nothing here knows
// about the runner or the terminal.
//
// Every process a check starts, however deep, carries TF_REPRO_CHECK_ID=<the check's id> in its
// environment (set in this process's own for the check's length, so that every child inherits it).
// When the check ends, however it ends, and at once when it is cancelled, every process still
// marked with it is killed (util/processes.ts); after a cancel, any that starts is killed too.
import { randomUUID } from 'node:crypto';
import type { Report } from '../contracts/report.js';
import type { CheckSettings } from '../contracts/settings.js';
import { CHECK_ID_VARIABLE, killMarked } from '../util/processes.js';
import { plural } from '../util/text.js';
import { produceCommandRuns } from './command-source.js';
import { concludeCheck, type ProducedRuns } from './conclude.js';
import { diagnoseCandidates } from './diagnose.js';
import { prepareReportDir } from './report-dir.js';
import { produceRunsFromFiles } from './result-files.js';
import { produceTrainedRuns, type TrainingOptions } from './training-source.js';

export interface CheckOptions extends TrainingOptions {
  /**
   * Aborting cancels the check: every process it started is killed, none starts after, and the
   * report (verdict `error`) keeps what had finished. The abort's reason ('SIGTERM') is named in it.
   */
  signal?: AbortSignal;
}

/** How often processes that start after a cancel are looked for (and killed). */
const REAP_INTERVAL_MS = 100;

/** Runs `body` with this check's id in the environment; no process marked with it outlives the call. */
async function withCheckProcesses<T>(signal: AbortSignal | undefined, body: (checkId: string) => Promise<T>): Promise<T> {
  const checkId = randomUUID();
  const before = process.env[CHECK_ID_VARIABLE];
  process.env[CHECK_ID_VARIABLE] = checkId;
  const endAll = (): void => void killMarked(CHECK_ID_VARIABLE, checkId);
  let reaper: NodeJS.Timeout | null = null;
  const onAbort = (): void => {
    endAll();
    reaper ??= setInterval(endAll, REAP_INTERVAL_MS);
  };
  signal?.addEventListener('abort', onAbort);
  // Even when this process is ended without unwinding (process.exit on a second signal).
  process.on('exit', endAll);
  try {
    return await body(checkId);
  } finally {
    signal?.removeEventListener('abort', onAbort);
    if (reaper) clearInterval(reaper);
    endAll();
    process.off('exit', endAll);
    if (before === undefined) delete process.env[CHECK_ID_VARIABLE];
    else process.env[CHECK_ID_VARIABLE] = before;
  }
}

/** A cancelled check's report: verdict `error` whatever the finished runs say, the cancel first among the errors. */
function cancelledReport(report: Report, reason: string): Report {
  const finished = report.runs.filter((run) => run.status === 'ok').length;
  const kept = finished === 0 ? 'no run had finished' : `${plural(finished, 'run')} had finished; ${finished === 1 ? 'its' : 'their'} results are kept`;
  const summary = `Cancelled (${reason}) before the check finished: ${kept}.`;
  return {
    ...report,
    verdict: 'error',
    summary,
    comparison: { ...report.comparison, verdict: 'error', summary },
    errors: [`the check was cancelled (${reason})`, ...report.errors],
  };
}

/** Trains (or runs the command) `runs` times and compares. */
export async function runCheck(settings: CheckSettings, options: CheckOptions = {}): Promise<Report> {
  const { signal } = options;
  const started = performance.now();
  // Names diagnose cannot try are the user's error, said before anything runs.
  if (settings.diagnose) diagnoseCandidates(settings, { kind: settings.command ? 'command' : 'training' });
  await prepareReportDir(settings.reportDir);
  return withCheckProcesses(signal, async (checkId) => {
    let produced: ProducedRuns | null = null;
    try {
      if (!signal?.aborted) {
        produced = settings.command
          ? await produceCommandRuns({ ...settings, command: settings.command }, { checkId, hooks: options.hooks, signal, log: options.log })
          : await produceTrainedRuns(settings, options);
      }
    } catch (error) {
      // A cancel can make the preparation fail (an install killed halfway): the cancel is the news.
      if (!signal?.aborted) throw error;
    }
    const report = concludeCheck(
      produced ?? {
        settings,
        tolerance: settings.tolerance,
        source: 'no run (cancelled before the first)',
        runs: [],
        durationSeconds: (performance.now() - started) / 1000,
        warnings: [],
      },
    );
    // The leg's name, for comparing checks across runners (engine/across.ts).
    if (settings.label) report.label = settings.label;
    return signal?.aborted ? cancelledReport(report, String(signal.reason)) : report;
  });
}

/** Compares runs already written to result files (report.json, or the experiment's text format). */
export async function compareResultFiles(paths: string[], tolerance: number): Promise<Report> {
  return concludeCheck(await produceRunsFromFiles(paths, tolerance));
}
