// The schema policy for report.json (docs/report.md, "Schema versions"): this tf-repro writes
// REPORT_SCHEMA_VERSION and reads it and the versions before it listed here, each brought up to the
// current one on reading (its absent fields filled), so that `baseline: main` and `across` keep
// working against reports written before an upgrade. A version older than those, or newer than
// this tf-repro, is refused with one message that says which. Pure.
import { REPORT_SCHEMA_VERSION } from '../contracts/report.js';
import { fail, ok, type Parsed } from '../util/parsed.js';
import { excerpt } from '../util/text.js';

type Json = Record<string, unknown>;

const isObject = (value: unknown): value is Json => typeof value === 'object' && value !== null && !Array.isArray(value);

/**
 * Each earlier version this tf-repro still reads, with how a report of it becomes one of the next
 * version. Keep the previous version's entry when bumping: reports on the default branch and in
 * other legs were written by the tf-repro before.
 */
const UPGRADES: ReadonlyMap<number, (report: Json) => Json> = new Map([
  // 1 → 2: run roles. Every run of a version 1 report is a repeat of the check: a control run.
  [
    1,
    (report: Json) => ({
      ...report,
      runs: Array.isArray(report.runs)
        ? report.runs.map((run) => (isObject(run) && !Object.hasOwn(run, 'role') ? { ...run, role: 'control' } : run))
        : report.runs,
    }),
  ],
  // 2 → 3: a variance or difference nobody measured is null, not 0. Version 2 wrote 0 where fewer
  // than two runs had a value; those are made null, and the report says so.
  [2, upgradeSpreads],
]);

/** Fewer than two runs gave a value: a spread version 2 wrote as 0, not measured. */
const measuredBy = (values: unknown): boolean => Array.isArray(values) && values.filter((value) => value !== null).length >= 2;

/** Version 2's per-fold spreads made null where not measured; the overall ones where no fold measured one; a command's run 1 variables taken out of "every run got". */
function upgradeSpreads(report: Json): Json {
  const comparison = isObject(report.comparison) ? report.comparison : null;
  if (comparison === null || !Array.isArray(comparison.folds)) return { ...report, notMeasured: null };
  let anyMeasured = false;
  const folds = comparison.folds.map((fold) => {
    if (!isObject(fold) || !isObject(fold.metrics)) return fold;
    const metrics = Object.fromEntries(
      Object.entries(fold.metrics).map(([name, metric]) => {
        if (!isObject(metric)) return [name, metric];
        if (measuredBy(metric.values)) {
          anyMeasured = true;
          return [name, metric];
        }
        return [name, { ...metric, variance: null, maxAbsDiff: null }];
      }),
    );
    return { ...fold, metrics };
  });
  const reason = anyMeasured ? null : 'no fold was finished by two runs (a report of schema version 2, which wrote 0 here)';
  const spreads = anyMeasured ? {} : { variance: null, maxAbsDiff: null };
  const command = isObject(report.command) && isObject(report.command.variables) ? { command: withoutRunOwn(report.command) } : {};
  return { ...report, ...spreads, ...command, notMeasured: reason, comparison: { ...comparison, ...spreads, notMeasured: reason, folds } };
}

/** Version 2 listed run 1's TF_REPRO_RUN and paths as what every run got: they are run 1's own, and left out. */
function withoutRunOwn(command: Json): Json {
  const variables = command.variables as Json;
  const kept = Object.entries(variables).filter(([name, value]) => name !== 'TF_REPRO_RUN' && !(typeof value === 'string' && /\brun-1\./.test(value)));
  return { ...command, variables: Object.fromEntries(kept) };
}

/** The versions read, oldest first: the earlier ones UPGRADES brings up, and the current. */
export const READ_SCHEMA_VERSIONS: readonly number[] = [...[...UPGRADES.keys()].sort((a, b) => a - b), REPORT_SCHEMA_VERSION];

/** "versions 1 and 2", "version 2". */
function versionsText(): string {
  const versions = READ_SCHEMA_VERSIONS;
  return versions.length === 1 ? `version ${versions[0]}` : `versions ${versions.slice(0, -1).join(', ')} and ${versions.at(-1)}`;
}

/**
 * A parsed report.json as a report of the current schema version: one of an earlier version that
 * is still read, upgraded step by step; else what is wrong with its version, naming the tf-repro
 * that wrote it where the report says.
 */
export function currentSchema(report: Json): Parsed<Json> {
  const version = report.schemaVersion;
  const tool = isObject(report.tool) && typeof report.tool.version === 'string' ? ` (tf-repro ${excerpt(report.tool.version, 20)})` : '';
  if (version === REPORT_SCHEMA_VERSION) return ok(report);
  if (typeof version !== 'number' || !Number.isSafeInteger(version)) return fail(`no schemaVersion this tf-repro reads (${versionsText()})`);
  if (version > REPORT_SCHEMA_VERSION) {
    return fail(
      `a report of schema version ${version}${tool}, newer than this tf-repro reads (${versionsText()}): read it with the tf-repro that wrote it, or a newer one`,
    );
  }
  if (!UPGRADES.has(version)) {
    return fail(
      `a report of schema version ${version}${tool}, older than this tf-repro reads (${versionsText()}): run the check again to write a report this tf-repro reads`,
    );
  }
  let upgraded = report;
  for (let from = version; from < REPORT_SCHEMA_VERSION; from++) {
    const upgrade = UPGRADES.get(from);
    if (!upgrade) return fail(`a report of schema version ${version}${tool}: this tf-repro has no way from version ${from} to ${from + 1}`);
    upgraded = upgrade(upgraded);
  }
  return ok({ ...upgraded, schemaVersion: REPORT_SCHEMA_VERSION });
}
