// Mermaid charts for the job summary and the pull request comment, which GitHub draws from a
// ```mermaid block: each run's validation loss in the fold where the runs part, and the time per
// run with and without the determinism settings. Written to the grammar of Mermaid's xychart-beta
// as its first release had it (which later ones still read): every axis has a quoted title, every
// label is quoted, every value a plain decimal (its lexer knows no exponent), every line the
// length of the x-axis. Pure.
import type { CostComparison } from '../contracts/report.js';
import type { LossCurves } from './findings.js';

/** At least this large, toFixed writes an exponent, which Mermaid cannot read. */
const PLAIN_LIMIT = 1e21;

/** `value` (finite, below 1e21) to `significant` digits as a plain decimal: 0.0000123, 1037.2, never 1.23e-5. */
export function plainDecimal(value: number, significant = 6): string {
  if (value === 0) return '0';
  const magnitude = Math.floor(Math.log10(Math.abs(value)));
  const text = value.toFixed(Math.min(100, Math.max(0, significant - 1 - magnitude)));
  const trimmed = text.includes('.') ? text.replace(/0+$/, '').replace(/\.$/, '') : text;
  return trimmed === '-0' ? '0' : trimmed;
}

const drawable = (value: number): boolean => Number.isFinite(value) && Math.abs(value) < PLAIN_LIMIT;

const fenced = (lines: string[]): string => ['```mermaid', 'xychart-beta', ...lines.map((line) => `  ${line}`), '```'].join('\n');

const numbers = (values: readonly number[], significant: number): string => `[${values.map((value) => plainDecimal(value, significant)).join(', ')}]`;

/** A line per run over the epochs; null where a value cannot be drawn. */
export function lossChart(curves: LossCurves): string | null {
  if (!curves.series.every((entry) => entry.values.every(drawable))) return null;
  const epochs = Array.from({ length: curves.epochs }, (_, e) => `"${e + 1}"`);
  return fenced([
    `title "Validation loss in fold ${curves.fold}, one line per run"`,
    `x-axis "epoch" [${epochs.join(', ')}]`,
    'y-axis "validation loss"',
    ...curves.series.map((entry) => `line "run ${entry.run}" ${numbers(entry.values, 6)}`),
  ]);
}

/** A round number at least `value` (> 0) and not much more: the least of 1, 1.2, 1.5, 2, 2.5, 3, 4, 5, 6, 8 times a power of ten. */
export function niceCeiling(value: number): number {
  const power = 10 ** Math.floor(Math.log10(value));
  const factor = [1, 1.2, 1.5, 2, 2.5, 3, 4, 5, 6, 8, 10].find((f) => f * power >= value) ?? 10;
  // 1.2 × 0.1 is 0.12000000000000001 in floating point: rounded to the digits that matter.
  return Number((factor * power).toPrecision(3));
}

/**
 * Two bars, the time per run with the settings and without, on an axis from 0 (from the smaller
 * value, its default, the shorter bar would vanish). Null where neither took measurable time.
 */
export function costChart(cost: CostComparison): string | null {
  const values = [cost.with.secondsPerRun, cost.without.secondsPerRun];
  if (!values.every(drawable) || values.some((value) => value < 0)) return null;
  const most = Math.max(...values);
  if (most <= 0) return null;
  return fenced([
    'title "Time per run"',
    'x-axis "determinism settings" ["with settings", "without"]',
    `y-axis "seconds" 0 --> ${plainDecimal(niceCeiling(most))}`,
    `bar ${numbers(values, 4)}`,
  ]);
}
