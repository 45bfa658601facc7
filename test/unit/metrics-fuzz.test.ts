// The metrics-file readers and the experiment-format reader on thousands of generated inputs:
// valid files of each format read back exactly what was written (names like `__proto__`, NaN,
// infinities, -0), and the same files cut short, bit-flipped, spliced with odd tokens or blown up
// end in a result or one clear error, never an exception, a hang or an error of many lines.
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import fc from 'fast-check';
import type { FoldResult } from '../../src/contracts/run-result.js';
import type { Parsed } from '../../src/util/parsed.js';
import { formatExperimentRun, parseExperimentText } from '../../src/comparison/experiment-format.js';
import {
  parseMetricsCsv,
  parseMetricsExperiment,
  parseMetricsFile,
  parseMetricsJson,
  parseMetricsJsonLines,
  type MetricsFold,
  type MetricsFormat,
} from '../../src/comparison/metrics-files.js';

const SOURCE = 'm';
// Fixed, so that a failure found here is found again; fast-check prints the counterexample.
const SEED = 20_200_917;

const oddName = fc.oneof(
  fc.constantFrom(
    '__proto__',
    'constructor',
    'toString',
    'hasOwnProperty',
    'valueOf',
    'loss',
    'accuracy',
    '',
    'fold',
    'Fold',
    ' padded ',
    'a,b',
    'a"b',
    'x'.repeat(5_000),
  ),
  fc.string({ unit: 'grapheme', maxLength: 12 }),
  fc.string({ unit: 'binary', maxLength: 6 }),
);
const oddNumber = fc.oneof(fc.double(), fc.constantFrom(NaN, Infinity, -Infinity, -0, 0, 5e-324, Number.MAX_VALUE, 1e21, 1e-7));

/** Folds with unique indices, each with the same unique names. */
const foldsOf = (names: fc.Arbitrary<string[]>) =>
  fc
    .tuple(fc.uniqueArray(fc.nat({ max: 1_000 }), { minLength: 1, maxLength: 12 }), names)
    .chain(([indices, metricNames]) =>
      fc.tuple(
        ...indices.map((fold) =>
          fc
            .tuple(...metricNames.map(() => oddNumber))
            .map((values): MetricsFold => ({ fold, metrics: Object.fromEntries(metricNames.map((name, i) => [name, values[i] as number])) })),
        ),
      ),
    );

const uniqueNames = (filter: (name: string) => boolean) => fc.uniqueArray(oddName.filter(filter), { minLength: 1, maxLength: 6 });
const notFold = (name: string) => name.toLowerCase() !== 'fold';
// A CSV cell is trimmed and ends at a line break; an empty header cell is pandas' index, not a metric.
const csvName = (name: string) => notFold(name) && name !== '' && name === name.trim() && !/[\r\n]/.test(name);

/** A number as Python's json and csv modules write it. */
function pyNumber(x: number, words: { nan: string; inf: string }): string {
  if (Number.isNaN(x)) return words.nan;
  if (!Number.isFinite(x)) return x > 0 ? words.inf : `-${words.inf}`;
  return Object.is(x, -0) ? '-0.0' : String(x);
}
const jsonNumber = (x: number) => pyNumber(x, { nan: 'NaN', inf: 'Infinity' });
const csvNumber = (x: number) => pyNumber(x, { nan: 'nan', inf: 'inf' });
const jsonMetrics = (m: Record<string, number>) => Object.entries(m).map(([name, value]) => `${JSON.stringify(name)}: ${jsonNumber(value)}`);
const csvCell = (text: string) => `"${text.replace(/"/g, '""')}"`;

/** Valid files: the format, its text, and what it holds. */
const validFile: fc.Arbitrary<{ format: MetricsFormat; text: string; folds: MetricsFold[] }> = fc.oneof(
  foldsOf(uniqueNames(() => true)).map((folds) => ({
    format: 'json' as const,
    text: `{\n${folds.map((f) => `  "${f.fold}": {${jsonMetrics(f.metrics).join(', ')}}`).join(',\n')}\n}\n`,
    folds,
  })),
  foldsOf(uniqueNames(notFold)).map((folds) => ({
    format: 'json' as const,
    text: `[${folds.map((f) => `{"fold": ${f.fold}, ${jsonMetrics(f.metrics).join(', ')}}`).join(', ')}]`,
    folds,
  })),
  foldsOf(uniqueNames(notFold)).map((folds) => ({
    // One record is one line: that reads as JSON.
    format: folds.length > 1 ? ('jsonl' as const) : ('json' as const),
    text: folds.map((f) => `{"fold": ${f.fold}, ${jsonMetrics(f.metrics).join(', ')}}\n`).join(''),
    folds,
  })),
  foldsOf(uniqueNames(csvName)).map((folds) => {
    const names = Object.keys(folds[0]!.metrics);
    const rows = folds.map((f) => [String(f.fold), ...names.map((name) => csvNumber(f.metrics[name] as number))].join(','));
    return { format: 'csv' as const, text: `${['fold', ...names].map(csvCell).join(',')}\r\n${rows.join('\r\n')}\r\n`, folds };
  }),
  foldsOf(fc.constant(['loss', 'accuracy'])).map((folds) => {
    const results: FoldResult[] = folds.map((f) => ({ ...f, weightsSha256: null, trainSeconds: null }));
    return { format: 'experiment' as const, text: formatExperimentRun(new Date(Date.UTC(2020, 8, 17, 14, 15, 30)), results), folds };
  }),
);

const sortedFolds = (folds: MetricsFold[]) => [...folds].sort((a, b) => a.fold - b.fold);

describe('valid files of every format read back exactly', () => {
  it('any names, NaN, infinities and -0 included', () => {
    fc.assert(
      fc.property(validFile, ({ format, text, folds }) => {
        const parsed = parseMetricsFile(text, SOURCE);
        assert.ok(parsed.ok, parsed.ok ? '' : parsed.error);
        assert.equal(parsed.value.format, format);
        // deepStrictEqual: NaN equals NaN, -0 does not equal 0, and prototypes must match.
        assert.deepStrictEqual(parsed.value.folds, sortedFolds(folds));
      }),
      { seed: SEED, numRuns: 1_500 },
    );
  });
});

// ---- Malformed inputs ------------------------------------------------------------------------

const SNIPPETS = [
  '"__proto__"',
  '"constructor": 1',
  '"toString"',
  'NaN',
  'nan',
  'inf',
  '-inf',
  'Infinity',
  '-Infinity',
  '1e400',
  '-1e400',
  '-0.0',
  '1e-400',
  '9'.repeat(400),
  '99999999999999999999',
  '-1',
  '0.5',
  '\n',
  '\r\n',
  '\r',
  ',',
  ',,',
  '{',
  '}',
  '[',
  ']',
  '"',
  '""',
  '\\',
  '\\u12',
  '\\x',
  ':',
  ' ',
  '\t',
  '\uFEFF',
  '\u2028',
  '\u0000',
  '\uD800',
  'fold',
  '"fold": 1e300',
  '20200917-141530',
  '20201301-000000',
  '1-1',
  'true',
  'null',
];

type Mutation =
  | { kind: 'truncate'; at: number }
  | { kind: 'flip'; at: number; bit: number }
  | { kind: 'insert'; at: number; text: string }
  | { kind: 'delete'; at: number; length: number }
  | { kind: 'repeat'; at: number; length: number; times: number };

const place = fc.double({ min: 0, max: 1, noNaN: true });
const mutation: fc.Arbitrary<Mutation> = fc.oneof(
  fc.record({ kind: fc.constant('truncate' as const), at: place }),
  fc.record({ kind: fc.constant('flip' as const), at: place, bit: fc.integer({ min: 0, max: 15 }) }),
  fc.record({ kind: fc.constant('insert' as const), at: place, text: fc.oneof(fc.constantFrom(...SNIPPETS), fc.string({ unit: 'binary', maxLength: 8 })) }),
  fc.record({ kind: fc.constant('delete' as const), at: place, length: fc.integer({ min: 1, max: 20 }) }),
  fc.record({ kind: fc.constant('repeat' as const), at: place, length: fc.integer({ min: 1, max: 40 }), times: fc.integer({ min: 2, max: 2_000 }) }),
);

function mutate(text: string, m: Mutation): string {
  const at = Math.floor(m.at * text.length);
  switch (m.kind) {
    case 'truncate':
      return text.slice(0, at);
    case 'flip':
      return at >= text.length ? text : text.slice(0, at) + String.fromCharCode(text.charCodeAt(at) ^ (1 << m.bit)) + text.slice(at + 1);
    case 'insert':
      return text.slice(0, at) + m.text + text.slice(at);
    case 'delete':
      return text.slice(0, at) + text.slice(at + m.length);
    case 'repeat':
      return text.slice(0, at) + text.slice(at, at + m.length).repeat(m.times) + text.slice(at + m.length);
  }
}

/** A result or one clear error: "m:line: reason", one line, of a readable length. */
function assertOutcome<T>(result: Parsed<T>, check: (value: T) => void): void {
  assert.equal(typeof result, 'object');
  if (result.ok) {
    check(result.value);
    return;
  }
  assert.equal(typeof result.error, 'string');
  assert.match(result.error, /^m:\d+: \S/, 'names the file and the line');
  assert.ok(!/[\r\n]/.test(result.error), `one line: ${JSON.stringify(result.error.slice(0, 200))}`);
  assert.ok(result.error.length <= 1_000, `${result.error.length} characters`);
}

function assertFolds(folds: MetricsFold[]): void {
  assert.ok(Array.isArray(folds) && folds.length > 0);
  folds.forEach((f, i) => {
    assert.ok(Number.isSafeInteger(f.fold) && f.fold >= 0, `fold ${f.fold}`);
    if (i > 0) assert.ok(f.fold > folds[i - 1]!.fold, 'folds ascending, each once');
    assert.equal(Object.getPrototypeOf(f.metrics), Object.prototype);
    for (const value of Object.values(f.metrics)) assert.equal(typeof value, 'number');
  });
}

/** Every reader on one input. */
function readAll(text: string): void {
  for (const read of [parseMetricsJson, parseMetricsJsonLines, parseMetricsCsv, parseMetricsExperiment]) assertOutcome(read(text, SOURCE), assertFolds);
  assertOutcome(parseMetricsFile(text, SOURCE), (value) => assertFolds(value.folds));
  assertOutcome(parseExperimentText(text, SOURCE), (value) => {
    for (const run of value.runs)
      for (const f of run.folds) assert.ok(Number.isSafeInteger(f.fold) && typeof f.loss === 'number' && typeof f.accuracy === 'number');
  });
}

describe('malformed files end in a result or one clear error', () => {
  it('valid files cut short, bit-flipped, spliced, cut into and blown up', () => {
    fc.assert(
      fc.property(validFile, fc.array(mutation, { minLength: 1, maxLength: 6 }), ({ text }, mutations) => readAll(mutations.reduce(mutate, text))),
      { seed: SEED, numRuns: 3_000 },
    );
  });

  it('any text at all', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'binary', maxLength: 300 }), (text) => readAll(text)),
      { seed: SEED, numRuns: 1_000 },
    );
  });

  it('pathological shapes: deep nesting, huge numbers and indices, very long lines and headers', () => {
    const inputs = [
      '['.repeat(200_000),
      '{"0":'.repeat(100_000),
      `[{"fold": 0, "loss": ${'['.repeat(100_000)}`,
      `{"fold": 0, "loss": 1}\n`.repeat(1) + '{'.repeat(100_000) + '\n',
      '{"1e300": {"loss": 1}}',
      '[{"fold": 1e300, "loss": 1}]',
      '[{"fold": 99999999999999999999, "loss": 1}]',
      '{"0": {"loss": 1e400, "accuracy": -1e400}}',
      `{"0": {"loss": ${'9'.repeat(100_000)}}}`,
      `{"0": {"${'k'.repeat(1_000_000)}": "x"}}`,
      `fold,${Array.from({ length: 100_000 }, (_, i) => `m${i}`).join(',')}\n0,${'1,'.repeat(99_999)}1\n`,
      `fold,${'m,'.repeat(50_000)}m\n`,
      `fold,loss\n${'9'.repeat(1_000_000)},1\n`,
      `fold,loss\n0,${'1'.repeat(1_000_000)}\n`,
      `"fold,loss\n0,1\n`,
      `20200917-141530\n99999999999999999999 0.1 0.2\n`,
      `20200917-141530\n${'x'.repeat(1_000_000)}\n`,
      `${'20200917-141530\n'.repeat(10_000)}`,
      '\uFEFF',
      '\uFEFF\uFEFF{"0": {"loss": 1}}',
      '\u0000'.repeat(1_000),
      '\r'.repeat(100_000),
    ];
    for (const text of inputs) readAll(text);
  });
});
