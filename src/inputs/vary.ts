// The `vary` input (issue 23): which conditions to change in extra runs, as a list of factors or
// `all`, validated once; and `fail-on-variation`, whose default follows `vary`. Pure.
import { VARY_FACTORS, type VaryFactor } from '../contracts/settings.js';

export const VARY_ALL = 'all';

export interface ParsedVary {
  /** In VARY_FACTORS order, each once; empty: no variation. */
  factors: VaryFactor[];
  failOnVariation: boolean;
  errors: string[];
}

/**
 * `vary`: factors separated by commas, spaces or lines, or `all`. `fail-on-variation`: true,
 * false, or '' for its default (true when something is varied).
 */
export function parseVary(varyText: string, failText: string, varyLabel: string, failLabel: string): ParsedVary {
  const errors: string[] = [];
  const words = varyText
    .split(/[\s,]+/)
    .map((word) => word.trim())
    .filter((word) => word !== '');
  const allowed = `${VARY_ALL} or a list of ${VARY_FACTORS.join(', ')}`;
  let factors: VaryFactor[];
  if (words.includes(VARY_ALL)) {
    if (words.length > 1) errors.push(`${varyLabel} is '${VARY_ALL}' or a list of factors, not both: got '${words.join(', ')}'`);
    factors = [...VARY_FACTORS];
  } else {
    const unknown = words.filter((word) => !(VARY_FACTORS as readonly string[]).includes(word));
    if (unknown.length > 0) errors.push(`${varyLabel} must be ${allowed}; '${unknown.join("', '")}' ${unknown.length === 1 ? 'is' : 'are'} not one`);
    factors = VARY_FACTORS.filter((factor) => words.includes(factor));
  }
  let failOnVariation = factors.length > 0;
  const fail = failText.trim();
  if (['true', 'True', 'TRUE'].includes(fail)) failOnVariation = true;
  else if (['false', 'False', 'FALSE'].includes(fail)) failOnVariation = false;
  else if (fail !== '') errors.push(`${failLabel} must be true or false, got '${fail}' (default: true when ${varyLabel} is given)`);
  return { factors, failOnVariation, errors };
}
