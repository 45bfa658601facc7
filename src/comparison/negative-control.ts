// The negative control (issue 22, part 9): a run with another seed must give other numbers. Its
// outcome against a control run, and the sentence every rendering shows. Pure.
import type { NegativeControl } from '../contracts/report.js';
import type { RunResult } from '../contracts/run-result.js';
import { compareRuns } from './compare.js';
import { locateDivergence } from './divergence.js';
import { asControl, numbersAgainst } from './pinning.js';

/** The largest seed a command gets (NumPy's). */
const MAX_SEED = 2 ** 32 - 1;

/** Another seed than the check's, within what NumPy takes. */
export function negativeControlSeed(seed: number): number {
  return seed < MAX_SEED ? seed + 1 : seed - 1;
}

/** The negative control run against the control run; at tolerance 0, so any change of a number counts. */
export function negativeControlOutcome(run: RunResult, control: RunResult | null, seed: number): NegativeControl {
  const base = { seed, run, controlRun: control?.run ?? null, largest: null, error: null };
  if (run.status !== 'ok' || run.folds.length === 0) {
    return { ...base, outcome: 'failed', error: (run.error ?? 'the negative control run gave no results').split('\n')[0]! };
  }
  if (control === null) return { ...base, outcome: 'not-compared' };
  const numbers = numbersAgainst(control, run, 0);
  // The metrics, the final weights, or a traced checkpoint: any of them differing shows the seed.
  const pair = [asControl(control, 1), asControl(run, 2)];
  const traceDiffers = locateDivergence(pair, compareRuns(pair, 0)) !== null;
  return { ...base, outcome: numbers.same && !traceDiffers ? 'same' : 'differs', largest: numbers.largest };
}

/** The warning of a negative control that gave the control run's numbers. */
export function negativeControlWarning(control: NegativeControl): string | null {
  if (control.outcome !== 'same') return null;
  return (
    `the negative control (run ${control.run.run}, TF_REPRO_SEED=${control.seed}) gave the same numbers as run ${control.controlRun ?? '?'}: ` +
    'the metrics may not come from this run (a metrics file an earlier run left), or do not depend on the seed (a hard-coded seed); ' +
    "the check's agreement may then prove nothing"
  );
}

/** One line for every rendering: what the negative control showed. */
export function negativeControlSentence(control: NegativeControl): string {
  const which = `run ${control.run.run} with TF_REPRO_SEED=${control.seed}`;
  switch (control.outcome) {
    case 'differs': {
      const where = control.largest
        ? ` (largest difference in ${control.largest.metric}, fold ${control.largest.fold})`
        : ' (its weights differ, its metrics do not)';
      return `Negative control: ${which} gave other numbers than run ${control.controlRun}${where}, as it must: the check can see a change of seed.`;
    }
    case 'same':
      return `Negative control: ${which} gave the same numbers as run ${control.controlRun}: see the warning.`;
    case 'failed':
      return `Negative control: ${which} did not finish (${control.error ?? 'no error message'}); the control runs' verdict stands without it.`;
    case 'not-compared':
      return `Negative control: ${which} was not compared: no control run finished with results.`;
  }
}
