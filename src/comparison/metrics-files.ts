// Pure parsers of the metrics file a training command writes, in any of four formats, told
// apart by their content (the name does not matter):
//   JSON        {"0": {"loss": 0.3, "accuracy": 0.9}, "1": {...}}  or  [{"fold": 0, "loss": 0.3, ...}, ...]
//   JSON Lines  {"fold": 0, "loss": 0.3, "accuracy": 0.9}  one object per line
//   CSV         a header with a `fold` column and metric columns, then one row per fold
//   the experiment's text format (experiment-format.ts); the last run in the file is this run's
// Any metric names, any number of folds. NaN and Infinity are accepted where Python writes them
// (json.dump's NaN, Infinity, -Infinity; csv's nan, inf). Every error says "file:line: reason".
// Metric names are user text: metrics are gathered in Maps and made into objects with
// Object.fromEntries, so `__proto__`, `constructor` or `toString` are names like any other.
import { fail, ok, type Parsed } from '../util/parsed.js';
import { parseExperimentText, parsePythonFloat } from './experiment-format.js';
import { excerpt } from '../util/text.js';
import { withCommas } from '../util/text.js';

export interface MetricsFold {
  fold: number;
  /** Metric name → value. */
  metrics: Record<string, number>;
}

export type MetricsFormat = 'json' | 'jsonl' | 'csv' | 'experiment';

export const FORMAT_NAMES: Record<MetricsFormat, string> = {
  json: 'JSON',
  jsonl: 'JSON Lines',
  csv: 'CSV',
  experiment: "the experiment's text format",
};

/**
 * The largest metrics file read: 64 MiB holds a million folds of a few metrics, and a file past
 * it is more likely a log or a checkpoint written to the wrong path than metrics.
 */
export const METRICS_FILE_LIMIT_BYTES = 64 * 1024 * 1024;

/** An error for a metrics file too large to read, checked from its size before reading it; else null. */
export function oversizedMetricsFile(bytes: number, source: string): Parsed<never> | null {
  if (bytes <= METRICS_FILE_LIMIT_BYTES) return null;
  return fail(
    `${source}: the metrics file is ${withCommas(bytes)} bytes, over the limit of ${withCommas(METRICS_FILE_LIMIT_BYTES)} bytes (64 MiB); write only each fold's metrics to it`,
  );
}

/** Which format `text` is in, by its first characters. */
export function detectMetricsFormat(text: string): MetricsFormat {
  const body = text.replace(/^\uFEFF/, '');
  const first = body.trimStart()[0];
  if (first === '[') return 'json';
  if (first === '{') {
    // One object per line (and not one object over several lines) is JSON Lines.
    const lines = body.split(/\r\n|\r|\n/).filter((line) => line.trim() !== '');
    if (lines.length > 1 && lines.every((line) => line.trimStart().startsWith('{') && line.trimEnd().endsWith('}'))) return 'jsonl';
    return 'json';
  }
  const firstLine = body.split(/\r\n|\r|\n/).find((line) => line.trim() !== '') ?? '';
  return firstLine.includes(',') ? 'csv' : 'experiment';
}

/** Parses a metrics file in whichever format it is in; folds ascending. */
/**
 * What a run that was killed while writing its metrics left whole: a line-based file (JSON Lines,
 * CSV, the experiment's text) up to its last newline, since a cut line may still parse ("0.12" of
 * "0.1234"); a JSON document as it is (cut, it does not parse).
 */
export function wholeLinesOfCutMetrics(text: string): string {
  if (text.endsWith('\n') || detectMetricsFormat(text) === 'json') return text;
  return text.slice(0, text.lastIndexOf('\n') + 1);
}

export function parseMetricsFile(text: string, source: string): Parsed<{ format: MetricsFormat; folds: MetricsFold[] }> {
  const format = detectMetricsFormat(text);
  const body = text.replace(/^\uFEFF/, '');
  let parsed: Parsed<MetricsFold[]>;
  switch (format) {
    case 'json':
      parsed = parseMetricsJson(body, source);
      break;
    case 'jsonl':
      parsed = parseMetricsJsonLines(body, source);
      break;
    case 'csv':
      parsed = parseMetricsCsv(body, source);
      break;
    case 'experiment':
      parsed = parseMetricsExperiment(body, source);
      break;
  }
  if (!parsed.ok) return fail(`${parsed.error} (read as ${FORMAT_NAMES[format]})`);
  return ok({ format, folds: parsed.value });
}

// ---- JSON, with line numbers and Python's NaN and Infinity --------------------------------------

type JsonNode =
  | { type: 'object'; line: number; entries: { key: string; line: number; value: JsonNode }[] }
  | { type: 'array'; line: number; items: JsonNode[] }
  | { type: 'number'; line: number; value: number }
  | { type: 'string'; line: number; value: string }
  | { type: 'boolean'; line: number; value: boolean }
  | { type: 'null'; line: number };

class JsonSyntaxError extends Error {
  constructor(
    readonly line: number,
    message: string,
  ) {
    super(message);
  }
}

const NUMBER = /^-?(?:0|[1-9]\d*)(?:\.\d+)?(?:[eE][+-]?\d+)?/;
/** A metrics file nests three deep at most; far deeper is garbage, and recursion must not overflow the stack on it. */
const MAX_JSON_DEPTH = 64;

function describe(text: string, at: number): string {
  if (at >= text.length) return 'the end of the file';
  return `'${text.slice(at, at + 12).split(/\r\n|\r|\n/)[0]}'`;
}

/** Parses one JSON value filling the whole text; lines count from `firstLine`. */
export function parseJsonWithLines(text: string, firstLine = 1): JsonNode {
  let i = 0;
  let line = firstLine;
  const space = () => {
    for (; i < text.length; i++) {
      const c = text[i];
      if (c === '\n') line++;
      else if (c === '\r') {
        if (text[i + 1] !== '\n') line++;
      } else if (c !== ' ' && c !== '\t') break;
    }
  };
  const error = (message: string): never => {
    throw new JsonSyntaxError(line, message);
  };
  const string = (): string => {
    const start = i;
    i++;
    let out = '';
    for (;;) {
      if (i >= text.length || text[i] === '\n' || text[i] === '\r') {
        i = start;
        return error('a string is not closed on its line');
      }
      const c = text[i] as string;
      if (c === '"') {
        i++;
        return out;
      }
      if (c === '\\') {
        const escape = text[i + 1];
        const simple: Record<string, string> = { '"': '"', '\\': '\\', '/': '/', b: '\b', f: '\f', n: '\n', r: '\r', t: '\t' };
        if (escape !== undefined && escape in simple) {
          out += simple[escape];
          i += 2;
        } else if (escape === 'u' && /^[0-9a-fA-F]{4}$/.test(text.slice(i + 2, i + 6))) {
          out += String.fromCharCode(parseInt(text.slice(i + 2, i + 6), 16));
          i += 6;
        } else {
          return error(`bad escape '\\${escape ?? ''}' in a string`);
        }
        continue;
      }
      out += c;
      i++;
    }
  };
  let depth = 0;
  const value = (): JsonNode => {
    space();
    const at = line;
    const c = text[i];
    if ((c === '{' || c === '[') && ++depth > MAX_JSON_DEPTH) return error(`lists and objects nested more than ${MAX_JSON_DEPTH} deep`);
    const node = container(c, at);
    if (node !== null) {
      depth--;
      return node;
    }
    return scalar(c, at);
  };
  const container = (c: string | undefined, at: number): JsonNode | null => {
    if (c === '{') {
      i++;
      const entries: { key: string; line: number; value: JsonNode }[] = [];
      space();
      if (text[i] === '}') {
        i++;
        return { type: 'object', line: at, entries };
      }
      for (;;) {
        space();
        if (text[i] !== '"') return error(`expected a quoted key, found ${describe(text, i)}`);
        const keyLine = line;
        const key = string();
        space();
        if (text[i] !== ':') return error(`expected ':' after the key "${excerpt(key)}", found ${describe(text, i)}`);
        i++;
        const item = value();
        entries.push({ key, line: keyLine, value: item });
        space();
        if (text[i] === ',') {
          i++;
          continue;
        }
        if (text[i] === '}') {
          i++;
          return { type: 'object', line: at, entries };
        }
        return error(`expected ',' or '}' after a value, found ${describe(text, i)}`);
      }
    }
    if (c === '[') {
      i++;
      const items: JsonNode[] = [];
      space();
      if (text[i] === ']') {
        i++;
        return { type: 'array', line: at, items };
      }
      for (;;) {
        items.push(value());
        space();
        if (text[i] === ',') {
          i++;
          continue;
        }
        if (text[i] === ']') {
          i++;
          return { type: 'array', line: at, items };
        }
        return error(`expected ',' or ']' after a value, found ${describe(text, i)}`);
      }
    }
    return null;
  };
  const scalar = (c: string | undefined, at: number): JsonNode => {
    if (c === '"') return { type: 'string', line: at, value: string() };
    for (const [word, node] of [
      ['true', { type: 'boolean', line: at, value: true }],
      ['false', { type: 'boolean', line: at, value: false }],
      ['null', { type: 'null', line: at }],
      ['NaN', { type: 'number', line: at, value: NaN }],
      ['Infinity', { type: 'number', line: at, value: Infinity }],
      ['-Infinity', { type: 'number', line: at, value: -Infinity }],
    ] as const) {
      if (text.startsWith(word, i) && !/[\w.]/.test(text[i + word.length] ?? '')) {
        i += word.length;
        return node;
      }
    }
    const m = NUMBER.exec(text.slice(i, i + 64));
    if (m) {
      i += m[0].length;
      return { type: 'number', line: at, value: Number(m[0]) };
    }
    return error(`expected a value, found ${describe(text, i)}`);
  };
  const root = value();
  space();
  if (i < text.length) error(`unexpected ${describe(text, i)} after the end of the JSON value`);
  return root;
}

function jsonType(node: JsonNode): string {
  return node.type === 'object' ? 'an object' : node.type === 'array' ? 'a list' : node.type === 'null' ? 'null' : `a ${node.type}`;
}

/** A fold index from a JSON number or an object key: a whole number of at least 0. */
function foldIndex(value: number | string): number | null {
  const number = typeof value === 'number' ? value : /^\d+$/.test(value.trim()) ? Number(value.trim()) : NaN;
  return Number.isSafeInteger(number) && number >= 0 ? number : null;
}

/** The metrics of one fold's object; `skip` is the key that names the fold in a record. */
function metricsOf(node: JsonNode & { type: 'object' }, where: (line: number) => string, fold: number, skip: string | null): Parsed<Record<string, number>> {
  const metrics = new Map<string, number>();
  for (const entry of node.entries) {
    if (entry.key === skip) continue;
    if (entry.value.type !== 'number') {
      return fail(`${where(entry.value.line)}: metric "${excerpt(entry.key)}" of fold ${fold} is ${jsonType(entry.value)}, not a number`);
    }
    if (metrics.has(entry.key)) return fail(`${where(entry.line)}: metric "${excerpt(entry.key)}" appears twice in fold ${fold}`);
    metrics.set(entry.key, entry.value.value);
  }
  if (metrics.size === 0) return fail(`${where(node.line)}: fold ${fold} has no metrics`);
  return ok(Object.fromEntries(metrics));
}

/** A record {"fold": 0, "loss": …}. */
function record(node: JsonNode, where: (line: number) => string): Parsed<MetricsFold> {
  if (node.type !== 'object') return fail(`${where(node.line)}: expected an object with a "fold" key, found ${jsonType(node)}`);
  const foldEntry = node.entries.find((entry) => entry.key === 'fold');
  if (!foldEntry) return fail(`${where(node.line)}: the object has no "fold" key; give each fold's index as "fold": 0`);
  const fold = foldEntry.value.type === 'number' ? foldIndex(foldEntry.value.value) : null;
  if (fold === null)
    return fail(
      `${where(foldEntry.value.line)}: "fold" must be a whole number of at least 0, found ${foldEntry.value.type === 'number' ? foldEntry.value.value : jsonType(foldEntry.value)}`,
    );
  const metrics = metricsOf(node, where, fold, 'fold');
  return metrics.ok ? ok({ fold, metrics: metrics.value }) : metrics;
}

function sortedFolds(folds: MetricsFold[], lines: number[], where: (line: number) => string): Parsed<MetricsFold[]> {
  const seen = new Map<number, number>();
  for (let k = 0; k < folds.length; k++) {
    const { fold } = folds[k] as MetricsFold;
    if (seen.has(fold)) return fail(`${where(lines[k] as number)}: fold ${fold} appears twice (first on line ${seen.get(fold)})`);
    seen.set(fold, lines[k] as number);
  }
  if (folds.length === 0) return fail(`${where(1)}: no folds in the file`);
  return ok([...folds].sort((a, b) => a.fold - b.fold));
}

export function parseMetricsJson(text: string, source: string): Parsed<MetricsFold[]> {
  const where = (line: number) => `${source}:${line}`;
  let root: JsonNode;
  try {
    root = parseJsonWithLines(text);
  } catch (e) {
    if (e instanceof JsonSyntaxError) return fail(`${where(e.line)}: ${e.message}`);
    throw e;
  }
  const folds: MetricsFold[] = [];
  const lines: number[] = [];
  if (root.type === 'array') {
    for (const item of root.items) {
      const one = record(item, where);
      if (!one.ok) return one;
      folds.push(one.value);
      lines.push(item.line);
    }
  } else if (root.type === 'object' && root.entries.some((entry) => entry.key === 'fold')) {
    // One record alone: a JSON Lines file of one fold.
    const one = record(root, where);
    if (!one.ok) return one;
    folds.push(one.value);
    lines.push(root.line);
  } else if (root.type === 'object') {
    for (const entry of root.entries) {
      const fold = foldIndex(entry.key);
      if (fold === null) {
        return fail(
          `${where(entry.line)}: key "${excerpt(entry.key)}" is not a fold index; expected {"0": {"loss": …, "accuracy": …}, "1": …} or a list of objects with a "fold" key`,
        );
      }
      if (entry.value.type !== 'object')
        return fail(`${where(entry.value.line)}: fold ${fold} is ${jsonType(entry.value)}, expected an object of metrics like {"loss": 0.3}`);
      const metrics = metricsOf(entry.value, where, fold, null);
      if (!metrics.ok) return metrics;
      folds.push({ fold, metrics: metrics.value });
      lines.push(entry.line);
    }
  } else {
    return fail(`${where(root.line)}: expected an object of folds or a list of fold objects, found ${jsonType(root)}`);
  }
  return sortedFolds(folds, lines, where);
}

export function parseMetricsJsonLines(text: string, source: string): Parsed<MetricsFold[]> {
  const where = (line: number) => `${source}:${line}`;
  const folds: MetricsFold[] = [];
  const lines: number[] = [];
  const all = text.split(/\r\n|\r|\n/);
  for (let k = 0; k < all.length; k++) {
    const line = all[k] as string;
    if (line.trim() === '') continue;
    let node: JsonNode;
    try {
      node = parseJsonWithLines(line, k + 1);
    } catch (e) {
      if (e instanceof JsonSyntaxError) return fail(`${where(e.line)}: ${e.message}`);
      throw e;
    }
    const one = record(node, where);
    if (!one.ok) return one;
    folds.push(one.value);
    lines.push(k + 1);
  }
  return sortedFolds(folds, lines, where);
}

// ---- CSV -----------------------------------------------------------------------------------------

/** One CSV line's cells: commas separate, double quotes may enclose a cell ("" is a quote). */
function csvCells(line: string): string[] | null {
  const cells: string[] = [];
  let i = 0;
  for (;;) {
    let cell = '';
    while (line[i] === ' ') i++;
    if (line[i] === '"') {
      i++;
      for (;;) {
        if (i >= line.length) return null;
        if (line[i] === '"') {
          if (line[i + 1] === '"') {
            cell += '"';
            i += 2;
            continue;
          }
          i++;
          break;
        }
        cell += line[i++];
      }
      while (line[i] === ' ') i++;
      if (i < line.length && line[i] !== ',') return null;
    } else {
      const end = line.indexOf(',', i);
      cell = line.slice(i, end < 0 ? line.length : end);
      i = end < 0 ? line.length : end;
    }
    cells.push(cell.trim());
    if (i >= line.length) return cells;
    i++; // the comma
  }
}

export function parseMetricsCsv(text: string, source: string): Parsed<MetricsFold[]> {
  const where = (line: number) => `${source}:${line}`;
  const all = text.split(/\r\n|\r|\n/);
  let headerLine = 0;
  let header: string[] | null = null;
  const folds: MetricsFold[] = [];
  const lines: number[] = [];
  let foldColumn = -1;
  for (let k = 0; k < all.length; k++) {
    const raw = all[k] as string;
    if (raw.trim() === '') continue;
    const cells = csvCells(raw);
    if (cells === null) return fail(`${where(k + 1)}: a quoted cell is not closed or is followed by more than a comma`);
    if (header === null) {
      header = cells;
      headerLine = k + 1;
      foldColumn = cells.findIndex((cell) => cell.toLowerCase() === 'fold');
      if (foldColumn < 0)
        return fail(
          `${where(headerLine)}: the header has no 'fold' column (found ${cells
            .slice(0, 5)
            .map((c) => `'${excerpt(c)}'`)
            .join(', ')}${cells.length > 5 ? ', …' : ''}); name the fold index column 'fold'`,
        );
      const named = cells.filter((cell, column) => cell !== '' && column !== foldColumn);
      if (named.length === 0) return fail(`${where(headerLine)}: the header has no metric columns beside 'fold'`);
      const seen = new Set<string>();
      const twice = named.find((cell) => seen.size === seen.add(cell).size);
      if (twice !== undefined) return fail(`${where(headerLine)}: the header names '${excerpt(twice)}' twice`);
      continue;
    }
    if (cells.length !== header.length) {
      return fail(`${where(k + 1)}: ${cells.length} values but the header (line ${headerLine}) has ${header.length} columns`);
    }
    const foldText = cells[foldColumn] as string;
    const foldNumber = parsePythonFloat(foldText);
    const fold = foldNumber === null ? null : foldIndex(foldNumber);
    if (fold === null) return fail(`${where(k + 1)}: fold '${excerpt(foldText)}' is not a whole number of at least 0`);
    const metrics = new Map<string, number>();
    for (let column = 0; column < header.length; column++) {
      const name = header[column] as string;
      // An unnamed column is an index pandas wrote (df.to_csv() without index=False): not a metric.
      if (column === foldColumn || name === '') continue;
      const cell = cells[column] as string;
      const value = parsePythonFloat(cell);
      if (value === null) return fail(`${where(k + 1)}: ${excerpt(name)} ${cell === '' ? 'is empty' : `'${excerpt(cell)}' is not a number`} (fold ${fold})`);
      metrics.set(name, value);
    }
    folds.push({ fold, metrics: Object.fromEntries(metrics) });
    lines.push(k + 1);
  }
  if (header === null) return fail(`${where(1)}: the file is empty; expected a header line like 'fold,loss,accuracy'`);
  if (folds.length === 0) return fail(`${where(headerLine)}: a header but no rows of folds`);
  return sortedFolds(folds, lines, where);
}

// ---- The experiment's text format -------------------------------------------------------------

export function parseMetricsExperiment(text: string, source: string): Parsed<MetricsFold[]> {
  const parsed = parseExperimentText(text, source);
  if (!parsed.ok) return parsed;
  const last = parsed.value.runs[parsed.value.runs.length - 1];
  if (!last) return fail(`${source}:1: no run in the file; expected a %Y%m%d-%H%M%S timestamp line, then 'fold loss accuracy' lines`);
  return ok(last.folds.map((f) => ({ fold: f.fold, metrics: { loss: f.loss, accuracy: f.accuracy } })).sort((a, b) => a.fold - b.fold));
}
