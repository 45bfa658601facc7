// Puts runs and their comparison into the versioned report that every renderer reads.
import { REPORT_SCHEMA_VERSION, type CheckSettings, type Comparison, type Report, type RunResult } from '../contracts.js';
import { TOOL_NAME, TOOL_VERSION } from '../version.js';

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

/** A fold that differs between runs trained on different GPUs: the GPUs may be the cause. */
export function gpuFindings(runs: RunResult[], comparison: Comparison): string[] {
  const findings: string[] = [];
  for (const fold of comparison.mismatchedFolds) {
    const devices = runs.map((run) => ({ run: run.run, device: run.folds.find((f) => f.fold === fold)?.device ?? null }));
    const distinct = new Set(devices.map((d) => d.device).filter((d) => d !== null));
    if (distinct.size > 1) {
      findings.push(
        `fold ${fold} differs between runs that trained on different GPUs (${devices.filter((d) => d.device).map((d) => `run ${d.run}: ${d.device}`).join(', ')}): ` +
          `a difference between GPUs is itself a finding; pin every run to one GPU model to tell it from the code`,
      );
    }
  }
  return findings;
}

export function buildReport(parts: ReportParts): Report {
  const warnings = [...new Set([...(parts.warnings ?? []), ...parts.runs.flatMap((run) => run.warnings)])];
  const backends = new Set(parts.runs.map((run) => run.environment?.backend).filter(Boolean));
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
    durationSeconds: parts.durationSeconds,
    settings: { ...parts.settings, source: parts.source },
    comparison: parts.comparison,
    runs: parts.runs,
    environment: parts.runs.find((run) => run.environment)?.environment ?? null,
    warnings,
    errors,
  };
}
