// Which runs agree with which: groups of runs that gave the same value (a metric, within the
// report's tolerance) or the same bytes (a weights digest), and how a reader sees them, as in
// "runs 1–4, 6 | run 5 | runs 7–10". Pure.
import { listed } from '../util/text.js';

/** Runs that agree, each group in run order; groups ordered by their first run. */
export interface RunGroups {
  groups: number[][];
  /** Runs that have no value here (a fold a failed run never reached). */
  missing: number[];
}

const byFirstRun = (a: number[], b: number[]): number => (a[0] as number) - (b[0] as number);

/**
 * Groups runs by value. Values within `tolerance` of a group's smallest one join it, so each group
 * spans at most the tolerance, which is what the comparison calls a match (0: the same number).
 * NaNs agree with each other (a failure repeated bit for bit is a repeat), never with a number.
 * `runs[i]` names the run that gave `values[i]`.
 */
export function groupRunsByValue(values: readonly (number | null)[], runs: readonly number[], tolerance: number): RunGroups {
  const missing: number[] = [];
  const nans: number[] = [];
  const present: { value: number; run: number }[] = [];
  values.forEach((value, i) => {
    const run = runs[i] as number;
    if (value === null) missing.push(run);
    else if (Number.isNaN(value)) nans.push(run);
    else present.push({ value, run });
  });
  present.sort((a, b) => a.value - b.value || a.run - b.run);
  const groups: number[][] = [];
  let start = Number.NaN;
  for (const { value, run } of present) {
    // Equal first: Infinity − Infinity is NaN, and an infinity agrees with itself.
    const last = groups.at(-1);
    if (last !== undefined && (value === start || value - start <= tolerance)) last.push(run);
    else {
      groups.push([run]);
      start = value;
    }
  }
  if (nans.length > 0) groups.push(nans);
  for (const group of groups) group.sort((a, b) => a - b);
  return { groups: groups.sort(byFirstRun), missing };
}

/** Groups runs by the same text (a digest); null is missing. */
export function groupRunsByText(texts: readonly (string | null)[], runs: readonly number[]): RunGroups {
  const missing: number[] = [];
  const groups = new Map<string, number[]>();
  texts.forEach((text, i) => {
    const run = runs[i] as number;
    if (text === null) missing.push(run);
    else groups.set(text, [...(groups.get(text) ?? []), run]);
  });
  return { groups: [...groups.values()].sort(byFirstRun), missing };
}

/** "run 5", "runs 1, 2", "runs 1–4, 6": runs in order, three or more in a row as a range. */
export function runList(runs: readonly number[]): string {
  const sorted = [...runs].sort((a, b) => a - b);
  const parts: string[] = [];
  for (let i = 0; i < sorted.length;) {
    let j = i;
    while (j + 1 < sorted.length && (sorted[j + 1] as number) === (sorted[j] as number) + 1) j++;
    if (j - i >= 2) parts.push(`${sorted[i]}–${sorted[j]}`);
    else for (let k = i; k <= j; k++) parts.push(String(sorted[k]));
    i = j + 1;
  }
  return `${sorted.length === 1 ? 'run' : 'runs'} ${listed(parts)}`;
}

export const ALL_AGREE = 'all';

/**
 * "all" when every run agrees; "each run differs" when no two of three or more do; else
 * "runs 1–4, 6 | run 5 | missing in run 7".
 */
export function groupsText({ groups, missing }: RunGroups): string {
  if (groups.length === 1 && missing.length === 0) return ALL_AGREE;
  if (groups.length > 2 && missing.length === 0 && groups.every((group) => group.length === 1)) return 'each run differs';
  return [...groups.map(runList), ...(missing.length > 0 ? [`missing in ${runList(missing)}`] : [])].join(' | ');
}
