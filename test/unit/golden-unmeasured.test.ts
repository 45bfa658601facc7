// Issue 22: "0" reads as "identical", so a variance or difference nobody measured must never show
// as 0. This scans every golden file of a stopped or partial check (fail-fast stopped a run, a
// run failed, a fold is missing from a run) for a numeric 0 in a variance or difference cell. A 0
// is a measurement only where every run gave the value (the row's "runs that agree" is "all"); the
// check's overall numbers may be 0 only where such a row exists. Before issue 22 the error goldens
// showed 0 in the rows of folds that run 2 never finished, and a check that fail-fast stopped
// before two runs finished a fold showed "variance 0 · largest difference 0".
import assert from 'node:assert/strict';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { test } from 'node:test';
import { goldenDir } from '../support/golden.js';
import { tablesOf } from '../support/markdown-tables.js';

/** A stopped run, a failed run, a fold missing from a run: what makes a check stopped or partial. */
const PARTIAL = /stopped|\bfailed\b|missing in run/;
/** A numeric zero as a cell shows one: 0, 0.0, 0e+0. */
const ZERO = /^-?0(\.0+)?(e[+-]?0+)?$/i;
const SPREAD_HEADER = /variance|max Δ|difference/i;

/** Each offending cell of a markdown golden: "<table header> row <n>: <cell>". */
function markdownZeros(text: string): string[] {
  const problems: string[] = [];
  const tables = tablesOf(text);
  const measuredRow = tables.some(
    (table) => table.header.includes('runs that agree') && table.rows.some((row) => row[table.header.indexOf('runs that agree')] === 'all'),
  );
  for (const table of tables) {
    const agreement = table.header.indexOf('runs that agree');
    const spreadColumns = table.header.flatMap((name, i) => (SPREAD_HEADER.test(name) ? [i] : []));
    table.rows.forEach((row, r) => {
      // A per-fold or cost table: a column per spread.
      for (const column of spreadColumns) {
        if (ZERO.test(row[column] ?? '') && !(agreement >= 0 && row[agreement] === 'all'))
          problems.push(`${table.header.join('|')} row ${r + 1}: ${row.join(' | ')}`);
      }
      // The numbers table: a row per figure, its value in the second cell.
      if (spreadColumns.length === 0 && SPREAD_HEADER.test(row[0] ?? '') && ZERO.test(row[1] ?? '') && !measuredRow)
        problems.push(`numbers: ${row.join(' | ')}`);
    });
  }
  return problems;
}

/** Each offending cell of a text golden: the numbers line, and the per-fold table read by its header's columns. */
function textZeros(text: string): string[] {
  const problems: string[] = [];
  const lines = text.split('\n');
  const header = lines.findIndex((line) => /^fold +metric +value +max Δ +variance/.test(line));
  let measuredRow = false;
  if (header >= 0) {
    const head = lines[header] as string;
    const [diffAt, varianceAt, agreementAt] = [head.indexOf('max Δ'), head.indexOf('variance'), head.indexOf('runs that agree')];
    for (let i = header + 1; i < lines.length && (lines[i] as string).trim() !== ''; i++) {
      const line = lines[i] as string;
      const cell = (from: number, to: number) =>
        (
          line
            .slice(from, to)
            .trim()
            .split(/\s{2,}/)[0] ?? ''
        ).trim();
      const all = line.slice(agreementAt).trim() === 'all';
      measuredRow ||= all;
      for (const value of [cell(diffAt, varianceAt), cell(varianceAt, agreementAt)]) if (ZERO.test(value) && !all) problems.push(`per fold: ${line}`);
    }
  }
  for (const line of lines) {
    const numbers = /^variance (\S+) · largest difference (\S+)/.exec(line);
    if (numbers && [numbers[1], numbers[2]].some((value) => ZERO.test(value ?? '')) && !measuredRow) problems.push(`numbers: ${line}`);
  }
  return problems;
}

const goldens = readdirSync(goldenDir).filter((name) => /\.(md|txt)$/.test(name) && !name.startsWith('explain-'));
const partial = goldens.filter((name) => PARTIAL.test(readFileSync(join(goldenDir, name), 'utf8')));

test('no golden of a stopped or partial check shows a numeric 0 in a variance or difference cell', () => {
  const problems = partial.flatMap((name) => {
    const text = readFileSync(join(goldenDir, name), 'utf8');
    return (name.endsWith('.md') ? markdownZeros(text) : textZeros(text)).map((problem) => `${name}: ${problem}`);
  });
  assert.deepEqual(problems, []);
  // The scan covers the checks issue 22 is about, in all three renderings.
  for (const check of ['error', 'divergence-stopped-early', 'fail-fast-unmeasured', 'command-stopped-unmeasured']) {
    for (const name of [`summary-${check}.md`, `comment-${check}.md`, `text-${check}.txt`]) assert.ok(partial.includes(name), `${name} is scanned`);
  }
});

test('the scan finds what the goldens showed before issue 22', () => {
  // summary-error.md's per-fold rows of the folds run 2 never finished, as they were.
  const before = [
    '| fold | metric | value | max Δ | variance | runs that agree |  |',
    '| --- | --- | --- | --- | --- | --- | --- |',
    '| 1 | loss | 0.1 | 0 | 0 | all | ✅ |',
    '| 2 | loss | 0.101 | 0 | 0 | run 1 \\| missing in run 2 | ❌ |',
  ].join('\n');
  assert.equal(markdownZeros(before).length, 2, 'both cells of fold 2, none of fold 1 (every run gave its value)');
  // A check fail-fast stopped before two runs finished a fold, as summary.md and the CLI showed it.
  const stopped = [
    '|  |  |',
    '| --- | --- |',
    '| variance (mean over folds and metrics) | 0 |',
    '| largest difference | 0 |',
    '| runs | 1 of 2 runs finished, 1 stopped by fail-fast, 0 folds each |',
  ].join('\n');
  assert.equal(markdownZeros(stopped).length, 2);
  assert.equal(textZeros('variance 0 · largest difference 0 · 2 runs in 14.3 s\n\nno fold was finished by two runs, so no fold is compared\n').length, 1);
  const textBefore = [
    'fold  metric     value      max Δ  variance            runs that agree',
    '1     loss       0.1        0      0         ok        all',
    '2     loss       0.101      0      0         MISMATCH  run 1 | missing in run 2',
    '',
  ].join('\n');
  assert.equal(textZeros(textBefore).length, 2);
});
