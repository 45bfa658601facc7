// The rank dimension of a check's report, where its command ran several processes: how many ranks
// each run had (launcher, backend) and what the ranks of one run showed when compared with each
// other (comparison/replicas.ts). One line; nothing for a run of one process. Pure.
import type { Report } from '../contracts/report.js';
import { describeReplicaDisagreement } from '../comparison/replicas.js';

/** "ranks: 2 per run (torchrun, gloo) · replicas within each run: agree at every checkpoint", or null. */
export function ranksLine(report: Report): string | null {
  const distributed = report.runs.map((run) => run.distributed).filter((d) => d !== undefined);
  if (distributed.length === 0 && report.replicas === undefined) return null;
  const sizes = [...new Set(distributed.map((d) => d.worldSize))];
  const how = [...new Set(distributed.flatMap((d) => [d.launcher ?? 'no launcher seen', d.backend ?? 'backend not reported']))];
  const size =
    sizes.length === 1 && sizes[0] !== null
      ? `${sizes[0]} per run`
      : sizes.length > 1
        ? `${sizes.map((s) => s ?? '?').join(' or ')} per run`
        : 'several per run';
  const parts = [`ranks: ${size}${how.length > 0 ? ` (${how.join(', ')})` : ''}, compared across runs rank by rank`];
  const sharded = report.runs.some((run) => run.trace?.some((c) => c.sharded));
  if (report.replicas === null) parts.push('replicas within each run: agree at every checkpoint');
  else if (report.replicas) parts.push(`replicas within a run: ${describeReplicaDisagreement(report.replicas)}`);
  else if (sharded) parts.push('sharded: the ranks of a run hold different parts of the model, so they are not compared with each other');
  return parts.join(' · ');
}
