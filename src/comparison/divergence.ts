// Where runs first part: the earliest checkpoint of the lowest fold at which two runs' variable
// digests differ, or, where every checkpoint agrees, the fold whose results differ. Pure.
//
// Within a fold, checkpoints are ordered by epoch (0: initialisation), and within an epoch the
// batches ascending, then the epoch's end (batch null). A checkpoint one run has and another
// lacks (it stopped or failed before) is no difference: only what two runs both have compares.
// A distributed run's ranks (TraceCheckpoint.rank) are compared rank by rank: rank R of one run
// with rank R of the others, never with another rank (comparison/replicas.ts compares those).

import type { Comparison, Divergence } from '../contracts/report.js';
import type { FoldResult, RunResult, TraceCheckpoint } from '../contracts/run-result.js';
import { excerpt } from '../util/text.js';
import { controlRuns } from './run-roles.js';

/** The end of an epoch sorts after every batch of it. */
const EPOCH_END = Infinity;

type Digests = Readonly<Record<string, string>>;

/** One checkpoint of a fold, as the runs reach it in ascending number. */
interface Point {
  /** The lowest run that has it. */
  lowest: number;
  /** Whether digests are the same as the lowest run's there. */
  sameAsLowest: (other: Digests) => boolean;
  /** The run whose checkpoint was taken here last: a run's second checkpoint at the point is left out. */
  last: number;
  /** The lowest run whose digests differ from the lowest's; null while none does. */
  differing: number | null;
}

/** A fold's checkpoints: epoch → batch (EPOCH_END for null) → what the runs that have it showed. */
type FoldPoints = Map<number, Map<number, Point>>;

/** The same variables with the same digests, in any order. Own names only: a name is user text (`__proto__`, `constructor`). */
function sameDigests(a: Digests, b: Digests): boolean {
  if (a === b) return true;
  const names = Object.keys(a);
  if (names.length !== Object.keys(b).length) return false;
  for (const name of names) if (!Object.hasOwn(b, name) || a[name] !== b[name]) return false;
  return true;
}

/**
 * sameDigests against one checkpoint, for comparing many runs with it: a run that lists the same
 * names in the same order (as every run of one model does) is compared value by value in one
 * for-in pass, which allocates nothing; any other order falls back to lookups by name.
 */
function sameDigestsAs(reference: Digests): (other: Digests) => boolean {
  const names = Object.keys(reference);
  const values = Object.values(reference);
  return (other) => {
    if (other === reference) return true;
    let i = 0;
    // Plain objects from JSON: for-in gives their own names, in order.
    for (const name in other) {
      if (name !== names[i]) return sameDigests(reference, other);
      if (other[name] !== values[i]) return false;
      i++;
    }
    return i === names.length;
  };
}

/** Two checkpoints at the same point of the same fold, with the same variables and digests (the validation loss aside). */
export function sameTrace(a: TraceCheckpoint, b: TraceCheckpoint): boolean {
  return a.fold === b.fold && a.epoch === b.epoch && a.batch === b.batch && sameDigests(a.digests, b.digests);
}

/**
 * The variables whose digests are not the same in every one of `present` (lowest run first),
 * a variable one of them lacks included: in the lowest run's order, then any others in the
 * order the next runs name them.
 */
function differingVariables(present: readonly Digests[]): string[] {
  const names = new Set<string>();
  for (const digests of present) for (const name of Object.keys(digests)) names.add(name);
  const differing: string[] = [];
  for (const name of names) {
    const first = present[0] as Digests;
    const value = Object.hasOwn(first, name) ? first[name] : undefined;
    if (present.some((d) => !Object.hasOwn(d, name) || d[name] !== value)) differing.push(name);
  }
  return differing;
}

function partingAt(
  runs: [number, number],
  fold: number,
  epoch: number,
  batch: number | null,
  variables: string[],
  inputDigests: [string | undefined, string | undefined] = [undefined, undefined],
): Divergence {
  const divergence: Divergence = { runs, fold, stage: epoch === 0 ? 'init' : 'epoch', epoch, batch, variables };
  const [a, b] = inputDigests;
  if (a !== undefined && b !== undefined) divergence.inputs = a === b ? 'same' : 'differ';
  return divergence;
}

/** A run's first checkpoint at a point of a fold. */
function checkpointAt(run: RunResult | undefined, fold: number, epoch: number, batch: number | null): TraceCheckpoint | undefined {
  return run?.trace?.find((c) => c.fold === fold && c.epoch === epoch && c.batch === batch);
}

/** A run's folds by index (its first result of each), so that looking one up scans nothing. */
function resultsByFold(folds: readonly FoldResult[]): Map<number, FoldResult> {
  const byFold = new Map<number, FoldResult>();
  for (const fold of folds) if (!byFold.has(fold.fold)) byFold.set(fold.fold, fold);
  return byFold;
}

/**
 * Every checkpoint compared with the lowest run's at the same point, in one pass over the runs in
 * ascending number (each run's trace read in order, as it lies in memory). Equal digests are the
 * same for every run that equals the lowest, so one comparison per run and checkpoint finds the
 * lowest run that differs from the lowest; each run counts once at a point (its first checkpoint there).
 */
function comparePoints(inOrder: readonly RunResult[]): Map<number, FoldPoints> {
  const byFold = new Map<number, FoldPoints>();
  for (const run of inOrder) {
    // A run's checkpoints come fold by fold: look the fold up only when it changes.
    let fold: number | null = null;
    let epochs: FoldPoints | undefined;
    for (const checkpoint of run.trace ?? []) {
      if (checkpoint.fold !== fold || !epochs) {
        fold = checkpoint.fold;
        epochs = byFold.get(fold);
        if (!epochs) byFold.set(fold, (epochs = new Map()));
      }
      let batches = epochs.get(checkpoint.epoch);
      if (!batches) epochs.set(checkpoint.epoch, (batches = new Map()));
      const batch = checkpoint.batch ?? EPOCH_END;
      const point = batches.get(batch);
      if (!point) {
        batches.set(batch, { lowest: run.run, sameAsLowest: sameDigestsAs(checkpoint.digests), last: run.run, differing: null });
      } else if (point.last !== run.run) {
        point.last = run.run;
        if (point.differing === null && !point.sameAsLowest(checkpoint.digests)) point.differing = run.run;
      }
    }
  }
  return byFold;
}

/** Each run's first digests at one point of a fold, lowest run first. */
function digestsAt(inOrder: readonly RunResult[], fold: number, epoch: number, batch: number | null): Digests[] {
  const present: Digests[] = [];
  for (const run of inOrder) {
    const checkpoint = run.trace?.find((c) => c.fold === fold && c.epoch === epoch && c.batch === batch);
    if (checkpoint) present.push(checkpoint.digests);
  }
  return present;
}

const ascending = (a: number, b: number) => a - b;

/** The fold's points in training order. */
function* pointsInOrder(points: FoldPoints): Generator<{ epoch: number; batch: number | null; point: Point }> {
  for (const epoch of [...points.keys()].sort(ascending)) {
    const batches = points.get(epoch) as Map<number, Point>;
    for (const batch of [...batches.keys()].sort(ascending)) {
      yield { epoch, batch: batch === EPOCH_END ? null : batch, point: batches.get(batch) as Point };
    }
  }
}

/** The first point of a fold where two runs' digests differ, or null. */
function partingInTrace(inOrder: readonly RunResult[], fold: number, points: FoldPoints): Divergence | null {
  for (const { epoch, batch, point } of pointsInOrder(points)) {
    if (point.differing === null) continue;
    const variables = differingVariables(digestsAt(inOrder, fold, epoch, batch));
    const [a, b] = [point.lowest, point.differing].map(
      (n) =>
        checkpointAt(
          inOrder.find((run) => run.run === n),
          fold,
          epoch,
          batch,
        )?.inputSha256,
    );
    return partingAt([point.lowest, point.differing], fold, epoch, batch, variables, [a, b]);
  }
  return null;
}

/** Same as compare.ts counts it: NaN equals NaN, and otherwise |a − b| <= tolerance. */
function differentValues(a: number, b: number, tolerance: number): boolean {
  if (a === b || (Number.isNaN(a) && Number.isNaN(b))) return false;
  if (Number.isNaN(a) || Number.isNaN(b)) return true;
  return Math.abs(a - b) > tolerance;
}

/**
 * The lowest pair (by the first run, then the second) among `values` (lowest run first; undefined:
 * that run has none) whose values differ by `differ`, in one pass back to front: `later` keeps a
 * summary of the values after each position, enough to say whether any of them differs.
 */
function lowestPair<T, S>(
  values: readonly (T | undefined)[],
  empty: S,
  withValue: (later: S, value: T) => S,
  anyDiffers: (later: S, value: T) => boolean,
  differ: (a: T, b: T) => boolean,
): [number, number] | null {
  const after: S[] = new Array<S>(values.length);
  let later = empty;
  for (let i = values.length - 1; i >= 0; i--) {
    after[i] = later;
    const value = values[i];
    if (value !== undefined) later = withValue(later, value);
  }
  for (let i = 0; i < values.length; i++) {
    const value = values[i];
    if (value === undefined || !anyDiffers(after[i] as S, value)) continue;
    for (let j = i + 1; j < values.length; j++) {
      const other = values[j];
      if (other !== undefined && differ(value, other)) return [i, j];
    }
  }
  return null;
}

/** What is needed to say whether a number differs from any of the values after it. */
interface NumbersAfter {
  min: number;
  max: number;
  nan: boolean;
  numbers: boolean;
}

function lowestMetricPair(values: readonly (number | undefined)[], tolerance: number): [number, number] | null {
  return lowestPair<number, NumbersAfter>(
    values,
    { min: Infinity, max: -Infinity, nan: false, numbers: false },
    (later, v) => (Number.isNaN(v) ? { ...later, nan: true } : { min: Math.min(later.min, v), max: Math.max(later.max, v), nan: later.nan, numbers: true }),
    (later, v) => {
      if (Number.isNaN(v)) return later.numbers;
      return later.nan || (later.numbers && (differentValues(later.max, v, tolerance) || differentValues(later.min, v, tolerance)));
    },
    (a, b) => differentValues(a, b, tolerance),
  );
}

/** The digests after a position: the first one, and whether another differs from it. */
interface DigestsAfter {
  first: string | null;
  several: boolean;
}

function lowestDigestPair(digests: readonly (string | undefined)[]): [number, number] | null {
  return lowestPair<string, DigestsAfter>(
    digests,
    { first: null, several: false },
    (later, d) => ({ first: d, several: later.several || (later.first !== null && later.first !== d) }),
    (later, d) => later.several || (later.first !== null && later.first !== d),
    (a, b) => a !== b,
  );
}

/**
 * The lowest two runs whose results of a fold differ as compare.ts counts it: a metric both have
 * beyond the tolerance, or at tolerance 0 final weights both know. Linear in the runs: a fold
 * that fails to match only because a run lacks it costs no pairwise scan.
 */
function resultsPair(entries: readonly { run: number; fold: FoldResult }[], tolerance: number): [number, number] | null {
  const names = new Set<string>();
  for (const e of entries) for (const name of Object.keys(e.fold.metrics)) names.add(name);
  const pairs: [number, number][] = [];
  for (const name of names) {
    const values = entries.map((e) => (Object.hasOwn(e.fold.metrics, name) ? e.fold.metrics[name] : undefined));
    const pair = lowestMetricPair(values, tolerance);
    if (pair) pairs.push(pair);
  }
  if (tolerance === 0) {
    const pair = lowestDigestPair(entries.map((e) => e.fold.weightsSha256 ?? undefined));
    if (pair) pairs.push(pair);
  }
  if (pairs.length === 0) return null;
  const [i, j] = pairs.reduce((best, p) => (p[0] < best[0] || (p[0] === best[0] && p[1] < best[1]) ? p : best));
  return [(entries[i] as { run: number }).run, (entries[j] as { run: number }).run];
}

/** Whether two runs both have some checkpoint of the fold: only then can they be said to agree at all of them. */
function shareACheckpoint(inOrder: readonly RunResult[], fold: number, a: number, b: number): boolean {
  const pointsOf = (n: number) => (inOrder.find((r) => r.run === n)?.trace ?? []).filter((c) => c.fold === fold).map((c) => `${c.epoch}:${c.batch}`);
  const ofA = new Set(pointsOf(a));
  return pointsOf(b).some((point) => ofA.has(point));
}

/** Each rank's runs: the runs with only that rank's checkpoints (null: those without a rank), ranks ascending. */
function runsByRank(inOrder: readonly RunResult[]): [number | null, RunResult[]][] {
  const ranks = new Set<number | null>();
  for (const run of inOrder) for (const checkpoint of run.trace ?? []) ranks.add(checkpoint.rank ?? null);
  // One process: the runs as they are, no copies.
  if (ranks.size === 0 || (ranks.size === 1 && ranks.has(null))) return [[null, [...inOrder]]];
  return [...ranks]
    .sort((a, b) => (a ?? -1) - (b ?? -1))
    .map((rank) => [rank, inOrder.map((run) => ({ ...run, trace: run.trace?.filter((c) => (c.rank ?? null) === rank) }))]);
}

/** Where a point sorts within its fold: by epoch, then batch, the epoch's end after its batches. */
function pointOrder(d: Divergence): [number, number] {
  return [d.epoch ?? 0, d.batch ?? EPOCH_END];
}

/**
 * Whether the runs' inputs of the step already differ at a parting point: the `inputs` a trace
 * with input digests gives a divergence ('differ'; absent where the trace has none).
 */
function inputsDiffer(d: Divergence): boolean {
  return (d as { inputs?: unknown }).inputs === 'differ';
}

/**
 * The first point of a fold where two runs part on any rank: the earliest point, and `ranks` the
 * ranks that part there, the lowest of them naming the runs and variables. Under DDP's all-reduce
 * every rank parts at the step where one rank's data differed: where input digests say whose
 * inputs differ, only those ranks are named.
 */
function partingOnRanks(byRank: readonly [number | null, RunResult[], Map<number, FoldPoints>][], fold: number): Divergence | null {
  let atFirst: { rank: number | null; parting: Divergence }[] = [];
  for (const [rank, runs, traces] of byRank) {
    const points = traces.get(fold);
    const parting = points ? partingInTrace(runs, fold, points) : null;
    if (!parting) continue;
    const order = pointOrder(parting);
    const firstOrder = atFirst.length > 0 ? pointOrder((atFirst[0] as { parting: Divergence }).parting) : null;
    if (firstOrder && (firstOrder[0] < order[0] || (firstOrder[0] === order[0] && firstOrder[1] < order[1]))) continue;
    if (!firstOrder || firstOrder[0] !== order[0] || firstOrder[1] !== order[1]) atFirst = [];
    atFirst.push({ rank, parting });
  }
  const byData = atFirst.filter(({ parting }) => inputsDiffer(parting));
  const named = byData.length > 0 ? byData : atFirst;
  const first = named[0];
  if (!first) return null;
  const ranks = named.flatMap(({ rank }) => (rank === null ? [] : [rank]));
  return ranks.length > 0 ? { ...first.parting, ranks } : first.parting;
}

/**
 * The first point where two runs part, in the lowest fold where any do; null when nothing differs.
 *
 * In a fold: the first checkpoint two runs both have where their digests differ (stage 'init' for
 * epoch 0, else 'epoch'), naming the lowest run there and the lowest that differs from it, and the
 * variables that differ among the runs there. A fold whose checkpoints all agree but that
 * `comparison` says does not match: the lowest two runs whose results differ, stage 'evaluation'
 * when those two share checkpoints of the fold (and so agree at every one), else null (only the
 * fold is known). A fold that does not match only because a run lacks it has no divergence.
 *
 * Work: one pass over the checkpoints, one comparison per run and checkpoint; no scan of pairs.
 */
export function locateDivergence(runs: readonly RunResult[], comparison: Comparison): Divergence | null {
  // Only control runs decide (run-roles.ts).
  const inOrder = controlRuns(runs).sort((a, b) => a.run - b.run);
  const byRank = runsByRank(inOrder).map(
    ([rank, rankRuns]) => [rank, rankRuns, comparePoints(rankRuns)] as [number | null, RunResult[], Map<number, FoldPoints>],
  );
  const unmatched = new Set(comparison.folds.filter((f) => !f.matches).map((f) => f.fold));
  const folds = [...new Set([...byRank.flatMap(([, , traces]) => [...traces.keys()]), ...unmatched])].sort(ascending);
  let results: Map<number, FoldResult>[] | null = null;
  for (const fold of folds) {
    const inTrace = partingOnRanks(byRank, fold);
    if (inTrace) return inTrace;
    if (!unmatched.has(fold)) continue;
    results ??= inOrder.map((run) => resultsByFold(run.folds));
    const entries: { run: number; fold: FoldResult }[] = [];
    inOrder.forEach((run, i) => {
      const result = results?.[i]?.get(fold);
      if (result) entries.push({ run: run.run, fold: result });
    });
    const pair = resultsPair(entries, comparison.tolerance);
    if (!pair) continue;
    const traced = shareACheckpoint(inOrder, fold, pair[0], pair[1]);
    return { runs: pair, fold, stage: traced ? 'evaluation' : null, epoch: null, batch: null, variables: [] };
  }
  return null;
}

/** What the watch keeps of one point: the runs seen there (all agreeing so far), and the lowest one's digests. */
interface WatchedPoint {
  runs: Set<number>;
  lowest: number;
  digests: Digests;
  /** The lowest run's input digest there, where it gave one. */
  inputSha256: string | undefined;
  /** Whether digests are the same as those seen there so far. */
  sameAsSeen: (other: Digests) => boolean;
}

/**
 * Compares checkpoints as they arrive from runs training side by side, in any interleaving, for
 * fail-fast. `add` returns the divergence the first time two runs' checkpoints at the same fold,
 * epoch and batch differ; null before that, and null again afterwards (the `divergence` property
 * keeps it), so a caller stops the work once. A run's second checkpoint at a point it already gave
 * is ignored, as locateDivergence ignores it.
 *
 * It answers exactly what locateDivergence answers for the checkpoints added so far: each is
 * compared on arrival with those already at its point (which all agree), so when one differs its
 * point is the only one where any runs part. It is the first difference it sees, which need not be the first of the finished traces: with folds
 * trained in parallel a difference in fold 3 can arrive before one in fold 0, and a slow run can
 * later differ at an earlier epoch of the same fold. Only the trace is watched: a fold whose
 * results differ although every checkpoint agrees (stage 'evaluation') is locateDivergence's.
 */
export class DivergenceWatch {
  /** rank:fold (rank empty for a run of one process) → epoch → batch (EPOCH_END for null) → the point. */
  readonly #points = new Map<string, Map<number, Map<number, WatchedPoint>>>();
  #divergence: Divergence | null = null;

  /** The divergence found, once `add` has returned it. */
  get divergence(): Divergence | null {
    return this.#divergence;
  }

  add(run: number, checkpoint: TraceCheckpoint): Divergence | null {
    if (this.#divergence) return null;
    const { fold, epoch, batch, digests } = checkpoint;
    const key = `${checkpoint.rank ?? ''}:${fold}`;
    let epochs = this.#points.get(key);
    if (!epochs) this.#points.set(key, (epochs = new Map()));
    let batches = epochs.get(epoch);
    if (!batches) epochs.set(epoch, (batches = new Map()));
    const point = batches.get(batch ?? EPOCH_END);
    if (!point) {
      batches.set(batch ?? EPOCH_END, { runs: new Set([run]), lowest: run, digests, inputSha256: checkpoint.inputSha256, sameAsSeen: sameDigestsAs(digests) });
      return null;
    }
    if (point.runs.has(run)) return null;
    if (point.sameAsSeen(digests)) {
      point.runs.add(run);
      // The same digests, perhaps named in another order: the lowest run's order names the variables.
      if (run < point.lowest) Object.assign(point, { lowest: run, digests, inputSha256: checkpoint.inputSha256 });
      return null;
    }
    const lowerFirst = run < point.lowest;
    const variables = differingVariables(lowerFirst ? [digests, point.digests] : [point.digests, digests]);
    const inputs: [string | undefined, string | undefined] = lowerFirst
      ? [checkpoint.inputSha256, point.inputSha256]
      : [point.inputSha256, checkpoint.inputSha256];
    this.#divergence = partingAt(lowerFirst ? [run, point.lowest] : [point.lowest, run], fold, epoch, batch, variables, inputs);
    if (checkpoint.rank !== undefined) this.#divergence.ranks = [checkpoint.rank];
    this.#points.clear();
    return this.#divergence;
  }
}

/** "a", "a and b", "a, b and c", "a, b, c and 5 more": a user's variable names, each on one line. */
function variableList(names: readonly string[]): string {
  const shown = names.slice(0, 3).map((name) => excerpt(name, 100));
  if (names.length > 3) return `${shown.join(', ')} and ${names.length - 3} more`;
  if (shown.length <= 1) return shown.join('');
  return `${shown.slice(0, -1).join(', ')} and ${shown[shown.length - 1] as string}`;
}

/** A checkpoint's place in words: "fold 0, epoch 2, batch 37", "fold 0, epoch 2" (its end), "fold 2, at initialisation" (epoch 0). */
export function checkpointPlace(c: { fold: number; epoch: number | null; batch: number | null }): string {
  if (c.epoch === 0) return `fold ${c.fold}, at initialisation`;
  return `fold ${c.fold}, epoch ${c.epoch ?? '?'}${c.batch === null ? '' : `, batch ${c.batch}`}`;
}

/** Where in a fold two runs part, in words: "fold 0, epoch 2, batch 37 on rank 1", "fold 2, at initialisation". */
function placeOf(d: Divergence): string {
  const ranks = d.ranks === undefined || d.ranks.length === 0 ? '' : ` on ${rankList(d.ranks)}`;
  return `${checkpointPlace(d.stage === 'init' ? { ...d, epoch: 0 } : d)}${ranks}`;
}

/** "rank 1", "ranks 0 and 1", "ranks 0, 1 and 2". */
export function rankList(ranks: readonly number[]): string {
  if (ranks.length === 1) return `rank ${ranks[0]}`;
  return `ranks ${ranks.slice(0, -1).join(', ')} and ${ranks[ranks.length - 1]}`;
}

/**
 * Where the two runs part, to follow "runs 1 and 2 part": "at fold 0, epoch 2 (first in
 * dense/kernel)", "in the evaluation of fold 4", "in fold 4". For a sentence that names the runs itself.
 */
export function partingPlace(d: Divergence): string {
  if (d.stage === 'evaluation') return `in the evaluation of fold ${d.fold}`;
  if (d.stage === null) return `in fold ${d.fold}`;
  const variables = d.variables.length === 0 ? '' : ` (${d.stage === 'init' ? 'in' : 'first in'} ${variableList(d.variables)})`;
  return `at ${placeOf(d)}${variables}`;
}

/** Data or computation (issue 22, part 7), where both runs digested the inputs at the parting point. */
function inputsClause(d: Divergence): string {
  if (d.inputs === 'differ') return `; the inputs of ${placeOf(d)} already differ: the data order, augmentation or fold split`;
  if (d.inputs === 'same') return '; the inputs were the same; the weights parted after the step: the computation';
  return '';
}

/**
 * One sentence, without a final full stop, saying where two runs part: "runs 1 and 2 part at
 * fold 0, epoch 2, batch 37; first in conv2d_1/kernel".
 */
export function describeDivergence(d: Divergence): string {
  const pair = `runs ${d.runs[0]} and ${d.runs[1]}`;
  switch (d.stage) {
    case 'evaluation':
      return `${pair} agree at every checkpoint of fold ${d.fold} but its results differ: the difference arises in evaluation`;
    case null:
      return `${pair} differ in fold ${d.fold} (no trace to say where: write one to $TF_REPRO_TRACE)`;
    default: {
      const variables = d.variables.length === 0 ? '' : `; ${d.stage === 'init' ? 'in' : 'first in'} ${variableList(d.variables)}`;
      const unnarrowed =
        d.stage === 'epoch' && d.batch === null && d.narrowing?.status === 'agreed'
          ? '; the re-train with per-batch digests did not part, so the batch is unknown'
          : '';
      return `${pair} part at ${placeOf(d)}${variables}${unnarrowed}${inputsClause(d)}`;
    }
  }
}
