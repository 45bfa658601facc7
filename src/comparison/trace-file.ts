// Pure parser of the trace a training command writes to $TF_REPRO_TRACE: JSON Lines, one object
// per variable per checkpoint,
//   {"fold": 0, "epoch": 2, "batch": 37, "variable": "dense/kernel", "digest": "<hex>", "val_loss": 0.31}
// with `batch`, `variable`, `val_loss` and `format` optional (docs/trace-format.md: the fields, and
// the version policy: a line without `format` is version 1; version 2 adds `rank`, and `sharded`, for
// the processes of a distributed run, each of which writes its own file: traceFileRank). Consecutive lines of the same (fold, epoch,
// batch) make one TraceCheckpoint. TraceReader takes the text in pieces as the file grows (the
// run is still writing), and hands out each checkpoint once the next one begins; parseTraceFile
// reads a whole file. Every error says "file:line: what is wrong; what is expected". Variable
// names are user text: digests are gathered in Maps and made into objects with Object.fromEntries.
import { WHOLE_MODEL, type TraceCheckpoint } from '../contracts/run-result.js';
import { fail, ok, type Parsed } from '../util/parsed.js';
import { parseJsonWithLines } from './metrics-files.js';
import { excerpt, withCommas } from '../util/text.js';

/**
 * The trace format's version (docs/trace-format.md), and the versions read: this one and, once it
 * is bumped, the one before. A field an older reader could ignore without misreading the trace
 * (it ignores keys it does not know) needs no bump; one it would misread (ranks, which make
 * several checkpoints of one fold and epoch) does, so that an older tf-repro refuses the trace
 * with a reason rather than misreading it.
 */
export const TRACE_FORMAT_VERSION = 2;
export const READ_TRACE_FORMATS: readonly number[] = [1, TRACE_FORMAT_VERSION];

/**
 * The rank whose trace a file of run `run` holds, from its name: `run-1.rank3.jsonl` → 3 (the
 * helpers' naming: docs/trace-format.md); null for the run's own `run-1.jsonl` or another file.
 * `run` is the run's number, or the name its own trace has without `.jsonl` (a part of a split
 * run: `run-1.folds-0-1`, whose ranks write `run-1.folds-0-1.rank3.jsonl`).
 */
export function traceFileRank(fileName: string, run: number | string): number | null {
  const base = typeof run === 'number' ? `run-${run}` : run;
  if (!fileName.startsWith(`${base}.rank`)) return null;
  const match = /^\.rank(0|[1-9][0-9]{0,5})\.jsonl$/.exec(fileName.slice(base.length));
  return match ? Number(match[1]) : null;
}

/**
 * The largest trace read: per-batch digests of a model of a hundred variables over a few folds
 * fit many times over; past it the file is more likely the weights themselves than their digests.
 */
export const TRACE_FILE_LIMIT_BYTES = 256 * 1024 * 1024;

/** One line holds one digest; a line this long holds something else. */
export const TRACE_LINE_LIMIT_CHARS = 100_000;

const EXAMPLE = '{"fold": 0, "epoch": 1, "variable": "dense/kernel", "digest": "9f86d0…"}';
const LONG_LINE = `the line is over ${withCommas(TRACE_LINE_LIMIT_CHARS)} characters; write one digest per line, like ${EXAMPLE}`;

/** An error for a trace file too large to read, checked from its size; else null. */
export function oversizedTraceFile(bytes: number, name: string): Parsed<never> | null {
  if (bytes <= TRACE_FILE_LIMIT_BYTES) return null;
  return fail(
    `${name}: the trace file is ${withCommas(bytes)} bytes, over the limit of ${withCommas(TRACE_FILE_LIMIT_BYTES)} bytes (256 MiB); write one digest per variable per checkpoint, not the weights`,
  );
}

export interface TraceFileOptions {
  /** Ignore a last line without a line break that does not parse: the run was cut off while writing it. */
  allowPartialLastLine?: boolean;
}

/** Parses a whole trace file; checkpoints in the order their first line came. */
export function parseTraceFile(text: string, name: string, options: TraceFileOptions = {}): Parsed<TraceCheckpoint[]> {
  const reader = new TraceReader(name);
  const pushed = reader.push(text);
  if (!pushed.ok) return pushed;
  const ended = reader.end(options);
  return ended.ok ? ok(reader.checkpoints) : ended;
}

/** One line of a trace, checked. */
interface TraceLine {
  rank: number | null;
  sharded: boolean;
  fold: number;
  epoch: number;
  batch: number | null;
  variable: string;
  digest: string;
  valLoss: number | null | undefined;
  /** `input_sha256`: the digest of the inputs the step took; undefined where the line gives none. */
  inputSha256: string | undefined;
}

interface OpenCheckpoint {
  key: string;
  rank: number | null;
  sharded: boolean;
  fold: number;
  epoch: number;
  batch: number | null;
  /** Variable → the line that gave its digest. */
  digests: Map<string, { digest: string; line: number }>;
  valLoss: { value: number | null; line: number } | undefined;
  inputSha256: { value: string; line: number } | undefined;
  firstLine: number;
  lastLine: number;
}

function where(checkpoint: { rank: number | null; fold: number; epoch: number; batch: number | null }): string {
  return `${checkpoint.rank === null ? '' : `rank ${checkpoint.rank}, `}fold ${checkpoint.fold}, epoch ${checkpoint.epoch}${checkpoint.batch === null ? '' : `, batch ${checkpoint.batch}`}`;
}

function lines(first: number, last: number): string {
  return first === last ? `line ${first}` : `lines ${first}-${last}`;
}

/** Reads a trace as it grows: text in, whole checkpoints out. After an error it stays failed. */
export class TraceReader {
  /** Every checkpoint handed out so far. */
  readonly checkpoints: TraceCheckpoint[] = [];
  private pending = '';
  private lineNumber = 0;
  private current: OpenCheckpoint | null = null;
  /** Each finished checkpoint's key → its lines, to tell a checkpoint written in two places. */
  private readonly finished = new Map<string, { first: number; last: number }>();
  private failure: string | null = null;
  private started = false;

  /** `rank`: the rank the file's name says it holds (traceFileRank); every line must be that rank's. */
  constructor(
    readonly name: string,
    private readonly rank: number | null = null,
  ) {}

  /** Adds the text that came next; returns the checkpoints it completed. */
  push(text: string): Parsed<TraceCheckpoint[]> {
    if (this.failure !== null) return fail(this.failure);
    if (!this.started && text.length > 0) {
      this.started = true;
      if (text.startsWith('\uFEFF')) text = text.slice(1);
    }
    const done: TraceCheckpoint[] = [];
    let start = 0;
    const all = this.pending + text;
    for (let end = all.indexOf('\n'); end !== -1; end = all.indexOf('\n', start)) {
      this.lineNumber++;
      const line = this.line(all.slice(start, end), this.lineNumber);
      start = end + 1;
      if (!line.ok) return this.failed(line.error);
      if (line.value !== null) {
        const added = this.add(line.value, this.lineNumber);
        if (!added.ok) return this.failed(added.error);
        if (added.value !== null) done.push(added.value);
      }
    }
    this.pending = all.slice(start);
    if (this.pending.length > TRACE_LINE_LIMIT_CHARS) {
      return this.failed(`${this.name}:${this.lineNumber + 1}: ${LONG_LINE}`);
    }
    return ok(done);
  }

  /** The file is complete: its last line, and the checkpoint still open. */
  end(options: TraceFileOptions = {}): Parsed<TraceCheckpoint[]> {
    if (this.failure !== null) return fail(this.failure);
    const done: TraceCheckpoint[] = [];
    if (this.pending.trim() !== '') {
      const number = this.lineNumber + 1;
      const line = this.line(this.pending, number);
      this.pending = '';
      if (line.ok && line.value !== null) {
        const added = this.add(line.value, number);
        if (!added.ok) return this.failed(added.error);
        if (added.value !== null) done.push(added.value);
      } else if (!line.ok && !options.allowPartialLastLine) {
        return this.failed(line.error);
      }
    }
    if (this.current !== null) done.push(this.close(this.current));
    this.current = null;
    return ok(done);
  }

  private failed(error: string): Parsed<never> {
    this.failure = error;
    return fail(error);
  }

  /** The checkpoint the line belongs to grows, or the open one is finished (and returned) and a new one begins. */
  private add(line: TraceLine, number: number): Parsed<TraceCheckpoint | null> {
    if (this.rank !== null && line.rank !== this.rank) {
      return fail(
        `${this.name}:${number}: ${line.rank === null ? 'a line without "rank"' : `rank ${line.rank}`} in the trace file of rank ${this.rank}; each rank writes its own file (the tf_repro helpers do)`,
      );
    }
    const key = `${line.rank ?? ''}:${line.fold}:${line.epoch}:${line.batch ?? ''}`;
    let done: TraceCheckpoint | null = null;
    if (this.current === null || this.current.key !== key) {
      const earlier = this.finished.get(key);
      if (earlier) {
        return fail(
          `${this.name}:${number}: ${where(line)} was already recorded on ${lines(earlier.first, earlier.last)}, and other checkpoints came between; write each checkpoint's lines together, once`,
        );
      }
      if (this.current !== null) done = this.close(this.current);
      this.current = {
        key,
        rank: line.rank,
        sharded: line.sharded,
        fold: line.fold,
        epoch: line.epoch,
        batch: line.batch,
        digests: new Map(),
        valLoss: undefined,
        inputSha256: undefined,
        firstLine: number,
        lastLine: number,
      };
    }
    const checkpoint = this.current;
    const twice = checkpoint.digests.get(line.variable);
    if (twice) {
      const what = line.variable === WHOLE_MODEL ? 'a digest without "variable"' : `variable "${excerpt(line.variable)}"`;
      return fail(
        `${this.name}:${number}: ${what} appears twice at ${where(line)} (first on line ${twice.line}); give each variable one digest per checkpoint${line.variable === WHOLE_MODEL ? ', and name each with "variable" when there are several' : ''}`,
      );
    }
    if (line.valLoss !== undefined) {
      const before = checkpoint.valLoss;
      if (before !== undefined && !Object.is(before.value, line.valLoss)) {
        return fail(
          `${this.name}:${number}: "val_loss" is ${line.valLoss} here but ${before.value} on line ${before.line}, at the same checkpoint (${where(line)}); give one validation loss per epoch`,
        );
      }
      checkpoint.valLoss = { value: line.valLoss, line: number };
    }
    if (line.sharded !== checkpoint.sharded) {
      return fail(
        `${this.name}:${number}: "sharded" is ${line.sharded} here but ${checkpoint.sharded} on line ${checkpoint.firstLine}, at the same checkpoint (${where(line)})`,
      );
    }
    if (line.inputSha256 !== undefined) {
      const before = checkpoint.inputSha256;
      if (before !== undefined && before.value !== line.inputSha256) {
        return fail(
          `${this.name}:${number}: "input_sha256" differs from line ${before.line} at the same checkpoint (${where(line)}); give one digest of the batch's inputs per checkpoint`,
        );
      }
      checkpoint.inputSha256 = { value: line.inputSha256, line: number };
    }
    checkpoint.digests.set(line.variable, { digest: line.digest, line: number });
    checkpoint.lastLine = number;
    return ok(done);
  }

  private close(open: OpenCheckpoint): TraceCheckpoint {
    this.finished.set(open.key, { first: open.firstLine, last: open.lastLine });
    const checkpoint: TraceCheckpoint = {
      fold: open.fold,
      epoch: open.epoch,
      batch: open.batch,
      digests: Object.fromEntries([...open.digests].map(([variable, { digest }]) => [variable, digest])),
    };
    if (open.valLoss !== undefined) checkpoint.valLoss = open.valLoss.value;
    if (open.rank !== null) checkpoint.rank = open.rank;
    if (open.sharded) checkpoint.sharded = true;
    if (open.inputSha256 !== undefined) checkpoint.inputSha256 = open.inputSha256.value;
    this.checkpoints.push(checkpoint);
    return checkpoint;
  }

  /** One line checked; null for a blank one. */
  private line(raw: string, number: number): Parsed<TraceLine | null> {
    const text = raw.endsWith('\r') ? raw.slice(0, -1) : raw;
    if (text.trim() === '') return ok(null);
    const at = `${this.name}:${number}`;
    if (text.length > TRACE_LINE_LIMIT_CHARS) return fail(`${at}: ${LONG_LINE}`);
    let node: ReturnType<typeof parseJsonWithLines>;
    try {
      node = parseJsonWithLines(text, number);
    } catch (error) {
      return fail(`${at}: ${(error as Error).message}; expected one JSON object per line, like ${EXAMPLE}`);
    }
    if (node.type !== 'object') return fail(`${at}: expected a JSON object like ${EXAMPLE}, found ${describeNode(node)}`);
    const fields = new Map<string, (typeof node.entries)[number]['value']>();
    for (const entry of node.entries) {
      if (fields.has(entry.key)) return fail(`${at}: key "${excerpt(entry.key)}" appears twice`);
      fields.set(entry.key, entry.value);
    }
    const index = (key: string, least: number, required: boolean): Parsed<number | null> => {
      const value = fields.get(key);
      if (value === undefined || value.type === 'null') {
        return required
          ? fail(`${at}: no "${key}"; give ${key === 'fold' ? 'the fold, from 0' : 'the epoch: 0 after initialisation, then 1, 2, …'}, like ${EXAMPLE}`)
          : ok(null);
      }
      if (value.type === 'number' && Number.isSafeInteger(value.value) && value.value >= least) return ok(value.value);
      return fail(`${at}: "${key}" must be a whole number of at least ${least}, found ${value.type === 'number' ? value.value : describeNode(value)}`);
    };
    const format = fields.get('format');
    // Absent: version 1, as every helper wrote before the field existed.
    if (format !== undefined && format.type !== 'null') {
      if (format.type !== 'number' || !Number.isSafeInteger(format.value) || format.value < 1) {
        return fail(`${at}: "format" must be the trace format's version, a whole number from 1, found ${describeNode(format)}`);
      }
      if (!READ_TRACE_FORMATS.includes(format.value)) {
        const reads = `this tf-repro reads trace format ${READ_TRACE_FORMATS.join(' and ')}`;
        return fail(
          format.value > TRACE_FORMAT_VERSION
            ? `${at}: trace format ${format.value}, newer than ${reads}: use a newer tf-repro, or the helper that writes format ${TRACE_FORMAT_VERSION}`
            : `${at}: trace format ${format.value}, older than ${reads}: use a newer trace helper`,
        );
      }
    }
    const version = format === undefined || format.type === 'null' ? 1 : (format.value as number);
    const rank = index('rank', 0, false);
    if (!rank.ok) return rank;
    if (version >= 2 && rank.value === null) {
      return fail(
        `${at}: trace format ${version} without "rank"; give the process's rank (RANK under torchrun), from 0, or write format 1 in a run of one process`,
      );
    }
    if (version < 2 && rank.value !== null) {
      return fail(
        `${at}: "rank" needs "format": 2 (a tf-repro that reads only format 1 would take the ranks' lines for one process's); write "format": 2 on lines with a rank`,
      );
    }
    const sharded = fields.get('sharded');
    if (sharded !== undefined && sharded.type !== 'null' && sharded.type !== 'boolean')
      return fail(`${at}: "sharded" must be true or false, found ${describeNode(sharded)}`);
    const isSharded = sharded?.type === 'boolean' && sharded.value;
    if (isSharded && rank.value === null) return fail(`${at}: "sharded" without "rank"; sharded training has ranks: give each line its "rank"`);
    const fold = index('fold', 0, true);
    if (!fold.ok) return fold;
    const epoch = index('epoch', 0, true);
    if (!epoch.ok) return epoch;
    const batch = index('batch', 1, false);
    if (!batch.ok) return batch;
    if (epoch.value === 0 && batch.value !== null) {
      return fail(
        `${at}: "batch" ${batch.value} at epoch 0; epoch 0 is the model after initialisation, before any batch: batches count from 1 in epochs 1, 2, …`,
      );
    }
    const variable = fields.get('variable');
    if (variable !== undefined && variable.type !== 'null' && (variable.type !== 'string' || variable.value === '')) {
      return fail(
        `${at}: "variable" must be the variable's name, a non-empty string, found ${variable.type === 'string' ? 'an empty string' : describeNode(variable)}`,
      );
    }
    const digest = fields.get('digest');
    if (digest === undefined || digest.type === 'null')
      return fail(`${at}: no "digest"; give a digest of the variable's bytes (e.g. SHA-256 hex), like ${EXAMPLE}`);
    if (digest.type !== 'string' || digest.value === '') {
      return fail(
        `${at}: "digest" must be a non-empty string (e.g. SHA-256 hex), found ${digest.type === 'string' ? 'an empty string' : describeNode(digest)}`,
      );
    }
    const valLoss = fields.get('val_loss');
    if (valLoss !== undefined && valLoss.type !== 'null' && valLoss.type !== 'number')
      return fail(`${at}: "val_loss" must be a number, found ${describeNode(valLoss)}`);
    const inputs = fields.get('input_sha256');
    if (inputs !== undefined && inputs.type !== 'null' && (inputs.type !== 'string' || inputs.value === ''))
      return fail(`${at}: "input_sha256" must be a non-empty string (the SHA-256 hex of the batch's inputs and labels), found ${describeNode(inputs)}`);
    return ok({
      rank: rank.value,
      sharded: isSharded,
      fold: fold.value as number,
      epoch: epoch.value as number,
      batch: batch.value,
      variable: variable?.type === 'string' ? variable.value : WHOLE_MODEL,
      digest: digest.value,
      valLoss: valLoss === undefined ? undefined : valLoss.type === 'number' ? valLoss.value : null,
      inputSha256: inputs?.type === 'string' ? inputs.value : undefined,
    });
  }
}

function describeNode(node: ReturnType<typeof parseJsonWithLines>): string {
  switch (node.type) {
    case 'object':
      return 'an object';
    case 'array':
      return 'a list';
    case 'null':
      return 'null';
    case 'string':
      return `the string "${excerpt(node.value, 30)}"`;
    case 'number':
      return `the number ${node.value}`;
    case 'boolean':
      return String(node.value);
  }
}
