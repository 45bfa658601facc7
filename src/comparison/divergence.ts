// Placeholder for the divergence locator's one sentence (the lead replaces this file at merge with
// the real comparison/divergence.ts): only what the report's renderers import. Pure.
import type { Divergence } from '../contracts.js';

/** "runs 1 and 2 part at fold 0, epoch 2, batch 37; first in conv2d_1/kernel". */
export function describeDivergence(d: Divergence): string {
  const [a, b] = d.runs;
  const at =
    d.stage === 'init'
      ? 'at initialisation'
      : d.stage === 'epoch'
        ? `epoch ${d.epoch}${d.batch === null ? '' : `, batch ${d.batch}`}`
        : d.stage === 'evaluation'
          ? 'in evaluation'
          : null;
  const where = at === null ? `in fold ${d.fold}` : `at fold ${d.fold}, ${at}`;
  return `runs ${a} and ${b} part ${where}${d.variables.length > 0 ? `; first in ${d.variables[0]}` : ''}`;
}
