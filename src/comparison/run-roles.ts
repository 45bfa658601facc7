// Run roles (contracts/run-result.ts RunRole): only control runs, the repeats of the check, decide the
// verdict and trigger fail-fast. A run of another role (a varied run, the negative control) stays
// in the report with its role and is compared with the controls apart, by the feature that makes
// it; until one does, the report says it was left out. Pure.
import type { RunResult, RunRole } from '../contracts/run-result.js';

export const isControl = (run: { role: RunRole }): boolean => run.role === 'control';

/** The control runs, in the order given: what the verdict compares. */
export const controlRuns = <T extends { role: RunRole }>(runs: readonly T[]): T[] => runs.filter(isControl);

/** The runs of each role other than control, in the order given; roles with no run left out. */
export function otherRoles(runs: readonly RunResult[]): Map<Exclude<RunRole, 'control'>, RunResult[]> {
  const byRole = new Map<Exclude<RunRole, 'control'>, RunResult[]>();
  for (const run of runs) {
    if (run.role === 'control') continue;
    byRole.set(run.role, [...(byRole.get(run.role) ?? []), run]);
  }
  return byRole;
}

/**
 * The hook where runs of other roles meet the controls: each role's comparison with them goes
 * here as its feature comes (varied runs against the controls, the negative control that must
 * differ). No role has one yet, so each says that its runs are not in the verdict: a warning,
 * never a number nothing measured.
 */
export function compareOtherRoles(runs: readonly RunResult[]): { warnings: string[] } {
  const warnings = [...otherRoles(runs)].map(([role, ofRole]) => {
    const numbers = ofRole.map((run) => run.run).join(', ');
    const are = ofRole.length === 1 ? `run ${numbers} is a ${role} run` : `runs ${numbers} are ${role} runs`;
    return `${are}: the verdict compares the control runs only, and this tf-repro does not compare ${role} runs with them yet`;
  });
  return { warnings };
}
