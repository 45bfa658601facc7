// The baseline of a drift, read from a report.json the user named or from the folder an artifact
// was downloaded into (github/baseline-artifact.ts), and compared with this check's report
// (comparison/drift.ts). A baseline that cannot be read is a drift 'unavailable' that says why,
// never an error of the check.
import { readdir } from 'node:fs/promises';
import { join } from 'node:path';
import type { BaselineSource, Drift } from '../contracts/drift.js';
import type { Report } from '../contracts/report.js';
import { compareWithBaseline, unavailableDrift } from '../comparison/drift.js';
import { REPORT_FILE } from '../report/files.js';
import { errorMessage } from '../util/errors.js';
import { oneLine } from '../util/text.js';
import { readBaselineReport } from './result-files.js';

/** How deep below the artifact's root a report.json is looked for (upload-artifact keeps the folders under the common one). */
const SEARCH_DEPTH = 4;

/** report.json in `dir`, else the shallowest one below it (the first by name among equals); null when there is none. */
export async function findReportIn(dir: string, depth = SEARCH_DEPTH): Promise<string | null> {
  let level = [dir];
  for (let d = 0; d <= depth && level.length > 0; d++) {
    const next: string[] = [];
    for (const folder of level) {
      const entries = (await readdir(folder, { withFileTypes: true }).catch(() => [])).sort((a, b) => (a.name < b.name ? -1 : 1));
      if (entries.some((entry) => entry.isFile() && entry.name === REPORT_FILE)) return join(folder, REPORT_FILE);
      next.push(...entries.filter((entry) => entry.isDirectory()).map((entry) => join(folder, entry.name)));
    }
    level = next;
  }
  return null;
}

/** This check against the report.json at `path`. */
export async function driftAgainstFile(report: Report, path: string, source: BaselineSource = { kind: 'file', path }, shownAs = path): Promise<Drift> {
  const tolerance = report.comparison.tolerance;
  try {
    return compareWithBaseline(report, await readBaselineReport(path, shownAs), source, tolerance);
  } catch (error) {
    return unavailableDrift(source, oneLine(errorMessage(error)), tolerance);
  }
}

/** This check against the report.json in a downloaded artifact's folder. */
export async function driftAgainstFolder(report: Report, dir: string, source: BaselineSource, artifact: string): Promise<Drift> {
  const path = await findReportIn(dir);
  if (path === null) {
    return unavailableDrift(
      source,
      `the artifact ${artifact} holds no ${REPORT_FILE} (upload the report-dir, or the report-path output, under that name)`,
      report.comparison.tolerance,
    );
  }
  return driftAgainstFile(report, path, source, `${REPORT_FILE} of the artifact ${artifact}`);
}
