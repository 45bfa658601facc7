// A report.json read back for `tf-repro explain`: the parts it renders, checked to be what
// tf-repro writes, with "NaN" and "Infinity" read back as numbers (report-json.ts). An edited or
// foreign file is one clear error that names the file and the field, never a crash further on.
// Reports of tf-repro before these fields existed lack them, which is fine. Pure.
import {
  COST_CASES,
  type CostComparison,
  type CostSide,
  type DiagnosedSetting,
  type Diagnosis,
  type Divergence,
  type ShardHeader,
  type NumbersDifference,
  type WorkDone,
} from '../contracts/report.js';
import { RUN_ROLES, type RunRole, type RunFingerprint, type TraceCheckpoint } from '../contracts/run-result.js';
import { type LegVariations } from '../contracts/across.js';
import { VARY_FACTORS, type CheckSettings, type VaryFactor } from '../contracts/settings.js';
import { type Verdict } from '../contracts/verdict.js';
import { UserError } from '../util/user-error.js';
import type { ExplainedReport } from './explain.js';
import { decodeNumber } from './report-json.js';

type Json = Record<string, unknown>;

const isObject = (value: unknown): value is Json => typeof value === 'object' && value !== null && !Array.isArray(value);

/** A field that is not what tf-repro writes: where, and what it should be. */
class Misfit extends Error {
  constructor(
    readonly where: string,
    readonly expected: string,
  ) {
    super(`${where} is not ${expected}`);
  }
}

/** An object of report.json at `where` ("cost.with"), its fields read and checked by name. */
class Fields {
  private constructor(
    private readonly json: Json,
    private readonly where: string,
  ) {}

  static of(value: unknown, where: string): Fields {
    if (!isObject(value)) throw new Misfit(where, 'an object');
    return new Fields(value, where);
  }

  at(name: string): string {
    return this.where === '' ? name : `${this.where}.${name}`;
  }

  raw(name: string): unknown {
    return Object.hasOwn(this.json, name) ? this.json[name] : undefined;
  }

  has(name: string): boolean {
    return this.raw(name) !== undefined;
  }

  isNull(name: string): boolean {
    return this.raw(name) === null;
  }

  object(name: string): Fields {
    return Fields.of(this.raw(name), this.at(name));
  }

  number(name: string): number {
    const decoded = decodeNumber(this.raw(name));
    if (decoded === null) throw new Misfit(this.at(name), 'a number');
    return decoded;
  }

  count(name: string): number {
    return countAt(this.raw(name), this.at(name));
  }

  text(name: string): string {
    return textAt(this.raw(name), this.at(name));
  }

  boolean(name: string): boolean {
    const value = this.raw(name);
    if (typeof value !== 'boolean') throw new Misfit(this.at(name), 'true or false');
    return value;
  }

  oneOf<T extends string>(name: string, choices: readonly T[]): T {
    const value = this.raw(name);
    if (typeof value !== 'string' || !(choices as readonly string[]).includes(value)) throw new Misfit(this.at(name), `one of ${choices.join(', ')}`);
    return value as T;
  }

  list<T>(name: string, item: (value: unknown, where: string) => T): T[] {
    const value = this.raw(name);
    if (!Array.isArray(value)) throw new Misfit(this.at(name), 'a list');
    return value.map((entry, i) => item(entry, `${this.at(name)}[${i}]`));
  }

  /** null where the field is null (or, for `orAbsent`, missing), else `read`. */
  nullable<T>(name: string, read: (name: string) => T, orAbsent = false): T | null {
    return this.isNull(name) || (orAbsent && !this.has(name)) ? null : read(name);
  }
}

function countAt(value: unknown, where: string): number {
  if (!Number.isSafeInteger(value) || (value as number) < 0) throw new Misfit(where, 'a whole number of at least 0');
  return value as number;
}

function textAt(value: unknown, where: string): string {
  if (typeof value !== 'string') throw new Misfit(where, 'a string');
  return value;
}

const VERDICTS: readonly Verdict[] = ['reproducible', 'not-reproducible', 'error'];

function divergenceOf(value: unknown, where: string): Divergence {
  const d = Fields.of(value, where);
  const runs = d.list('runs', countAt);
  if (runs.length !== 2) throw new Misfit(d.at('runs'), 'a pair of runs');
  const narrowing = d.has('narrowing') ? d.object('narrowing') : null;
  return {
    runs: [runs[0] as number, runs[1] as number],
    fold: d.count('fold'),
    stage: d.nullable('stage', (name) => d.oneOf(name, ['init', 'epoch', 'evaluation'] as const)),
    epoch: d.nullable('epoch', (name) => d.count(name)),
    batch: d.nullable('batch', (name) => d.count(name)),
    variables: d.list('variables', textAt),
    ...(d.has('inputs') ? { inputs: d.oneOf('inputs', ['differ', 'same'] as const) } : {}),
    ...(narrowing === null
      ? {}
      : {
          narrowing: {
            status: narrowing.oneOf('status', ['found', 'agreed', 'skipped', 'failed'] as const),
            detail: narrowing.text('detail'),
            seconds: narrowing.number('seconds'),
          },
        }),
  };
}

/** A divergence, or null (also where an older writer left the field out). */
const divergenceIn = (fields: Fields, name: string): Divergence | null => fields.nullable(name, (n) => divergenceOf(fields.raw(n), fields.at(n)), true);

function workOf(value: unknown, where: string): WorkDone {
  const work = Fields.of(value, where);
  return { trainedEpochs: work.count('trainedEpochs'), plannedEpochs: work.count('plannedEpochs'), stoppedEarly: work.boolean('stoppedEarly') };
}

function costSideOf(side: Fields): CostSide {
  return {
    runs: side.count('runs'),
    verdict: side.oneOf('verdict', VERDICTS),
    variance: side.nullable('variance', (name) => side.number(name)),
    maxAbsDiff: side.nullable('maxAbsDiff', (name) => side.number(name)),
    secondsPerRun: side.number('secondsPerRun'),
    divergence: divergenceIn(side, 'divergence'),
  };
}

/** A metric on two sides (issue 23, part 4); null where the field is null or absent (reports before it). */
function differenceIn(fields: Fields, name: string): NumbersDifference | null {
  const difference = fields.nullable(name, (field) => fields.object(field), true);
  if (difference === null) return null;
  const value = (side: string): number | null => difference.nullable(side, (field) => difference.number(field));
  return { fold: difference.count('fold'), metric: difference.text('metric'), control: value('control'), other: value('other') };
}

/** `sameNumbers` and its difference, where the report has them. */
function numbersIn(fields: Fields, deltaName: string): { sameNumbers?: boolean | null } {
  if (!fields.has('sameNumbers')) return {};
  return { sameNumbers: fields.nullable('sameNumbers', (name) => fields.boolean(name)), [deltaName]: differenceIn(fields, deltaName) };
}

function costOf(value: unknown, where: string): CostComparison {
  const cost = Fields.of(value, where);
  return {
    with: costSideOf(cost.object('with')),
    without: costSideOf(cost.object('without')),
    overhead: cost.nullable('overhead', (name) => cost.number(name)),
    case: cost.oneOf('case', COST_CASES),
    explanation: cost.text('explanation'),
    ...numbersIn(cost, 'numbersDelta'),
  };
}

function settingOf(value: unknown, where: string): DiagnosedSetting {
  const setting = Fields.of(value, where);
  return {
    name: setting.text('name'),
    kind: setting.oneOf('kind', ['variable', 'threads', 'seeding'] as const),
    finding: setting.oneOf('finding', ['necessary', 'pins-numbers', 'not-needed', 'not-tried', 'failed'] as const),
    seconds: setting.nullable('seconds', (name) => setting.number(name)),
    divergence: divergenceIn(setting, 'divergence'),
    detail: setting.has('detail') ? setting.text('detail') : '',
    ...(setting.has('delta') ? { delta: differenceIn(setting, 'delta') } : {}),
  };
}

function diagnosisOf(value: unknown, where: string): Diagnosis {
  const diagnosis = Fields.of(value, where);
  const baseline = diagnosis.object('baseline');
  const fastest = diagnosis.nullable('fastest', (name) => diagnosis.object(name), true);
  return {
    configuration: diagnosis.text('configuration'),
    baseline: {
      seconds: baseline.number('seconds'),
      divergence: divergenceIn(baseline, 'divergence'),
      verdict: baseline.oneOf('verdict', VERDICTS),
      ...numbersIn(baseline, 'delta'),
    },
    settings: diagnosis.list('settings', settingOf),
    fastest:
      fastest === null
        ? null
        : {
            off: fastest.list('off', textAt),
            seconds: fastest.number('seconds'),
            reproducible: fastest.boolean('reproducible'),
            allOnSeconds: fastest.number('allOnSeconds'),
          },
    budgetMinutes: diagnosis.number('budgetMinutes'),
    spentSeconds: diagnosis.number('spentSeconds'),
    notes: diagnosis.has('notes') ? diagnosis.list('notes', textAt) : [],
  };
}

function checkpointOf(value: unknown, where: string): TraceCheckpoint {
  const checkpoint = Fields.of(value, where);
  const digests = checkpoint.object('digests');
  const names = Object.keys(checkpoint.raw('digests') as Json);
  return {
    fold: checkpoint.count('fold'),
    epoch: checkpoint.count('epoch'),
    batch: checkpoint.nullable('batch', (name) => checkpoint.count(name), true),
    digests: Object.fromEntries(names.map((name) => [name, digests.text(name)])),
    ...(checkpoint.nullable('valLoss', (name) => checkpoint.number(name), true) === null ? {} : { valLoss: checkpoint.number('valLoss') }),
    ...(checkpoint.has('rank') ? { rank: checkpoint.count('rank') } : {}),
    ...(checkpoint.raw('sharded') === true ? { sharded: true as const } : {}),
    // The digest of the step's inputs (issue 22, part 7), where the run recorded one.
    ...(checkpoint.has('inputSha256') ? { inputSha256: checkpoint.text('inputSha256') } : {}),
  };
}

function runOf(value: unknown, where: string): ExplainedReport['runs'][number] {
  const run = Fields.of(value, where);
  return { run: run.count('run'), role: run.oneOf('role', RUN_ROLES), ...(run.has('trace') ? { trace: run.list('trace', checkpointOf) } : {}) };
}

/** Misfit, the error inside, as the one clear error a user sees: the file, the field, and how to mend it. */
function asUserError(error: unknown, path: string, reader: string): unknown {
  if (!(error instanceof Misfit)) return error;
  return new UserError(`${path}: "${error.where}" is not ${error.expected}; ${reader} reads the report.json that tf-repro wrote, unedited`);
}

/**
 * A run's role as report.json holds it (`where`: "runs[2].role"), checked. The report is already
 * of the current schema (report-schema.ts gave a version 1 report's runs the role control).
 */
export function savedRole(value: unknown, path: string, where: string): RunRole {
  if (typeof value === 'string' && (RUN_ROLES as readonly string[]).includes(value)) return value as RunRole;
  throw asUserError(new Misfit(where, `one of ${RUN_ROLES.join(', ')}`), path, 'compare');
}

/** A run's trace as report.json holds it (`where`: "runs[2].trace"), checked: what compare locates divergences in. */
export function savedTrace(value: unknown, path: string, where: string): TraceCheckpoint[] {
  try {
    if (!Array.isArray(value)) throw new Misfit(where, 'a list');
    return value.map((entry, i) => checkpointOf(entry, `${where}[${i}]`));
  } catch (error) {
    throw asUserError(error, path, 'compare');
  }
}

/**
 * What explain renders of a report.json (its object, already checked to be a tf-repro report of
 * this schema version), each field checked. An error names `path` and the field.
 */
export function savedReport(json: Json, path: string): ExplainedReport {
  try {
    const report = Fields.of(json, '');
    return {
      verdict: report.oneOf('verdict', VERDICTS),
      summary: report.text('summary'),
      runs: report.list('runs', runOf),
      ...(report.has('divergence') ? { divergence: divergenceIn(report, 'divergence') } : {}),
      ...(report.has('work') ? { work: workOf(report.raw('work'), 'work') } : {}),
      ...(report.has('cost') ? { cost: costOf(report.raw('cost'), 'cost') } : {}),
      ...(report.has('diagnosis') ? { diagnosis: diagnosisOf(report.raw('diagnosis'), 'diagnosis') } : {}),
    };
  } catch (error) {
    throw asUserError(error, path, 'explain');
  }
}

/**
 * A shard leg's header (report.shard), checked; null where the report has none (a whole check's).
 * An error names `path` and the field.
 */
export function savedShardHeader(json: Json, path: string): ShardHeader | null {
  try {
    const report = Fields.of(json, '');
    if (!report.has('shard')) return null;
    const shard = report.object('shard');
    return {
      index: shard.count('index'),
      count: shard.count('count'),
      folds: shard.list('folds', countAt),
      settingsDigest: shard.text('settingsDigest'),
      datasetDigest: shard.text('datasetDigest'),
      toolVersion: shard.text('toolVersion'),
      ...(shard.has('modelSha256') ? { modelSha256: shard.nullable('modelSha256', (name) => shard.text(name)) } : {}),
    };
  } catch (error) {
    throw asUserError(error, path, 'merge');
  }
}

/** What `across` reads of a leg's report.json beside its runs (engine/result-files.ts reads those). */
export interface SavedLeg {
  verdict: Verdict;
  summary: string;
  label: string | null;
  toolVersion: string;
  durationSeconds: number;
  tolerance: number;
  settings: Partial<CheckSettings> & { source: string };
  environment: RunFingerprint | null;
  errors: string[];
  /** Which shard, as `2 of 4`, where the report has a `shard` field (a partial report of a sharded check); else null. */
  shard: string | null;
  /** It is itself an across report. */
  isAcross: boolean;
  /** Its variation results (`vary`); null where it varied nothing. */
  variations: LegVariations | null;
}

/** A saved report's `variations`, as across shows them: which factors changed its numbers; null where it has none. */
function legVariations(raw: unknown): LegVariations | null {
  const factors = (raw as { factors?: unknown } | null | undefined)?.factors;
  if (!Array.isArray(factors)) return null;
  const byStatus = (statuses: readonly string[]): VaryFactor[] =>
    VARY_FACTORS.filter((factor) =>
      factors.some((outcome: { factor?: unknown; status?: unknown }) => outcome?.factor === factor && statuses.includes(String(outcome?.status))),
    );
  return { sensitiveTo: byStatus(['differs']), same: byStatus(['same']), notVaried: byStatus(['not-varied', 'not-tried']) };
}

/** A shard header as `2 of 4` (its raw JSON where it is not one tf-repro writes); null where there is none. */
function shardWords(shard: unknown): string | null {
  if (shard === undefined || shard === null) return null;
  const { index, count } = shard as { index?: unknown; count?: unknown };
  return typeof index === 'number' && typeof count === 'number' ? `${index} of ${count}` : JSON.stringify(shard);
}

/** A fingerprint as report.json holds it; what across lines up is read as text, so only its shape is checked. */
function fingerprintOf(fields: Fields, value: unknown): RunFingerprint {
  fields.object('determinismVariables');
  // A training process's has its backend; a command's says it is one.
  if ((value as { kind?: unknown }).kind === 'command') fields.text('kind');
  else fields.text('backend');
  return value as RunFingerprint;
}

/**
 * A leg's report.json (its object, already checked to be a tf-repro report of this schema
 * version) as `across` reads it, each field checked. An error names `path` and the field.
 */
export function savedLeg(json: Json, path: string): SavedLeg {
  try {
    const report = Fields.of(json, '');
    const settings = report.object('settings');
    settings.text('source');
    const shard = report.raw('shard');
    return {
      verdict: report.oneOf('verdict', VERDICTS),
      summary: report.text('summary'),
      label: report.nullable('label', (name) => report.text(name), true),
      toolVersion: report.object('tool').text('version'),
      durationSeconds: report.number('durationSeconds'),
      tolerance: report.object('comparison').number('tolerance'),
      settings: report.raw('settings') as SavedLeg['settings'],
      environment: report.nullable('environment', (name) => fingerprintOf(report.object(name), report.raw(name)), true),
      errors: report.has('errors') ? report.list('errors', textAt) : [],
      shard: shardWords(shard),
      isAcross: report.has('across'),
      variations: legVariations(report.raw('variations')),
    };
  } catch (error) {
    throw asUserError(error, path, 'across');
  }
}
