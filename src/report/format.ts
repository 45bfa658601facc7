// Small formatting pieces shared by every rendering of a report.

/** Exact: the shortest text that reads back as the same number. */
export const exact = (value: number | null): string => (value === null ? '—' : String(value));

/** Significant digits of a value shown on its own, where nothing needs telling apart. */
const SHORT_DIGITS = 6;
/** Enough to tell any two doubles apart. */
const MAX_DIGITS = 17;

/** A value shown on its own: at most 6 significant digits (0.24285714285714285 as 0.242857), integers whole. */
export function shortNumber(value: number): string {
  if (!Number.isFinite(value) || (Number.isInteger(value) && Math.abs(value) < 1e21)) return String(value);
  return String(Number(value.toPrecision(SHORT_DIGITS)));
}

/**
 * How to show values that stand side by side (one metric of one fold, across runs): each with the
 * fewest digits that still tell the different ones apart. All end at the same decimal place, the
 * one that shows the smallest gap between two of them with two significant digits, so
 * 0.0490814633667469 and 0.04960153624415397 read as 0.04908 and 0.04960. Where all are the same,
 * shortNumber. null (no value) is '—'; NaN and the infinities are written out.
 */
export function distinguishingFormat(values: readonly (number | null)[]): (value: number | null) => string {
  const finite = [...new Set(values.filter((v): v is number => v !== null && Number.isFinite(v)))].sort((a, b) => a - b);
  const withNull = (format: (value: number) => string) => (value: number | null) => (value === null ? '—' : format(value));
  if (finite.length < 2) return withNull(shortNumber);
  if (finite.every(Number.isInteger)) return withNull(String);
  let gap = Infinity;
  for (let i = 1; i < finite.length; i++) gap = Math.min(gap, (finite[i] as number) - (finite[i - 1] as number));
  // The gap as two significant digits show it: 0.000999995 (float32 0.914 − 0.913) is 0.0010.
  const shownGap = Number(gap.toPrecision(2));
  // The last digit shown is at 10^-decimals; never left of the units, which would write 1234.5 as 1.23e+3.
  const at =
    (decimals: number) =>
    (value: number): string => {
      if (!Number.isFinite(value) || value === 0) return String(value);
      const digits = Math.floor(Math.log10(Math.abs(value))) + 1 + decimals;
      return value.toPrecision(Math.min(MAX_DIGITS, Math.max(1, digits)));
    };
  let decimals = Math.max(0, 1 - Math.floor(Math.log10(shownGap)));
  // A last place where every value has a 0 says nothing: 0.9130 and 0.9140 read as 0.913 and 0.914.
  const endsInZero = (text: string) => /\.\d*0(e|$)/.test(text);
  while (decimals > 0 && finite.every((value) => value === 0 || endsInZero(at(decimals)(value)))) decimals--;
  const format = at(decimals);
  // Rounding at 17 digits can still meet two values; then each as the shortest text that reads back as itself.
  const distinct = new Set(finite.map(format)).size === finite.length;
  return withNull(distinct ? format : String);
}

/**
 * One cell for values across runs: the value once when every run gave it, else the range "min – max"
 * (and NaN where some run gave NaN); '—' when no run has a value.
 */
export function valueOrRange(values: readonly (number | null)[], format: (value: number | null) => string): string {
  const present = values.filter((v): v is number => v !== null);
  if (present.length === 0) return '—';
  const numbers = present.filter((v) => !Number.isNaN(v));
  let min = Infinity;
  let max = -Infinity;
  for (const v of numbers) {
    if (v < min) min = v;
    if (v > max) max = v;
  }
  const parts = numbers.length === 0 ? [] : [min === max ? format(min) : `${format(min)} – ${format(max)}`];
  if (numbers.length < present.length) parts.push('NaN');
  return parts.join(', ');
}

/** For variances and differences, which span many orders of magnitude: 4 significant digits, or `digits`. */
export function scientific(value: number, digits = 4): string {
  if (value === 0) return '0';
  if (!Number.isFinite(value)) return String(value);
  return value.toExponential(digits - 1);
}

/** A variance or difference as scientific() writes it, or "not measured" where it is null: never a 0 that reads as "identical". */
export function measured(value: number | null, digits = 4): string {
  return value === null ? 'not measured' : scientific(value, digits);
}

/** "not measured (fail-fast stopped runs 1, 2 at fold 0)": where a report's variance and largest difference are null, and why. */
export function notMeasuredWords(reason: string | null): string {
  return reason ? `not measured (${reason})` : 'not measured';
}

export function seconds(value: number): string {
  // Rounded before it is split, so that 59.97 is "1 min 0 s", not "60.0 s", and 119.6 not "1 min 60 s".
  if (value < 59.95) return `${value.toFixed(1)} s`;
  const whole = Math.round(value);
  return `${Math.floor(whole / 60)} min ${whole % 60} s`;
}

/** A markdown table's lines: header, separator, rows. Cells are written as given, so user text in them must be inert already. */
export function markdownTableLines(header: string[], rows: string[][]): string[] {
  return [`| ${header.join(' | ')} |`, `|${header.map(() => ' --- ').join('|')}|`, ...rows.map((row) => `| ${row.join(' | ')} |`)];
}

export function markdownTable(header: string[], rows: string[][]): string {
  return markdownTableLines(header, rows).join('\n');
}

/**
 * Makes user-provided text inert inside markdown and HTML: no tags, no links, no closing of our
 * <details>, no table cells broken by '|', and no @mentions that ping anyone.
 */
export function inertMarkdown(text: string): string {
  return text
    .replace(/[\r\n]+/g, ' ')
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/[\\`*_{}[\]()#+!|~]/g, (c) => `\\${c}`)
    .replace(/@/g, '@\u200b');
}

/** The CUDA_VISIBLE_DEVICES a run's processes got (runs/placement.ts), each value once, in order; null where none was pinned. */
export function runGpus(run: { placement?: readonly { cudaVisibleDevices: string | null }[] }): string | null {
  const devices = [...new Set((run.placement ?? []).map((p) => p.cudaVisibleDevices).filter((d) => d !== null))];
  return devices.length === 0 ? null : devices.join(' · ');
}
