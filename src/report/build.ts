// Puts runs and their comparison into the versioned report that every renderer reads.
import { REPORT_SCHEMA_VERSION, type Comparison, type Report } from '../contracts/report.js';
import { type CommandFingerprint, type RunFingerprint, type RunResult } from '../contracts/run-result.js';
import { type CheckSettings } from '../contracts/settings.js';
import { TOOL_NAME, TOOL_VERSION } from '../version.js';
import { foldsByIndex } from '../comparison/compare.js';
import { trainingFingerprint } from '../comparison/fingerprint.js';
import { controlRuns } from '../comparison/run-roles.js';
import { listed } from '../util/text.js';

/** A finding names this many folds, then counts the rest. */
const MAX_FOLDS_NAMED = 10;

export interface ReportParts {
  settings: Partial<CheckSettings>;
  /** What was compared: "default workload" or the files read. */
  source: string;
  runs: RunResult[];
  comparison: Comparison;
  durationSeconds: number;
  warnings?: string[];
  errors?: string[];
}

/**
 * Folds that differ between runs trained on different GPUs: the GPUs may be the cause. One
 * finding per set of GPUs, naming its folds, however many folds there are.
 */
export function gpuFindings(runs: RunResult[], comparison: Comparison): string[] {
  const byIndex = runs.map((run) => foldsByIndex(run.folds));
  const foldsPerDevices = new Map<string, number[]>();
  for (const fold of comparison.mismatchedFolds) {
    const devices = runs.map((run, i) => ({ run: run.run, device: byIndex[i]?.get(fold)?.device ?? null }));
    const distinct = new Set(devices.map((d) => d.device).filter((d) => d !== null));
    if (distinct.size < 2) continue;
    const named = listed(devices.filter((d) => d.device).map((d) => `run ${d.run}: ${d.device}`));
    const folds = foldsPerDevices.get(named);
    if (folds) folds.push(fold);
    else foldsPerDevices.set(named, [fold]);
  }
  return [...foldsPerDevices].map(([named, folds]) => {
    const listed =
      folds.length <= MAX_FOLDS_NAMED ? folds.join(', ') : `${folds.slice(0, MAX_FOLDS_NAMED).join(', ')} and ${folds.length - MAX_FOLDS_NAMED} more`;
    return (
      `${folds.length === 1 ? 'fold' : 'folds'} ${listed} ${folds.length === 1 ? 'differs' : 'differ'} between runs that trained on different GPUs (${named}): ` +
      `a difference between GPUs is itself a finding; pin every run to one GPU model to tell it from the code`
    );
  });
}

export function buildReport(parts: ReportParts): Report {
  const warnings = [...new Set([...(parts.warnings ?? []), ...parts.runs.flatMap((run) => run.warnings)])];
  // The control runs are the check (comparison/run-roles.ts): a varied run may run elsewhere on purpose.
  const controls = controlRuns(parts.runs);
  const backends = new Set(controls.map((run) => run.environment?.backend).filter(Boolean));
  warnings.push(...gpuFindings(parts.runs, parts.comparison));
  if (backends.size > 1) warnings.push(`runs trained on different backends (${[...backends].join(', ')}): their numbers are not expected to agree`);
  const errors = [...(parts.errors ?? []), ...parts.runs.flatMap((run) => (run.error ? [run.error] : []))];
  return {
    schemaVersion: REPORT_SCHEMA_VERSION,
    tool: { name: TOOL_NAME, version: TOOL_VERSION },
    createdAt: new Date().toISOString(),
    verdict: parts.comparison.verdict,
    summary: parts.comparison.summary,
    variance: parts.comparison.variance,
    maxAbsDiff: parts.comparison.maxAbsDiff,
    notMeasured: parts.comparison.notMeasured,
    durationSeconds: parts.durationSeconds,
    settings: { ...parts.settings, source: parts.source },
    comparison: parts.comparison,
    runs: parts.runs,
    environment: reportEnvironment(controls.find((run) => run.environment)),
    warnings,
    errors,
  };
}

/**
 * report.json's environment: the run's fingerprint and, for a command of several processes, its
 * `distributed` record, which the fingerprint's table, merge and `across` compare like any field.
 */
function reportEnvironment(run: RunResult | undefined): RunFingerprint | null {
  const environment = run?.environment ?? null;
  if (environment === null || trainingFingerprint(environment) !== null || !run?.distributed) return environment;
  return { ...(environment as CommandFingerprint), distributed: run.distributed };
}
