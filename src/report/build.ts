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

export function buildReport(parts: ReportParts): Report {
  const warnings = [...new Set([...(parts.warnings ?? []), ...parts.runs.flatMap((run) => run.warnings)])];
  const backends = new Set(parts.runs.map((run) => run.environment?.backend).filter(Boolean));
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
