// Shards (issue #13, part 1), the I/O side: a shard leg's header (the digests of its settings and
// of its dataset, computed once in the check's own process), and the merge: the legs' report.json
// files found, read back, checked and joined (comparison/shards.ts), then concluded as one check.
import { resolve } from 'node:path';
import { type Report, type ShardHeader } from '../contracts/report.js';
import { type CheckSettings, type ShardSpec } from '../contracts/settings.js';
import { UserError } from '../util/user-error.js';
import { checkShardSet, datasetDigest, joinShards, keepNarrowing, settingsDigest, shardFolds, type ShardReport } from '../comparison/shards.js';
import type { InflatedImages } from '../data/idx-files.js';
import { loadSettingsDataset } from '../data/load.js';
import { decodeNumber } from '../report/report-json.js';
import { savedReport, savedShardHeader } from '../report/saved-report.js';
import { ioCause, sha256OfRegularFile } from '../util/user-files.js';
import { TOOL_VERSION } from '../version.js';
import { compareWithDivergence, concludeCheck } from './conclude.js';
import { prepareReportDir } from './report-dir.js';
import { readReportFile, runsOf } from './result-files.js';
import { expandReportPatterns } from './report-patterns.js';

/**
 * The header of shard `settings.shard`'s partial report. The dataset is loaded here once, as the
 * training processes will take it (the first `samples` images), to digest its content; the model
 * file (already checked by its preflight) is digested by its bytes.
 */
export async function shardHeader(settings: CheckSettings & { shard: ShardSpec }, inflated: InflatedImages | null): Promise<ShardHeader> {
  const dataset = await loadSettingsDataset(settings, inflated);
  let model: string | null = null;
  if (settings.model) {
    try {
      model = await sha256OfRegularFile(settings.model);
    } catch (error) {
      throw new UserError(`cannot read 'model' ${settings.model} to digest it for the shard's report: ${ioCause(error)}`);
    }
  }
  return {
    index: settings.shard.index,
    count: settings.shard.count,
    folds: shardFolds(settings.shard, settings.folds),
    settingsDigest: settingsDigest(settings, model),
    datasetDigest: datasetDigest(dataset),
    toolVersion: TOOL_VERSION,
    modelSha256: model,
  };
}

const isObject = (value: unknown): value is Record<string, unknown> => typeof value === 'object' && value !== null && !Array.isArray(value);
const texts = (value: unknown): string[] => (Array.isArray(value) ? value.filter((item): item is string => typeof item === 'string') : []);

/** One report.json given to merge, read back and checked as tf-repro compare and explain read one. */
async function readShardReport(file: string, cwd: string): Promise<ShardReport> {
  const json = await readReportFile(resolve(cwd, file));
  const explained = savedReport(json, file);
  return {
    file,
    header: savedShardHeader(json, file),
    merged: json.merged !== undefined,
    settings: isObject(json.settings) ? json.settings : {},
    runs: runsOf(json.runs as unknown[], file),
    ...('divergence' in explained ? { divergence: explained.divergence } : {}),
    ...(explained.work ? { work: explained.work } : {}),
    durationSeconds: decodeNumber(json.durationSeconds) ?? 0,
    warnings: texts(json.warnings),
    errors: texts(json.errors),
  };
}

/** Settings that described one leg and not the merged check. */
const LEG_ONLY = ['shard', 'onlyFolds', 'source', 'reportDir'];

/**
 * The shard legs' partial reports that `patterns` name, merged into the report one runner would
 * have written had it trained every fold: the same comparison, verdict and summary, plus `merged`.
 */
export async function mergeShardReports(patterns: readonly string[], options: { cwd: string; reportDir: string | null; input: string }): Promise<Report> {
  await prepareReportDir(options.reportDir);
  const files = await expandReportPatterns(
    patterns,
    options.cwd,
    (pattern) =>
      `${options.input}: no file matches '${pattern}' in ${options.cwd}: download every shard leg's report first (actions/download-artifact), or give the report.json files' paths`,
  );
  const reports = await Promise.all(files.map((file) => readShardReport(file, options.cwd)));
  const checked = checkShardSet(reports);
  if (!checked.ok) throw new UserError(checked.error);
  const legs = checked.value;
  const first = legs[0] as (typeof legs)[number];
  const joined = joinShards(legs);
  const settings = Object.fromEntries(Object.entries(first.settings).filter(([name]) => !LEG_ONLY.includes(name))) as Partial<CheckSettings>;
  settings.reportDir = options.reportDir;
  const tolerance = typeof settings.tolerance === 'number' ? settings.tolerance : 0;
  const located = compareWithDivergence(joined.runs, tolerance).divergence;
  return concludeCheck({
    settings,
    tolerance,
    source: typeof first.settings.source === 'string' ? first.settings.source : legs.map((leg) => leg.file).join(', '),
    runs: joined.runs,
    durationSeconds: joined.durationSeconds,
    warnings: joined.warnings,
    errors: joined.errors,
    divergence: keepNarrowing(located, joined.divergences),
    ...(joined.work ? { work: joined.work } : {}),
    merged: { shards: legs.length, files: legs.map((leg) => leg.file) },
  });
}
