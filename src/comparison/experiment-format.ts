// The published experiment's results file: per run, a `%Y%m%d-%H%M%S` timestamp line, then
// one `i loss accuracy` line per fold. Read it to compare old results, write it so that the
// experiment's own evaluation script can read ours.

import { type FoldResult, type RunResult } from '../contracts/run-result.js';
import { fail, ok, type Parsed } from '../util/parsed.js';
import { excerpt } from '../util/text.js';

export interface ExperimentFold {
  fold: number;
  loss: number;
  accuracy: number;
}

export interface ExperimentRun {
  timestamp: string;
  folds: ExperimentFold[];
}

export interface ExperimentFile {
  runs: ExperimentRun[];
}

const TIMESTAMP = /^(\d{4})(\d{2})(\d{2})-(\d{2})(\d{2})(\d{2})$/;
// Anything shaped roughly like a timestamp gets a timestamp error rather than a column-count one.
const TIMESTAMP_LIKE = /^\d+-\d+$/;
// Python's repr/str of a float: decimal, optional exponent; or nan/inf (any case, optional sign).
const PY_FLOAT = /^[+-]?(?:\d+\.?\d*|\.\d+)(?:[eE][+-]?\d+)?$/;
const PY_SPECIAL = /^([+-]?)(nan|inf|infinity)$/i;

/** A Python float spelling as a number; null when it is not one. Also read in CSV metrics files. */
export function parsePythonFloat(token: string): number | null {
  const special = PY_SPECIAL.exec(token);
  if (special) {
    if ((special[2] as string).toLowerCase() === 'nan') return NaN;
    return special[1] === '-' ? -Infinity : Infinity;
  }
  return PY_FLOAT.test(token) ? Number(token) : null;
}

/** A fold index: a non-negative integer; "3.0" or "3.000e+00" too, as numpy.savetxt writes. */
function parseFoldIndex(token: string): number | null {
  const value = PY_FLOAT.test(token) ? Number(token) : NaN;
  return Number.isSafeInteger(value) && value >= 0 ? value : null;
}

/** The timestamp's fields, or null when it is not a real date and time. */
function timestampFields(ts: string): [number, number, number, number, number, number] | null {
  const m = TIMESTAMP.exec(ts);
  if (!m) return null;
  const [y, mo, d, h, mi, s] = m.slice(1).map(Number) as [number, number, number, number, number, number];
  const date = new Date(Date.UTC(y, mo - 1, d, h, mi, s));
  // Date.UTC rolls 20200231 over into March; a round trip catches that.
  const valid =
    date.getUTCFullYear() === y &&
    date.getUTCMonth() === mo - 1 &&
    date.getUTCDate() === d &&
    date.getUTCHours() === h &&
    date.getUTCMinutes() === mi &&
    date.getUTCSeconds() === s;
  return valid ? [y, mo, d, h, mi, s] : null;
}

/**
 * Parses the experiment's results file. Blank lines are ignored; anything else wrong fails
 * with "source:line: reason" (1-based line numbers).
 */
export function parseExperimentText(text: string, source: string): Parsed<ExperimentFile> {
  const lines = text.replace(/^\uFEFF/, '').split(/\r\n|\r|\n/);
  const runs: ExperimentRun[] = [];
  let current: { run: ExperimentRun; line: number; seen: Set<number> } | null = null;
  const where = (line: number) => `${source}:${line}`;
  const noFolds = (c: { run: ExperimentRun; line: number }) => fail<ExperimentFile>(`${where(c.line)}: run started at ${c.run.timestamp} has no fold lines`);

  for (let i = 0; i < lines.length; i++) {
    const lineNo = i + 1;
    const trimmed = (lines[i] as string).trim();
    if (trimmed === '') continue;
    const tokens = trimmed.split(/\s+/);

    if (tokens.length === 1 && (TIMESTAMP.test(trimmed) || TIMESTAMP_LIKE.test(trimmed))) {
      if (!timestampFields(trimmed)) {
        return fail(`${where(lineNo)}: bad timestamp '${excerpt(trimmed)}', expected %Y%m%d-%H%M%S like 20200917-141530`);
      }
      if (current && current.run.folds.length === 0) return noFolds(current);
      current = { run: { timestamp: trimmed, folds: [] }, line: lineNo, seen: new Set() };
      runs.push(current.run);
      continue;
    }

    if (tokens.length !== 3) {
      return fail(`${where(lineNo)}: expected 'fold loss accuracy', found '${excerpt(trimmed)}'`);
    }
    if (!current) {
      return fail(`${where(lineNo)}: fold line before any timestamp line, found '${excerpt(trimmed)}'`);
    }
    const [foldToken, lossToken, accuracyToken] = tokens as [string, string, string];
    const fold = parseFoldIndex(foldToken);
    if (fold === null) {
      return fail(`${where(lineNo)}: fold index '${excerpt(foldToken)}' is not a non-negative integer`);
    }
    const loss = parsePythonFloat(lossToken);
    if (loss === null) return fail(`${where(lineNo)}: loss '${excerpt(lossToken)}' is not a number`);
    const accuracy = parsePythonFloat(accuracyToken);
    if (accuracy === null) return fail(`${where(lineNo)}: accuracy '${excerpt(accuracyToken)}' is not a number`);
    // A repeated index would silently shadow one fold's result.
    if (current.seen.has(fold)) {
      return fail(`${where(lineNo)}: fold ${fold} appears twice in the run started at ${current.run.timestamp}`);
    }
    current.seen.add(fold);
    current.run.folds.push({ fold, loss, accuracy });
  }
  if (current && current.run.folds.length === 0) return noFolds(current);
  return ok({ runs });
}

/**
 * The timestamp as a Date, read as UTC: the file carries no zone, and only differences between
 * timestamps matter. Throws RangeError for a string that is not a valid timestamp.
 */
export function timestampToDate(ts: string): Date {
  const f = timestampFields(ts);
  if (!f) throw new RangeError(`not a %Y%m%d-%H%M%S timestamp: '${ts}'`);
  return new Date(Date.UTC(f[0], f[1] - 1, f[2], f[3], f[4], f[5]));
}

/**
 * The experiment's total time: the sum of the gaps between consecutive timestamps, in the
 * order given (so last − first; negative if the file runs backwards). 0 for fewer than two.
 */
export function experimentTotalSeconds(timestamps: readonly string[]): number {
  let total = 0;
  for (let i = 1; i < timestamps.length; i++) {
    total += (timestampToDate(timestamps[i] as string).getTime() - timestampToDate(timestamps[i - 1] as string).getTime()) / 1000;
  }
  return total;
}

const pad = (n: number, width = 2) => String(n).padStart(width, '0');

/** %Y%m%d-%H%M%S in UTC. */
export function formatTimestamp(d: Date): string {
  return (
    `${pad(d.getUTCFullYear(), 4)}${pad(d.getUTCMonth() + 1)}${pad(d.getUTCDate())}-` +
    `${pad(d.getUTCHours())}${pad(d.getUTCMinutes())}${pad(d.getUTCSeconds())}`
  );
}

/** Shortest round-trip spelling, with Python's words for the values JS spells differently. */
function formatNumber(x: number): string {
  if (Number.isNaN(x)) return 'nan';
  if (x === Infinity) return 'inf';
  if (x === -Infinity) return '-inf';
  if (Object.is(x, -0)) return '-0.0';
  return String(x);
}

/**
 * One run in the experiment's format, each line ending in "\n" so runs can be appended.
 * Throws RangeError when a fold lacks loss or accuracy: the format has no way to say so.
 */
export function formatExperimentRun(timestamp: Date, folds: readonly FoldResult[]): string {
  const lines = [formatTimestamp(timestamp)];
  for (const f of folds) {
    const { loss, accuracy } = f.metrics;
    if (loss === undefined || accuracy === undefined) {
      throw new RangeError(`fold ${f.fold} has no loss or accuracy to write in the experiment format`);
    }
    lines.push(`${f.fold} ${formatNumber(loss)} ${formatNumber(accuracy)}`);
  }
  return lines.map((l) => `${l}\n`).join('');
}

/**
 * Runs read from a results file as RunResults (numbered from 1). A run's duration is the gap
 * to the next run's timestamp; the last run's is unknown and given as 0. The file records no
 * digests, times per fold or environment.
 */
export function experimentRunsToRunResults(parsed: ExperimentFile, source: string): RunResult[] {
  return parsed.runs.map((run, i) => {
    const next = parsed.runs[i + 1];
    const warnings: string[] = [];
    let durationSeconds = 0;
    if (next) {
      durationSeconds = experimentTotalSeconds([run.timestamp, next.timestamp]);
      if (durationSeconds < 0) {
        warnings.push(`${source}: the run after the one started at ${run.timestamp} has an earlier timestamp (${next.timestamp}); duration set to 0`);
        durationSeconds = 0;
      }
    }
    return {
      run: i + 1,
      role: 'control',
      status: 'ok',
      error: null,
      startedAt: timestampToDate(run.timestamp).toISOString(),
      durationSeconds,
      folds: run.folds.map((f) => ({
        fold: f.fold,
        metrics: { loss: f.loss, accuracy: f.accuracy },
        weightsSha256: null,
        trainSeconds: null,
      })),
      environment: null,
      warnings,
    };
  });
}
