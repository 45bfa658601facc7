// The trace format's version (docs/trace-format.md): a line without "format" is version 1, as every
// helper wrote before the field; a line that names a version this tf-repro reads is read the same;
// a newer version, or a "format" that is no version, is refused with the line and the reason. A
// field this tf-repro does not know is ignored, so that helpers may add fields an older reader can skip.
// Version 2 adds "rank" (required there, refused in version 1) and "sharded".
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { READ_TRACE_FORMATS, TRACE_FORMAT_VERSION, parseTraceFile } from '../../src/comparison/trace-file.js';

const LINES = [
  '{"fold": 0, "epoch": 0, "variable": "dense/kernel", "digest": "aa"}',
  '{"fold": 0, "epoch": 1, "variable": "dense/kernel", "digest": "bb", "val_loss": 0.5}',
];

test('lines without "format" (version 1, the helpers of before) and with "format": 1 give the same checkpoints', () => {
  assert.equal(TRACE_FORMAT_VERSION, 2);
  assert.deepEqual(READ_TRACE_FORMATS, [1, 2]);
  const unversioned = parseTraceFile(`${LINES.join('\n')}\n`, 'trace.jsonl');
  const versioned = parseTraceFile(`${LINES.map((line) => line.replace('{', '{"format": 1, ')).join('\n')}\n`, 'trace.jsonl');
  assert.ok(unversioned.ok && versioned.ok);
  assert.deepEqual(versioned.value, unversioned.value);
  assert.deepEqual(unversioned.value, [
    { fold: 0, epoch: 0, batch: null, digests: { 'dense/kernel': 'aa' } },
    { fold: 0, epoch: 1, batch: null, digests: { 'dense/kernel': 'bb' }, valLoss: 0.5 },
  ]);
});

test('a field this tf-repro does not know is skipped: a newer helper may add one that needs no new version', () => {
  const extra = parseTraceFile(`${LINES.map((line) => line.replace('{', '{"learning_rate": 0.1, ')).join('\n')}\n`, 'trace.jsonl');
  const plain = parseTraceFile(`${LINES.join('\n')}\n`, 'trace.jsonl');
  assert.deepEqual(extra, plain);
});

test('"input_sha256", the digest of the inputs a step took, is read per checkpoint; one checkpoint gives one', () => {
  const withInputs = parseTraceFile(
    '{"fold": 0, "epoch": 1, "batch": 1, "variable": "a", "digest": "aa", "input_sha256": "ff"}\n{"fold": 0, "epoch": 1, "batch": 1, "variable": "b", "digest": "bb"}\n',
    't',
  );
  assert.deepEqual(withInputs, { ok: true, value: [{ fold: 0, epoch: 1, batch: 1, digests: { a: 'aa', b: 'bb' }, inputSha256: 'ff' }] });
  assert.deepEqual(
    parseTraceFile(
      '{"fold": 0, "epoch": 1, "variable": "a", "digest": "aa", "input_sha256": "ff"}\n{"fold": 0, "epoch": 1, "variable": "b", "digest": "bb", "input_sha256": "ee"}\n',
      't',
    ),
    {
      ok: false,
      error: 't:2: "input_sha256" differs from line 1 at the same checkpoint (fold 0, epoch 1); give one digest of the batch\'s inputs per checkpoint',
    },
  );
  assert.deepEqual(parseTraceFile('{"fold": 0, "epoch": 1, "digest": "aa", "input_sha256": 3}\n', 't'), {
    ok: false,
    error: 't:1: "input_sha256" must be a non-empty string (the SHA-256 hex of the batch\'s inputs and labels), found the number 3',
  });
});

test('a newer format, or a "format" that is no version, is refused naming the line', () => {
  assert.deepEqual(parseTraceFile(`${LINES[0]}\n{"format": 3, "fold": 0, "epoch": 1, "digest": "bb"}\n`, 'trace.jsonl'), {
    ok: false,
    error: 'trace.jsonl:2: trace format 3, newer than this tf-repro reads trace format 1 and 2: use a newer tf-repro, or the helper that writes format 2',
  });
  for (const [format, found] of [
    ['"1"', 'the string "1"'],
    ['0', 'the number 0'],
    ['1.5', 'the number 1.5'],
  ]) {
    assert.deepEqual(parseTraceFile(`{"format": ${format}, "fold": 0, "epoch": 0, "digest": "aa"}\n`, 't'), {
      ok: false,
      error: `t:1: "format" must be the trace format's version, a whole number from 1, found ${found}`,
    });
  }
});
