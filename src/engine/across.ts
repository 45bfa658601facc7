// `across`: the report.json files of complete checks from different runners (matrix legs, their
// artifacts downloaded into one job), found by glob, read and checked to be complete reports of
// one check, then compared (report/across.ts). Every file that cannot be compared is one clear
// error naming it and what is wrong.
import { resolve } from 'node:path';
import { type Report } from '../contracts/report.js';
import { UserError } from '../util/user-error.js';
import { buildAcrossReport, checkDifferences, incompleteReason, type AcrossOptions, type LegReport } from '../report/across.js';
import { savedLeg } from '../report/saved-report.js';
import { readReportRuns } from './result-files.js';
import { expandReportPatterns } from './report-patterns.js';

export interface AcrossRequest extends AcrossOptions {
  /** Globs or paths of report.json files, in order; each glob's matches sorted by path. */
  patterns: readonly string[];
  /** How the user named them, for errors: "input 'across'", "tf-repro across". */
  what: string;
  /** Where relative patterns start; the current directory by default. */
  cwd?: string;
}

/** The legs' report files: at least two, else one clear error. */
export async function findReports(patterns: readonly string[], what: string, cwd = process.cwd()): Promise<string[]> {
  const unique = await expandReportPatterns(
    patterns,
    cwd,
    (pattern) =>
      `${what}: no file matches '${pattern}' (in ${resolve(cwd)}); download the legs' report artifacts first (actions/download-artifact) and give the path of their report.json files, e.g. reports/*/report.json`,
  );
  if (unique.length < 2) {
    throw new UserError(
      `${what}: found ${unique.length === 1 ? `one report (${unique[0]})` : 'no report'}, and comparing across runners needs at least two: give every leg's report.json`,
    );
  }
  return unique;
}

async function readLeg(file: string, cwd: string): Promise<LegReport> {
  const { report, runs } = await readReportRuns(resolve(cwd, file));
  const leg = { file, runs, ...savedLeg(report, file) };
  const reason = incompleteReason(leg);
  if (reason !== null) throw new UserError(`${file} ${reason}`);
  return leg;
}

/** Reads the legs' reports and compares them across runners. */
export async function compareAcross(request: AcrossRequest): Promise<Report> {
  const cwd = request.cwd ?? process.cwd();
  const files = await findReports(request.patterns, request.what, cwd);
  const legs = await Promise.all(files.map((file) => readLeg(file, cwd)));
  const [first, ...others] = legs as [LegReport, ...LegReport[]];
  for (const leg of others) {
    const differences = checkDifferences(first, leg);
    if (differences.length > 0) {
      throw new UserError(
        `${leg.file} is a report of another check than ${first.file}: ${differences.join('; ')}. Across compares one check (the same settings, dataset and tf-repro version) run on different runners`,
      );
    }
  }
  return buildAcrossReport(legs, request);
}
