// Within one run, across its ranks: replicated data-parallel training (DDP) keeps a full replica of
// the model on every rank, and after every step the replicas must hold the same weights. The first
// checkpoint (by fold, then epoch and batch, the epoch's end after its batches) at which two ranks
// of one control run traced different digests for a variable both traced is the finding. Sharded
// training (a checkpoint marked `sharded`: FSDP, ZeRO) holds different parts of the model on each
// rank and is left out: its ranks are compared across runs only (divergence.ts). Pure.
import type { Comparison, ReplicaDisagreement } from '../contracts/report.js';
import type { RunResult, TraceCheckpoint } from '../contracts/run-result.js';
import { controlRuns } from './run-roles.js';
import { checkpointPlace, rankList } from './divergence.js';
import { excerpt } from '../util/text.js';

/** The variables both ranks traced whose digests differ, in the first one's order. */
function differing(a: TraceCheckpoint, b: TraceCheckpoint): string[] {
  return Object.keys(a.digests).filter((name) => Object.hasOwn(b.digests, name) && a.digests[name] !== b.digests[name]);
}

const pointKey = (c: TraceCheckpoint): string => `${c.fold}:${c.epoch}:${c.batch ?? ''}`;

/** A point's place in training order: fold, epoch, then batch with the epoch's end last. */
function order(c: { fold: number; epoch: number; batch: number | null }): [number, number, number] {
  return [c.fold, c.epoch, c.batch ?? Infinity];
}

function before(a: [number, number, number], b: [number, number, number]): boolean {
  for (let i = 0; i < 3; i++) if (a[i] !== b[i]) return (a[i] as number) < (b[i] as number);
  return false;
}

/** One run's first disagreement between its ranks, or null. */
function runDisagreement(run: RunResult): ReplicaDisagreement | null {
  // point → the lowest rank's checkpoint there (a rank's second checkpoint at a point is left out).
  const lowest = new Map<string, TraceCheckpoint>();
  let first: ReplicaDisagreement | null = null;
  const ranked = (run.trace ?? []).filter((c) => c.rank !== undefined && !c.sharded).sort((a, b) => (a.rank as number) - (b.rank as number));
  for (const checkpoint of ranked) {
    const key = pointKey(checkpoint);
    const reference = lowest.get(key);
    if (!reference) {
      lowest.set(key, checkpoint);
      continue;
    }
    if (reference.rank === checkpoint.rank) continue;
    const variables = differing(reference, checkpoint);
    if (variables.length === 0) continue;
    if (first && !before(order(checkpoint), order(first))) continue;
    first = {
      run: run.run,
      ranks: [reference.rank as number, checkpoint.rank as number],
      fold: checkpoint.fold,
      epoch: checkpoint.epoch,
      batch: checkpoint.batch,
      variables,
    };
  }
  return first;
}

/**
 * The first disagreement between the ranks of a control run, in the lowest run that has one; null
 * when every run's ranks agree; undefined where no run traced two or more unsharded ranks.
 */
export function replicaDisagreement(runs: readonly RunResult[]): ReplicaDisagreement | null | undefined {
  const controls = controlRuns(runs).sort((a, b) => a.run - b.run);
  const replicated = controls.filter((run) => new Set((run.trace ?? []).filter((c) => c.rank !== undefined && !c.sharded).map((c) => c.rank)).size >= 2);
  if (replicated.length === 0) return undefined;
  for (const run of replicated) {
    const found = runDisagreement(run);
    if (found) return found;
  }
  return null;
}

/** "ranks 0 and 1 disagree within run 1 from fold 0, epoch 1, batch 3, in bn.running_mean": one sentence, no full stop. */
export function describeReplicaDisagreement(d: ReplicaDisagreement): string {
  const place = checkpointPlace(d);
  const shown =
    d.variables
      .slice(0, 3)
      .map((name) => excerpt(name, 100))
      .join(', ') + (d.variables.length > 3 ? ` and ${d.variables.length - 3} more` : '');
  return `${rankList(d.ranks)} disagree within run ${d.run} from ${place}, in ${shown}`;
}

/**
 * The comparison with the replicas' finding: replicas that disagree make the check
 * not-reproducible (exit 1) even where the runs agree with each other, since a DDP run whose
 * ranks hold different weights trains a different model depending on which rank evaluates or
 * saves; the summary names the ranks, the run and the point. An 'error' verdict stays as it is,
 * the finding a warning.
 */
export function withReplicas(comparison: Comparison, replicas: ReplicaDisagreement | null | undefined): { comparison: Comparison; warnings: string[] } {
  if (!replicas) return { comparison, warnings: [] };
  const sentence = `${describeReplicaDisagreement(replicas)} (replicated data-parallel training must keep the same weights on every rank after every step)`;
  if (comparison.verdict === 'error') return { comparison, warnings: [`${sentence[0]?.toUpperCase()}${sentence.slice(1)}.`] };
  if (comparison.verdict === 'not-reproducible')
    return { comparison: { ...comparison, summary: `${comparison.summary.replace(/\.$/, '')}; and ${sentence}.` }, warnings: [] };
  return {
    comparison: { ...comparison, verdict: 'not-reproducible', summary: `Not reproducible within a run: the runs agree with each other, but ${sentence}.` },
    warnings: [],
  };
}
