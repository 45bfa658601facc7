// The one step every check ends in, whichever way its runs were produced (trained here, run as a
// command, read from files): compare the runs, fold in the artifacts, build the report.
import type { ArtifactComparison, CheckSettings, CommandReport, Report, RunResult, SuppliedSeed } from '../contracts.js';
import { withArtifacts } from '../comparison/artifacts.js';
import { compareRuns } from '../comparison/compare.js';
import { buildReport } from '../report/build.js';

/** What a way of producing runs hands to the comparison and the report. */
export interface ProducedRuns {
  /** The settings as the report shows them; only those that mean something for this source. */
  settings: Partial<CheckSettings>;
  tolerance: number;
  /** What was compared, in words: "default workload on …", "command `…` in …", the files read. */
  source: string;
  runs: RunResult[];
  durationSeconds: number;
  warnings: string[];
  /** Files the runs wrote, compared by SHA-256 beside the metrics (command mode with `artifacts`). */
  artifacts?: ArtifactComparison[];
  /** Seeds supplied to a user model's layers. */
  suppliedSeeds?: SuppliedSeed[];
  /** Command mode: what ran. */
  command?: CommandReport;
}

export function concludeCheck(produced: ProducedRuns): Report {
  const metrics = compareRuns(produced.runs, produced.tolerance);
  const { comparison, warnings } = produced.artifacts ? withArtifacts(metrics, produced.artifacts) : { comparison: metrics, warnings: [] };
  const report = buildReport({
    settings: produced.settings,
    source: produced.source,
    runs: produced.runs,
    comparison,
    durationSeconds: produced.durationSeconds,
    warnings: [...produced.warnings, ...warnings],
  });
  if (produced.suppliedSeeds) report.suppliedSeeds = produced.suppliedSeeds;
  if (produced.command) report.command = produced.command;
  if (produced.artifacts) report.artifacts = produced.artifacts;
  return report;
}
