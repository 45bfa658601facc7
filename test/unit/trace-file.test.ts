// The trace a training command writes to $TF_REPRO_TRACE: lines grouped into checkpoints, read
// whole or piece by piece as it grows, and what is wrong with a bad line (file, line, reason).
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { WHOLE_MODEL, type TraceCheckpoint } from '../../src/contracts/run-result.js';
import { oversizedTraceFile, parseTraceFile, TRACE_FILE_LIMIT_BYTES, TraceReader } from '../../src/comparison/trace-file.js';

function error<T>(result: { ok: true; value: T } | { ok: false; error: string }): string {
  assert.equal(result.ok, false, 'expected an error');
  return (result as { error: string }).error;
}

function value<T>(result: { ok: true; value: T } | { ok: false; error: string }): T {
  assert.ok(result.ok, result.ok ? '' : result.error);
  return result.value;
}

const line = (fields: Record<string, unknown>): string => JSON.stringify(fields);

/** Two folds of a two-variable model: init, epoch 1 with two batches and its end, as a Keras callback writes them. */
const TRACE = [
  line({ fold: 0, epoch: 0, variable: 'dense/kernel', digest: 'a0' }),
  line({ fold: 0, epoch: 0, variable: 'dense/bias', digest: 'b0' }),
  line({ fold: 0, epoch: 1, batch: 1, variable: 'dense/kernel', digest: 'a1' }),
  line({ fold: 0, epoch: 1, batch: 1, variable: 'dense/bias', digest: 'b1' }),
  line({ fold: 0, epoch: 1, batch: 2, variable: 'dense/kernel', digest: 'a2' }),
  line({ fold: 0, epoch: 1, batch: 2, variable: 'dense/bias', digest: 'b2' }),
  line({ fold: 0, epoch: 1, variable: 'dense/kernel', digest: 'a2', val_loss: 0.5 }),
  line({ fold: 0, epoch: 1, variable: 'dense/bias', digest: 'b2', val_loss: 0.5 }),
  line({ fold: 1, epoch: 0, digest: 'whole' }),
].join('\n');

const EXPECTED: TraceCheckpoint[] = [
  { fold: 0, epoch: 0, batch: null, digests: { 'dense/kernel': 'a0', 'dense/bias': 'b0' } },
  { fold: 0, epoch: 1, batch: 1, digests: { 'dense/kernel': 'a1', 'dense/bias': 'b1' } },
  { fold: 0, epoch: 1, batch: 2, digests: { 'dense/kernel': 'a2', 'dense/bias': 'b2' } },
  { fold: 0, epoch: 1, batch: null, digests: { 'dense/kernel': 'a2', 'dense/bias': 'b2' }, valLoss: 0.5 },
  { fold: 1, epoch: 0, batch: null, digests: { [WHOLE_MODEL]: 'whole' } },
];

describe('parseTraceFile', () => {
  it('groups the lines of one (fold, epoch, batch) into one checkpoint, in the order they came', () => {
    assert.deepEqual(value(parseTraceFile(`${TRACE}\n`, 'trace')), EXPECTED);
  });

  it('takes a last line without a line break, CRLF line ends, blank lines, a BOM, nulls for optional fields and keys it does not know', () => {
    const text = `\uFEFF${TRACE.split('\n').join('\r\n\r\n')}`.replace(
      '"digest":"whole"',
      '"digest":"whole","batch":null,"variable":null,"val_loss":null,"time":12.5',
    );
    const parsed = value(parseTraceFile(text, 'trace'));
    assert.deepEqual(parsed.slice(0, 4), EXPECTED.slice(0, 4));
    assert.deepEqual(parsed[4], { ...EXPECTED[4], valLoss: null });
  });

  it("keeps Python's NaN for a validation loss, and a variable named __proto__ as any other", () => {
    const parsed = value(parseTraceFile('{"fold": 0, "epoch": 1, "variable": "__proto__", "digest": "x", "val_loss": NaN}\n', 'trace'));
    assert.equal(parsed.length, 1);
    assert.ok(Object.hasOwn(parsed[0]?.digests ?? {}, '__proto__'));
    assert.ok(Number.isNaN(parsed[0]?.valLoss));
  });

  it('reads an empty file as no checkpoints', () => {
    assert.deepEqual(value(parseTraceFile('', 'trace')), []);
    assert.deepEqual(value(parseTraceFile('\n\n', 'trace')), []);
  });

  it('ignores a cut-off last line only where allowed', () => {
    const cut = `${TRACE}\n{"fold": 1, "epoch": 1, "variable": "dense/ker`;
    assert.deepEqual(value(parseTraceFile(cut, 'trace', { allowPartialLastLine: true })), EXPECTED);
    assert.match(
      error(parseTraceFile(cut, 'runs/trace.jsonl')),
      /^runs\/trace\.jsonl:10: a string is not closed on its line; expected one JSON object per line, like \{"fold": 0/,
    );
    // A whole last line without its line break is still a line, partial allowed or not.
    const whole = `${TRACE}\n{"fold": 1, "epoch": 1, "digest": "z"}`;
    assert.equal(value(parseTraceFile(whole, 'trace', { allowPartialLastLine: true })).length, 6);
    // Only the last line may be cut: a broken line before it is an error either way.
    assert.match(error(parseTraceFile(`{"fold": 0, "epo\n${TRACE}`, 'trace', { allowPartialLastLine: true })), /^trace:1: /);
  });

  const bad: [string, string, RegExp][] = [
    [
      'not JSON',
      'fold 0 epoch 1 abc',
      /^t:2: expected a value, found 'fold 0 epoch'; expected one JSON object per line, like \{"fold": 0, "epoch": 1, "variable": "dense\/kernel", "digest": "9f86d0…"\}$/,
    ],
    ['a list', '[0, 1, "abc"]', /^t:2: expected a JSON object like \{"fold": 0.*\}, found a list$/],
    ['no fold', '{"epoch": 1, "digest": "x"}', /^t:2: no "fold"; give the fold, from 0, like \{"fold": 0/],
    ['no epoch', '{"fold": 0, "digest": "x"}', /^t:2: no "epoch"; give the epoch: 0 after initialisation, then 1, 2, …, like /],
    ['a negative fold', '{"fold": -1, "epoch": 1, "digest": "x"}', /^t:2: "fold" must be a whole number of at least 0, found -1$/],
    ['a fractional epoch', '{"fold": 0, "epoch": 1.5, "digest": "x"}', /^t:2: "epoch" must be a whole number of at least 0, found 1\.5$/],
    ['an epoch as a string', '{"fold": 0, "epoch": "1", "digest": "x"}', /^t:2: "epoch" must be a whole number of at least 0, found the string "1"$/],
    ['batch 0', '{"fold": 0, "epoch": 1, "batch": 0, "digest": "x"}', /^t:2: "batch" must be a whole number of at least 1, found 0$/],
    [
      'a batch at epoch 0',
      '{"fold": 0, "epoch": 0, "batch": 3, "digest": "x"}',
      /^t:2: "batch" 3 at epoch 0; epoch 0 is the model after initialisation, before any batch: batches count from 1 in epochs 1, 2, …$/,
    ],
    ['no digest', '{"fold": 0, "epoch": 1}', /^t:2: no "digest"; give a digest of the variable's bytes \(e\.g\. SHA-256 hex\), like /],
    ['an empty digest', '{"fold": 0, "epoch": 1, "digest": ""}', /^t:2: "digest" must be a non-empty string \(e\.g\. SHA-256 hex\), found an empty string$/],
    [
      'a numeric digest',
      '{"fold": 0, "epoch": 1, "digest": 12345}',
      /^t:2: "digest" must be a non-empty string \(e\.g\. SHA-256 hex\), found the number 12345$/,
    ],
    [
      'an empty variable',
      '{"fold": 0, "epoch": 1, "variable": "", "digest": "x"}',
      /^t:2: "variable" must be the variable's name, a non-empty string, found an empty string$/,
    ],
    [
      'a variable as a list',
      '{"fold": 0, "epoch": 1, "variable": ["a"], "digest": "x"}',
      /^t:2: "variable" must be the variable's name, a non-empty string, found a list$/,
    ],
    ['a val_loss as a string', '{"fold": 0, "epoch": 1, "digest": "x", "val_loss": "0.3"}', /^t:2: "val_loss" must be a number, found the string "0\.3"$/],
    ['a key twice', '{"fold": 0, "fold": 1, "epoch": 1, "digest": "x"}', /^t:2: key "fold" appears twice$/],
    [
      'a line too long',
      `{"fold": 0, "epoch": 1, "digest": "${'f'.repeat(100_001)}"}`,
      /^t:2: the line is over 100,000 characters; write one digest per line, like /,
    ],
  ];
  for (const [what, text, expected] of bad) {
    it(`names the file and line of ${what}`, () => {
      assert.match(error(parseTraceFile(`{"fold": 0, "epoch": 0, "digest": "init"}\n${text}\n`, 't')), expected);
    });
  }

  it('a variable twice at one checkpoint, or two digests without a variable', () => {
    const twice = `${line({ fold: 0, epoch: 1, variable: 'k', digest: 'a' })}\n${line({ fold: 0, epoch: 1, variable: 'k', digest: 'b' })}\n`;
    assert.equal(
      error(parseTraceFile(twice, 't')),
      't:2: variable "k" appears twice at fold 0, epoch 1 (first on line 1); give each variable one digest per checkpoint',
    );
    const anonymous = `${line({ fold: 2, epoch: 3, batch: 4, digest: 'a' })}\n${line({ fold: 2, epoch: 3, batch: 4, digest: 'b' })}\n`;
    assert.equal(
      error(parseTraceFile(anonymous, 't')),
      't:2: a digest without "variable" appears twice at fold 2, epoch 3, batch 4 (first on line 1); give each variable one digest per checkpoint, and name each with "variable" when there are several',
    );
  });

  it("a checkpoint's lines split by another checkpoint's (a fold trained twice)", () => {
    const text = [
      line({ fold: 0, epoch: 0, variable: 'k', digest: 'a' }),
      line({ fold: 0, epoch: 0, variable: 'b', digest: 'a' }),
      line({ fold: 0, epoch: 1, variable: 'k', digest: 'a' }),
      line({ fold: 0, epoch: 0, variable: 'k', digest: 'c' }),
    ].join('\n');
    assert.equal(
      error(parseTraceFile(text, 't')),
      "t:4: fold 0, epoch 0 was already recorded on lines 1-2, and other checkpoints came between; write each checkpoint's lines together, once",
    );
  });

  it('two validation losses for one epoch', () => {
    const text = `${line({ fold: 0, epoch: 1, variable: 'k', digest: 'a', val_loss: 0.5 })}\n${line({ fold: 0, epoch: 1, variable: 'b', digest: 'a', val_loss: 0.25 })}\n`;
    assert.equal(
      error(parseTraceFile(text, 't')),
      't:2: "val_loss" is 0.25 here but 0.5 on line 1, at the same checkpoint (fold 0, epoch 1); give one validation loss per epoch',
    );
  });

  it('a file over the limit, from its size alone', () => {
    assert.equal(oversizedTraceFile(TRACE_FILE_LIMIT_BYTES, 'big.jsonl'), null);
    assert.equal(
      error(oversizedTraceFile(TRACE_FILE_LIMIT_BYTES + 1, 'big.jsonl') ?? { ok: true, value: null }),
      'big.jsonl: the trace file is 268,435,457 bytes, over the limit of 268,435,456 bytes (256 MiB); write one digest per variable per checkpoint, not the weights',
    );
  });
});

describe('TraceReader', () => {
  it('hands out each checkpoint once the next begins, whatever the pieces the text comes in', () => {
    const text = `${TRACE}\n`;
    for (const size of [1, 7, 64, text.length]) {
      const reader = new TraceReader('trace');
      const seen: TraceCheckpoint[] = [];
      for (let at = 0; at < text.length; at += size) seen.push(...value(reader.push(text.slice(at, at + size))));
      assert.deepEqual(seen, EXPECTED.slice(0, 4), `pieces of ${size}: the last checkpoint is still open`);
      seen.push(...value(reader.end()));
      assert.deepEqual(seen, EXPECTED, `pieces of ${size}`);
      assert.deepEqual(reader.checkpoints, EXPECTED);
    }
  });

  it('waits for the line break: a line still being written is not read', () => {
    const reader = new TraceReader('trace');
    assert.deepEqual(value(reader.push('{"fold": 0, "epoch": 0, "digest": "a"}\n{"fold": 0, "epoch": 1, ')), []);
    // The first checkpoint ends only when a line of the next one is whole.
    assert.deepEqual(value(reader.push('"digest": "b"}\n')), [{ fold: 0, epoch: 0, batch: null, digests: { [WHOLE_MODEL]: 'a' } }]);
  });

  it('stays failed after an error, with the same message', () => {
    const reader = new TraceReader('trace');
    const first = error(reader.push('{"fold": 0}\n'));
    assert.match(first, /^trace:1: no "epoch"/);
    assert.equal(error(reader.push('{"fold": 0, "epoch": 1, "digest": "a"}\n')), first);
    assert.equal(error(reader.end()), first);
  });

  it('counts lines across pieces for its errors', () => {
    const reader = new TraceReader('trace');
    value(reader.push('{"fold": 0, "epoch": 0, "digest": "a"}\n\n{"fold": 0, "ep'));
    assert.match(error(reader.push('och": -2, "digest": "b"}\n')), /^trace:3: "epoch" must be a whole number of at least 0, found -2$/);
  });
});
