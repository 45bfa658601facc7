// Shards (issue #13, part 1): a check shared out by fold over the legs of a matrix, and the legs'
// partial reports checked and joined back into the runs that one runner would have trained. Pure.
//
// Folds go round-robin: shard i of n trains the folds f with f % n == i - 1. Every run of a fold
// trains in the same leg, so runs are only ever compared with runs of the same machine. Round-robin
// rather than contiguous pieces because folds are not all alike: scikit-learn's KFold gives the
// first (samples % folds) folds one image more, and a fold's cost or trouble tends to follow its
// index; dealt out in turn, every leg gets its share of early and late folds, and the legs differ
// by at most one fold.
import { createHash } from 'node:crypto';
import { type Dataset } from '../contracts/dataset.js';
import { type Divergence, type ShardHeader, type WorkDone } from '../contracts/report.js';
import { type RunResult, type RunRole } from '../contracts/run-result.js';
import { type CheckSettings, type ShardSpec } from '../contracts/settings.js';
import { fail, ok, type Parsed } from '../util/parsed.js';
import { SHARD_DIGEST_SETTINGS } from '../inputs/setting-roles.js';
import { excerpt, ITEMS_NAMED, listed } from '../util/text.js';
import { fingerprintDifferences } from './fingerprint.js';

/** The folds shard `index` of `count` trains, ascending: round-robin, as the file's comment says why. */
export function shardFolds(shard: ShardSpec, folds: number): number[] {
  const { index, count } = shard;
  if (!Number.isInteger(index) || !Number.isInteger(count) || index < 1 || index > count || count > folds) {
    throw new Error(`shardFolds: shard ${index}/${count} of ${folds} folds is not 1 <= i <= n <= folds`);
  }
  const own: number[] = [];
  for (let fold = index - 1; fold < folds; fold += count) own.push(fold);
  return own;
}

export const shardName = (shard: ShardSpec): string => `shard ${shard.index} of ${shard.count}`;

/** "fold 3", "folds 1, 5, 9". */
export const foldsText = (folds: readonly number[]): string => `${folds.length === 1 ? 'fold' : 'folds'} ${listed(folds)}`;

/**
 * A shard leg's summary: which shard and folds, its own folds' verdict (a difference between runs
 * of one fold is real, whatever the other legs show), and that the merge gives the check's.
 */
export function shardSummary(summary: string, header: ShardHeader, folds: number): string {
  const merge =
    header.count === 1
      ? "Merge its report for the check's verdict"
      : `Merge the ${header.count} shards' reports for the check's verdict over all ${folds} folds`;
  return `${shardName(header).replace(/^s/, 'S')} (${foldsText(header.folds)} of ${folds}): ${summary} ${merge}.`;
}

const sha256 = (data: string | Uint8Array): string => createHash('sha256').update(data).digest('hex');

/**
 * SHA-256 of the values of the settings behind the numbers and the verdict (SETTING_ROLES'
 * shardDigest rows, in the table's order: what every leg must share), and of the model file's
 * SHA-256 (null: the default model).
 */
export function settingsDigest(settings: Partial<CheckSettings>, modelSha256: string | null): string {
  const values = SHARD_DIGEST_SETTINGS.map((setting) => setting.read(settings) ?? null);
  return sha256(JSON.stringify({ settings: values, model: modelSha256 }));
}

/** SHA-256 of the dataset as trained: its shape and element type, then the images' and the labels' bytes. */
export function datasetDigest(dataset: Dataset): string {
  const { images, labels } = dataset;
  const shape = { count: dataset.count, rows: dataset.rows, cols: dataset.cols, exampleShape: dataset.exampleShape ?? null };
  const type = images instanceof Float32Array ? 'float32' : 'uint8';
  return createHash('sha256')
    .update(`${JSON.stringify({ ...shape, images: type })}\n`)
    .update(new Uint8Array(images.buffer, images.byteOffset, images.byteLength))
    .update(labels)
    .digest('hex');
}

/** One report.json given to merge, as read back (engine/shards.ts). */
export interface ShardReport {
  file: string;
  /** null: a whole check's report, not a shard's. */
  header: ShardHeader | null;
  /** It is itself a merged report. */
  merged: boolean;
  settings: Record<string, unknown>;
  runs: RunResult[];
  /** Where its runs part (narrowed where it could be); undefined where the report has no such field. */
  divergence?: Divergence | null;
  work?: WorkDone;
  durationSeconds: number;
  warnings: string[];
  errors: string[];
}

const shown = (value: unknown): string => (typeof value === 'string' ? `'${excerpt(value)}'` : (JSON.stringify(value) ?? 'none'));

/** "epochs 1 vs 2, seed 0 vs 1" between two legs' settings; empty where none that is shown differs. */
function settingsDifferences(a: Record<string, unknown>, b: Record<string, unknown>): string[] {
  const differences: string[] = [];
  for (const { input, read } of SHARD_DIGEST_SETTINGS) {
    const [was, is] = [read(a), read(b)];
    if (JSON.stringify(was ?? null) !== JSON.stringify(is ?? null)) differences.push(`${input} ${shown(was)} vs ${shown(is)}`);
  }
  return differences;
}

const datasetName = (settings: Record<string, unknown>): string =>
  typeof settings.dataset === 'string' ? `'${excerpt(settings.dataset)}'` : 'the embedded MNIST digits';

type Headed = ShardReport & { header: ShardHeader };

/** The first report that differs from `first` in `key`, where any does. */
function firstDiffering(reports: readonly Headed[], key: (report: Headed) => unknown): Headed | undefined {
  const reference = JSON.stringify(key(reports[0] as Headed));
  return reports.find((report) => JSON.stringify(key(report)) !== reference);
}

/** "shards 1 and 2" (or "two reports of shard 2"), and their files. */
function pair(a: Headed, b: Headed): { which: string; files: string } {
  const which = a.header.index === b.header.index ? `two reports of shard ${a.header.index}` : `shards ${a.header.index} and ${b.header.index}`;
  return { which, files: `(${a.file}, ${b.file})` };
}

/**
 * The reports given to merge, checked to be the partial reports of every shard of one check, each
 * once, in shard order; else one error that names what is missing, duplicated or mismatched.
 * Checked in this order: a whole report among them, the tool version, the count, the settings, the
 * dataset, the folds each lists, duplicates, then what is missing.
 */
export function checkShardSet(reports: readonly ShardReport[]): Parsed<Headed[]> {
  if (reports.length === 0) return fail('merge needs the report.json of every shard leg, got none');
  const whole = reports.find((report) => report.header === null);
  if (whole) {
    const what = whole.merged ? 'a report merged from shards already' : "a whole check's report, not a shard's partial report";
    return fail(`${whole.file} is ${what}: merge takes the report.json that each leg with shard: i/n wrote (and nothing else)`);
  }
  const headed = [...(reports as Headed[])].sort((a, b) => a.header.index - b.header.index || a.file.localeCompare(b.file));
  for (const report of headed) {
    const edited = editedSettings(report);
    if (edited !== null) return fail(`${report.file}: ${edited}: merge reads the report.json that tf-repro wrote, unedited; run the leg again`);
  }
  const first = headed[0] as Headed;
  const otherVersion = firstDiffering(headed, (report) => report.header.toolVersion);
  if (otherVersion) {
    const { which, files } = pair(first, otherVersion);
    return fail(
      `${which} were written by tf-repro ${first.header.toolVersion} and ${otherVersion.header.toolVersion} ${files}: run every leg and the merge with the same version of tf-repro`,
    );
  }
  const otherCount = firstDiffering(headed, (report) => report.header.count);
  if (otherCount) {
    return fail(
      `${first.file} is ${shardName(first.header)} but ${otherCount.file} is ${shardName(otherCount.header)}: every leg must give the same n in shard: i/n`,
    );
  }
  const otherSettings = firstDiffering(headed, (report) => report.header.settingsDigest);
  if (otherSettings) {
    const { which, files } = pair(first, otherSettings);
    const differences = settingsDifferences(first.settings, otherSettings.settings);
    const what =
      differences.length > 0
        ? differences.join(', ')
        : typeof first.settings.model === 'string'
          ? `the model file ${shown(first.settings.model)} differs in content`
          : 'settings that differ although the report shows the same values';
    return fail(`${which} were trained with different settings: ${what} ${files}: give every leg the same inputs (only shard differs)`);
  }
  const otherData = firstDiffering(headed, (report) => report.header.datasetDigest);
  if (otherData) {
    const { which, files } = pair(first, otherData);
    const [a, b] = [datasetName(first.settings), datasetName(otherData.settings)];
    const what = a === b ? `${a} differs in content between the legs` : `${a} vs ${b}, whose images or labels differ`;
    return fail(`${which} were trained on different datasets: ${what} ${files}: give every leg the same dataset`);
  }
  // Run N is one run of the check, trained in part by every leg: the same role on each (run-roles.ts).
  const roles = new Map<number, { role: RunRole; report: Headed }>();
  for (const report of headed) {
    for (const run of report.runs) {
      const seen = roles.get(run.run);
      if (!seen) roles.set(run.run, { role: run.role, report });
      else if (seen.role !== run.role) {
        const { which, files } = pair(seen.report, report);
        return fail(
          `${which} give run ${run.run} different roles (${seen.role}, ${run.role}) ${files}: merge reads the report.json that tf-repro wrote, unedited`,
        );
      }
    }
  }
  const folds = typeof first.settings.folds === 'number' ? first.settings.folds : null;
  for (const report of headed) {
    const expected = folds === null || report.header.index > report.header.count || report.header.count > folds ? null : shardFolds(report.header, folds);
    const listed = JSON.stringify(report.header.folds);
    if (expected === null || listed !== JSON.stringify(expected)) {
      return fail(
        `${report.file}: ${shardName(report.header)} lists ${foldsText(report.header.folds)}, which is not its share of ${folds ?? 'its'} folds: merge reads the report.json that tf-repro wrote, unedited`,
      );
    }
    const own = new Set(expected);
    for (const run of report.runs) {
      const stray = run.folds.find((fold) => !own.has(fold.fold));
      if (stray) return fail(`${report.file}: run ${run.run} has fold ${stray.fold}, which ${shardName(report.header)} does not train`);
    }
  }
  for (let i = 1; i < headed.length; i++) {
    const [previous, report] = [headed[i - 1] as Headed, headed[i] as Headed];
    if (previous.header.index === report.header.index) {
      return fail(
        `${shardName(report.header)} is given twice (${previous.file}, ${report.file}): give each leg's report once (upload each leg's under a name of its own)`,
      );
    }
  }
  const count = first.header.count;
  const given = new Set(headed.map((report) => report.header.index));
  const missing = Array.from({ length: count }, (_, i) => i + 1).filter((index) => !given.has(index));
  if (missing.length > 0) {
    const what = missing.length === 1 ? `shard ${missing[0]} of ${count} is missing` : `shards ${listedAnd(missing)} of ${count} are missing`;
    return fail(
      `${what}: merge needs the report.json of every leg (did a leg fail before it wrote its report, or its artifact not download?); given: ${listed(
        headed.map((report) => `${shardName(report.header)} (${report.file})`),
      )}`,
    );
  }
  return ok(headed);
}

/**
 * Why a leg's report does not hold what its leg trained, or null: its settings no longer give its
 * own settingsDigest (an edited `epochs`), or it lists more control runs than its `runs`. A model leg's
 * report from before modelSha256 was written cannot be digested again, and is not.
 */
function editedSettings(report: Headed): string | null {
  const { header, settings } = report;
  const modelSha256 = header.modelSha256 === undefined ? (typeof settings.model === 'string' ? undefined : null) : header.modelSha256;
  if (modelSha256 !== undefined && settingsDigest(settings as Partial<CheckSettings>, modelSha256) !== header.settingsDigest)
    return `its settings are not the ones its ${shardName(header)} header was digested from (settingsDigest differs)`;
  // Runs of other roles (varied, the negative control) come on top of `runs`.
  const runs = settings.runs;
  const controls = report.runs.filter((run) => run.role === 'control').length;
  if (typeof runs === 'number' && controls > runs) return `it lists ${controls} control runs, but its settings say runs ${runs}`;
  return null;
}

/** "1, 3 and 4"; "1, 3, 4, … and 95 more" for a long list. */
function listedAnd(items: readonly number[]): string {
  if (items.length > ITEMS_NAMED) return listed(items);
  return items.length <= 1 ? items.join('') : `${items.slice(0, -1).join(', ')} and ${items.at(-1)}`;
}

/** What the runs of the legs, joined, are: as if one runner had trained every fold. */
export interface JoinedShards {
  runs: RunResult[];
  work?: WorkDone;
  /** The legs' report warnings (each once), then any difference between their environments. */
  warnings: string[];
  /** Errors of a leg's check beyond its runs' (a cancelled leg), each naming its shard. */
  errors: string[];
  /** The longest leg's: the legs ran side by side. */
  durationSeconds: number;
  /** Each leg's divergence, where its report has one: the merge keeps the narrowing of the one it locates again. */
  divergences: Divergence[];
}

/** One run across the legs: folds and trace in fold order, durations added up, the earliest start, the lowest shard's environment, fusedStep where every part took it. */
function joinRun(run: number, legs: readonly Headed[]): RunResult {
  const parts = legs.map((leg) => ({ leg, result: leg.runs.find((r) => r.run === run) }));
  const present = parts.flatMap(({ leg, result }) => (result ? [{ leg, result }] : []));
  const absent = parts.filter(({ result }) => !result).map(({ leg }) => leg);
  const failed = present.find(({ result }) => result.status === 'failed');
  const status = failed || absent.length > 0 ? 'failed' : present.some(({ result }) => result.status === 'stopped') ? 'stopped' : 'ok';
  const error = failed
    ? `${shardName(failed.leg.header)}: ${failed.result.error ?? 'a run failed'}`
    : absent.length > 0
      ? `${shardName((absent[0] as Headed).header)} has no run ${run}: its leg stopped before the run started`
      : null;
  const trace = present.some(({ result }) => result.trace !== undefined) ? present.flatMap(({ result }) => result.trace ?? []) : undefined;
  const starts = present.map(({ result }) => result.startedAt).filter((start) => start !== '');
  return {
    run,
    // checkShardSet holds every leg to the same role for a run.
    role: present[0]?.result.role ?? 'control',
    status,
    error,
    startedAt: starts.sort()[0] ?? '',
    durationSeconds: present.reduce((sum, { result }) => sum + result.durationSeconds, 0),
    folds: present.flatMap(({ result }) => result.folds).sort((a, b) => a.fold - b.fold),
    environment: present.find(({ result }) => result.environment)?.result.environment ?? null,
    warnings: [...new Set(present.flatMap(({ result }) => result.warnings))],
    ...(present.some(({ result }) => result.artifacts) ? { artifacts: Object.assign({}, ...present.map(({ result }) => result.artifacts ?? {})) } : {}),
    // The fused step throughout only where every leg's part of the run took it.
    ...(present.some(({ result }) => result.fusedStep !== undefined) ? { fusedStep: present.every(({ result }) => result.fusedStep === true) } : {}),
    // Stable: each fold's checkpoints stay in the order they were recorded, as training-processes.ts keeps them.
    ...(trace ? { trace: trace.sort((a, b) => a.fold - b.fold) } : {}),
  };
}

/**
 * Where the legs' environments differ from the first leg's, as one warning; null where they agree
 * (or where a leg reported none). Each fold's runs trained in one leg, so the verdict still
 * compares runs of one machine.
 */
export function environmentDifferences(legs: readonly Headed[]): string | null {
  const environments = legs.flatMap((leg) => {
    const env = leg.runs.find((run) => run.environment)?.environment;
    return env ? [{ leg, env }] : [];
  });
  const first = environments[0];
  if (!first) return null;
  const differences = fingerprintDifferences(environments.map(({ env }) => env)).map(({ field, values }) => {
    const groups = new Map<string, number[]>();
    values.forEach((value, i) => {
      const shown = value ?? 'none';
      groups.set(shown, [...(groups.get(shown) ?? []), (environments[i] as (typeof environments)[number]).leg.header.index]);
    });
    return `${field}: ${[...groups].map(([value, shards]) => `${excerpt(value)} (${shards.length === 1 ? 'shard' : 'shards'} ${shards.join(', ')})`).join(' vs ')}`;
  });
  if (differences.length === 0) return null;
  return (
    `the shards ran in different environments (${differences.join('; ')}): every run of a fold trained in the same leg, so each fold still compares runs of one machine; ` +
    `the environment shown is shard ${first.leg.header.index}'s`
  );
}

/** The legs' runs joined run by run (checked by checkShardSet, in shard order). */
export function joinShards(legs: readonly Headed[]): JoinedShards {
  const runNumbers = [...new Set(legs.flatMap((leg) => leg.runs.map((run) => run.run)))].sort((a, b) => a - b);
  const runs = runNumbers.map((run) => joinRun(run, legs));
  const works = legs.map((leg) => leg.work);
  const work = works.every((w) => w !== undefined)
    ? {
        trainedEpochs: works.reduce((sum, w) => sum + (w as WorkDone).trainedEpochs, 0),
        plannedEpochs: works.reduce((sum, w) => sum + (w as WorkDone).plannedEpochs, 0),
        stoppedEarly: works.some((w) => (w as WorkDone).stoppedEarly),
      }
    : undefined;
  const runErrors = new Set(legs.flatMap((leg) => leg.runs.flatMap((run) => (run.error ? [run.error] : []))));
  const environments = environmentDifferences(legs);
  return {
    runs,
    ...(work ? { work } : {}),
    warnings: [...new Set(legs.flatMap((leg) => leg.warnings)), ...(environments ? [environments] : [])],
    errors: legs.flatMap((leg) => leg.errors.filter((error) => !runErrors.has(error)).map((error) => `${shardName(leg.header)}: ${error}`)),
    durationSeconds: legs.reduce((longest, leg) => Math.max(longest, leg.durationSeconds), 0),
    divergences: legs.flatMap((leg) => (leg.divergence ? [leg.divergence] : [])),
  };
}

/**
 * The divergence located in the joined runs, with the narrowing its leg did where that leg found
 * the same one (the leg that trained the lowest parting fold located it first).
 */
export function keepNarrowing(located: Divergence | null, fromLegs: readonly Divergence[]): Divergence | null {
  if (located === null) return null;
  const same = fromLegs.find(
    (d) => d.fold === located.fold && d.runs[0] === located.runs[0] && d.runs[1] === located.runs[1] && d.stage === located.stage && d.epoch === located.epoch,
  );
  return same ?? located;
}
