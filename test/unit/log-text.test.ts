// Text made inert for a runner's log: no line of it can be read as a workflow command.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { inertJson, inertLines, logLine } from '../../src/util/log-text.js';

/** The runner's test for a command: a line whose first non-blank characters are `::`, or `##[` anywhere. */
function commandLines(text: string): string[] {
  return text.split(/\r\n|\r|\n/).filter((line) => line.trimStart().startsWith('::') || line.includes('##['));
}

const forgeries = [
  'x\n::stop-commands::abc',
  '::error::forged',
  'loss\r::notice::forged',
  'a\r\n  \t::add-mask::secret',
  'b ##[error]old syntax',
  '\n\n::warning file=a.py::x',
];

test('logLine: one line, no command in it, line breaks and % escaped as the toolkit escapes data', () => {
  for (const text of forgeries) {
    const line = logLine(text);
    assert.deepEqual(commandLines(line), [], line);
    assert.ok(!/[\r\n]/.test(line), line);
  }
  assert.equal(logLine('x\n::stop-commands::abc'), 'x%0A::stop-commands::abc');
  assert.equal(logLine('::error::forged'), ': :error::forged');
  assert.equal(logLine('100% of a\r\nb'), '100%25 of a%0D%0Ab');
  assert.equal(logLine('run 1 fold 0: loss 0.5'), 'run 1 fold 0: loss 0.5');
});

test('inertLines: line breaks kept, every line that could be a command defused', () => {
  for (const text of forgeries) assert.deepEqual(commandLines(inertLines(text)), [], inertLines(text));
  assert.equal(inertLines('stderr, last lines:\n::error::forged\ndone'), 'stderr, last lines:\n: :error::forged\ndone');
  assert.equal(inertLines('  ::x'), '  : :x');
  // `::` inside a line is no command, and stays.
  assert.equal(inertLines('a ::b:: c\nplain'), 'a ::b:: c\nplain');
});

test('inertJson: the same value, and no `##[` in the text', () => {
  const value = { metric: 'loss ##[error]x', other: 'x\n::error::y' };
  const json = inertJson(JSON.stringify(value, null, 2));
  assert.deepEqual(commandLines(json), []);
  assert.deepEqual(JSON.parse(json), value);
});
