// Reads the tables of a rendered job summary or comment back, to check what a reader can find in
// them: how wide each is, and where each run's value of each metric is shown.
import assert from 'node:assert/strict';
import type { Report } from '../../src/contracts/report.js';

/** The cells of a markdown table row, split at pipes that are not escaped. */
const cellsOf = (row: string): string[] =>
  row
    .trim()
    .replace(/^\|/, '')
    .replace(/\|$/, '')
    .split(/(?<!\\)\|/)
    .map((cell) => cell.trim());

export interface Table {
  /** The last `**bold**` line before the table: the metric of a table of each run's values. */
  caption: string | null;
  header: string[];
  rows: string[][];
}

export function tablesOf(markdown: string): Table[] {
  const tables: Table[] = [];
  let caption: string | null = null;
  const lines = markdown.split('\n');
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i] as string;
    const bold = /^\*\*(.+)\*\*$/.exec(line);
    if (bold) caption = bold[1] as string;
    if (!line.startsWith('|') || lines[i - 1]?.startsWith('|')) continue;
    const table: Table = { caption, header: cellsOf(line), rows: [] };
    for (let j = i + 2; lines[j]?.startsWith('|'); j++) table.rows.push(cellsOf(lines[j] as string));
    tables.push(table);
  }
  return tables;
}

/** The most columns of any table. */
export const widestTable = (markdown: string): number => tablesOf(markdown).reduce((most, table) => Math.max(most, table.header.length), 0);

/**
 * What the markdown shows for `run`'s value of `metric` in `fold`: its cell in a table of each
 * run's values, else the one value of the per-fold table (which then must not be a range).
 */
function shownValue(tables: readonly Table[], metric: string, fold: number, run: number): string {
  for (const table of tables.filter((t) => t.caption === metric && t.header[0] === 'run')) {
    const column = table.header.indexOf(`fold ${fold}`);
    if (column !== -1) return table.rows.find((row) => row[0] === String(run))?.[column] ?? 'no row';
  }
  const perFold = tables.find((t) => t.header[0] === 'fold' && t.header[1] === 'metric');
  assert.ok(perFold, 'a per-fold table');
  let current = '';
  for (const row of perFold.rows) {
    if (row[0] !== '') current = row[0] as string;
    if (current === String(fold) && row[1] === metric) {
      assert.doesNotMatch(row[2] as string, / – /, `fold ${fold} ${metric}: a range, but no run's own values`);
      return row[2] as string;
    }
  }
  return 'nowhere';
}

/** Half the value of the last digit written: 0.04908 ± 0.000005, 1.25e-7 ± 0.005e-7. */
function halfLastPlace(text: string): number {
  const [mantissa = '', exponent = '0'] = text.split('e');
  const decimals = mantissa.split('.')[1]?.length ?? 0;
  return 10 ** (Number(exponent) - decimals) / 2;
}

/**
 * Every run's value of every metric in every fold of `report` is in `markdown`: as close to the
 * value as its last digit says, the same text where two runs gave the same number and a different
 * one where they did not. Metric names must be plain (no markdown escapes).
 */
export function assertEveryValueShown(report: Report, markdown: string): void {
  const tables = tablesOf(markdown);
  for (const fold of report.comparison.folds) {
    for (const metric of report.comparison.metricNames) {
      const values = fold.metrics[metric]?.values ?? [];
      const texts = report.runs.map((run) => shownValue(tables, metric, fold.fold, run.run));
      values.forEach((value, r) => {
        const text = texts[r] as string;
        const where = `fold ${fold.fold}, ${metric}, run ${report.runs[r]?.run}`;
        assert.match(text, /^-?\d/, `${where}: ${text}`);
        assert.ok(Math.abs(Number(text) - (value as number)) <= halfLastPlace(text) * (1 + 1e-9), `${where}: ${value} shown as ${text}`);
        values.forEach((other, s) => assert.equal(texts[s] === text, other === value, `${where} beside run ${report.runs[s]?.run}: ${text} and ${texts[s]}`));
      });
    }
  }
}
