// The one step every check ends in, whichever way its runs were produced (trained here, run as a
// command, read from files): compare the runs, fold in the artifacts, build the report.
import type {
  ArtifactComparison,
  CommandReport,
  Comparison,
  CostComparison,
  Diagnosis,
  Divergence,
  MergedShards,
  NegativeControl,
  Report,
  ShardHeader,
  SuppliedSeed,
  Variations,
  WorkDone,
} from '../contracts/report.js';
import type { RunResult } from '../contracts/run-result.js';
import type { CheckSettings } from '../contracts/settings.js';
import { withArtifacts } from '../comparison/artifacts.js';
import { compareRuns } from '../comparison/compare.js';
import { locateDivergence } from '../comparison/divergence.js';
import { replicaDisagreement, withReplicas } from '../comparison/replicas.js';
import { compareOtherRoles } from '../comparison/run-roles.js';
import { comparatorMisses, selfTestError } from '../comparison/self-test.js';
import { shardSummary } from '../comparison/shards.js';
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
  /** Where the runs part, narrowed where it could be; absent: located here from the runs' traces. */
  divergence?: Divergence | null;
  work?: WorkDone;
  cost?: CostComparison;
  diagnosis?: Diagnosis;
  /** `vary`: the runs in other conditions. */
  variations?: Variations;
  /** `negative-control`: the run with another seed. */
  negativeControl?: NegativeControl;
  // Shards (issue #13, part 1).
  /** A shard leg: its header marks the report as partial, and its summary says so. */
  shard?: ShardHeader;
  /** Merged from shard legs: which files. */
  merged?: MergedShards;
  /** Errors beyond the runs' own (a merged leg's check that was cancelled). */
  errors?: string[];
}

/**
 * The comparison and where the runs first part. The locator needs the comparison (a fold whose
 * results differ although every checkpoint agrees), and the verdict needs the divergence (runs
 * stopped at it, a difference only the trace shows): so compare, locate, and compare again with it.
 */
export function compareWithDivergence(
  runs: readonly RunResult[],
  tolerance: number,
  known?: Divergence | null,
): { comparison: Comparison; divergence: Divergence | null } {
  const first = compareRuns(runs, tolerance);
  const divergence = known !== undefined ? known : locateDivergence(runs, first);
  return { comparison: divergence === null ? first : compareRuns(runs, tolerance, { divergence }), divergence };
}

export function concludeCheck(produced: ProducedRuns): Report {
  const { comparison: metrics, divergence } = compareWithDivergence(produced.runs, produced.tolerance, produced.divergence);
  const { comparison: withFiles, warnings } = produced.artifacts ? withArtifacts(metrics, produced.artifacts) : { comparison: metrics, warnings: [] };
  // Within each run, across its ranks (replicated data-parallel training).
  const replicas = replicaDisagreement(produced.runs);
  const { comparison: withRanks, warnings: replicaWarnings } = withReplicas(withFiles, replicas);
  // The comparator's self-test (always on, no training): a verdict it cannot back is an error.
  const misses = comparatorMisses(produced.runs);
  const selfTest = misses.length > 0 ? selfTestError(misses) : null;
  const comparison = selfTest === null ? withRanks : { ...withRanks, verdict: 'error' as const, summary: `Error: ${selfTest}.` };
  // The verdict is the control runs'; runs of other roles are compared with them apart.
  const otherRoles = compareOtherRoles(produced.runs);
  const report = buildReport({
    settings: produced.settings,
    source: produced.source,
    runs: produced.runs,
    comparison,
    durationSeconds: produced.durationSeconds,
    warnings: [...produced.warnings, ...warnings, ...replicaWarnings, ...otherRoles.warnings],
    errors: [...(produced.errors ?? []), ...(selfTest === null ? [] : [selfTest])],
  });
  if (produced.suppliedSeeds) report.suppliedSeeds = produced.suppliedSeeds;
  if (produced.command) report.command = produced.command;
  if (produced.artifacts) report.artifacts = produced.artifacts;
  report.divergence = divergence;
  if (replicas !== undefined) report.replicas = replicas;
  if (produced.work) report.work = produced.work;
  if (produced.cost) report.cost = produced.cost;
  if (produced.diagnosis) report.diagnosis = produced.diagnosis;
  if (produced.variations) report.variations = produced.variations;
  if (produced.negativeControl) report.negativeControl = produced.negativeControl;
  if (produced.shard) {
    report.shard = produced.shard;
    report.summary = shardSummary(report.summary, produced.shard, produced.settings.folds ?? produced.shard.folds.length);
  }
  if (produced.merged) report.merged = produced.merged;
  return report;
}
