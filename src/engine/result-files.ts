// Runs produced by reading result files already written: our report.json, or the published
// experiment's text format. Runs are renumbered in the order given, across files.
import { type FoldResult, type RunFingerprint, type RunResult, type RunStatus } from '../contracts/run-result.js';
import { type Verdict } from '../contracts/verdict.js';
import { fail } from '../util/parsed.js';
import { UserError } from '../util/user-error.js';
import type { BaselineReport } from '../comparison/drift.js';
import { experimentRunsToRunResults, experimentTotalSeconds, parseExperimentText } from '../comparison/experiment-format.js';
import { excerpt, oneLine } from '../util/text.js';
import { decodeNumber } from '../report/report-json.js';
import { READ_SCHEMA_VERSIONS, currentSchema } from '../report/report-schema.js';
import { savedRole, savedTrace } from '../report/saved-report.js';
import type { ProducedRuns } from './conclude.js';
import { errorMessage } from '../util/errors.js';
import { ioCause, readRegularFile } from '../util/user-files.js';

const isObject = (value: unknown): value is Record<string, unknown> => typeof value === 'object' && value !== null && !Array.isArray(value);
const stringOr = <T>(value: unknown, otherwise: T): string | T => (typeof value === 'string' ? value : otherwise);

/**
 * One fold of a run in report.json, its metrics decoded ("NaN", "Infinity" and "-Infinity" are
 * numbers that JSON cannot spell). `where` names the run for an error.
 */
function foldOf(value: unknown, where: string): FoldResult {
  if (!isObject(value) || !Number.isSafeInteger(value.fold) || (value.fold as number) < 0 || !isObject(value.metrics)) {
    throw new UserError(`${where}: a fold is not {"fold": <index>, "metrics": {…}}; compare reads the report.json that tf-repro wrote, unedited`);
  }
  const fold = value.fold as number;
  const metrics = Object.entries(value.metrics).map(([name, raw]): [string, number] => {
    const number = decodeNumber(raw);
    if (number !== null) return [name, number];
    const old = raw === null ? ' (a tf-repro older than this one wrote NaN and Infinity as null: compare its results.txt instead)' : '';
    throw new UserError(`${where}: metric "${excerpt(name)}" of fold ${fold} is ${excerpt(JSON.stringify(raw) ?? String(raw))}, not a number${old}`);
  });
  const device = value.device;
  return {
    fold,
    // Object.fromEntries makes every name an own property, `__proto__` included.
    metrics: Object.fromEntries(metrics),
    weightsSha256: stringOr(value.weightsSha256, null),
    trainSeconds: decodeNumber(value.trainSeconds),
    ...(typeof device === 'string' || device === null ? { device } : {}),
  };
}

const RUN_STATUSES: readonly unknown[] = ['ok', 'failed', 'stopped'] satisfies RunStatus[];
const VERDICTS: readonly unknown[] = ['reproducible', 'not-reproducible', 'error'] satisfies Verdict[];

/** Each fold of a run once: a second copy would be compared in place of (or beside) the first. */
function foldsOnce(folds: FoldResult[], where: string): FoldResult[] {
  const seen = new Set<number>();
  for (const { fold } of folds) {
    if (seen.has(fold))
      throw new UserError(
        `${where}: fold ${fold} is listed twice; a run has each fold once: compare and merge read the report.json that tf-repro wrote, unedited`,
      );
    seen.add(fold);
  }
  return folds;
}

/** The runs of a report.json, checked: what the comparison reads must be what it expects. */
export function runsOf(runs: readonly unknown[], path: string): RunResult[] {
  const listedAt = new Map<number, number>();
  return runs.map((value, index) => {
    const where = `${path}: run ${index + 1}`;
    if (!isObject(value) || !Array.isArray(value.folds) || !RUN_STATUSES.includes(value.status)) {
      throw new UserError(`${where} is not a run with a status and a list of folds; compare reads the report.json that tf-repro wrote, unedited`);
    }
    // Runs are renumbered in the order listed; a run number written twice is a copy, not another run.
    if (Number.isSafeInteger(value.run)) {
      const earlier = listedAt.get(value.run as number);
      if (earlier !== undefined) {
        throw new UserError(
          `${path}: run ${value.run as number} is listed twice (entries ${earlier + 1} and ${index + 1} of runs); compare and merge read the report.json that tf-repro wrote, unedited`,
        );
      }
      listedAt.set(value.run as number, index);
    }
    return {
      run: index + 1,
      role: savedRole(value.role, path, `runs[${index}].role`),
      status: value.status as RunStatus,
      error: stringOr(value.error, null),
      startedAt: stringOr(value.startedAt, ''),
      durationSeconds: decodeNumber(value.durationSeconds) ?? 0,
      folds: foldsOnce(
        value.folds.map((fold) => foldOf(fold, where)),
        where,
      ),
      environment: isObject(value.environment) ? (value.environment as unknown as RunFingerprint) : null,
      warnings: Array.isArray(value.warnings) ? value.warnings.filter((warning) => typeof warning === 'string') : [],
      ...(isObject(value.artifacts)
        ? { artifacts: Object.fromEntries(Object.entries(value.artifacts).filter((entry): entry is [string, string] => typeof entry[1] === 'string')) }
        : {}),
      ...(value.trace === undefined ? {} : { trace: savedTrace(value.trace, path, `runs[${index}].trace`) }),
    };
  });
}

/**
 * The largest report or result file read (merge, across, compare, explain, a baseline): a check's
 * report.json with the traces of 1,000 runs has a few MiB; past this it is not one tf-repro wrote.
 */
export const REPORT_FILE_LIMIT_BYTES = 64 * 1024 * 1024;

/** A file the user named, as text; one clear error naming it (as `what`) where it cannot be read: a FIFO, a device or a directory is not waited on. */
async function readNamedFile(path: string, what: string): Promise<string> {
  try {
    return (await readRegularFile(path, REPORT_FILE_LIMIT_BYTES)).toString('utf8');
  } catch (error) {
    throw new UserError(`cannot read ${what} '${path}': ${ioCause(error)}`);
  }
}

/**
 * report.json's text as its object, checked to be a tf-repro report of a schema version this
 * tf-repro reads and brought up to the one it writes (report/report-schema.ts).
 */
function parseReportJson(text: string, path: string): Record<string, unknown> & { runs: unknown[] } {
  let report: unknown;
  try {
    report = JSON.parse(text);
  } catch (error) {
    throw new UserError(`${path}: not valid JSON (${oneLine(errorMessage(error))})`);
  }
  const current = isObject(report) ? currentSchema(report) : fail('expected an object');
  if (current.ok && Array.isArray(current.value.runs)) return current.value as Record<string, unknown> & { runs: unknown[] };
  if (!current.ok && isObject(report) && typeof report.schemaVersion === 'number') throw new UserError(`${path}: ${current.error}`);
  throw new UserError(
    `${path}: not a tf-repro report (expected schemaVersion ${READ_SCHEMA_VERSIONS.slice(0, -1).join(', ')} or ${READ_SCHEMA_VERSIONS.at(-1)} and a runs list)`,
  );
}

/** A report.json that tf-repro wrote, as its object (what tf-repro explain reads), read and checked as compare reads one. */
export async function readReportFile(path: string): Promise<Record<string, unknown>> {
  const text = await readNamedFile(path, 'report');
  if (!text.trimStart().startsWith('{')) {
    throw new UserError(`${path}: not a tf-repro report (a report.json starts with '{'; a check writes one with report-dir)`);
  }
  return parseReportJson(text, path);
}

/** A report.json that tf-repro wrote, as its object and its runs, each read and checked as compare reads them (`across` reads legs so). */
export async function readReportRuns(path: string): Promise<{ report: Record<string, unknown>; runs: RunResult[] }> {
  const report = await readReportFile(path);
  return { report, runs: runsOf(report.runs as unknown[], path) };
}

/**
 * A report.json as the baseline of a drift (comparison/drift.ts): its runs, read and checked as
 * compare reads them, its settings, and when and by which tf-repro it was written. Errors name
 * the file as `shownAs` (the artifact it came in, rather than a temporary folder).
 */
export async function readBaselineReport(path: string, shownAs = path): Promise<BaselineReport> {
  const text = await readNamedFile(path, 'baseline');
  const report = parseReportJson(text, shownAs);
  const tool = isObject(report.tool) ? report.tool : {};
  return {
    settings: isObject(report.settings) ? report.settings : {},
    runs: runsOf(report.runs, shownAs),
    createdAt: stringOr(report.createdAt, null),
    toolVersion: stringOr(tool.version, null),
    verdict: VERDICTS.includes(report.verdict) ? (report.verdict as Verdict) : null,
  };
}

async function readResultFile(path: string): Promise<{ runs: RunResult[]; seconds: number }> {
  const text = await readNamedFile(path, 'result file');
  if (text.trimStart().startsWith('{')) {
    const report = parseReportJson(text, path);
    return { runs: runsOf(report.runs, path), seconds: decodeNumber(report.durationSeconds) ?? 0 };
  }
  const parsed = parseExperimentText(text, path);
  if (!parsed.ok) throw new UserError(parsed.error);
  return { runs: experimentRunsToRunResults(parsed.value, path), seconds: experimentTotalSeconds(parsed.value.runs.map((run) => run.timestamp)) };
}

export async function produceRunsFromFiles(paths: string[], tolerance: number): Promise<ProducedRuns> {
  const files = await Promise.all(paths.map(readResultFile));
  return {
    settings: { tolerance },
    tolerance,
    source: paths.join(', '),
    runs: files.flatMap((file) => file.runs).map((run, index) => ({ ...run, run: index + 1 })),
    durationSeconds: files.reduce((sum, file) => sum + file.seconds, 0),
    warnings: [],
  };
}
