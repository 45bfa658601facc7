// A check's verdict: what every report, leg and baseline says in one word.

export type Verdict = 'reproducible' | 'not-reproducible' | 'error';

/**
 * The step's verdict: the control runs' own, or 'condition-sensitive' where they reproduce but a
 * varied condition changed the numbers and `fail-on-variation` holds (exit 1, reproducible=false).
 */
export type StepVerdict = Verdict | 'condition-sensitive';
